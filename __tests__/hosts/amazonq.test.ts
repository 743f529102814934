import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('amazonq', () => {
  it('accepts the IDE-written shape, disabled stubs, remote servers and a typeless url', () => {
    const { diagnostics, servers, host } = lintFixture('amazonq/valid/ide-shapes.json', '.amazonq/mcp.json')
    expect(host).toBe('amazonq')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      // The IDE writes "url": "" beside a command: still a stdio server.
      ['chrome-devtools', 'stdio', 'stdio', false],
      // A stub with "command": "" that is switched off is never started.
      ['internal', 'stdio', undefined, true],
      ['knowledge', 'http', 'http', false],
      ['docs', 'http', undefined, false]
    ])
    expect(servers[0].url).toBe('')
    expect(servers[0].env).toEqual({ DEBUG: '${env:MCP_DEBUG}' })
  })

  it('checks the mcpServers of agent files and leaves their other settings to Amazon Q', () => {
    for (const path of ['.amazonq/cli-agents/aws-docs.json', '.amazonq/default.json']) {
      const { diagnostics, servers, host } = lintFixture('amazonq/valid/cli-agent.json', path)
      expect(host).toBe('amazonq')
      expect(diagnostics).toEqual([])
      expect(servers.map((s) => [s.name, s.transport])).toEqual([['aws-docs', 'stdio']])
    }
    expect(lintText('.amazonq/default.json', '{ "name": "default-agent", "tools": ["*"] }').diagnostics).toEqual([])
    const { diagnostics } = lintText(
      '.amazonq/cli-agents/dev.json',
      '{ "name": "dev", "mcpServers": { "git": { "args": ["--repo", "."] } } }'
    )
    expect(shortForm(diagnostics)).toEqual(['1:34 error schema-required'])
  })

  it('reports an empty command, an empty url, an unknown type, a fractional timeout and a missing command', () => {
    const { diagnostics, servers } = lintFixture('amazonq/invalid/mistakes.json', '.amazonq/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:27 error schema-value',
      '4:40 error schema-value',
      '5:22 error schema-enum',
      '6:83 error schema-type',
      '6:88 warning schema-unknown-key',
      '7:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.empty.command" must not be empty: Amazon Q starts a stdio server with this program; set it, or add "disabled": true to keep the entry as a stub'
    )
    expect(diagnostics[0].server).toBe('empty')
    expect(diagnostics[1].message).toBe(
      '"mcpServers.remote.url" must not be empty: Amazon Q connects to a remote server at its "url"'
    )
    expect(diagnostics[2].message).toBe(
      '"mcpServers.sse.type" is "sse", but Amazon Q accepts only one of "stdio", "http": Amazon Q knows only "stdio" (the default) and "http" (a remote server at "url"), and its CLI fails to read a file with any other type'
    )
    expect(diagnostics[3].message).toBe('"mcpServers.slow.timeout" must be an integer, not the number 1.5')
    expect(diagnostics[4].message).toBe('unknown key "autoApprove" in "mcpServers.slow": Amazon Q ignores it')
    expect(diagnostics[5].message).toBe(
      '"mcpServers.nothing" is missing the required "command": Amazon Q starts a stdio server (the default "type") from its "command"; for a remote server add "type": "http" and its "url"'
    )
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['empty', 'stdio'],
      ['remote', 'http'],
      ['sse', 'unknown'],
      ['slow', 'stdio'],
      ['nothing', 'stdio']
    ])
  })

  it('reports VS Code\'s "servers" key with the file\'s own name, and comments', () => {
    const { diagnostics } = lintText('.amazonq/default.json', '{ "servers": { "a": { "command": "npx" } } }')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0].message).toContain('Amazon Q ignores "servers" in .amazonq/default.json')
    expect(shortForm(lintText('.amazonq/mcp.json', '{\n  "mcpServers": {} // none yet\n}\n').diagnostics)).toEqual([
      '2:20 error strict-json'
    ])
  })
})
