import { describeDiagnostic, lintText } from '../helpers/lint.js'

function only(path: string, value: unknown, exists?: (p: string) => boolean): string[] {
  return lintText(path, JSON.stringify(value, null, 2), exists ? { exists } : {})
    .diagnostics.filter((d) => d.ruleId === 'reserved-server-name')
    .map(describeDiagnostic)
}

describe('reserved-server-name', () => {
  it("reports each name Claude Code reserves, at the server's key", () => {
    const config = {
      mcpServers: {
        workspace: { command: 'ws-mcp' },
        'Claude Preview': { type: 'http', url: 'https://preview.acme.io/mcp' },
        github: { command: 'gh-mcp' }
      }
    }
    const { diagnostics } = lintText('.mcp.json', JSON.stringify(config, null, 2))
    expect(diagnostics.filter((d) => d.ruleId === 'reserved-server-name').map(describeDiagnostic)).toEqual([
      '3:5-3:16 error reserved-server-name server "workspace" uses a name Claude Code reserves for a built-in server: Claude Code skips this entry, so the server never starts; rename it, e.g. "workspace-mcp"',
      '6:5-6:21 error reserved-server-name server "Claude Preview" uses a name Claude Code reserves for a built-in server: Claude Code skips this entry, so the server never starts; rename it, e.g. "claude-preview-mcp"'
    ])
    expect(diagnostics.find((d) => d.ruleId === 'reserved-server-name')?.server).toBe('workspace')
  })

  it('is silent in plugins, in other hosts, and for names that only resemble a reserved one', () => {
    const config = { mcpServers: { 'computer-use': { command: 'cu-mcp' } } }
    expect(only('plugins/acme/.mcp.json', config, (p) => p === 'plugins/acme/.claude-plugin/plugin.json')).toEqual([])
    expect(only('.cursor/mcp.json', config)).toEqual([])
    expect(
      only('.mcp.json', { mcpServers: { 'workspace-tools': { command: 'a' }, Workspace: { command: 'b' } } })
    ).toEqual([])
  })
})
