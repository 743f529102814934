import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('cline', () => {
  it('reads a typeless url as SSE, streamableHttp and the older transportType', () => {
    const { diagnostics, servers, host } = lintFixture('cline/valid/cline_mcp_settings.json', 'cline_mcp_settings.json')
    expect(host).toBe('cline')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['events', 'sse', undefined],
      ['api', 'http', 'streamableHttp'],
      ['old', 'http', 'streamableHttp']
    ])
  })

  it("reports another host's spelling of a type, a timeout below a second and an empty entry", () => {
    const { diagnostics } = lintFixture('cline/invalid/cline_mcp_settings.json', 'cline_mcp_settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:24 error schema-enum',
      '4:45 error schema-value',
      '5:5 error schema-required'
    ])
    expect(diagnostics[0].message).toContain('did you mean "streamableHttp"?')
  })
})
