import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('factory (Factory droid)', () => {
  it('reads .factory/mcp.json: stdio by default, http and sse by type', () => {
    const { diagnostics, servers, host } = lintFixture('factory/valid/mcp.json', '.factory/mcp.json')
    expect(host).toBe('factory')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['linear', 'http'],
      ['events', 'sse']
    ])
  })

  it('reports a typeless url (a stdio entry without command), a foreign type and cwd', () => {
    const { diagnostics } = lintFixture('factory/invalid/mcp.json', '.factory/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:23 error schema-enum',
      '5:35 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toContain('a remote server needs "type": "http" (or "sse") beside its "url"')
  })
})
