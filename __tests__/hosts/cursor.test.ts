import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('cursor', () => {
  it('accepts stdio, Streamable HTTP and SSE servers with envFile, auth and Cursor placeholders', () => {
    const { diagnostics, servers, host } = lintFixture('cursor/valid/all-transports.json', '.cursor/mcp.json')
    expect(host).toBe('cursor')
    expect(diagnostics).toEqual([])
    // Without a type, a command is stdio and a url is Streamable HTTP; a declared type wins.
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['filesystem', 'stdio', undefined],
      ['github', 'http', undefined],
      ['events', 'sse', 'sse'],
      ['crm', 'http', 'http']
    ])
    expect(servers[0].env).toEqual({ LOG_LEVEL: 'info', CACHE_DIR: '${userHome}${/}.cache${/}mcp' })
    expect(servers[1].url).toBe('https://api.githubcopilot.com/mcp/')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:GITHUB_TOKEN}' })
  })

  it('is found in nested .cursor folders too', () => {
    expect(lintText('apps/web/.cursor/mcp.json', '{ "mcpServers": {} }').host).toBe('cursor')
  })

  it('reports a nested transport, an unknown type, wrong types, a bad url and an incomplete auth at their keys', () => {
    const { diagnostics, servers } = lintFixture('cursor/invalid/mistakes.json', '.cursor/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '2:3 warning schema-unknown-key',
      '4:5 error schema-required',
      '4:16 warning schema-unknown-key',
      '5:23 error schema-enum',
      '6:39 error schema-type',
      '6:55 warning schema-unknown-key',
      '7:21 error schema-format',
      '7:34 error schema-required',
      '7:54 error schema-type'
    ])
    expect(diagnostics[0].message).toBe('unknown key "version" in the top level: Cursor ignores it')
    expect(diagnostics[1].message).toBe(
      '"mcpServers.figma" is missing the required "url": Cursor starts a stdio server from its "command" or connects to a remote server at its "url", and this entry has neither'
    )
    expect(diagnostics[1].server).toBe('figma')
    expect(diagnostics[3].message).toContain(
      '"mcpServers.docs.type" is "streamableHttp", but Cursor accepts only one of "stdio", "sse", "http", "streamable-http"; did you mean "streamable-http"?'
    )
    expect(diagnostics[4].message).toBe('"mcpServers.db.args" must be an array, not the string "postgres-mcp"')
    expect(diagnostics[5].message).toBe('unknown key "cwd" in "mcpServers.db": Cursor ignores it')
    expect(diagnostics[6].message).toBe('"mcpServers.crm.url" is not a valid URL: "not a url"')
    expect(diagnostics[7].message).toBe(
      '"mcpServers.crm.auth" is missing the required "CLIENT_ID": Cursor\'s static OAuth client needs its "CLIENT_ID"'
    )
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['figma', 'unknown'],
      ['docs', 'unknown'],
      ['db', 'stdio'],
      ['crm', 'http']
    ])
  })

  it('reports VS Code\'s "servers" key once, at the key, whether or not "mcpServers" is there too', () => {
    const alone = lintText(
      '.cursor/mcp.json',
      '{\n  "servers": {\n    "a": { "command": "npx" },\n    "b": { "url": "https://b.example.com/mcp" }\n  }\n}\n'
    )
    expect(shortForm(alone.diagnostics)).toEqual(['2:3 error schema-unknown-key'])
    expect(alone.diagnostics[0].message).toBe(
      'Cursor ignores "servers" in .cursor/mcp.json: "servers" is VS Code\'s key and Cursor reads servers only from "mcpServers", so the 2 servers under it are never started; rename the key to "mcpServers"'
    )
    expect(alone.servers).toEqual([])
    const both = lintText(
      '.cursor/mcp.json',
      '{ "mcpServers": { "a": { "command": "npx" } }, "servers": { "b": { "command": "uvx" } } }'
    )
    expect(shortForm(both.diagnostics)).toEqual(['1:48 error schema-unknown-key'])
    expect(both.diagnostics[0].message).toContain(
      'so the 1 server under it is never started; move them into "mcpServers"'
    )
    expect(both.servers.map((s) => s.name)).toEqual(['a'])
  })

  it('reports a file without "mcpServers" and a trailing comma', () => {
    const { diagnostics } = lintText('.cursor/mcp.json', '{ "tools": [] }')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required', '1:3 warning schema-unknown-key'])
    expect(diagnostics[0].message).toBe(
      'the file is missing the required "mcpServers": Cursor reads servers only from the top-level "mcpServers" object'
    )
    expect(
      shortForm(
        lintText('.cursor/mcp.json', '{ "mcpServers": { "a": { "url": "https://a.example.com/mcp" }, } }').diagnostics
      )
    ).toEqual(['1:62 error strict-json'])
  })
})
