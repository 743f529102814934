import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'invalid-server-name'

describe('invalid-server-name', () => {
  it('reports a Codex server whose name has a space or a dot, at the name', () => {
    const text = [
      '[mcp_servers."my server"]',
      'command = "npx"',
      '',
      '[mcp_servers."docs.v2"]',
      'url = "https://mcp.example.com/mcp"',
      ''
    ].join('\n')
    expect(ruleFindings(ID, '.codex/config.toml', text)).toEqual([
      '1:14-1:25 error invalid-server-name invalid {"server":"my server","host":"Codex","allowed":"ASCII letters, digits, \\"_\\" and \\"-\\""}',
      '4:14-4:23 error invalid-server-name invalid {"server":"docs.v2","host":"Codex","allowed":"ASCII letters, digits, \\"_\\" and \\"-\\""}'
    ])
    const [finding] = ruleDiagnostics(ID, '.codex/config.toml', text)
    expect(finding.message).toBe(
      'server "my server" has a name Codex does not start a server under: only ASCII letters, digits, "_" and "-" are allowed'
    )
    expect(finding.help).toBe(
      'Codex loads the entry and lists it, but refuses to start it, so its tools are missing; rename it, e.g. "my-server".'
    )
  })

  it('accepts the names Codex takes, and any name where the host takes any', () => {
    const text = ['[mcp_servers.github_MCP-2]', 'command = "npx"', ''].join('\n')
    expect(ruleFindings(ID, '.codex/config.toml', text)).toEqual([])
    expect(ruleFindings(ID, '.mcp.json', { mcpServers: { 'my server': { command: 'npx' } } })).toEqual([])
  })
})
