import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ruleOnly = (path: string, text: string): string[] =>
  lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === 'surrounding-whitespace')
    .map(describeDiagnostic)

describe('surrounding-whitespace', () => {
  it('reports command, args, env names and values, url and header names and values at their exact place', () => {
    const text = [
      '{',
      '  "mcpServers": {',
      '    "a": { "command": "npx ", "args": [" -y", "pkg@1.0.0"], "env": { "TOKEN ": "abc\\n" } },',
      '    "b": { "type": "http", "url": " https://x.example/mcp", "headers": { "Authorization ": "Bearer ${T} " } }',
      '  }',
      '}',
      ''
    ].join('\n')
    // Other rules see this file too (env-inventory, for one); only this rule's findings are compared.
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'surrounding-whitespace')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:23-3:29 warning surrounding-whitespace "mcpServers.a.command" ends with a space: Claude Code looks for a program whose name includes it and the server fails to start (spawn ENOENT); remove it',
      '3:40-3:45 warning surrounding-whitespace "mcpServers.a.args[0]" starts with a space: the program receives the argument with it, so a flag, path or package name no longer matches; remove it',
      '3:70-3:78 warning surrounding-whitespace the name "mcpServers.a.env[\'TOKEN \']" ends with a space: the variable is set under a name that includes it, which the server never reads; remove it',
      '3:80-3:87 warning surrounding-whitespace "mcpServers.a.env[\'TOKEN \']" ends with a line break: the server receives the value with it (a token with a trailing line break fails to authenticate); remove it',
      '4:35-4:59 warning surrounding-whitespace "mcpServers.b.url" starts with a space: hosts that do not trim it fail to parse the URL; remove it',
      '4:74-4:90 warning surrounding-whitespace the name "mcpServers.b.headers[\'Authorization \']" ends with a space: it is not a valid header name, so the request fails; remove it',
      '4:92-4:106 warning surrounding-whitespace "mcpServers.b.headers[\'Authorization \']" ends with a space: the header is sent with it or rejected, depending on the HTTP client; remove it'
    ])
    expect(diagnostics.map((d) => d.server)).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'b'])
  })

  it('never prints the value, which may be a secret', () => {
    const token = 'ghp_' + 'R2d2C3poR2d2C3poR2d2C3poR2d2C3po9f2c'
    const messages = lintText(
      '.mcp.json',
      JSON.stringify({ mcpServers: { a: { command: 'x', env: { T: `${token}\n` } } } })
    )
      .diagnostics.filter((d) => d.ruleId === 'surrounding-whitespace')
      .map((d) => d.message)
    expect(messages).toEqual([
      '"mcpServers.a.env.T" ends with a line break: the server receives the value with it (a token with a trailing line break fails to authenticate); remove it'
    ])
  })

  it("follows each host's spelling: opencode command array and environment, Zed nested command, Codex http_headers", () => {
    expect(
      ruleOnly(
        'opencode.json',
        '{"mcp": {"a": {"type": "local", "command": ["npx ", " -y"], "environment": {"A": "\\tx"}}}}\n'
      )
    ).toEqual([
      '1:45-1:51 warning surrounding-whitespace "mcp.a.command[0]" ends with a space: opencode looks for a program whose name includes it and the server fails to start (spawn ENOENT); remove it',
      '1:53-1:58 warning surrounding-whitespace "mcp.a.command[1]" starts with a space: the program receives the argument with it, so a flag, path or package name no longer matches; remove it',
      '1:82-1:87 warning surrounding-whitespace "mcp.a.environment.A" starts with a tab: the server receives the value with it (a token with a trailing line break fails to authenticate); remove it'
    ])
    expect(
      ruleOnly(
        '.zed/settings.json',
        '{"context_servers": {"a": {"command": {"path": "npx", "args": ["x\\u200b"], "env": {"K ": "v"}}}}}\n'
      )
    ).toEqual([
      '1:64-1:73 warning surrounding-whitespace "context_servers.a.command.args[0]" ends with an invisible character (U+200B): the program receives the argument with it, so a flag, path or package name no longer matches; remove it',
      '1:84-1:88 warning surrounding-whitespace the name "context_servers.a.command.env[\'K \']" ends with a space: the variable is set under a name that includes it, which the server never reads; remove it'
    ])
    expect(
      ruleOnly(
        '.codex/config.toml',
        '[mcp_servers.r]\nurl = "https://x.example/mcp"\nhttp_headers = { "X-Key " = "v" }\n'
      )
    ).toEqual([
      '3:18-3:26 warning surrounding-whitespace the name "mcp_servers.r.http_headers[\'X-Key \']" ends with a space: it is not a valid header name, so the request fails; remove it'
    ])
  })

  it('leaves MCP Registry server.json alone: its header entries carry free-text descriptions', () => {
    const text = JSON.stringify({
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      name: 'io.github.acme/tool',
      description: 'A tool',
      version: '1.0.0',
      remotes: [
        {
          type: 'streamable-http',
          url: 'https://mcp.acme.example/mcp',
          headers: [{ name: 'X-Key', description: 'Your key ', isSecret: true }]
        }
      ]
    })
    const { host, diagnostics } = lintText('server.json', text)
    expect(host).toBe('registry')
    expect(diagnostics.filter((d) => d.ruleId === 'surrounding-whitespace')).toEqual([])
  })

  it('stays silent on clean values, empty strings, inner spaces, other fields and switched-off servers', () => {
    const text = JSON.stringify({
      mcpServers: {
        a: {
          command: 'C:\\Program Files\\nodejs\\node.exe',
          args: ['', 'a b'],
          env: { EMPTY: '' },
          description: ' free text '
        },
        b: { command: 'npx ', disabled: true }
      }
    })
    expect(ruleOnly('.roo/mcp.json', text)).toEqual([])
  })
})
