import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'servers-in-claude-settings'
const GITHUB = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'] }

/** The schema's findings, which this rule replaces at the key. */
const schemaFindings = (path: string, content: unknown): string[] =>
  ['schema-unknown-key', 'schema-required', 'schema-type'].flatMap((id) =>
    ruleDiagnostics(id, path, content).map((d) => `${d.line}:${d.column} ${d.ruleId}`)
  )

describe('servers-in-claude-settings', () => {
  it('reports "mcpServers" in .claude/settings.json at the key', () => {
    const content = { permissions: { allow: ['Bash(npm test)'] }, mcpServers: { github: GITHUB } }
    expect(ruleFindings(ID, '.claude/settings.json', content)).toEqual([
      '7:3-7:15 error servers-in-claude-settings ignored {"host":"Claude Code","key":"mcpServers","file":".claude/settings.json"}'
    ])
    expect(schemaFindings('.claude/settings.json', content)).toEqual([])
    const [finding] = ruleDiagnostics(ID, '.claude/settings.json', content)
    expect(finding.message).toBe(
      'Claude Code ignores "mcpServers" in .claude/settings.json, so the servers under it never start'
    )
    expect(finding.help).toBe(
      '"mcpServers" is not a settings key, so the server "github" never starts, and nothing warns about it (the settings schema allows any key); move the servers into .mcp.json (under "mcpServers"), and approve them here with "enabledMcpjsonServers".'
    )
  })

  it("counts the servers and names the project's own .mcp.json, also in settings.local.json", () => {
    const content = { mcpServers: { github: GITHUB, memory: GITHUB } }
    expect(ruleFindings(ID, 'app/.claude/settings.local.json', content)).toEqual([
      '2:3-2:15 error servers-in-claude-settings ignored {"host":"Claude Code","key":"mcpServers","file":".claude/settings.local.json"}'
    ])
    expect(ruleDiagnostics(ID, 'app/.claude/settings.local.json', content).map((d) => d.help)).toEqual([
      '"mcpServers" is not a settings key, so its 2 servers never start, and nothing warns about it (the settings schema allows any key); move the servers into app/.mcp.json (under "mcpServers"), and approve them here with "enabledMcpjsonServers".'
    ])
  })

  it('only warns about an empty map, which loses nothing', () => {
    expect(ruleFindings(ID, '.claude/settings.json', { mcpServers: {} })).toEqual([
      '2:3-2:15 warning servers-in-claude-settings emptyMap {"host":"Claude Code","key":"mcpServers","file":".claude/settings.json"}'
    ])
    expect(schemaFindings('.claude/settings.json', { mcpServers: {} })).toEqual([])
    expect(ruleDiagnostics(ID, '.claude/settings.json', { mcpServers: {} }).map((d) => d.help)).toEqual([
      'Servers belong in .mcp.json, so remove this empty map.'
    ])
  })

  it.each([
    ['the approval keys', '.claude/settings.json', { enableAllProjectMcpServers: false, enabledMcpjsonServers: [] }],
    ['"mcpServers" in .mcp.json', '.mcp.json', { mcpServers: { github: GITHUB } }]
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
