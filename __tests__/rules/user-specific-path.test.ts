import { describeFinding, lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ruleOnly = (path: string, text: string): string[] => ruleFindings('user-specific-path', path, text)

const helps = (path: string, text: string): (string | undefined)[] =>
  ruleDiagnostics('user-specific-path', path, text).map((d) => d.help)

describe('user-specific-path', () => {
  it("leaves a leading ~ in the Amazon Q CLI's command, which it expands, and reports one in args", () => {
    const text = JSON.stringify({ mcpServers: { a: { command: '~/bin/server', args: ['~/data'] } } }, null, 2)
    expect(ruleOnly('.amazonq/mcp.json', text)).toEqual([
      '6:9-6:17 warning user-specific-path tildeArgument {"value":"~/data","host":"Amazon Q"}'
    ])
    // Its fix for a home folder in command is the CLI's own $HOME there, not ${env:HOME}.
    const home = JSON.stringify({ mcpServers: { a: { command: '/home/alice/bin/server' } } }, null, 2)
    expect(helps('.amazonq/mcp.json', home)[0]).toContain('"${HOME}/…" for a file in each user\'s home')
    // The IDE's agent file, which it alone reads, takes no ~.
    expect(ruleOnly('.amazonq/default.json', text).map((f) => f.split(' ')[3])).toEqual([
      'tildeProgram',
      'tildeArgument'
    ])
  })

  it("reports home paths and ~ in command, args, env and cwd, with the host's own home reference", () => {
    const text = [
      '{',
      '  "mcpServers": {',
      '    "a": { "command": "/Users/alice/.nvm/bin/node", "args": ["~/mcp/server.js", "--dir=/home/bob/data"], "env": { "P": "C:\\\\Users\\\\carol\\\\AppData" } },',
      '    "b": { "command": "~/bin/server" }',
      '  }',
      '}',
      ''
    ].join('\n')
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'user-specific-path')
    expect(diagnostics.map(describeFinding)).toEqual([
      '3:23-3:51 warning user-specific-path homePath {"prefix":"/Users/alice"}',
      '3:62-3:79 warning user-specific-path tildeArgument {"value":"~/mcp/server.js","host":"Claude Code"}',
      '3:81-3:103 warning user-specific-path homePath {"prefix":"/home/bob"}',
      '3:120-3:147 warning user-specific-path homePath {"prefix":"C:\\\\Users\\\\carol"}',
      '4:23-4:37 warning user-specific-path tildeProgram {"value":"~/bin/server","host":"Claude Code"}'
    ])
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"/Users/alice" is one person\'s home directory, which colleagues do not have',
      '"~/mcp/server.js" has a "~" that Claude Code does not expand: the server gets it as it is',
      '"/home/bob" is one person\'s home directory, which colleagues do not have',
      '"C:\\Users\\carol" is one person\'s home directory, which colleagues do not have',
      '"~/bin/server" starts with "~", which Claude Code does not expand, so the path is not found'
    ])
    const home = 'use a path relative to the project or "${HOME}/…" for a file in each user\'s home.'
    expect(diagnostics.map((d) => d.help)).toEqual([
      `Colleagues have no such path, so the server fails on their machines; ${home}`,
      'Servers are started without a shell, so nothing expands "~", and the program works only if it expands "~" itself; write "${HOME}" instead of "~".',
      `Colleagues have no such path, so the server fails on their machines; ${home}`,
      `Colleagues have no such path, so the server fails on their machines; ${home}`,
      'Servers are started without a shell, so nothing expands "~"; write "${HOME}" instead of "~".'
    ])
    expect(diagnostics.map((d) => d.server)).toEqual(['a', 'a', 'a', 'a', 'b'])
  })

  it('suggests VS Code variables in VS Code, and no variable where the host has none (Codex)', () => {
    expect(
      ruleOnly('.vscode/mcp.json', '{"servers": {"a": {"command": "node", "args": ["/home/eve/y.js", "~/x.js"]}}}\n')
    ).toEqual([
      '1:48-1:64 warning user-specific-path homePath {"prefix":"/home/eve"}',
      '1:66-1:74 warning user-specific-path tildeArgument {"value":"~/x.js","host":"VS Code"}'
    ])
    expect(
      helps('.vscode/mcp.json', '{"servers": {"a": {"command": "node", "args": ["/home/eve/y.js", "~/x.js"]}}}\n')
    ).toEqual([
      'Colleagues have no such path, so the server fails on their machines; use a path inside the project ("${workspaceFolder}/…") or "${userHome}/…" for a file in each user\'s home.',
      'Servers are started without a shell, so nothing expands "~", and the program works only if it expands "~" itself; write "${userHome}" instead of "~".'
    ])
    expect(ruleOnly('.codex/config.toml', '[mcp_servers.a]\ncommand = "node"\ncwd = "~/proj"\n')).toEqual([
      '3:7-3:15 warning user-specific-path tildeProgram {"value":"~/proj","host":"Codex"}'
    ])
    expect(helps('.codex/config.toml', '[mcp_servers.a]\ncommand = "node"\ncwd = "~/proj"\n')).toEqual([
      'Servers are started without a shell, so nothing expands "~"; write the absolute path, or a path relative to the project.'
    ])
  })

  it('suggests no variable in a field the host passes as written (Factory fills env and headers only)', () => {
    const text = '{"mcpServers": {"a": {"command": "node", "args": ["/home/eve/y.js"], "env": {"D": "/home/eve/d"}}}}\n'
    expect(helps('.factory/mcp.json', text)).toEqual([
      'Colleagues have no such path, so the server fails on their machines; use a path relative to the project.',
      'Colleagues have no such path, so the server fails on their machines; use a path relative to the project or "${HOME}/…" for a file in each user\'s home.'
    ])
  })

  it('treats a committed Claude Desktop config as an example to adapt: a notice', () => {
    expect(
      ruleOnly(
        'claude_desktop_config.json',
        '{"mcpServers": {"a": {"command": "node", "args": ["/Users/alice/x.js"]}}}\n'
      )
    ).toEqual(['1:51-1:70 notice user-specific-path homePath {"prefix":"/Users/alice"}'])
    expect(
      helps('claude_desktop_config.json', '{"mcpServers": {"a": {"command": "node", "args": ["/Users/alice/x.js"]}}}\n')
    ).toEqual([
      'Colleagues have no such path, so the server fails on their machines; Claude Desktop reads its config from each user\'s own settings folder, so a committed copy is an example: write an obvious placeholder ("/path/to/…") and tell readers to replace it.'
    ])
  })

  it('checks only the host-side paths of docker run: volumes and env files, not container paths', () => {
    const args = [
      'run',
      '-i',
      '--rm',
      '-e',
      'HOME=/home/node',
      '-v',
      '/Users/alice/data:/home/node/data',
      '-w',
      '/home/app',
      '--env-file=/home/bob/.env',
      'img:1.0',
      '/home/x'
    ]
    const found = lintText(
      '.mcp.json',
      JSON.stringify({ mcpServers: { d: { command: 'docker', args } } }, null, 2)
    ).diagnostics.filter((d) => d.ruleId === 'user-specific-path')
    expect(found.map((d) => `${d.line}:${d.column} ${d.messageId} ${d.data?.prefix}`)).toEqual([
      '12:9 homePath /Users/alice',
      '15:9 homePath /home/bob'
    ])
  })

  it.each([
    ['host variables', ['${userHome}/x.js', '${workspaceFolder}/server.js', '${env:HOME}/y']],
    ['placeholder user names', ['/home/$USER/x', '/Users/${USER}/x', 'C:\\Users\\%USERNAME%\\x', '/Users/<you>/x']],
    [
      'template user names',
      ['/Users/YOUR_USERNAME/x', '/home/your-username/x', 'C:\\Users\\YourName\\x', '/home/user/x', '/Users/username/x']
    ],
    ['shared folders and CI runners', ['/Users/Shared/data', 'C:\\Users\\Public\\x', '/home/runner/work/x']],
    ['the users of dev container images', ['/home/vscode/.venv/bin/mcp', '/home/codespace/x']],
    ['paths that only look alike', ['./home/alice', 'https://example.com/home/alice', 'a~b', 'data:/home/node']]
  ])('stays silent on %s', (_label, args) => {
    expect(ruleOnly('.cursor/mcp.json', JSON.stringify({ mcpServers: { a: { command: 'node', args } } }))).toEqual([])
  })

  it('skips servers that are switched off and remote servers', () => {
    expect(
      ruleOnly(
        '.roo/mcp.json',
        JSON.stringify({
          mcpServers: {
            a: { command: '/home/x/bin/s', disabled: true },
            b: { type: 'streamable-http', url: 'https://x.example/home/alice' }
          }
        })
      )
    ).toEqual([])
  })
})
