import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'stdio-only-host'
const file = (entry: Record<string, unknown>): unknown => ({ mcpServers: { api: entry } })

/** The schema's findings, which this rule replaces at the same place, as `line:col severity rule-id`. */
const schemaFindings = (path: string, content: unknown): string[] =>
  lintText(path, JSON.stringify(content, null, 2))
    .diagnostics.filter((d) => d.ruleId.startsWith('schema-'))
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)

const DESKTOP =
  'Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped")'

describe('stdio-only-host', () => {
  it('reports a url entry in Claude Desktop at the server key, in place of the schema\'s "missing command"', () => {
    const content = file({ url: 'https://mcp.example.com/mcp' })
    expect(ruleFindings(ID, 'claude_desktop_config.json', content)).toEqual([
      '3:5-3:10 error stdio-only-host remoteUrl {"server":"api","key":"url","host":"Claude Desktop"}'
    ])
    // The ignored key itself keeps the schema's warning.
    expect(schemaFindings('claude_desktop_config.json', content)).toEqual([])
    const [finding] = ruleDiagnostics(ID, 'claude_desktop_config.json', content)
    expect(finding.server).toBe('api')
    expect(finding.message).toBe(
      'server "api" is remote ("url", no "command"), but Claude Desktop starts only local (stdio) servers'
    )
    expect(finding.help).toBe(
      `${DESKTOP}; add the remote server under Settings > Connectors instead, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"].`
    )
  })

  it('reports a remote "type" at its value, in place of the schema\'s enum error', () => {
    const content = file({ type: 'http', url: 'https://mcp.example.com/mcp' })
    expect(ruleFindings(ID, 'claude_desktop_config.json', content)).toEqual([
      '4:15-4:21 error stdio-only-host remoteType {"server":"api","type":"http","host":"Claude Desktop"}'
    ])
    expect(schemaFindings('claude_desktop_config.json', content).filter((f) => f.includes(' error '))).toEqual([])
  })

  it('asks to drop a remote "type" beside a command, which then starts', () => {
    const content = file({
      type: 'sse',
      command: 'npx',
      args: ['-y', 'mcp-remote@0.1.29', 'https://mcp.example.com/sse']
    })
    expect(ruleFindings(ID, 'claude_desktop_config.json', content)).toEqual([
      '4:15-4:20 error stdio-only-host remoteType {"server":"api","type":"sse","host":"Claude Desktop"}'
    ])
    expect(ruleDiagnostics(ID, 'claude_desktop_config.json', content).map((d) => d.help)).toEqual([
      `${DESKTOP}; remove "type" to start its "command".`
    ])
  })

  it("reports Junie, whose documentation knows only stdio servers, and Windsurf's serverUrl key", () => {
    const content = file({ serverUrl: 'https://mcp.example.com/mcp' })
    expect(ruleFindings(ID, '.junie/mcp/mcp.json', content)).toEqual([
      '3:5-3:10 error stdio-only-host remoteUrl {"server":"api","key":"serverUrl","host":"Junie"}'
    ])
    expect(ruleDiagnostics(ID, '.junie/mcp/mcp.json', content).map((d) => d.help)).toEqual([
      'JetBrains documents only stdio servers for Junie, so it has no way to connect to this one; bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"].'
    ])
    expect(schemaFindings('.junie/mcp/mcp.json', content).filter((f) => f.includes(' error '))).toEqual([])
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
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
