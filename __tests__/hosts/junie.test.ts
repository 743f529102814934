import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('junie', () => {
  it('accepts stdio servers, with or without "type": "stdio"', () => {
    const { diagnostics, servers, host } = lintFixture('junie/valid/stdio-servers.json', '.junie/mcp/mcp.json')
    expect(host).toBe('junie')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['fetch', 'stdio', 'stdio']
    ])
    expect(servers[1].command).toBe('uvx')
  })

  it('reports remote entries, which Junie is documented not to start, and wrong types', () => {
    const { diagnostics, servers } = lintFixture('junie/invalid/remote-and-mistakes.json', '.junie/mcp/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:15 warning schema-unknown-key',
      '3:54 warning schema-unknown-key',
      '4:25 error schema-enum',
      '5:112 error schema-type'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.docs" is missing the required "command": JetBrains documents only stdio servers for Junie, so an entry with a "url" has nothing to start; bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[0].server).toBe('docs')
    expect(diagnostics[1].message).toBe('unknown key "url" in "mcpServers.docs": Junie ignores it')
    expect(diagnostics[3].message).toContain(
      '"mcpServers.search.type" is "sse", but Junie accepts only "stdio": JetBrains documents only stdio servers for Junie'
    )
    expect(diagnostics[4].message).toBe('"mcpServers.fs.env" must be an object, not an array')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'unknown'],
      ['search', 'unknown'],
      ['fs', 'stdio']
    ])
  })

  it('reports a file without "mcpServers" and VS Code\'s "servers" key', () => {
    const { diagnostics } = lintText('.junie/mcp/mcp.json', '{ "servers": { "a": { "command": "npx" } } }')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0].message).toContain('Junie ignores "servers" in .junie/mcp/mcp.json')
    expect(shortForm(lintText('.junie/mcp/mcp.json', '{ "mcp": {} }').diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:3 warning schema-unknown-key'
    ])
  })
})
