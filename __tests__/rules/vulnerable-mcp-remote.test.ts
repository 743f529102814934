import { isAffected } from '../../src/rules/vulnerable-mcp-remote.js'
import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'vulnerable-mcp-remote'
const found = (command: string, args: string[], extra: Record<string, unknown> = {}): string[] =>
  ruleFindings(ID, 'claude_desktop_config.json', { mcpServers: { s: { command, args, ...extra } } })

describe('vulnerable-mcp-remote', () => {
  it('reports an explicit affected version at its argument', () => {
    const text =
      '{\n  "mcpServers": {\n    "linear": { "command": "npx", "args": ["-y", "mcp-remote@0.1.13", "https://mcp.linear.app/sse"] }\n  }\n}\n'
    expect(ruleFindings(ID, '.mcp.json', text)).toEqual([
      '3:50-3:69 error vulnerable-mcp-remote vulnerable {"version":"0.1.13"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', text)
    expect(finding.server).toBe('linear')
    expect(finding.message).toBe('mcp-remote 0.1.13 has a critical command-injection vulnerability (CVE-2025-6514)')
    expect(finding.help).toBe(
      'In versions 0.0.5 to 0.1.15 a malicious or compromised remote server can make mcp-remote run commands on this machine through the OAuth authorization URL it sends; pin 0.1.16 or later.'
    )
  })

  it.each([
    [
      'npx -p',
      'npx',
      ['-y', '-p', 'mcp-remote@0.0.14', 'mcp-remote', 'https://x.example/sse'],
      '8:9-8:28 error vulnerable-mcp-remote vulnerable {"version":"0.0.14"}'
    ],
    [
      'bunx',
      'bunx',
      ['mcp-remote@0.1.15', 'https://x.example/sse'],
      '6:9-6:28 error vulnerable-mcp-remote vulnerable {"version":"0.1.15"}'
    ],
    [
      'cmd /c npx',
      'cmd',
      ['/c', 'npx', '-y', 'mcp-remote@0.1.0', 'https://x.example/sse'],
      '9:9-9:27 error vulnerable-mcp-remote vulnerable {"version":"0.1.0"}'
    ],
    [
      // The name is read from the script's words as the shell takes them apart, quotes removed.
      'a shell script that quotes part of the name',
      'sh',
      ['-c', "npx -y 'mcp'-remote@0.1.15 https://x.example/sse"],
      '7:9-7:59 error vulnerable-mcp-remote vulnerable {"version":"0.1.15"}'
    ],
    [
      'a v-prefixed version',
      'npx',
      ['-y', 'mcp-remote@v0.1.5', 'https://x.example/sse'],
      '7:9-7:28 error vulnerable-mcp-remote vulnerable {"version":"v0.1.5"}'
    ]
  ])('reports %s', (_label, command, args, expected) => {
    expect(found(command, args)).toEqual([expected])
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
