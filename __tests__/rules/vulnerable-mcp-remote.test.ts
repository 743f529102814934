import { isAffected } from '../../src/rules/vulnerable-mcp-remote.js'
import { describeDiagnostic, lintText } from '../helpers/lint.js'

const found = (command: string, args: string[], extra: Record<string, unknown> = {}): string[] =>
  lintText('claude_desktop_config.json', JSON.stringify({ mcpServers: { s: { command, args, ...extra } } }, null, 2))
    .diagnostics.filter((d) => d.ruleId === 'vulnerable-mcp-remote')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message.slice(0, d.message.indexOf(','))}`)

describe('vulnerable-mcp-remote', () => {
  it('reports an explicit affected version at its argument', () => {
    const text =
      '{\n  "mcpServers": {\n    "linear": { "command": "npx", "args": ["-y", "mcp-remote@0.1.13", "https://mcp.linear.app/sse"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'vulnerable-mcp-remote')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:50-3:69 error vulnerable-mcp-remote "mcpServers.linear.args[1]" runs mcp-remote 0.1.13, which has a critical command-injection vulnerability (CVE-2025-6514, versions 0.0.5 to 0.1.15): a malicious or compromised remote server can make it run commands on this machine through the OAuth authorization URL it sends; pin 0.1.16 or later'
    ])
    expect(diagnostics[0].server).toBe('linear')
  })

  it.each([
    ['npx -p', 'npx', ['-y', '-p', 'mcp-remote@0.0.14', 'mcp-remote', 'https://x.example/sse'], '8:9'],
    ['bunx', 'bunx', ['mcp-remote@0.1.15', 'https://x.example/sse'], '6:9'],
    ['cmd /c npx', 'cmd', ['/c', 'npx', '-y', 'mcp-remote@0.1.0', 'https://x.example/sse'], '9:9'],
    ['a v-prefixed version', 'npx', ['-y', 'mcp-remote@v0.1.5', 'https://x.example/sse'], '7:9']
  ])('reports %s', (_label, command, args, position) => {
    expect(found(command, args)).toHaveLength(1)
    expect(found(command, args)[0]).toMatch(
      new RegExp(`^${position} error "mcpServers\\.s\\.args\\[\\d\\]" runs mcp-remote v?0\\.\\d+\\.\\d+`)
    )
  })

  it('checks switched-off servers too: one click runs them', () => {
    expect(found('npx', ['-y', 'mcp-remote@0.1.15', 'https://x.example/sse'], { disabled: true })).toHaveLength(1)
  })

  it.each([
    ['the fixed release', ['-y', 'mcp-remote@0.1.16', 'https://x.example/sse']],
    ['a newer release', ['-y', 'mcp-remote@0.2.0', 'https://x.example/sse']],
    ['an unpinned one (unpinned-package reports it)', ['-y', 'mcp-remote', 'https://x.example/sse']],
    ['latest', ['-y', 'mcp-remote@latest', 'https://x.example/sse']],
    ['a range that reaches fixed releases', ['-y', 'mcp-remote@^0.1.0', 'https://x.example/sse']],
    ['another package with the version in its args', ['-y', 'other@1.0.0', 'mcp-remote@0.1.0']],
    ['a scoped look-alike', ['-y', '@acme/mcp-remote@0.1.0', 'https://x.example/sse']]
  ])('stays silent on %s', (_label, args) => {
    expect(found('npx', args)).toEqual([])
  })

  it.each([
    ['0.1.15', true],
    ['0.0.5', true],
    ['0.1.16-beta.1', true],
    ['0.0.4', false],
    ['0.1.16', false],
    ['1.0.0', false],
    ['next', false]
  ])('knows whether %s is affected', (version, affected) => {
    expect(isAffected(version)).toBe(affected)
  })
})
