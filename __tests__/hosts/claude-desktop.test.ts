import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('claude-desktop', () => {
  it("accepts stdio servers beside the app's own settings, in an example copy anywhere in the repository", () => {
    const { diagnostics, servers, host } = lintFixture(
      'claude-desktop/valid/stdio-servers.json',
      'docs/examples/claude_desktop_config.json'
    )
    expect(host).toBe('claude-desktop')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.declaredType])).toEqual([
      ['memory', 'stdio', undefined],
      ['fetch', 'stdio', 'stdio']
    ])
    expect(servers[0].pointer).toEqual(['mcpServers', 'memory'])
    expect(servers[0].args).toEqual(['-y', '@modelcontextprotocol/server-memory@2026.8.31'])
    expect(servers[1].env).toEqual({ LOG_LEVEL: 'info' })
  })

  it('reports remote entries, an empty command, wrong types and a missing command at their positions', () => {
    const { diagnostics, servers } = lintFixture(
      'claude-desktop/invalid/remote-and-mistakes.json',
      'claude_desktop_config.json'
    )
    expect(shortForm(diagnostics)).toEqual([
      '3:5 error schema-required',
      '4:7 warning schema-unknown-key',
      '6:25 error schema-enum',
      '6:33 warning schema-unknown-key',
      '7:24 error schema-value',
      '7:43 error schema-type',
      '7:48 warning schema-unknown-key',
      '8:5 error schema-required',
      '8:55 error schema-type'
    ])
    expect(diagnostics[0].message).toBe(
      '"mcpServers.docs" is missing the required "command": Claude Desktop starts every server in this file as a local process and skips an entry with a "url"; add a remote server under Settings > Connectors, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[0].server).toBe('docs')
    expect(diagnostics[1].message).toBe('unknown key "url" in "mcpServers.docs": Claude Desktop ignores it')
    expect(diagnostics[2].message).toBe(
      '"mcpServers.linear.type" is "http", but Claude Desktop accepts only "stdio": Claude Desktop starts only local stdio servers from this file and skips remote ones; add a remote server under Settings > Connectors, or bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'
    )
    expect(diagnostics[4].message).toBe('"mcpServers.fs.command" must not be empty')
    expect(diagnostics[5].message).toBe('"mcpServers.fs.args[1]" must be a string, not the number 42')
    expect(diagnostics[6].message).toBe('unknown key "cwd" in "mcpServers.fs": Claude Desktop ignores it')
    expect(diagnostics[7].message).toBe(
      '"mcpServers.notes" is missing the required "command": Claude Desktop starts every server in this file as a local process and needs the program to run'
    )
    // Claude Desktop starts only programs: a remote or command-less entry has no transport it uses.
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['docs', 'unknown'],
      ['linear', 'unknown'],
      ['fs', 'stdio'],
      ['notes', 'unknown']
    ])
    expect(servers[1].declaredType).toBe('http')
  })

  it('reports VS Code\'s "servers" key, which Claude Desktop never reads, at the key', () => {
    const { diagnostics, servers } = lintText(
      'claude_desktop_config.json',
      '{\n  "servers": {\n    "memory": { "command": "npx" }\n  }\n}\n'
    )
    expect(shortForm(diagnostics)).toEqual(['2:3 error schema-unknown-key'])
    expect(diagnostics[0].message).toBe(
      'Claude Desktop ignores "servers" in claude_desktop_config.json: "servers" is VS Code\'s key and Claude Desktop reads servers only from "mcpServers", so the 1 server under it is never started; rename the key to "mcpServers"'
    )
    expect(servers).toEqual([])
  })

  it('reports servers that sit outside "mcpServers", bare or after a misplaced brace', () => {
    const text =
      '{\n  "mcpServers": { "memory": { "command": "npx" } },\n  "preferences": { "menuBarEnabled": false },\n  "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] }\n}\n'
    const { diagnostics, servers } = lintText('claude_desktop_config.json', text)
    expect(shortForm(diagnostics)).toEqual(['4:3 error schema-required'])
    expect(diagnostics[0].message).toBe(
      '"fetch" looks like a server but sits outside "mcpServers": Claude Desktop reads servers only from "mcpServers", so it never starts it; move it into { "mcpServers": { ... } }'
    )
    expect(servers.map((s) => s.name)).toEqual(['memory'])
  })

  it('accepts a copy of the app settings without servers, but not a non-object server map', () => {
    expect(
      lintText('claude_desktop_config.json', '{ "preferences": { "menuBarEnabled": false } }').diagnostics
    ).toEqual([])
    const { diagnostics } = lintText('claude_desktop_config.json', '{ "mcpServers": [] }')
    expect(shortForm(diagnostics)).toEqual(['1:17 error schema-type'])
    expect(diagnostics[0].message).toContain('Claude Desktop reads "mcpServers" as an object keyed by server name')
  })

  it('refuses a trailing comma, since the app reads strict JSON', () => {
    const { diagnostics } = lintText('claude_desktop_config.json', '{ "mcpServers": { "a": { "command": "npx", } } }')
    expect(shortForm(diagnostics)).toEqual(['1:42 error strict-json'])
    expect(diagnostics[0].message).toContain('Claude Desktop reads this file as strict JSON')
  })
})
