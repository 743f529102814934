import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('kilo (Kilo, opencode-based)', () => {
  it('reads kilo.jsonc as opencode does: local command arrays and remote urls, comments allowed', () => {
    const { diagnostics, servers, host } = lintFixture('kilo/valid/local-and-remote.jsonc', 'kilo.jsonc')
    expect(host).toBe('kilo')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.command, s.args, s.url])).toEqual([
      ['memory', 'stdio', 'npx', ['-y', '@modelcontextprotocol/server-memory'], undefined],
      ['docs', 'http', undefined, undefined, 'https://docs.example.com/mcp']
    ])
    expect(servers[0].env).toEqual({ API_KEY: '{env:MEMORY_KEY}' })
  })

  it("reports a Claude-style entry copied into kilo.json, with the fix in Kilo's words", () => {
    const { diagnostics } = lintFixture('kilo/invalid/claude-style.json', '.kilo/kilo.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:44 error schema-type',
      '4:51 error schema-unknown-key'
    ])
    expect(diagnostics[2].message).toBe(
      'unknown key "env" in "mcp.local": Kilo rejects it; did you mean "environment"? Kilo passes variables to a local server only through "environment"'
    )
  })
})
