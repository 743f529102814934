import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('zed', () => {
  it('accepts current and legacy context server shapes beside other settings, with comments', () => {
    const { diagnostics, host } = lintFixture('zed/valid/settings.json', '.zed/settings.json')
    expect(host).toBe('zed')
    expect(diagnostics).toEqual([])
  })

  it('normalises each entry as the first variant Zed can read: command, then url, then extension settings', () => {
    const { servers } = lintFixture('zed/valid/settings.json', '.zed/settings.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.command ?? s.url, s.disabled])).toEqual([
      ['github', 'stdio', undefined, 'npx', true],
      ['bare', 'stdio', undefined, '/usr/local/bin/mcp-server', undefined],
      ['docs', 'http', undefined, 'https://docs.example.com/mcp', undefined],
      ['postgres-ext', 'stdio', undefined, undefined, undefined],
      ['legacy-custom', 'stdio', 'custom', 'node', undefined],
      ['legacy-nested', 'stdio', undefined, 'uvx', undefined],
      ['legacy-extension', 'stdio', 'extension', undefined, undefined]
    ])
    // The legacy nested command carries its own args and env.
    expect(servers[5]).toMatchObject({
      args: ['mcp-server-git'],
      env: { GIT_DIR: '.git' },
      pointer: ['context_servers', 'legacy-nested']
    })
    expect(servers[2].headers).toEqual({ 'X-Team': 'platform' })
  })

  it('reports entries Zed cannot read, at their exact positions', () => {
    const { diagnostics } = lintFixture('zed/invalid/mistakes.json', '.zed/settings.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:27 error schema-type',
      '5:49 error schema-value',
      '5:53 warning schema-unknown-key',
      '6:44 error schema-required',
      '7:17 error schema-required'
    ])
    expect(diagnostics[0].message).toBe(
      '"context_servers.nothing" is missing the required "command": Zed reads a context server as a "command" to start (stdio), a "url" (HTTP) or the "settings" of an extension\'s server; this entry has none of them, so Zed cannot load it'
    )
    expect(diagnostics[1].message).toContain('"context_servers.array.command" must be string or object, not an array')
    expect(diagnostics[3].message).toBe(
      'unknown key "disabled" in "context_servers.negative": Zed ignores it; did you mean "enabled"?'
    )
    expect(diagnostics[4].message).toBe('"context_servers.oauth.oauth" is missing the required "client_id"')
    expect(diagnostics[5].message).toContain('is missing the required "path"')
    expect(diagnostics.every((d) => d.server !== undefined)).toBe(true)
  })

  it('finds no server and no problem in a settings file without context_servers', () => {
    const { diagnostics, servers, host } = lintText(
      '.zed/settings.json',
      '// Zed settings\n{ "tab_size": 4, "format_on_save": "on", }'
    )
    expect([host, diagnostics, servers]).toEqual(['zed', [], []])
  })
})
