import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('kilocode (Kilo Code, legacy extension)', () => {
  it('reads .kilocode/mcp.json as Roo Code does', () => {
    const { diagnostics, servers, host } = lintFixture('kilocode/valid/all-transports.json', '.kilocode/mcp.json')
    expect(host).toBe('kilocode')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'streamable-http', false],
      ['legacy', 'sse', 'sse', true]
    ])
    expect(servers[0].cwd).toBe('${workspaceFolder}')
  })

  it("reports a typeless url, mixed transports and another host's type, in Kilo Code's words", () => {
    const { diagnostics, servers } = lintFixture('kilocode/invalid/transport-mistakes.json', '.kilocode/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:58 error schema-shape',
      '5:23 error schema-enum'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.remote" is missing the required "type": Kilo Code does not guess the transport of a "url" and refuses the server ("Configuration with \'url\' must explicitly specify \'type\' as \'sse\' or \'streamable-http\'"); add "type": "streamable-http" (or "sse" for a legacy SSE endpoint)'
    )
    expect(diagnostics[1].message).toContain('Kilo Code starts "mixed" with its "command"')
    expect(servers.map((s) => s.transport)).toEqual(['unknown', 'unknown', 'unknown'])
  })
})
