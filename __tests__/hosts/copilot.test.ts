import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('copilot', () => {
  it('accepts the CLI format, with type and tools optional as the CLI defaults them', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'copilot/valid/cli-config.json',
      '.copilot/mcp-config.json'
    )
    expect(host).toBe('copilot')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['serena', 'stdio', 'local'],
      ['azure', 'stdio', 'stdio'],
      ['memory', 'stdio', undefined],
      ['github', 'http', 'http'],
      ['cloudflare', 'sse', 'sse']
    ])
    expect(servers[0].cwd).toBe('/tmp')
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer ${GITHUB_TOKEN}' })
  })

  it('accepts a complete cloud agent configuration in .github/copilot-mcp.json', () => {
    const { diagnostics, servers } = adapterLintFixture('copilot/valid/cloud-agent.json', '.github/copilot-mcp.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => s.name)).toEqual(['sentry', 'cloudflare'])
  })

  it('accepts a bare server map in the CLI workspace file .github/mcp.json only', () => {
    const bare = '{ "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" } }\n'
    const workspace = adapterLintText('.github/mcp.json', bare)
    expect(workspace.diagnostics).toEqual([])
    expect(workspace.servers.map((s) => [s.name, s.pointer])).toEqual([['github', ['github']]])
    expect(shortForm(adapterLintText('.copilot/mcp-config.json', bare).diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:3 warning schema-unknown-key'
    ])
  })

  it('reports servers Copilot cannot start or connect to', () => {
    const { diagnostics, servers } = adapterLintFixture('copilot/invalid/mistakes.json', '.github/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:5 error schema-required',
      '4:61 error schema-type',
      '5:23 error schema-enum',
      '6:53 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.remote" is missing the required "url": a remote server (type http or sse) needs the "url" to connect to'
    )
    expect(diagnostics[0].server).toBe('remote')
    expect(diagnostics[1].message).toContain('a local server (type local or stdio) needs the "command" to start')
    expect(diagnostics[3].message).toContain('Copilot spells Streamable HTTP "http"')
    expect(servers.find((s) => s.name === 'typo')?.transport).toBe('unknown')
  })

  it('warns about what the cloud agent would refuse in its pasted JSON, once per server', () => {
    const { diagnostics } = adapterLintFixture('copilot/invalid/cloud-agent-gaps.json', '.github/copilot-mcp.json')
    expect(shortForm(diagnostics)).toEqual(['3:5 warning schema-required', '4:5 warning schema-required'])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.nx" lacks "type", "tools" and "args", which the Copilot cloud agent requires: Copilot reads no .github/copilot-mcp.json, and pasting this entry into the repository\'s Copilot settings fails validation; add "type": "local", "tools": ["*"] (or a list of read-only tools) and "args": []'
    )
    expect(diagnostics[1].message).toContain('"mcpServers.docs" lacks "tools"')
    // The CLI files default type and tools, so the same content there is clean.
    expect(adapterLintFixture('copilot/invalid/cloud-agent-gaps.json', '.copilot/mcp-config.json').diagnostics).toEqual(
      []
    )
  })

  it('reports comments as a strict JSON error', () => {
    const { diagnostics } = adapterLintText('.github/mcp.json', '{\n  // servers\n  "mcpServers": {}\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:3 error strict-json'])
  })
})
