import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('gemini', () => {
  it('accepts every server shape next to other Gemini settings, with comments', () => {
    const { diagnostics, host } = lintFixture('gemini/valid/settings.json', '.gemini/settings.json')
    expect(host).toBe('gemini')
    expect(diagnostics).toEqual([])
  })

  it("normalises transports in Gemini's meaning: httpUrl and a typeless url are Streamable HTTP", () => {
    const { servers } = lintFixture('gemini/valid/settings.json', '.gemini/settings.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.url])).toEqual([
      ['serena', 'stdio', undefined, undefined],
      ['expo', 'http', undefined, 'https://mcp.expo.dev/mcp'],
      ['linear', 'sse', 'sse', 'https://mcp.linear.app/sse'],
      ['vercel', 'http', 'http', 'https://mcp.vercel.com'],
      ['docs', 'http', undefined, 'https://docs.example.com/mcp'],
      ['socket', 'ws', undefined, 'ws://localhost:8765'],
      ['cloud', 'http', undefined, 'https://example.run.app/mcp']
    ])
    expect(servers[0]).toMatchObject({
      command: 'uvx',
      cwd: '.',
      env: { API_KEY: '$SERENA_KEY', HOME_DIR: '${HOME:-/tmp}' },
      pointer: ['mcpServers', 'serena']
    })
    // "socket" is in mcp.excluded and "cloud" is missing from the mcp.allowed list: Gemini connects to neither.
    expect(servers.filter((s) => s.disabled).map((s) => s.name)).toEqual(['socket', 'cloud'])
  })

  it('lets httpUrl win over url, as Gemini does', () => {
    const { servers } = lintText(
      '.gemini/settings.json',
      '{"mcpServers":{"s":{"httpUrl":"https://a.dev/mcp","url":"https://b.dev/sse","type":"sse"}}}'
    )
    expect(servers.map((s) => [s.transport, s.url])).toEqual([['http', 'https://a.dev/mcp']])
  })

  it('reports each mistake at its exact position', () => {
    const { diagnostics } = lintFixture('gemini/invalid/mistakes.json', '.gemini/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:57 error schema-enum',
      '5:50 error schema-type',
      '5:58 warning schema-unknown-key',
      '6:25 error schema-format',
      '6:49 error schema-type',
      '8:23 error schema-type',
      '8:34 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.nothing" is missing the required "command": Gemini CLI needs a "command" (stdio), a "url" or "httpUrl" (HTTP/SSE) or a "tcp" address to reach a server, and cannot start this one'
    )
    expect(diagnostics[0].server).toBe('nothing')
    expect(diagnostics[1].message).toContain('"http" (Streamable HTTP, also the default) or "sse"')
    expect(diagnostics[2].message).toBe('"mcpServers.env.env.PORT" must be a string, not the number 8080')
    expect(diagnostics[3].message).toBe('unknown key "enabled" in "mcpServers.env": Gemini CLI ignores it')
  })

  it('checks a settings file without servers and finds nothing', () => {
    const { diagnostics, servers, host } = lintText(
      '.gemini/settings.json',
      '{ "ui": { "theme": "GitHub" }, "tools.allowed": ["ls"] }'
    )
    expect([host, diagnostics, servers]).toEqual(['gemini', [], []])
  })

  it("allows comments but reports each trailing comma, which Gemini's JSON.parse rejects", () => {
    const text =
      '{\n  // servers\n  "mcpServers": {\n    "a": { "command": "x", /* last */ },\n  },\n  "ui": { "theme": "GitHub" }\n}'
    const { diagnostics, servers } = lintText('.gemini/settings.json', text)
    expect(shortForm(diagnostics)).toEqual(['4:26 error strict-json', '4:40 error strict-json'])
    expect(diagnostics[0].message).toContain('Gemini CLI strips comments from settings.json but not trailing commas')
    expect(servers.map((s) => s.name)).toEqual(['a'])
  })
})
