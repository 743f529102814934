import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('claude-settings', () => {
  it('accepts the MCP approval keys beside any other settings, and defines no server', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'claude-settings/valid/settings.json',
      '.claude/settings.json'
    )
    expect(host).toBe('claude-settings')
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reads settings.local.json too, and says nothing about an mcpServers key yet', () => {
    const { diagnostics, host, servers } = adapterLintText(
      '.claude/settings.local.json',
      '{ "mcpServers": { "a": { "command": "x" } } }\n'
    )
    expect(host).toBe('claude-settings')
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reports wrongly typed MCP keys at their values', () => {
    const { diagnostics } = adapterLintFixture('claude-settings/invalid/mcp-keys.json', '.claude/settings.local.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:33 error schema-type',
      '3:28 error schema-type',
      '4:40 error schema-type',
      '6:21 error schema-value',
      '7:24 error schema-type',
      '8:5 error schema-required',
      '8:7 warning schema-unknown-key',
      '10:23 error schema-type'
    ])
    expect(diagnostics[0].message).toBe(
      '"enableAllProjectMcpServers" must be a boolean (true or false), not the string "true"'
    )
    expect(diagnostics[3].message).toContain('a server name holds only letters, digits, "_" and "-"')
    expect(diagnostics[5].message).toBe(
      '"allowedMcpServers[2]" is missing the required "serverName": each entry matches servers by one of "serverName", "serverCommand" (an array: the command and its arguments) or "serverUrl"'
    )
  })

  it('reads settings as strict JSON', () => {
    const { diagnostics } = adapterLintText('.claude/settings.json', '{\n  "enableAllProjectMcpServers": true,\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:37 error strict-json'])
  })
})
