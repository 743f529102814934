import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('vscode-settings', () => {
  it('checks only the "mcp" setting of a settings.json and normalises its servers', () => {
    const { diagnostics, servers, host } = lintFixture(
      'vscode-settings/valid/settings-with-mcp.json',
      '.vscode/settings.json'
    )
    expect(host).toBe('vscode-settings')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['github', 'http', ['mcp', 'servers', 'github']],
      ['fetch', 'stdio', ['mcp', 'servers', 'fetch']]
    ])
    expect(servers[1]).toMatchObject({ host: 'vscode-settings', command: 'uvx', args: ['mcp-server-fetch'] })
  })

  it('does not claim a settings.json without an "mcp" setting', () => {
    const { diagnostics, host } = lintFixture(
      'vscode-settings/valid/settings-without-mcp.json',
      '.vscode/settings.json'
    )
    expect(host).toBe(null)
    expect(diagnostics).toEqual([])
  })

  it('reports mistakes inside "mcp" and leaves other settings alone', () => {
    const { diagnostics } = lintFixture('vscode-settings/invalid/settings-mistakes.json', '.vscode/settings.json')
    // "editor.tabSize": "two" on line 2 is not ours to judge.
    expect(shortForm(diagnostics)).toEqual([
      '4:5 error schema-unknown-key',
      '9:7 error schema-required',
      '9:35 warning schema-unknown-key',
      '11:5 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      'VS Code ignores "mcpServers" in the "mcp" setting: it reads servers only from "servers", so the 2 servers under it are never started; move them into "servers"'
    )
    expect(diagnostics[1].message).toContain('"mcp.servers.fetch" is missing the required "command"')
    expect(diagnostics[3].message).toBe('unknown key "discovery" in "mcp": VS Code ignores it')
  })
})
