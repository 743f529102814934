import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'nested-transport'
const nested = (
  key = 'mcpServers',
  transport: Record<string, unknown> = { type: 'http', url: 'https://mcp.example.com/mcp' }
): unknown => ({ [key]: { figma: { transport } } })

/** The fix in each finding's help. */
const fixes = (path: string, content: unknown): (string | undefined)[] =>
  ruleDiagnostics(ID, path, content).map((d) =>
    d.help?.replace('The entry has no "command" or "url" of its own, so it cannot load; ', '')
  )

/** The schema's errors, which this rule replaces at the server's key. */
const schemaErrors = (path: string, text: string): string[] =>
  lintText(path, text)
    .diagnostics.filter((d) => d.ruleId.startsWith('schema-') && d.severity === 'error')
    .map((d) => `${d.line}:${d.column} ${d.ruleId}`)

describe('nested-transport', () => {
  it('reports the entry at its key in Claude Code, in place of the schema\'s "missing command"', () => {
    expect(ruleFindings(ID, '.mcp.json', nested())).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"Claude Code"}'
    ])
    expect(
      lintText('.mcp.json', JSON.stringify(nested(), null, 2)).diagnostics.filter((d) => d.ruleId.startsWith('schema-'))
    ).toEqual([])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', nested())
    expect(finding.server).toBe('figma')
    expect(finding.message).toBe(
      'server "figma" nests its transport in a "transport" object, which Claude Code does not read'
    )
    expect(finding.help).toBe(
      'The entry has no "command" or "url" of its own, so it cannot load; move "url" out of "transport" into the entry itself, with "type": "http", and remove "transport".'
    )
  })

  it("gives each host's own spelling of the transport", () => {
    const roo = nested('mcpServers', { type: 'sse', url: 'https://mcp.example.com/sse', headers: {} })
    expect(ruleFindings(ID, '.roo/mcp.json', roo)).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"Roo Code"}'
    ])
    expect(fixes('.roo/mcp.json', roo)).toEqual([
      'move "url" and "headers" out of "transport" into the entry itself, with "type": "sse", and remove "transport".'
    ])
    const opencode = nested('mcp', { type: 'streamable-http', url: 'https://mcp.example.com/mcp' })
    expect(ruleFindings(ID, 'opencode.json', opencode)).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"opencode"}'
    ])
    expect(fixes('opencode.json', opencode)).toEqual([
      'move "url" out of "transport" into the entry itself, with "type": "remote", and remove "transport".'
    ])
    expect(schemaErrors('opencode.json', JSON.stringify(opencode, null, 2))).toEqual([])
    expect(ruleFindings(ID, '.zed/settings.json', nested('context_servers'))).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"Zed"}'
    ])
    expect(fixes('.zed/settings.json', nested('context_servers'))).toEqual([
      'move "url" out of "transport" into the entry itself, and remove "transport".'
    ])
  })

  it("reports a Codex sub-table at the server's table name", () => {
    const text = ['[mcp_servers.figma.transport]', 'type = "http"', 'url = "https://mcp.example.com/mcp"', ''].join(
      '\n'
    )
    expect(ruleFindings(ID, '.codex/config.toml', text)).toEqual([
      '1:14-1:19 error nested-transport nested {"server":"figma","host":"Codex"}'
    ])
    expect(schemaErrors('.codex/config.toml', text)).toEqual([])
    expect(fixes('.codex/config.toml', text)).toEqual([
      'move "url" out of "transport" into the entry itself, and remove "transport".'
    ])
  })

  it('points Claude Desktop at a bridge, since it starts no remote server', () => {
    expect(ruleFindings(ID, 'claude_desktop_config.json', nested())).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"Claude Desktop"}'
    ])
    expect(schemaErrors('claude_desktop_config.json', JSON.stringify(nested(), null, 2))).toEqual([])
    expect(fixes('claude_desktop_config.json', nested())).toEqual([
      'Claude Desktop starts only local servers, so bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"].'
    ])
  })

  it("moves a nested stdio server's keys up", () => {
    const content = nested('mcpServers', { type: 'stdio', command: 'npx', args: ['-y', 'pkg@1.0.0'] })
    expect(ruleFindings(ID, '.cursor/mcp.json', content)).toEqual([
      '3:5-3:12 error nested-transport nested {"server":"figma","host":"Cursor"}'
    ])
    expect(fixes('.cursor/mcp.json', content)).toEqual([
      'move "command" and "args" out of "transport" into the entry itself, with "type": "stdio", and remove "transport".'
    ])
  })

  it.each([
    [
      'a flat remote server',
      '.mcp.json',
      { mcpServers: { figma: { type: 'http', url: 'https://mcp.example.com/mcp' } } }
    ],
    [
      'a stray transport object beside a url (the unknown-key warning covers it)',
      '.cursor/mcp.json',
      { mcpServers: { figma: { url: 'https://mcp.example.com/mcp', transport: { type: 'http' } } } }
    ],
    [
      'an MCP Registry server.json, where packages[].transport is the schema',
      'server.json',
      {
        $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
        name: 'io.github.example/figma',
        description: 'Figma tools',
        version: '1.0.0',
        packages: [
          { registryType: 'npm', identifier: '@example/figma-mcp', version: '1.0.0', transport: { type: 'stdio' } }
        ]
      }
    ]
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
