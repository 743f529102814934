import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('copilot-agent', () => {
  it('accepts mcp-servers in an agent profile with secrets and Claude-style types', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'copilot-agent/valid/context7.agent.md',
      '.github/agents/context7.agent.md'
    )
    expect(host).toBe('copilot-agent')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.pointer])).toEqual([
      ['context7', 'http', 'http', ['mcp-servers', 'context7']],
      // "stdio" is mapped to the cloud agent's "local".
      ['custom-mcp', 'stdio', 'stdio', ['mcp-servers', 'custom-mcp']]
    ])
    expect(servers[0].headers).toEqual({ CONTEXT7_API_KEY: '${{ secrets.COPILOT_MCP_CONTEXT7 }}' })
    expect(servers[1].env).toEqual({
      ENV_VAR_NAME: '${{ secrets.COPILOT_MCP_ENV_VAR_VALUE }}',
      OTHER: '$COPILOT_MCP_OTHER'
    })
  })

  it('leaves agent profiles without mcp-servers alone', () => {
    expect(adapterLintFixture('copilot-agent/valid/no-mcp.agent.md', '.github/agents/reviewer.agent.md')).toEqual({
      diagnostics: [],
      servers: [],
      host: null
    })
    expect(adapterLintText('.github/agents/plain.agent.md', '# no front matter\n').host).toBeNull()
  })

  it("requires what the cloud agent requires, at the file's own lines", () => {
    const { diagnostics } = adapterLintFixture(
      'copilot-agent/invalid/missing-fields.agent.md',
      '.github/agents/broken.agent.md'
    )
    expect(shortForm(diagnostics)).toEqual([
      '5:3 error schema-required',
      '5:3 error schema-required',
      '7:3 error schema-required',
      '11:3 error schema-required',
      '13:12 error schema-type',
      '14:5 warning schema-unknown-key'
    ])
    expect(diagnostics.map((d) => d.message.split(':')[0])).toEqual([
      '"mcp-servers.docs" is missing the required "tools"',
      '"mcp-servers.docs" is missing the required "type"',
      '"mcp-servers.local" is missing the required "args"',
      '"mcp-servers.remote" is missing the required "url"',
      '"mcp-servers.remote.tools" must be an array, not the string "*"',
      'unknown key "allowed" in "mcp-servers.remote"'
    ])
    expect(diagnostics[0].message).toContain('the Copilot cloud agent requires "type" and "tools" on every server')
    expect(diagnostics[0].server).toBe('docs')
  })

  it('reports a server map written as a list', () => {
    const text = '---\ndescription: x\nmcp-servers:\n  - name: a\n    type: local\n---\n'
    const { diagnostics } = adapterLintText('.github/agents/list.agent.md', text)
    expect(shortForm(diagnostics)).toEqual(['4:3 error schema-type'])
    expect(diagnostics[0].message).toContain('Copilot reads "mcp-servers" as a map from server name to its settings')
  })
})
