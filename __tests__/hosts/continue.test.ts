import { adapterLintFixture, adapterLintText } from '../helpers/adapter-lint.js'
import { shortForm } from '../helpers/host-lint.js'

describe('continue', () => {
  it('accepts a YAML block with stdio, streamable-http, sse, typeless-url and hub servers', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'continue/valid/block.yaml',
      '.continue/mcpServers/team.yaml'
    )
    expect(host).toBe('continue')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.pointer])).toEqual([
      ['GitHub', 'stdio', undefined, ['mcpServers', 0]],
      ['Docs', 'http', 'streamable-http', ['mcpServers', 1]],
      ['Events', 'sse', 'sse', ['mcpServers', 2]],
      // Without a type Continue tries Streamable HTTP first, then SSE.
      ['Search', 'http', undefined, ['mcpServers', 3]]
    ])
    expect(servers[0].env).toEqual({ GITHUB_PERSONAL_ACCESS_TOKEN: '${{ secrets.GITHUB_TOKEN }}' })
    expect(servers[0].cwd).toBe('./tools')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${{ secrets.DOCS_TOKEN }}' })
  })

  it("reads JSON drop-ins as JSONC in the Claude map format, with Continue's transport rules", () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/claude-style.json',
      '.continue/mcpServers/claude.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['filesystem', 'stdio'],
      ['linear', 'sse'],
      ['cloudflare', 'http'],
      ['github', 'http']
    ])
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer ${GITHUB_TOKEN}' })
  })

  it('reads a JSON file holding one server as a server named after the file', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/valid/memory.json',
      '.continue/mcpServers/memory.json'
    )
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([['memory', 'stdio', []]])
  })

  it('checks only the mcpServers list of config.yaml', () => {
    const { diagnostics, servers, host } = adapterLintFixture(
      'continue/valid/config.yaml',
      'dotfiles/.continue/config.yaml'
    )
    expect(host).toBe('continue')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => s.name)).toEqual(['Playwright'])
    expect(adapterLintText('.continue/config.yaml', 'models: []\n').diagnostics).toEqual([])
  })

  it('reports each mistake of a YAML block at its position', () => {
    const { diagnostics, servers } = adapterLintFixture(
      'continue/invalid/block-mistakes.yaml',
      '.continue/mcpServers/broken.yaml'
    )
    expect(shortForm(diagnostics)).toEqual([
      '2:10 error schema-type',
      '7:5 warning schema-unknown-key',
      '9:13 error schema-type',
      '10:5 error schema-required',
      '12:11 error schema-enum',
      '14:5 error schema-required',
      '17:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe(
      '"version" must be a string, not the number 1: Continue reads the version as text: quote it, e.g. "1.0"'
    )
    expect(diagnostics[1].message).toBe('unknown key "arguments" in "mcpServers[0]": Continue ignores it')
    expect(diagnostics[1].server).toBe('ok')
    expect(diagnostics[3].message).toBe('"mcpServers[1]" is missing the required "name"')
    expect(diagnostics[4].message).toContain('in a YAML block, Streamable HTTP is spelled "streamable-http"')
    expect(diagnostics[5].message).toContain('is missing the required "command": Continue refuses the block')
    expect(diagnostics[6].message).toBe(
      '"mcpServers[4]" is missing the required "url": a remote server (type sse or streamable-http) needs the "url" to connect to'
    )
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['ok', 'stdio'],
      ['mcpServers[1]', 'stdio'],
      ['remote', 'unknown'],
      ['stdio-url', 'unknown'],
      ['sse-no-url', 'sse']
    ])
  })

  it('explains a server map where Continue wants a list', () => {
    const { diagnostics } = adapterLintFixture('continue/invalid/map-not-list.yaml', '.continue/mcpServers/map.yaml')
    expect(shortForm(diagnostics)).toEqual(['5:3 error schema-type'])
    expect(diagnostics[0].message).toContain('Continue reads mcpServers as a list whose items start with "- name:"')
  })

  it('reports a block without an mcpServers list once', () => {
    const { diagnostics } = adapterLintText('.continue/mcpServers/fragment.yaml', '  monitoring:\n    command: uv\n')
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-required'])
    expect(diagnostics[0].message).toContain('has no "mcpServers" list')
  })

  it('reports JSON drop-in mistakes that make Continue skip the file', () => {
    const { diagnostics } = adapterLintFixture('continue/invalid/json-mistakes.json', '.continue/mcpServers/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:25 error schema-enum',
      '4:5 error schema-required',
      '4:16 warning schema-unknown-key',
      '5:43 error schema-type',
      '5:56 warning schema-unknown-key'
    ])
    expect(diagnostics[0].message).toContain('Streamable HTTP is spelled "http"')
    expect(diagnostics[1].message).toContain('makes Continue skip the whole file')
  })

  it('reports a JSON file in neither format once', () => {
    const { diagnostics } = adapterLintFixture(
      'continue/invalid/not-a-config.json',
      '.continue/mcpServers/servers.json'
    )
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0].message).toContain(
      'has neither an "mcpServers" map nor the "command" or "url" of a single server'
    )
  })

  it('parses YAML blocks as YAML and JSON drop-ins as JSONC', () => {
    expect(shortForm(adapterLintText('.continue/mcpServers/a.yaml', 'name: [\n').diagnostics)).toEqual([
      '2:1 error syntax-error'
    ])
    expect(
      shortForm(
        adapterLintText('.continue/mcpServers/a.json', '{ "mcpServers": { "a": { "command": "x" } }').diagnostics
      )
    ).toEqual(['1:44 error syntax-error'])
  })
})
