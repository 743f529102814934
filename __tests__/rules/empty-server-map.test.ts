import { describeDiagnostic, lintText } from '../helpers/lint.js'

function only(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === 'empty-server-map')
    .map(describeDiagnostic)
}

describe('empty-server-map', () => {
  it('notes an empty mcpServers in an MCP-only file, at the key', () => {
    expect(only('.mcp.json', '{\n  "_comment": "servers go here",\n  "mcpServers": {}\n}\n')).toEqual([
      '3:3-3:15 notice empty-server-map "mcpServers" is empty: this file defines no MCP server, so Claude Code starts nothing from it; add a server, or delete the file if the project needs none'
    ])
    expect(only('.vscode/mcp.json', '{ "servers": {}, "inputs": [] }')).toEqual([
      '1:3-1:12 notice empty-server-map "servers" is empty: this file defines no MCP server, so VS Code starts nothing from it; add a server, or delete the file if the project needs none'
    ])
  })

  it('suggests removing the key, not the file, where the file holds other settings', () => {
    expect(only('.zed/settings.json', '{\n  "context_servers": {},\n  "theme": "One Light"\n}\n')).toEqual([
      '2:3-2:20 notice empty-server-map "context_servers" is empty: this file defines no MCP server, so Zed starts nothing from it; add a server, or remove the empty "context_servers"'
    ])
    expect(only('.codex/config.toml', 'model = "o3"\n\n[mcp_servers]\n').map((d) => d.split(' is empty')[0])).toEqual([
      '3:2-3:13 notice empty-server-map "mcp_servers"'
    ])
  })

  it('notes an empty Continue list', () => {
    expect(
      only('.continue/mcpServers/tools.yaml', 'name: tools\nversion: 0.0.1\nschema: v1\nmcpServers: []\n').map(
        (d) => d.split(' is empty')[0]
      )
    ).toEqual(['4:1-4:11 notice empty-server-map "mcpServers"'])
  })

  it('is silent when servers are defined, and in mixed files without the key', () => {
    expect(only('.mcp.json', JSON.stringify({ mcpServers: { a: { command: 'a' } } }))).toEqual([])
    expect(only('.gemini/settings.json', JSON.stringify({ theme: 'GitHub' }))).toEqual([])
    expect(
      only(
        'opencode.json',
        JSON.stringify({ $schema: 'https://opencode.ai/config.json', model: 'anthropic/claude-sonnet-4' })
      )
    ).toEqual([])
    expect(only('.zed/settings.json', '{ "theme": "One Light" }')).toEqual([])
  })
})
