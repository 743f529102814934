import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('roo', () => {
  it('accepts stdio, streamable-http and sse servers with the Roo Code settings', () => {
    const { diagnostics, servers, host } = lintFixture('roo/valid/all-transports.json', '.roo/mcp.json')
    expect(host).toBe('roo')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled ?? false])).toEqual([
      ['memory', 'stdio', undefined, false],
      ['docs', 'http', 'streamable-http', false],
      ['legacy', 'sse', 'sse', true],
      ['git', 'stdio', 'stdio', false]
    ])
    expect(servers[0].cwd).toBe('${workspaceFolder}')
    expect(servers[1].headers).toEqual({ Authorization: 'Bearer ${env:DOCS_TOKEN}' })
  })

  it('reports a typeless url, mixed transports, a type without its fields and an out-of-range timeout', () => {
    const { diagnostics, servers } = lintFixture('roo/invalid/transport-mistakes.json', '.roo/mcp.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:69 error schema-shape',
      '5:89 error schema-shape',
      '6:83 error schema-value',
      '6:90 warning schema-unknown-key',
      '7:23 error schema-enum',
      '8:28 error schema-enum',
      '9:5 error schema-required'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.docs" is missing the required "type": Roo Code does not guess the transport of a "url" and refuses the server ("Configuration with \'url\' must explicitly specify \'type\' as \'sse\' or \'streamable-http\'"); add "type": "streamable-http" (or "sse" for a legacy SSE endpoint)'
    )
    expect(diagnostics[0].server).toBe('docs')
    expect(diagnostics[1].message).toBe(
      '"mcpServers.mixed.url" does not belong to a stdio server: Roo Code starts "mixed" with its "command" and refuses the file when "url" sits beside it ("Cannot mix \'stdio\' and (\'sse\' or \'streamable-http\') fields"); remove "url", or move the remote server to its own entry'
    )
    expect(diagnostics[1].server).toBe('mixed')
    expect(diagnostics[2].message).toBe(
      '"mcpServers.remote-env.env" does not belong to a remote server: Roo Code connects to "remote-env" at its "url" and refuses the file when "env" sits beside it; remove "env", or move the stdio server to its own entry'
    )
    expect(diagnostics[3].message).toBe(
      '"mcpServers.slow.timeout" must be <= 3600: Roo Code\'s timeout is in seconds, from 1 to 3600, and a value outside that range makes it refuse the file'
    )
    expect(diagnostics[4].message).toBe(
      'unknown key "autoApprove" in "mcpServers.slow": Roo Code ignores it; did you mean "alwaysAllow"?'
    )
    expect(diagnostics[5].message).toContain(
      '"mcpServers.typo.type" is "http", but Roo Code accepts only one of "stdio", "sse", "streamable-http"'
    )
    expect(diagnostics[6].message).toContain(
      '"mcpServers.stdio-url.type" is "stdio", but Roo Code accepts only one of "sse", "streamable-http": a server with a "url" is remote'
    )
    expect(diagnostics[7].message).toBe(
      '"mcpServers.sse-cmd" is missing the required "url": "sse" and "streamable-http" servers are remote: Roo Code connects to their "url" and refuses the file without one'
    )
    // Every entry Roo Code refuses has no transport in its meaning, a typeless url included.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'unknown'],
      ['mixed', 'unknown'],
      ['remote-env', 'http'],
      ['slow', 'stdio'],
      ['typo', 'unknown'],
      ['stdio-url', 'unknown'],
      ['sse-cmd', 'unknown']
    ])
  })

  it('reports headers beside a command, and an entry with neither command nor url', () => {
    const { diagnostics } = lintText(
      '.roo/mcp.json',
      '{\n  "mcpServers": {\n    "a": { "command": "npx", "headers": {} },\n    "b": { "disabled": true }\n  }\n}\n'
    )
    expect(shortForm(diagnostics)).toEqual(['3:30 error schema-shape', '4:5 error schema-required'])
    expect(diagnostics[0].message).toContain('"mcpServers.a.headers" does not belong to a stdio server')
    expect(diagnostics[1].message).toBe(
      '"mcpServers.b" is missing the required "command": Roo Code starts a stdio server from its "command" and connects to a remote one at its "url", and this entry has neither'
    )
  })

  it('reports a file without "mcpServers" and VS Code\'s "servers" key', () => {
    const { diagnostics } = lintText('.roo/mcp.json', '{}')
    expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
    expect(diagnostics[0].message).toContain(
      'Roo Code reads servers only from the top-level "mcpServers" object and refuses a project file without it'
    )
    const servers = lintText('.roo/mcp.json', '{ "servers": {} }').diagnostics
    expect(shortForm(servers)).toEqual(['1:3 error schema-unknown-key'])
    expect(servers[0].message).toContain('Roo Code ignores "servers" in .roo/mcp.json')
  })

  it('reads minified single-line files and refuses comments', () => {
    expect(
      lintText('.roo/mcp.json', '{"mcpServers":{"a":{"command":"uvx","args":["mcp-server-time==2025.7.1"]}}}')
        .diagnostics
    ).toEqual([])
    const { diagnostics } = lintText('.roo/mcp.json', '{\n  // servers\n  "mcpServers": {}\n}\n')
    expect(shortForm(diagnostics)).toEqual(['2:3 error strict-json'])
  })
})
