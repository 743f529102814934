import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'nested-transport'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const nested = (
  key = 'mcpServers',
  transport: Record<string, unknown> = { type: 'http', url: 'https://mcp.example.com/mcp' }
): string => json({ [key]: { figma: { transport } } })

/** This rule's findings and the schema's errors, which it replaces at the server's key. */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || (d.ruleId.startsWith('schema-') && d.severity === 'error'))
    .map(describeDiagnostic)
}

describe('nested-transport', () => {
  it('reports the entry at its key in Claude Code, in place of the schema\'s "missing command"', () => {
    const { diagnostics } = lintText('.mcp.json', nested())
    expect(
      diagnostics.filter((d) => d.ruleId === ID || d.ruleId.startsWith('schema-')).map(describeDiagnostic)
    ).toEqual([
      '3:5-3:12 error nested-transport "mcpServers.figma" nests its transport in a "transport" object, which Claude Code does not read, so the entry has no "command" or "url" of its own and cannot load; move "url" out of "transport" into the entry itself, with "type": "http", and remove "transport"'
    ])
    expect(diagnostics.find((d) => d.ruleId === ID)?.server).toBe('figma')
  })

  it("gives each host's own spelling of the transport", () => {
    expect(
      findings('.roo/mcp.json', nested('mcpServers', { type: 'sse', url: 'https://mcp.example.com/sse', headers: {} }))
    ).toEqual([
      '3:5-3:12 error nested-transport "mcpServers.figma" nests its transport in a "transport" object, which Roo Code does not read, so the entry has no "command" or "url" of its own and cannot load; move "url" and "headers" out of "transport" into the entry itself, with "type": "sse", and remove "transport"'
    ])
    expect(
      findings('opencode.json', nested('mcp', { type: 'streamable-http', url: 'https://mcp.example.com/mcp' }))
    ).toEqual([
      '3:5-3:12 error nested-transport "mcp.figma" nests its transport in a "transport" object, which opencode does not read, so the entry has no "command" or "url" of its own and cannot load; move "url" out of "transport" into the entry itself, with "type": "remote", and remove "transport"'
    ])
    expect(findings('.zed/settings.json', nested('context_servers'))).toEqual([
      '3:5-3:12 error nested-transport "context_servers.figma" nests its transport in a "transport" object, which Zed does not read, so the entry has no "command" or "url" of its own and cannot load; move "url" out of "transport" into the entry itself, and remove "transport"'
    ])
  })

  it("reports a Codex sub-table at the server's table name", () => {
    const text = ['[mcp_servers.figma.transport]', 'type = "http"', 'url = "https://mcp.example.com/mcp"', ''].join(
      '\n'
    )
    expect(findings('.codex/config.toml', text)).toEqual([
      '1:14-1:19 error nested-transport "mcp_servers.figma" nests its transport in a "transport" object, which Codex does not read, so the entry has no "command" or "url" of its own and cannot load; move "url" out of "transport" into the entry itself, and remove "transport"'
    ])
  })

  it('points Claude Desktop at a bridge, since it starts no remote server', () => {
    expect(findings('claude_desktop_config.json', nested())).toEqual([
      '3:5-3:12 error nested-transport "mcpServers.figma" nests its transport in a "transport" object, which Claude Desktop does not read, so the entry has no "command" or "url" of its own and cannot load; Claude Desktop starts only local servers, so bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    ])
  })

  it("moves a nested stdio server's keys up", () => {
    expect(
      findings('.cursor/mcp.json', nested('mcpServers', { type: 'stdio', command: 'npx', args: ['-y', 'pkg@1.0.0'] }))
    ).toEqual([
      '3:5-3:12 error nested-transport "mcpServers.figma" nests its transport in a "transport" object, which Cursor does not read, so the entry has no "command" or "url" of its own and cannot load; move "command" and "args" out of "transport" into the entry itself, with "type": "stdio", and remove "transport"'
    ])
  })

  it.each([
    [
      'a flat remote server',
      '.mcp.json',
      json({ mcpServers: { figma: { type: 'http', url: 'https://mcp.example.com/mcp' } } })
    ],
    [
      'a stray transport object beside a url (the unknown-key warning covers it)',
      '.cursor/mcp.json',
      json({ mcpServers: { figma: { url: 'https://mcp.example.com/mcp', transport: { type: 'http' } } } })
    ],
    [
      'an MCP Registry server.json, where packages[].transport is the schema',
      'server.json',
      json({
        $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
        name: 'io.github.example/figma',
        description: 'Figma tools',
        version: '1.0.0',
        packages: [
          { registryType: 'npm', identifier: '@example/figma-mcp', version: '1.0.0', transport: { type: 'stdio' } }
        ]
      })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(lintText(path, text).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
  })
})
