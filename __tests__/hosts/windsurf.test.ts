import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('windsurf', () => {
  it('accepts stdio servers and remote servers at serverUrl or url, with disabledTools and ${env:...}', () => {
    const { diagnostics, servers, host } = lintFixture(
      'windsurf/valid/stdio-and-remote.json',
      '.windsurf/mcp_config.json'
    )
    expect(host).toBe('windsurf')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.url, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'https://docs.example.com/mcp', false],
      ['search', 'http', 'https://search.example.com/mcp', true]
    ])
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:DOCS_TOKEN}' })
  })

  it('reads example copies named mcp_config.json anywhere, and prefers serverUrl to url', () => {
    const { servers, host } = lintText(
      'config/mcp_config.json',
      '{ "mcpServers": { "a": { "serverUrl": "https://a.example.com/mcp", "url": "https://old.example.com/mcp" } } }'
    )
    expect(host).toBe('windsurf')
    expect(servers.map((s) => [s.name, s.transport, s.url])).toEqual([['a', 'http', 'https://a.example.com/mcp']])
  })

  it('reports an entry with neither command nor serverUrl, a bad serverUrl and wrong types', () => {
    const { diagnostics, servers } = lintFixture('windsurf/invalid/mistakes.json', 'mcp_config.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:14 warning schema-unknown-key',
      '4:15 warning schema-unknown-key',
      '4:44 error schema-format',
      '5:83 error schema-type',
      '7:3 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.bmi" is missing the required "serverUrl": Windsurf starts a stdio server from its "command" or connects to a remote server at its "serverUrl" (or "url"), and this entry has neither'
    )
    expect(diagnostics[0].server).toBe('bmi')
    expect(diagnostics[2].message).toBe('unknown key "type" in "mcpServers.docs": Windsurf ignores it')
    expect(diagnostics[3].message).toBe('"mcpServers.docs.serverUrl" is not a valid URL: "docs.example.com/mcp"')
    expect(diagnostics[4].message).toBe(
      '"mcpServers.search.disabled" must be a boolean (true or false), not the string "yes"'
    )
    expect(diagnostics[5].message).toBe('unknown key "settings" in the top level: Windsurf ignores it')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['bmi', 'unknown'],
      ['docs', 'http'],
      ['search', 'stdio']
    ])
  })

  it('reports VS Code\'s "servers" key, a missing "mcpServers" and an unclosed file', () => {
    const { diagnostics } = lintText('.windsurf/mcp_config.json', '{ "servers": {} }')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0].message).toContain('Windsurf ignores "servers" in .windsurf/mcp_config.json')
    expect(shortForm(lintText('mcp_config.json', '{}').diagnostics)).toEqual(['1:1 error schema-required'])
    expect(shortForm(lintText('mcp_config.json', '{ "mcpServers": {}\n').diagnostics)).toEqual([
      '2:1 error syntax-error'
    ])
  })
})
