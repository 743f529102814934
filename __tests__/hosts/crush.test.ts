import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('crush', () => {
  it('reads the mcp map of crush.json: stdio, http and sse by their type', () => {
    const { diagnostics, servers, host } = lintFixture('crush/valid/crush.json', 'crush.json')
    expect(host).toBe('crush')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['filesystem', 'stdio', false],
      ['github', 'http', false],
      ['events', 'sse', true]
    ])
  })

  it('reports a missing type (which Crush cannot start), a stdio entry without command, a foreign type and cwd', () => {
    const { diagnostics, servers } = lintFixture('crush/invalid/crush.json', '.crush.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:5 error schema-required',
      '5:24 error schema-enum',
      '6:52 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcp.untyped" is missing the required "type": Crush requires "type" on every server ("stdio", "sse" or "http"): without it the server fails to start ("unsupported mcp type: ")'
    )
    expect(diagnostics[3].message).toBe('unknown key "cwd" in "mcp.extra": Crush ignores it')
    expect(servers.find((s) => s.name === 'untyped')?.transport).toBe('unknown')
  })

  it('leaves a crush.json without MCP servers alone', () => {
    expect(lintText('crush.json', '{ "providers": {} }\n').host).toBeNull()
  })
})
