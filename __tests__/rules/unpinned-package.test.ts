import { describeDiagnostic, lintText } from '../helpers/lint.js'

/** The unpinned-package findings for one server's args, as `arg index: what it says`. */
function findings(command: string, args: string[], path = '.mcp.json'): string[] {
  return lintText(path, JSON.stringify({ mcpServers: { s: { command, args } } }, null, 2))
    .diagnostics.filter((d) => d.ruleId === 'unpinned-package')
    .map((d) => d.message.slice(0, d.message.indexOf(': which release')))
}

describe('unpinned-package', () => {
  it('reports an npx package without a version at its argument, with how to pin it', () => {
    const text =
      '{\n  "mcpServers": {\n    "ctx": { "command": "npx", "args": ["-y", "@upstash/context7-mcp"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'unpinned-package')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:47-3:70 warning unpinned-package "mcpServers.ctx.args[1]" runs the npm package "@upstash/context7-mcp" through npx without a version: which release runs depends on when each machine fetches it, so colleagues run different code and a new (or hijacked) release runs unreviewed; pin an exact version: "@upstash/context7-mcp@X.Y.Z" (`npm view @upstash/context7-mcp version` prints the newest)'
    ])
    expect(diagnostics[0].server).toBe('ctx')
  })

  it.each([
    [
      'npx latest',
      'npx',
      ['-y', 'pkg@latest'],
      ['"mcpServers.s.args[1]" runs the npm package "pkg" pinned to "latest"']
    ],
    [
      'npx range',
      'npx',
      ['-y', 'pkg@^1.2.0', '--flag'],
      ['"mcpServers.s.args[1]" runs the npm package "pkg" with the version range "^1.2.0"']
    ],
    [
      'npx major only',
      'npx',
      ['-y', '@scope/pkg@1'],
      ['"mcpServers.s.args[1]" runs the npm package "@scope/pkg" with the version range "1"']
    ],
    [
      'npx dist-tag',
      'npx',
      ['-y', 'pkg@next'],
      ['"mcpServers.s.args[1]" runs the npm package "pkg" with the moving tag "next"']
    ],
    [
      'npx git without a commit',
      'npx',
      ['-y', 'github:user/repo'],
      ['"mcpServers.s.args[1]" runs the npm package "github:user/repo" from git without a commit']
    ],
    [
      'npx -p packages, not the binary',
      'npx',
      ['-y', '-p', 'pkg@1.0.0', '--package=other', 'bin'],
      ['"mcpServers.s.args[3]" runs the npm package "other" through npx without a version']
    ],
    [
      'pnpm dlx',
      'pnpm',
      ['dlx', 'pkg'],
      ['"mcpServers.s.args[1]" runs the npm package "pkg" through pnpm dlx without a version']
    ],
    ['bunx', 'bunx', ['pkg@latest'], ['"mcpServers.s.args[0]" runs the npm package "pkg" pinned to "latest"']],
    [
      'npm exec',
      'npm',
      ['exec', '--yes', '--', 'pkg'],
      ['"mcpServers.s.args[3]" runs the npm package "pkg" through npm exec without a version']
    ],
    [
      'uvx',
      'uvx',
      ['mcp-server-fetch'],
      ['"mcpServers.s.args[0]" runs the Python package "mcp-server-fetch" through uvx without a version']
    ],
    [
      'uvx @latest',
      'uvx',
      ['mcp-server-fetch@latest'],
      ['"mcpServers.s.args[0]" runs the Python package "mcp-server-fetch" pinned to "latest"']
    ],
    [
      'uvx --from git without a ref',
      'uvx',
      ['--from', 'git+https://github.com/oraios/serena', 'serena', 'start-mcp-server'],
      [
        '"mcpServers.s.args[1]" runs the Python package "git+https://github.com/oraios/serena" from git without a commit'
      ]
    ],
    [
      'uvx --from git on a branch',
      'uvx',
      ['--from=git+https://github.com/a/b@main', 'b'],
      ['"mcpServers.s.args[0]" runs the Python package "git+https://github.com/a/b" from git on the branch "main"']
    ],
    [
      'uvx --with',
      'uvx',
      ['--python', '3.12', '--with', 'mcp', 'tool==1.0'],
      ['"mcpServers.s.args[3]" runs the Python package "mcp" through uvx without a version']
    ],
    [
      'pipx run --spec range',
      'pipx',
      ['run', '--spec', 'pkg>=1', 'cmd'],
      ['"mcpServers.s.args[2]" runs the Python package "pkg" with the version range ">=1"']
    ],
    [
      'docker without a tag',
      'docker',
      ['run', '-i', '--rm', '-e', 'TOKEN', '-v', 'a:/b', 'ghcr.io/github/github-mcp-server'],
      [
        '"mcpServers.s.args[7]" runs the Docker image "ghcr.io/github/github-mcp-server" without a tag, which means "latest"'
      ]
    ],
    [
      'docker :latest with a registry port',
      'podman',
      ['run', '-it', '--network=none', 'registry:5000/mcp/fetch:latest'],
      ['"mcpServers.s.args[3]" runs the Docker image "registry:5000/mcp/fetch" pinned to "latest"']
    ],
    [
      'cmd /c npx',
      'cmd',
      ['/c', 'npx', '-y', 'pkg'],
      ['"mcpServers.s.args[3]" runs the npm package "pkg" through npx without a version']
    ],
    [
      'sh -c with two runners',
      'sh',
      ['-c', 'npx -y a && uvx b'],
      [
        '"mcpServers.s.args[1]" runs the npm package "a" through npx without a version',
        '"mcpServers.s.args[1]" runs the Python package "b" through uvx without a version'
      ]
    ]
  ])('reports %s', (_label, command, args, expected) => {
    expect(findings(command, args)).toEqual(expected)
  })

  it.each([
    ['exact npm versions', 'npx', ['-y', '@scope/pkg@1.2.3', 'pkg2']],
    ['pre-release versions', 'npx', ['-y', 'pkg@1.2.3-beta.1']],
    ['npx -p with pinned packages', 'npx', ['-y', '-p', 'pkg@1.0.0', 'bin-name']],
    ['git with a commit', 'npx', ['-y', 'github:user/repo#0123456789abcdef0123456789abcdef01234567']],
    ['uvx exact', 'uvx', ['mcp-server-fetch==2025.4.7', 'x@latest']],
    ['uvx @version', 'uvx', ['ruff@0.6.0']],
    [
      'uvx --from pinned git, command after',
      'uvx',
      ['--from', 'git+https://github.com/oraios/serena@v0.1.4', 'serena']
    ],
    ['local paths', 'uvx', ['--from', '.', 'server']],
    ['placeholders', 'npx', ['-y', 'pkg@${VERSION}']],
    ['docker tag', 'docker', ['run', '-i', '--rm', 'mcp/fetch:1.2.0', 'latest']],
    ['docker digest', 'docker', ['run', '-i', 'mcp/fetch@sha256:0123456789abcdef']],
    ['plain programs', 'node', ['server.js']],
    ['docker without run', 'docker', ['exec', '-i', 'container', 'server']],
    ['words with surrounding whitespace (surrounding-whitespace reports those)', 'npx ', [' -y', 'pkg@1.0.0 ']]
  ])('stays silent on %s', (_label, command, args) => {
    expect(findings(command, args)).toEqual([])
  })

  it('reads a whole command line in "command" and a switched-off server too', () => {
    const text = JSON.stringify({ mcpServers: { a: { command: 'docker run -i mcp/fetch', disabled: true } } })
    expect(
      lintText('.roo/mcp.json', text)
        .diagnostics.filter((d) => d.ruleId === 'unpinned-package')
        .map((d) => `${d.line}:${d.column}`)
    ).toEqual(['1:31'])
  })

  it("follows opencode's command array and Codex TOML", () => {
    const opencode = lintText(
      'opencode.json',
      JSON.stringify({ mcp: { a: { type: 'local', command: ['npx', '-y', 'pkg'] } } })
    )
    expect(
      opencode.diagnostics.filter((d) => d.ruleId === 'unpinned-package').map((d) => d.message.split(': which')[0])
    ).toEqual(['"mcp.a.command[2]" runs the npm package "pkg" through npx without a version'])
    const codex = lintText('.codex/config.toml', '[mcp_servers.a]\ncommand = "uvx"\nargs = ["mcp-server-git"]\n')
    expect(
      codex.diagnostics.filter((d) => d.ruleId === 'unpinned-package').map((d) => `${d.line}:${d.column} ${d.severity}`)
    ).toEqual(['3:9 warning'])
  })
})
