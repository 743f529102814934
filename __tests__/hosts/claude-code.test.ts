import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('claude-code', () => {
  it('accepts stdio, http, streamable-http and sse servers with placeholders', () => {
    const { diagnostics, servers, host } = lintFixture('claude-code/valid/stdio-and-remote.json', '.mcp.json')
    expect(host).toBe('claude-code')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['github', 'http'],
      ['helix', 'http'],
      ['events', 'sse']
    ])
  })

  it('accepts a bare server map in a plugin root and normalises its servers', () => {
    const exists = (p: string): boolean => p === 'plugins/github/.claude-plugin/plugin.json'
    const { diagnostics, servers } = lintFixture('claude-code/valid/plugin-bare-map.json', 'plugins/github/.mcp.json', {
      exists
    })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.pointer])).toEqual([['github', ['github']]])
  })

  it('reports a bare server map outside a plugin once, at the top of the file', () => {
    const { diagnostics } = lintFixture('claude-code/valid/plugin-bare-map.json', '.mcp.json')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0].message).toContain('without the "mcpServers" wrapper')
  })

  it('reports each mistake at its exact position', () => {
    const { diagnostics, servers } = lintFixture('claude-code/invalid/mixed-mistakes.json', '.mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '6:46 error schema-type',
      '6:50 warning schema-unknown-key',
      '7:25 error schema-enum',
      '7:62 error strict-json'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.github" is missing the required "command": without a remote "type", Claude Code starts the server as a stdio process and needs the program to run; for a remote server add "type": "http" (or "sse" / "ws") next to its "url"'
    )
    expect(diagnostics[0].server).toBe('github')
    expect(diagnostics[2].message).toBe(
      'unknown key "tpye" in "mcpServers.fs": Claude Code ignores it; did you mean "type"?'
    )
    expect(diagnostics[3].message).toContain('did you mean "streamable-http"?')
    // A typeless url is a broken stdio entry for Claude Code, not a remote server.
    expect(servers.find((s) => s.name === 'github')?.transport).toBe('stdio')
    expect(servers.find((s) => s.name === 'remote')?.transport).toBe('unknown')
  })
})
