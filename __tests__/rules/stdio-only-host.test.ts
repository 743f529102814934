import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'stdio-only-host'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const file = (entry: Record<string, unknown>): string => json({ mcpServers: { api: entry } })

/** This rule's findings and the schema's errors, which it replaces at the same place. */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || (d.ruleId.startsWith('schema-') && d.severity === 'error'))
    .map(describeDiagnostic)
}

describe('stdio-only-host', () => {
  it('reports a url entry in Claude Desktop at the server key, in place of the schema\'s "missing command"', () => {
    const { diagnostics } = lintText('claude_desktop_config.json', file({ url: 'https://mcp.example.com/mcp' }))
    expect(
      diagnostics.filter((d) => d.ruleId === ID || d.ruleId.startsWith('schema-')).map(describeDiagnostic)
    ).toEqual([
      '3:5-3:10 error stdio-only-host "mcpServers.api" is a remote server (it has a "url" and no "command"), but Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped"); add the remote server under Settings > Connectors instead, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
      // The ignored key itself keeps the schema's warning.
    ])
    expect(diagnostics.find((d) => d.ruleId === ID)?.server).toBe('api')
  })

  it('reports a remote "type" at its value, in place of the schema\'s enum error', () => {
    expect(findings('claude_desktop_config.json', file({ type: 'http', url: 'https://mcp.example.com/mcp' }))).toEqual([
      '4:15-4:21 error stdio-only-host "mcpServers.api.type" is "http", a remote transport, but Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped"); add the remote server under Settings > Connectors instead, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    ])
  })

  it('asks to drop a remote "type" beside a command, which then starts', () => {
    expect(
      findings(
        'claude_desktop_config.json',
        file({ type: 'sse', command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.example.com/sse'] })
      )
    ).toEqual([
      '4:15-4:20 error stdio-only-host "mcpServers.api.type" is "sse", a remote transport, but Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped"); remove "type" to start its "command"'
    ])
  })

  it("reports Junie, whose documentation knows only stdio servers, and Windsurf's serverUrl key", () => {
    expect(findings('.junie/mcp/mcp.json', file({ serverUrl: 'https://mcp.example.com/mcp' }))).toEqual([
      '3:5-3:10 error stdio-only-host "mcpServers.api" is a remote server (it has a "serverUrl" and no "command"), but JetBrains documents only stdio servers for Junie, so it has no way to connect to this one; bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    ])
  })

  it.each([
    ['a stdio server', 'claude_desktop_config.json', file({ command: 'npx', args: ['-y', 'pkg@1.0.0'] })],
    [
      'the mcp-remote bridge',
      'claude_desktop_config.json',
      file({ command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.example.com/mcp'] })
    ],
    ['an explicit stdio type', '.junie/mcp/mcp.json', file({ type: 'stdio', command: 'uvx', args: ['pkg==1.0.0'] })],
    [
      'a disabled remote entry in Junie',
      '.junie/mcp/mcp.json',
      file({ url: 'https://mcp.example.com/mcp', disabled: true })
    ],
    ['a remote server in a host that has them', '.cursor/mcp.json', file({ url: 'https://mcp.example.com/mcp' })]
  ])('is silent on %s', (_label, path, text) => {
    expect(lintText(path, text).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
  })
})
