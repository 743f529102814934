import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'reserved-server-name'

describe('reserved-server-name', () => {
  it("reports each name Claude Code reserves, at the server's key", () => {
    const config = {
      mcpServers: {
        workspace: { command: 'ws-mcp' },
        'Claude Preview': { type: 'http', url: 'https://preview.acme.io/mcp' },
        github: { command: 'gh-mcp' }
      }
    }
    expect(ruleFindings(ID, '.mcp.json', config)).toEqual([
      '3:5-3:16 error reserved-server-name reserved {"server":"workspace","host":"Claude Code"}',
      '6:5-6:21 error reserved-server-name reserved {"server":"Claude Preview","host":"Claude Code"}'
    ])
    const diagnostics = ruleDiagnostics(ID, '.mcp.json', config)
    expect(diagnostics.map((d) => d.server)).toEqual(['workspace', 'Claude Preview'])
    expect(diagnostics[0].message).toBe(
      'server "workspace" has a name Claude Code reserves for a built-in server, so it never starts'
    )
    expect(diagnostics.map((d) => d.help)).toEqual([
      'Claude Code skips an entry with the name of one of its built-in servers, without an error; rename it, e.g. "workspace-mcp".',
      'Claude Code skips an entry with the name of one of its built-in servers, without an error; rename it, e.g. "claude-preview-mcp".'
    ])
  })

  it('reports the names Claude Code 2.1.332 skips for its own remote and device servers', () => {
    const names = ['Claude_Preview', 'claude-code-remote', 'claude_ai', 'remote-devices']
    const config = { mcpServers: Object.fromEntries(names.map((name) => [name, { command: 'x' }])) }
    expect(ruleDiagnostics(ID, '.mcp.json', config).map((d) => d.server)).toEqual(names)
  })

  it('is silent in plugins, in other hosts, and for names that only resemble a reserved one', () => {
    const config = { mcpServers: { 'computer-use': { command: 'cu-mcp' } } }
    expect(
      ruleFindings(ID, 'plugins/acme/.mcp.json', config, {
        exists: (p) => p === 'plugins/acme/.claude-plugin/plugin.json'
      })
    ).toEqual([])
    expect(ruleFindings(ID, '.cursor/mcp.json', config)).toEqual([])
    expect(
      ruleFindings(ID, '.mcp.json', {
        mcpServers: { 'workspace-tools': { command: 'a' }, Workspace: { command: 'b' } }
      })
    ).toEqual([])
  })
})
