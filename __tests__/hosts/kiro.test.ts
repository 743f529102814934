import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('kiro', () => {
  it('accepts local and remote servers with autoApprove, disabledTools, oauth and ${VAR} values', () => {
    const { diagnostics, servers, host } = lintFixture('kiro/valid/local-and-remote.json', '.kiro/settings/mcp.json')
    expect(host).toBe('kiro')
    expect(diagnostics).toEqual([])
    // Kiro reads no type: a command is a local stdio server and a url a remote one.
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['fetch', 'stdio', false],
      ['docs', 'http', false],
      ['staging', 'http', true]
    ])
    expect(servers[0].env).toEqual({ FETCH_USER_AGENT: '${FETCH_USER_AGENT}' })
    expect(servers[1].url).toBe('https://docs.example.com/mcp')
  })

  it("reports an entry with neither command nor url, other hosts' keys and wrong types", () => {
    const { diagnostics, servers } = lintFixture('kiro/invalid/mistakes.json', '.kiro/settings/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '3:17 warning schema-unknown-key',
      '3:38 warning schema-unknown-key',
      '7:7 warning schema-unknown-key',
      '8:19 error schema-type',
      '10:78 error schema-type',
      '10:94 error schema-type'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.sprite" is missing the required "url": Kiro starts a local server from its "command" or connects to a remote server at its "url", and this entry has neither'
    )
    expect(diagnostics[0].server).toBe('sprite')
    expect(diagnostics[1].message).toBe('unknown key "transport" in "mcpServers.sprite": Kiro ignores it')
    expect(diagnostics[3].message).toBe(
      'unknown key "alwaysAllow" in "mcpServers.memory": Kiro ignores it; did you mean "autoApprove"?'
    )
    expect(diagnostics[4].message).toBe(
      '"mcpServers.memory.disabled" must be a boolean (true or false), not the string "false"'
    )
    expect(diagnostics[5].message).toBe('"mcpServers.api.headers.X-Retries" must be a string, not the number 3')
    expect(diagnostics[6].message).toBe('"mcpServers.api.timeout" must be an integer, not the string "60s"')
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['sprite', 'unknown'],
      ['memory', 'stdio'],
      ['api', 'http']
    ])
  })

  it('reports a file without "mcpServers", VS Code\'s "servers" key and a trailing comma', () => {
    const missing = lintText('.kiro/settings/mcp.json', '{}')
    expect(shortForm(missing.diagnostics)).toEqual(['1:1 error schema-required'])
    expect(missing.diagnostics[0].message).toContain('Kiro reads servers only from the top-level "mcpServers" object')
    expect(shortForm(lintText('.kiro/settings/mcp.json', '{ "servers": {} }').diagnostics)).toEqual([
      '1:3 error schema-unknown-key'
    ])
    expect(shortForm(lintText('.kiro/settings/mcp.json', '{ "mcpServers": {}, }').diagnostics)).toEqual([
      '1:19 error strict-json'
    ])
  })

  it('is found in nested .kiro folders too', () => {
    expect(lintText('packages/app/.kiro/settings/mcp.json', '{ "mcpServers": {} }').host).toBe('kiro')
  })
})
