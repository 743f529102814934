import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'surrounding-whitespace'

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
    expect(ruleFindings(ID, '.mcp.json', text)).toEqual([
      '3:23-3:29 warning surrounding-whitespace value {"path":"mcpServers.a.command","edges":"ends with a space"}',
      '3:40-3:45 warning surrounding-whitespace value {"path":"mcpServers.a.args[0]","edges":"starts with a space"}',
      '3:70-3:78 warning surrounding-whitespace name {"path":"mcpServers.a.env[\'TOKEN \']","edges":"ends with a space"}',
      '3:80-3:87 warning surrounding-whitespace value {"path":"mcpServers.a.env[\'TOKEN \']","edges":"ends with a line break"}',
      '4:35-4:59 warning surrounding-whitespace value {"path":"mcpServers.b.url","edges":"starts with a space"}',
      '4:74-4:90 warning surrounding-whitespace name {"path":"mcpServers.b.headers[\'Authorization \']","edges":"ends with a space"}',
      '4:92-4:106 warning surrounding-whitespace value {"path":"mcpServers.b.headers[\'Authorization \']","edges":"ends with a space"}'
    ])
    const diagnostics = ruleDiagnostics(ID, '.mcp.json', text)
    expect(diagnostics.map((d) => d.server)).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'b'])
    expect(diagnostics.map((d) => [d.message, d.help])).toEqual([
      [
        '"mcpServers.a.command" ends with a space',
        'Claude Code looks for a program whose name includes it and the server fails to start (spawn ENOENT); remove it.'
      ],
      [
        '"mcpServers.a.args[0]" starts with a space',
        'The program receives the argument with it, so a flag, path or package name no longer matches; remove it.'
      ],
      [
        'the name "mcpServers.a.env[\'TOKEN \']" ends with a space',
        'The variable is set under a name that includes it, which the server never reads; remove it.'
      ],
      [
        '"mcpServers.a.env[\'TOKEN \']" ends with a line break',
        'The server receives the value with it (a token with a trailing line break fails to authenticate); remove it.'
      ],
      ['"mcpServers.b.url" starts with a space', 'Hosts that do not trim it fail to parse the URL; remove it.'],
      [
        'the name "mcpServers.b.headers[\'Authorization \']" ends with a space',
        'It is not a valid header name, so the request fails; remove it.'
      ],
      [
        '"mcpServers.b.headers[\'Authorization \']" ends with a space',
        'The header is sent with it or rejected, depending on the HTTP client; remove it.'
      ]
    ])
  })

  it('never prints the value, which may be a secret', () => {
    const token = 'ghp_' + 'R2d2C3poR2d2C3poR2d2C3poR2d2C3po9f2c'
    const diagnostics = ruleDiagnostics(ID, '.mcp.json', {
      mcpServers: { a: { command: 'x', env: { T: `${token}\n` } } }
    })
    expect(diagnostics.map((d) => [d.message, d.data])).toEqual([
      ['"mcpServers.a.env.T" ends with a line break', { path: 'mcpServers.a.env.T', edges: 'ends with a line break' }]
    ])
    expect(JSON.stringify(diagnostics)).not.toContain('R2d2C3po')
  })

  it("follows each host's spelling: opencode command array and environment, Zed nested command, Codex http_headers", () => {
    const opencode = '{"mcp": {"a": {"type": "local", "command": ["npx ", " -y"], "environment": {"A": "\\tx"}}}}\n'
    expect(ruleFindings(ID, 'opencode.json', opencode)).toEqual([
      '1:45-1:51 warning surrounding-whitespace value {"path":"mcp.a.command[0]","edges":"ends with a space"}',
      '1:53-1:58 warning surrounding-whitespace value {"path":"mcp.a.command[1]","edges":"starts with a space"}',
      '1:82-1:87 warning surrounding-whitespace value {"path":"mcp.a.environment.A","edges":"starts with a tab"}'
    ])
    expect(ruleDiagnostics(ID, 'opencode.json', opencode)[0].help).toBe(
      'opencode looks for a program whose name includes it and the server fails to start (spawn ENOENT); remove it.'
    )
    expect(
      ruleFindings(
        ID,
        '.zed/settings.json',
        '{"context_servers": {"a": {"command": {"path": "npx", "args": ["x\\u200b"], "env": {"K ": "v"}}}}}\n'
      )
    ).toEqual([
      '1:64-1:73 warning surrounding-whitespace value {"path":"context_servers.a.command.args[0]","edges":"ends with an invisible character (U+200B)"}',
      '1:84-1:88 warning surrounding-whitespace name {"path":"context_servers.a.command.env[\'K \']","edges":"ends with a space"}'
    ])
    expect(
      ruleFindings(
        ID,
        '.codex/config.toml',
        '[mcp_servers.r]\nurl = "https://x.example/mcp"\nhttp_headers = { "X-Key " = "v" }\n'
      )
    ).toEqual([
      '3:18-3:26 warning surrounding-whitespace name {"path":"mcp_servers.r.http_headers[\'X-Key \']","edges":"ends with a space"}'
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
    expect(lintText('server.json', text).host).toBe('registry')
    expect(ruleFindings(ID, 'server.json', text)).toEqual([])
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
    expect(ruleFindings(ID, '.roo/mcp.json', text)).toEqual([])
  })
})
