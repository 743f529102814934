import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('claude-plugin', () => {
  it("accepts inline servers with plugin variables and normalises them with Claude Code's transport rule", () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'claude-plugin/valid/inline.json',
      'plugins/db/.claude-plugin/plugin.json'
    )
    expect(host).toBe('claude-plugin')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['postgres', 'stdio', ['mcpServers', 'postgres']],
      ['docs', 'http', ['mcpServers', 'docs']]
    ])
    expect(servers[0].command).toBe('${CLAUDE_PLUGIN_ROOT}/servers/db-server')
  })

  it('accepts paths, .mcpb bundles and URLs, alone or in an array with inline maps', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'claude-plugin/valid/sources.json',
      '.claude-plugin/plugin.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['events', 'sse', ['mcpServers', 3, 'events']]
    ])
    expect(
      adapterLintText('.claude-plugin/plugin.json', '{ "name": "p", "mcpServers": "./.mcp.json" }').diagnostics
    ).toEqual([])
  })

  it('accepts a manifest without MCP servers', () => {
    const { diagnostics, servers } = adapterLintText(
      '.claude-plugin/plugin.json',
      '{ "name": "p", "commands": "./commands" }'
    )
    expect(diagnostics).toEqual([])
    expect(servers).toEqual([])
  })

  it('reports a missing name and broken inline servers as Claude Code would', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'claude-plugin/invalid/mistakes.json',
      '.claude-plugin/plugin.json'
    )
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '4:5 error schema-required',
      '5:23 error schema-enum',
      '6:43 error schema-type',
      '6:56 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toBe(
      'the file is missing the required "name": Claude Code loads a plugin (and its MCP servers) only when its manifest has a "name"'
    )
    expect(diagnostics[1].message).toContain(
      '"mcpServers.remote" is missing the required "command": without a remote "type"'
    )
    expect(diagnostics[2].message).toContain('did you mean "http"?')
    // A typeless url is a broken stdio entry for Claude Code.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['remote', 'stdio'],
      ['typo', 'unknown'],
      ['local', 'stdio']
    ])
  })

  it('reports paths without "./" and items of the wrong kind', () => {
    const { diagnostics } = adapterLintFixture('claude-plugin/invalid/bad-sources.json', '.claude-plugin/plugin.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:18 error schema-value',
      '3:34 error schema-type',
      '3:40 error schema-required'
    ])
    expect(diagnostics[0].message).toContain('a path starting with "./"')
    expect(diagnostics[1].message).toContain('"mcpServers[1]" must be string or object, not the number 42')
    expect(diagnostics[2].message).toBe(
      '"mcpServers[2].x" is missing the required "url": a remote server needs the "url" to connect to'
    )
    expect(diagnostics[2].server).toBe('x')
    const single = adapterLintText('.claude-plugin/plugin.json', '{"name":"x","mcpServers":"mcp.json"}')
    expect(shortForm(single.diagnostics)).toEqual(['1:26 error schema-value'])
  })
})
