import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('vscode', () => {
  it('accepts every documented shape, with comments and trailing commas, and reports nothing', () => {
    const { diagnostics, host } = lintFixture('vscode/valid/every-shape.json', '.vscode/mcp.json')
    expect(host).toBe('vscode')
    expect(diagnostics).toEqual([])
  })

  it('normalises each entry as VS Code reads it: a typeless url is http, a typeless command is stdio', () => {
    const { servers } = lintFixture('vscode/valid/every-shape.json', 'app/.vscode/mcp.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', 'stdio'],
      ['local-build', 'stdio', undefined],
      ['github', 'http', 'http'],
      ['home-assistant', 'sse', 'sse'],
      ['docs', 'http', undefined],
      ['socket', 'http', 'http'],
      ['pipe', 'http', 'http']
    ])
    const memory = servers[0]
    expect(memory).toMatchObject({
      file: 'app/.vscode/mcp.json',
      pointer: ['servers', 'memory'],
      command: 'npx',
      cwd: '${workspaceFolder}'
    })
    // A null value unsets a variable, so it is not part of the environment; numbers become text.
    expect(memory.env).toEqual({ MEMORY_FILE: '${workspaceFolder}/.memory.json', PORT: '8080' })
    expect(servers[2].headers).toEqual({ Authorization: 'Bearer ${input:github-token}' })
    expect(servers.some((s) => s.disabled)).toBe(false)
  })

  it("reports each mistake at its exact position, with VS Code's reasons", () => {
    const { diagnostics } = lintFixture('vscode/invalid/mistakes.json', '.vscode/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:3 error schema-unknown-key',
      '6:5 error schema-required',
      '7:5 error schema-required',
      '8:23 error schema-enum',
      '9:51 error schema-type',
      '9:59 warning schema-unknown-key',
      '10:40 error schema-format',
      '13:5 error schema-required',
      '14:15 error schema-enum',
      '16:3 warning schema-unknown-key'
    ])
    const [mcpServers, noCommand, noUrl, typo, , disabled, badUrl, noDescription] = diagnostics
    expect(mcpServers.message).toBe(
      'VS Code ignores "mcpServers" in .vscode/mcp.json: it reads servers only from "servers", so the 1 server under it is never started; move it into "servers"'
    )
    expect(noCommand.message).toContain(
      '"servers.no-command" is missing the required "command": VS Code starts this server as a stdio process'
    )
    expect(noCommand.server).toBe('no-command')
    expect(noUrl.message).toContain('is missing the required "url"')
    expect(typo.message).toContain('"http" connects with Streamable HTTP (falling back to SSE)')
    expect(disabled.message).toBe('unknown key "disabled" in "servers.env": VS Code ignores it')
    expect(badUrl.message).toBe('"servers.bad-url.url" is not a valid URL: "not a url"')
    expect(noDescription.message).toContain('without a "description"')
  })

  it('says to rename "mcpServers" when the file has no "servers" at all', () => {
    const { diagnostics, servers } = lintText(
      '.vscode/mcp.json',
      '{ "mcpServers": { "a": { "command": "x" }, "b": { "command": "y" } } }'
    )
    expect(shortForm(diagnostics)).toEqual(['1:3 error schema-unknown-key'])
    expect(diagnostics[0].message).toBe(
      'VS Code ignores "mcpServers" in .vscode/mcp.json: it reads servers only from "servers", so the 2 servers under it are never started; rename the key to "servers"'
    )
    // VS Code starts none of them, so there is nothing to dry-run.
    expect(servers).toEqual([])
  })

  it('only warns about an empty "mcpServers", which loses no server', () => {
    const { diagnostics } = lintText('.vscode/mcp.json', '{ "servers": {}, "mcpServers": {} }')
    expect(shortForm(diagnostics)).toEqual(['1:18 warning schema-unknown-key'])
    expect(diagnostics[0].message).toBe(
      'VS Code ignores "mcpServers" in .vscode/mcp.json: it reads servers only from "servers"; rename the key to "servers"'
    )
  })

  it('rejects "servers" written as a list and explains the object form', () => {
    const { diagnostics } = lintText('.vscode/mcp.json', '{\n  "servers": [{ "name": "x", "command": "y" }]\n}')
    expect(shortForm(diagnostics)).toEqual(['2:14 error schema-type'])
    expect(diagnostics[0].message).toContain(
      '"servers" must be an object, not an array: VS Code reads "servers" as an object keyed by server name'
    )
  })

  it('does not require an https scheme: sockets, pipes and placeholder hosts are valid URLs', () => {
    for (const url of ['unix:///run/mcp.sock#/mcp', 'pipe:///mcp', 'https://${input:host}/mcp', '${input:url}']) {
      const { diagnostics } = lintText('.vscode/mcp.json', JSON.stringify({ servers: { s: { type: 'http', url } } }))
      expect([url, diagnostics]).toEqual([url, []])
    }
  })

  it('treats an entry with both command and url and no type as stdio, and warns about the url', () => {
    const { diagnostics, servers } = lintText(
      '.vscode/mcp.json',
      '{"servers":{"s":{"command":"node","url":"https://x.dev/mcp"}}}'
    )
    expect(shortForm(diagnostics)).toEqual(['1:35 warning schema-unknown-key'])
    expect(servers[0].transport).toBe('stdio')
  })

  it('matches only .vscode/mcp.json', () => {
    expect(lintText('mcp.json', '{}').host).toBe(null)
    expect(lintText('sub/.vscode/mcp.json', '{}').host).toBe('vscode')
  })
})
