import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

/** Claude Code settings are checked as the claude-settings host (named explicitly, so the test does not depend on its file patterns). */
const only = (text: string): string[] =>
  ruleFindings('enable-all-project-servers', '.claude/settings.json', text, { host: 'claude-settings' })

describe('enable-all-project-servers', () => {
  it('reports a committed enableAllProjectMcpServers: true at its value', () => {
    const text = JSON.stringify(
      { permissions: { allow: ['Bash(npm test)'] }, enableAllProjectMcpServers: true },
      null,
      2
    )
    expect(only(text)).toEqual([
      '7:33-7:37 warning enable-all-project-servers enableAll {"key":"enableAllProjectMcpServers","host":"Claude Code","file":".mcp.json"}'
    ])
    const [finding] = ruleDiagnostics('enable-all-project-servers', '.claude/settings.json', text, {
      host: 'claude-settings'
    })
    expect(finding.message).toBe(
      '"enableAllProjectMcpServers" is true, so Claude Code starts every server in .mcp.json without asking'
    )
    expect(finding.help).toBe(
      'Once the folder is trusted, this holds for everyone who uses this repository, including servers that a later commit or pull request adds; remove it and approve servers by name in "enabledMcpjsonServers" (or let each person approve them when prompted).'
    )
  })

  it('is silent for false, for approval by name, and outside Claude Code settings', () => {
    expect(only(JSON.stringify({ enableAllProjectMcpServers: false }))).toEqual([])
    expect(only(JSON.stringify({ enabledMcpjsonServers: ['github'] }))).toEqual([])
    expect(only(JSON.stringify({ enableAllProjectMcpServers: 'true' }))).toEqual([])
    expect(
      ruleDiagnostics(
        'enable-all-project-servers',
        '.gemini/settings.json',
        JSON.stringify({ enableAllProjectMcpServers: true, mcpServers: { a: { command: 'a' } } })
      )
    ).toEqual([])
  })
})
