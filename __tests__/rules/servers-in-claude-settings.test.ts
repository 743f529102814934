import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'servers-in-claude-settings'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const GITHUB = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'] }

function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || d.ruleId.startsWith('schema-'))
    .map(describeDiagnostic)
}

describe('servers-in-claude-settings', () => {
  it('reports "mcpServers" in .claude/settings.json at the key', () => {
    expect(
      findings(
        '.claude/settings.json',
        json({ permissions: { allow: ['Bash(npm test)'] }, mcpServers: { github: GITHUB } })
      )
    ).toEqual([
      '7:3-7:15 error servers-in-claude-settings Claude Code ignores "mcpServers" in .claude/settings.json: it is not a settings key, so the server "github" never starts, and nothing warns about it; move the servers into .mcp.json (under "mcpServers"), and approve them here with "enabledMcpjsonServers"'
    ])
  })

  it("counts the servers and names the project's own .mcp.json, also in settings.local.json", () => {
    expect(
      findings('app/.claude/settings.local.json', json({ mcpServers: { github: GITHUB, memory: GITHUB } }))
    ).toEqual([
      '2:3-2:15 error servers-in-claude-settings Claude Code ignores "mcpServers" in .claude/settings.local.json: it is not a settings key, so its 2 servers never start, and nothing warns about it; move the servers into app/.mcp.json (under "mcpServers"), and approve them here with "enabledMcpjsonServers"'
    ])
  })

  it('only warns about an empty map, which loses nothing', () => {
    expect(findings('.claude/settings.json', json({ mcpServers: {} }))).toEqual([
      '2:3-2:15 warning servers-in-claude-settings Claude Code ignores "mcpServers" in .claude/settings.json: it is not a settings key; servers belong in .mcp.json, so remove this empty map'
    ])
  })

  it.each([
    [
      'the approval keys',
      '.claude/settings.json',
      json({ enableAllProjectMcpServers: false, enabledMcpjsonServers: [] })
    ],
    ['"mcpServers" in .mcp.json', '.mcp.json', json({ mcpServers: { github: GITHUB } })]
  ])('is silent on %s', (_label, path, text) => {
    expect(lintText(path, text).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
  })
})
