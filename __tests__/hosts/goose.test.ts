import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('goose', () => {
  it("reads stdio and streamable_http extensions, and keeps Goose's own kinds apart", () => {
    const { diagnostics, servers } = lintFixture('goose/valid/config.yaml', 'config.yaml', { host: 'goose' })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.command ?? s.url, s.disabled ?? false])).toEqual([
      ['developer', 'unknown', undefined, false],
      ['memory', 'stdio', 'npx', false],
      ['remote', 'http', 'https://mcp.example.com/mcp', true]
    ])
    expect(servers[1].env).toEqual({ LOG_LEVEL: 'info' })
  })

  it('reports a stdio extension without cmd and args, and a type Goose does not know', () => {
    const { diagnostics } = lintFixture('goose/invalid/config.yaml', 'config.yaml', { host: 'goose' })
    expect(shortForm(diagnostics)).toEqual([
      '2:3 error schema-required',
      '2:3 error schema-required',
      '8:11 error schema-enum'
    ])
  })
})
