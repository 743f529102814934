import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('qwen (Qwen Code)', () => {
  it('reads url as SSE and httpUrl as Streamable HTTP, unlike Gemini CLI', () => {
    const { diagnostics, servers, host } = lintFixture('qwen/valid/settings.json', '.qwen/settings.json')
    expect(host).toBe('qwen')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.url])).toEqual([
      ['fs', 'stdio', undefined],
      ['events', 'sse', 'http://localhost:8080/sse'],
      ['api', 'http', 'https://api.example.com/mcp']
    ])
    expect(servers[0].cwd).toBe('tools')
  })

  it('reports an entry with nothing to start, a transport type and an unknown key', () => {
    const { diagnostics } = lintFixture('qwen/invalid/settings.json', '.qwen/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:24 error schema-enum',
      '5:34 warning schema-unknown-key'
    ])
    expect(diagnostics[1].message).toContain('"type" is only "sdk", for servers an SDK embeds')
  })
})
