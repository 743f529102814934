import { describeDiagnostic, lintText } from '../helpers/lint.js'

const MESSAGE =
  '"enableAllProjectMcpServers" is true: once the folder is trusted, Claude Code starts every server in .mcp.json without asking, for everyone who uses this repository, including servers that a later commit or pull request adds; remove it and approve servers by name in "enabledMcpjsonServers" (or let each person approve them when prompted)'

/** Claude Code settings are checked as the claude-settings host (named explicitly, so the test does not depend on its file patterns). */
function only(text: string): string[] {
  return lintText('.claude/settings.json', text, { host: 'claude-settings' })
    .diagnostics.filter((d) => d.ruleId === 'enable-all-project-servers')
    .map(describeDiagnostic)
}

describe('enable-all-project-servers', () => {
  it('reports a committed enableAllProjectMcpServers: true at its value', () => {
    const text = JSON.stringify(
      { permissions: { allow: ['Bash(npm test)'] }, enableAllProjectMcpServers: true },
      null,
      2
    )
    expect(only(text)).toEqual([`7:33-7:37 warning enable-all-project-servers ${MESSAGE}`])
  })

  it('is silent for false, for approval by name, and outside Claude Code settings', () => {
    expect(only(JSON.stringify({ enableAllProjectMcpServers: false }))).toEqual([])
    expect(only(JSON.stringify({ enabledMcpjsonServers: ['github'] }))).toEqual([])
    expect(only(JSON.stringify({ enableAllProjectMcpServers: 'true' }))).toEqual([])
    const gemini = lintText(
      '.gemini/settings.json',
      JSON.stringify({ enableAllProjectMcpServers: true, mcpServers: { a: { command: 'a' } } })
    )
    expect(gemini.diagnostics.filter((d) => d.ruleId === 'enable-all-project-servers')).toEqual([])
  })
})
