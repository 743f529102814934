import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('opencode', () => {
  it('reads opencode.json as JSONC like opencode does, and accepts local, remote and override entries', () => {
    for (const name of ['opencode.json', 'opencode.jsonc', '.opencode/opencode.json', 'packages/app/opencode.jsonc']) {
      const { diagnostics, host } = lintFixture('opencode/valid/opencode.jsonc', name)
      expect([name, host, diagnostics]).toEqual([name, 'opencode', []])
    }
  })

  it('normalises local entries as command[0] plus arguments, remote ones as HTTP, and skips overrides', () => {
    const { servers } = lintFixture('opencode/valid/opencode.jsonc', 'opencode.json')
    expect(servers.map((s) => [s.name, s.transport, s.declaredType, s.disabled])).toEqual([
      ['playwright', 'stdio', 'local', undefined],
      ['off', 'stdio', 'local', true],
      ['docs', 'http', 'remote', undefined],
      ['atlassian', 'http', 'remote', undefined]
    ])
    expect(servers[0]).toMatchObject({
      command: 'npx',
      args: ['-y', '@playwright/mcp@latest'],
      env: { BROWSER: 'chromium', TOKEN: '{env:PLAYWRIGHT_TOKEN}' },
      cwd: 'tools',
      pointer: ['mcp', 'playwright']
    })
    expect(servers[2]).toMatchObject({
      url: 'https://docs.example.com/mcp',
      headers: { Authorization: 'Bearer {env:DOCS_TOKEN}' }
    })
  })

  it('reports Claude-style entries and other mistakes as errors, since opencode rejects them', () => {
    const { diagnostics } = lintFixture('opencode/invalid/opencode.json', '.opencode/opencode.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:51 error schema-type',
      '3:58 error schema-unknown-key',
      '3:84 error schema-unknown-key',
      '4:24 error schema-enum',
      '5:5 error schema-required',
      '6:5 error schema-required',
      '7:43 error schema-value',
      '7:58 error schema-value',
      '7:61 error schema-unknown-key',
      '8:71 error schema-shape'
    ])
    const [command, args, env, type, , typeless, , , unknown, oauth] = diagnostics
    expect(command.message).toBe(
      '"mcp.claude-style.command" must be an array, not the string "npx": opencode\'s "command" is one array holding the program and its arguments, e.g. ["npx", "-y", "@playwright/mcp"]'
    )
    expect(args.message).toContain(
      'unknown key "args" in "mcp.claude-style": opencode rejects it; opencode has no "args"'
    )
    expect(env.message).toBe(
      'unknown key "env" in "mcp.claude-style": opencode rejects it; did you mean "environment"? opencode passes variables to a local server only through "environment"'
    )
    expect(env.server).toBe('claude-style')
    expect(type.message).toContain('"mcp.stdio.type" is "stdio", but opencode accepts only one of "local", "remote"')
    expect(typeless.message).toContain('an entry without a type may hold only "enabled"')
    expect(unknown.message).toBe('unknown key "autoApprove" in "mcp.zero": opencode rejects it')
    expect(oauth.message).toContain('or false to turn OAuth detection off')
  })

  it('flags "env" only once, not also as a plain unknown key', () => {
    const { diagnostics } = lintText('opencode.json', '{"mcp":{"s":{"type":"local","command":["x"],"env":{}}}}')
    expect(shortForm(diagnostics)).toEqual(['1:45 error schema-unknown-key'])
  })

  it('finds no server and no problem in a config without "mcp"', () => {
    const { diagnostics, servers, host } = lintText(
      'opencode.json',
      '{ "model": "x", "permission": { "edit": "ask" }, }'
    )
    expect([host, diagnostics, servers]).toEqual(['opencode', [], []])
  })
})
