import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('codex', () => {
  it('accepts stdio and Streamable HTTP tables, per-tool settings, override-only tables and other config keys', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'codex/valid/stdio-http-and-overrides.toml',
      '.codex/config.toml'
    )
    expect(host).toBe('codex')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.disabled ?? false])).toEqual([
      ['docs', 'stdio', false],
      ['github', 'http', false],
      ['notion', 'unknown', true]
    ])
    const docs = servers[0]
    expect(docs.command).toBe('npx')
    expect(docs.args).toEqual(['-y', '@upstash/context7-mcp'])
    expect(docs.cwd).toBe('C:\\Projects\\docs')
    expect(docs.env).toEqual({ LOG_LEVEL: 'debug' })
    expect(docs.pointer).toEqual(['mcp_servers', 'docs'])
    expect(servers[1].url).toBe('https://api.githubcopilot.com/mcp/')
    expect(servers[1].headers).toEqual({ 'X-MCP-Toolsets': 'repos,issues' })
  })

  it('is found in nested .codex folders too', () => {
    expect(adapterLintText('tools/app/.codex/config.toml', '[mcp_servers.a]\ncommand = "x"\n').host).toBe('codex')
  })

  it('reports mixed transports, a missing transport, bearer_token and wrong types at their keys', () => {
    const { diagnostics, servers } = adapterLintFixture('codex/invalid/transport-mistakes.toml', '.codex/config.toml')
    expect(shortForm(diagnostics)).toEqual([
      '4:1 error schema-shape',
      '8:1 error schema-shape',
      '9:1 error schema-shape',
      '11:14 error schema-required',
      '17:1 warning schema-unknown-key',
      '18:23 error schema-type',
      '19:16 error schema-type',
      '20:31 error schema-enum',
      '23:7 error schema-format'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcp_servers.mixed.url" is not supported for a stdio server: Codex starts "mixed" with its "command" and refuses the whole config when "url" sits beside it; remove "url", or move the remote server to its own table'
    )
    expect(diagnostics[0].server).toBe('mixed')
    expect(diagnostics[1].message).toContain('"mcp_servers.remote.env" is not supported for a Streamable HTTP server')
    expect(diagnostics[2].message).toContain('name that variable in "bearer_token_env_var"')
    expect(diagnostics[3].message).toContain('"mcp_servers.nothing" has neither "command" nor "url"')
    expect(diagnostics[4].message).toBe('unknown key "type" in "mcp_servers.typed": Codex ignores it')
    expect(diagnostics[6].message).toBe('"mcp_servers.typed.env.PORT" must be a string, not the number 8080')
    expect(diagnostics[7].message).toContain('accepts only one of "auto", "prompt", "approve", "writes"')
    expect(diagnostics[8].message).toContain('must be an http:// or https:// URL')
    // Codex picks stdio when both are present; a table with neither has no transport of its own.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['mixed', 'stdio'],
      ['remote', 'http'],
      ['nothing', 'unknown'],
      ['typed', 'stdio'],
      ['badurl', 'http']
    ])
  })

  it('accepts a table that only switches off a server defined in the user config, but not an empty one', () => {
    expect(
      adapterLintText('.codex/config.toml', '[mcp_servers.notion]\nenabled = false\ntool_timeout_sec = 30\n')
        .diagnostics
    ).toEqual([])
    expect(shortForm(adapterLintText('.codex/config.toml', '[mcp_servers.notion]\n').diagnostics)).toEqual([
      '1:14 error schema-required'
    ])
  })

  it('refuses bearer_token even beside a url, and reports a server that is not a table', () => {
    const { diagnostics } = adapterLintText(
      '.codex/config.toml',
      'mcp_servers.a = "npx"\n\n[mcp_servers.b]\nurl = "https://x.dev/mcp"\nbearer_token = "t"\n'
    )
    expect(shortForm(diagnostics)).toEqual(['1:17 error schema-type', '5:1 error schema-shape'])
  })

  it('reports invalid TOML as a syntax error', () => {
    const { diagnostics } = adapterLintText('.codex/config.toml', '[mcp_servers.a]\ncommand = "npx\n')
    expect(shortForm(diagnostics)).toEqual(['2:15 error syntax-error'])
  })
})
