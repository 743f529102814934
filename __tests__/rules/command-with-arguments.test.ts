import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const onlyRule = (text: string, path: string): string[] => ruleFindings('command-with-arguments', path, text)

describe('command-with-arguments', () => {
  it('reports a whole npx line at the command; the split the host needs in help', () => {
    const text =
      '{\n  "mcpServers": {\n    "ctx": { "command": "npx -y @upstash/context7-mcp@1.0.14", "args": ["--port", "0"] }\n  }\n}\n'
    const diagnostics = ruleDiagnostics('command-with-arguments', '.mcp.json', text)
    expect(onlyRule(text, '.mcp.json')).toEqual([
      '3:25-3:62 error command-with-arguments commandLine {"command":"npx -y @upstash/context7-mcp@1.0.14","host":"Claude Code"}'
    ])
    expect(diagnostics[0].message).toBe(
      '"npx -y @upstash/context7-mcp@1.0.14" is a whole command line, which Claude Code runs as one program name'
    )
    expect(diagnostics[0].help).toBe(
      'Claude Code starts "command" as one program, without a shell, so it looks for a program with that whole name and the server fails to start (spawn ENOENT); put the program alone in "command" and each argument in "args": "command": "npx", "args": ["-y", "@upstash/context7-mcp@1.0.14", "--port", "0"].'
    )
    expect(diagnostics[0].server).toBe('ctx')
  })

  it("writes the fix in the file's own syntax (Codex TOML, Continue YAML)", () => {
    const toml = '[mcp_servers.srv]\ncommand = "uv run server.py"\nargs = ["--stdio"]\n'
    expect(onlyRule(toml, '.codex/config.toml')).toEqual([
      '2:11-2:29 error command-with-arguments commandLine {"command":"uv run server.py","host":"Codex"}'
    ])
    expect(ruleDiagnostics('command-with-arguments', '.codex/config.toml', toml)[0].help).toContain(
      'command = "uv", args = ["run", "server.py", "--stdio"].'
    )
    const yaml =
      'name: blocks\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: fetch\n    command: docker run -i --rm mcp/fetch:1.2.0\n'
    expect(onlyRule(yaml, '.continue/mcpServers/fetch.yaml')).toEqual([
      '6:14-6:48 error command-with-arguments commandLine {"command":"docker run -i --rm mcp/fetch:1.2.0","host":"Continue"}'
    ])
    expect(ruleDiagnostics('command-with-arguments', '.continue/mcpServers/fetch.yaml', yaml)[0].help).toContain(
      'command: "docker", args: ["run", "-i", "--rm", "mcp/fetch:1.2.0"].'
    )
  })

  it('reports a path followed by a script, and a quoted program path followed by arguments', () => {
    const text = JSON.stringify(
      {
        servers: {
          a: { command: '/usr/bin/python3 server.py' },
          b: { command: '"C:\\Program Files\\nodejs\\node.exe" server.js' }
        }
      },
      null,
      2
    )
    const found = ruleDiagnostics('command-with-arguments', '.vscode/mcp.json', text)
    expect(found.map((d) => `${d.line}:${d.column} ${d.server} ${d.messageId}`)).toEqual([
      '4:18 a commandLine',
      '7:18 b commandLine'
    ])
    expect(found[1].help).toContain('"command": "C:\\\\Program Files\\\\nodejs\\\\node.exe", "args": ["server.js"]')
  })

  it.each([
    ['a Windows program path with spaces', 'C:\\Program Files\\nodejs\\npx.cmd'],
    ['a macOS application path with spaces', '/Applications/My App/bin/server'],
    ['a path with spaces under a placeholder', '${workspaceFolder}/My Tools/server'],
    ['a program name alone', 'npx'],
    ['a program with only surrounding whitespace (another rule)', ' npx ']
  ])('stays silent on %s', (_label, command) => {
    expect(onlyRule(JSON.stringify({ mcpServers: { a: { command, args: ['-y', 'x@1.0.0'] } } }), '.mcp.json')).toEqual(
      []
    )
  })

  it('skips opencode (its command is an array) and servers that are switched off', () => {
    expect(onlyRule(JSON.stringify({ mcp: { a: { type: 'local', command: ['npx -y x'] } } }), 'opencode.json')).toEqual(
      []
    )
    expect(
      onlyRule(JSON.stringify({ mcpServers: { a: { command: 'npx -y x', disabled: true } } }), '.roo/mcp.json')
    ).toEqual([])
  })

  it('does not report a remote server or a server with no command', () => {
    expect(
      onlyRule(JSON.stringify({ mcpServers: { a: { type: 'http', url: 'https://x.example/mcp' } } }), '.mcp.json')
    ).toEqual([])
  })
})
