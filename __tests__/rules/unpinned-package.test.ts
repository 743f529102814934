import { describeDiagnostic, lintText, ruleDiagnostics } from '../helpers/lint.js'

/** The unpinned-package findings for one server's args, as `[index of the argument, messageId, data]`. */
function findings(command: string, args: string[], path = '.mcp.json'): [number, string?, object?][] {
  return ruleDiagnostics('unpinned-package', path, { mcpServers: { s: { command, args } } }).map((d) => [
    d.line - 6,
    d.messageId,
    d.data
  ])
}

describe('unpinned-package', () => {
  it('reports an npx package without a version at its argument, with how to pin it', () => {
    const text =
      '{\n  "mcpServers": {\n    "ctx": { "command": "npx", "args": ["-y", "@upstash/context7-mcp"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'unpinned-package')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:47-3:70 warning unpinned-package npm package "@upstash/context7-mcp" runs through npx without a version'
    ])
    expect(diagnostics[0]).toMatchObject({
      server: 'ctx',
      messageId: 'noVersion',
      data: { kind: 'npm package', name: '@upstash/context7-mcp', runner: 'npx' }
    })
    expect(diagnostics[0].help).toContain(
      'colleagues run different code and a new (or hijacked) release runs unreviewed'
    )
    expect(diagnostics[0].help).toContain(
      'pin an exact version: "@upstash/context7-mcp@X.Y.Z" (`npm view @upstash/context7-mcp version` prints the newest)'
    )
  })

  it.each([
    ['npx latest', 'npx', ['-y', 'pkg@latest'], [[1, 'latest', { kind: 'npm package', name: 'pkg' }]]],
    [
      'npx range',
      'npx',
      ['-y', 'pkg@^1.2.0', '--flag'],
      [[1, 'range', { kind: 'npm package', name: 'pkg', version: '^1.2.0' }]]
    ],
    [
      'npx major only',
      'npx',
      ['-y', '@scope/pkg@1'],
      [[1, 'range', { kind: 'npm package', name: '@scope/pkg', version: '1' }]]
    ],
    [
      'npx dist-tag',
      'npx',
      ['-y', 'pkg@next'],
      [[1, 'movingTag', { kind: 'npm package', name: 'pkg', version: 'next' }]]
    ],
    [
      'npx git without a commit',
      'npx',
      ['-y', 'github:user/repo'],
      [[1, 'gitNoCommit', { kind: 'npm package', name: 'github:user/repo' }]]
    ],
    [
      'npx -p packages, not the binary',
      'npx',
      ['-y', '-p', 'pkg@1.0.0', '--package=other', 'bin'],
      [[3, 'noVersion', { kind: 'npm package', name: 'other', runner: 'npx' }]]
    ],
    ['pnpm dlx', 'pnpm', ['dlx', 'pkg'], [[1, 'noVersion', { kind: 'npm package', name: 'pkg', runner: 'pnpm dlx' }]]],
    ['bunx', 'bunx', ['pkg@latest'], [[0, 'latest', { kind: 'npm package', name: 'pkg' }]]],
    [
      'npm exec',
      'npm',
      ['exec', '--yes', '--', 'pkg'],
      [[3, 'noVersion', { kind: 'npm package', name: 'pkg', runner: 'npm exec' }]]
    ],
    [
      'uvx',
      'uvx',
      ['mcp-server-fetch'],
      [[0, 'noVersion', { kind: 'Python package', name: 'mcp-server-fetch', runner: 'uvx' }]]
    ],
    [
      'uvx @latest',
      'uvx',
      ['mcp-server-fetch@latest'],
      [[0, 'latest', { kind: 'Python package', name: 'mcp-server-fetch' }]]
    ],
    [
      'uvx --from git without a ref',
      'uvx',
      ['--from', 'git+https://github.com/oraios/serena', 'serena', 'start-mcp-server'],
      [[1, 'gitNoCommit', { kind: 'Python package', name: 'git+https://github.com/oraios/serena' }]]
    ],
    [
      'uvx --from git on a branch',
      'uvx',
      ['--from=git+https://github.com/a/b@main', 'b'],
      [[0, 'gitBranch', { kind: 'Python package', name: 'git+https://github.com/a/b', version: 'main' }]]
    ],
    [
      'uvx --with',
      'uvx',
      ['--python', '3.12', '--with', 'mcp', 'tool==1.0'],
      [[3, 'noVersion', { kind: 'Python package', name: 'mcp', runner: 'uvx' }]]
    ],
    [
      'pipx run --spec range',
      'pipx',
      ['run', '--spec', 'pkg>=1', 'cmd'],
      [[2, 'range', { kind: 'Python package', name: 'pkg', version: '>=1' }]]
    ],
    [
      'docker without a tag',
      'docker',
      ['run', '-i', '--rm', '-e', 'TOKEN', '-v', 'a:/b', 'ghcr.io/github/github-mcp-server'],
      [[7, 'noTag', { kind: 'Docker image', name: 'ghcr.io/github/github-mcp-server' }]]
    ],
    [
      'docker :latest with a registry port',
      'podman',
      ['run', '-it', '--network=none', 'registry:5000/mcp/fetch:latest'],
      [[3, 'latest', { kind: 'Docker image', name: 'registry:5000/mcp/fetch' }]]
    ],
    [
      'cmd /c npx',
      'cmd',
      ['/c', 'npx', '-y', 'pkg'],
      [[3, 'noVersion', { kind: 'npm package', name: 'pkg', runner: 'npx' }]]
    ],
    [
      'sh -c with two runners',
      'sh',
      ['-c', 'npx -y a && uvx b'],
      [
        [1, 'noVersion', { kind: 'npm package', name: 'a', runner: 'npx' }],
        [1, 'noVersion', { kind: 'Python package', name: 'b', runner: 'uvx' }]
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
      opencode.diagnostics.filter((d) => d.ruleId === 'unpinned-package').map((d) => [d.messageId, d.data])
    ).toEqual([['noVersion', { kind: 'npm package', name: 'pkg', runner: 'npx' }]])
    const codex = lintText('.codex/config.toml', '[mcp_servers.a]\ncommand = "uvx"\nargs = ["mcp-server-git"]\n')
    expect(
      codex.diagnostics.filter((d) => d.ruleId === 'unpinned-package').map((d) => `${d.line}:${d.column} ${d.severity}`)
    ).toEqual(['3:9 warning'])
  })
})
