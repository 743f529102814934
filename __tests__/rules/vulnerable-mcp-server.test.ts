import { advisoryFor, isBelow } from '../../src/rules/vulnerable-mcp-server.js'
import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'vulnerable-mcp-server'
const found = (command: string, args: string[], extra: Record<string, unknown> = {}): string[] =>
  ruleFindings(ID, 'claude_desktop_config.json', { mcpServers: { s: { command, args, ...extra } } })

describe('vulnerable-mcp-server', () => {
  it('reports a pinned mcp-server-git below 2025.12.18 at its argument, with the CVEs and the fix', () => {
    const text =
      '{\n  "mcpServers": {\n    "git": { "command": "uvx", "args": ["mcp-server-git==2025.7.1", "--repository", "."] }\n  }\n}\n'
    expect(ruleFindings(ID, '.mcp.json', text)).toEqual([
      '3:41-3:67 error vulnerable-mcp-server vulnerable {"name":"mcp-server-git","version":"2025.7.1","cves":"CVE-2025-68143, CVE-2025-68144, CVE-2025-68145","fixed":"2025.12.18"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', text)
    expect(finding.server).toBe('git')
    expect(finding.message).toBe(
      'mcp-server-git 2025.7.1 has published vulnerabilities (CVE-2025-68143, CVE-2025-68144, CVE-2025-68145)'
    )
    expect(finding.help).toBe(
      'In this release the model can reach repositories outside --repository, create repositories anywhere and inject git options; pin 2025.12.18 or later.'
    )
  })

  it.each([
    ['the filesystem server through npx', 'npx', ['-y', '@modelcontextprotocol/server-filesystem@2025.3.28', '.']],
    [
      'the inspector wrapping another server',
      'npx',
      ['@modelcontextprotocol/inspector@0.14.0', 'uvx', 'mcp-server-time']
    ],
    ['mcp-server-git through pipx', 'pipx', ['run', 'mcp-server-git==0.6.2']],
    ['mcp-server-git through uvx --from', 'uvx', ['--from', 'mcp-server-git==2025.9.25', 'mcp-server-git']]
  ])('reports %s', (_, command, args) => {
    expect(found(command, args)).toHaveLength(1)
  })

  it('checks switched-off servers too', () => {
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@0.6.2', '.'], { disabled: true })).toHaveLength(
      1
    )
  })

  it('leaves unpinned, fixed, ranged and unrelated packages alone', () => {
    expect(found('uvx', ['mcp-server-git', '--repository', '.'])).toEqual([])
    expect(found('uvx', ['mcp-server-git==2025.12.18'])).toEqual([])
    expect(found('uvx', ['mcp-server-git>=2025.1.0'])).toEqual([])
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@latest', '.'])).toEqual([])
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@2025.7.1', '.'])).toEqual([])
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@0.6.3', '.'])).toEqual([])
    // A later numbering line, published after the fix: not below 2025.7.1 in any sense that matters.
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@2.3.0', '.'])).toEqual([])
    expect(found('npx', ['-y', '@modelcontextprotocol/server-filesystem@2026.8.31', '.'])).toEqual([])
    expect(found('npx', ['@modelcontextprotocol/inspector@0.16.6', 'node', 'build/index.js'])).toEqual([])
    expect(found('npx', ['-y', '@cyanheads/git-mcp-server@1.0.0'])).toEqual([])
    // mcp-remote is vulnerable-mcp-remote's.
    expect(found('npx', ['-y', 'mcp-remote@0.1.13', 'https://x.example/sse'])).toEqual([])
  })

  it('compares versions by their numbers, a pre-release before its release', () => {
    expect(isBelow('2025.7.1', [2025, 12, 18])).toBe(true)
    expect(isBelow('2025.12.18', [2025, 12, 18])).toBe(false)
    expect(isBelow('2026.1.14', [2025, 12, 18])).toBe(false)
    expect(isBelow('v0.16.6-beta.1', [0, 16, 6])).toBe(true)
    expect(isBelow('not-a-version', [0, 16, 6])).toBe(false)
    expect(advisoryFor('python', 'MCP_Server.Git', '2025.7.1')?.name).toBe('mcp-server-git')
    expect(advisoryFor('npm', 'mcp-server-git', '2025.7.1')).toBeUndefined()
  })
})
