import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const only = (path: string, text: string): string[] => ruleFindings('empty-server-map', path, text)

describe('empty-server-map', () => {
  it('notes an empty mcpServers in an MCP-only file, at the key', () => {
    const text = '{\n  "_comment": "servers go here",\n  "mcpServers": {}\n}\n'
    expect(only('.mcp.json', text)).toEqual([
      '3:3-3:15 notice empty-server-map empty {"key":"mcpServers","host":"Claude Code"}'
    ])
    const [finding] = ruleDiagnostics('empty-server-map', '.mcp.json', text)
    expect(finding.message).toBe('"mcpServers" is empty, so Claude Code starts no server from this file')
    expect(finding.help).toBe(
      'The file defines no MCP server; add a server, or delete the file if the project needs none.'
    )
    expect(only('.vscode/mcp.json', '{ "servers": {}, "inputs": [] }')).toEqual([
      '1:3-1:12 notice empty-server-map empty {"key":"servers","host":"VS Code"}'
    ])
  })

  it('suggests removing the key, not the file, where the file holds other settings', () => {
    const zed = '{\n  "context_servers": {},\n  "theme": "One Light"\n}\n'
    expect(only('.zed/settings.json', zed)).toEqual([
      '2:3-2:20 notice empty-server-map empty {"key":"context_servers","host":"Zed"}'
    ])
    expect(ruleDiagnostics('empty-server-map', '.zed/settings.json', zed)[0].help).toBe(
      'The file defines no MCP server; add a server, or remove the empty "context_servers".'
    )
    expect(only('.codex/config.toml', 'model = "o3"\n\n[mcp_servers]\n')).toEqual([
      '3:2-3:13 notice empty-server-map empty {"key":"mcp_servers","host":"Codex"}'
    ])
  })

  it('notes an empty Continue list', () => {
    expect(
      only('.continue/mcpServers/tools.yaml', 'name: tools\nversion: 0.0.1\nschema: v1\nmcpServers: []\n')
    ).toEqual(['4:1-4:11 notice empty-server-map empty {"key":"mcpServers","host":"Continue"}'])
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
