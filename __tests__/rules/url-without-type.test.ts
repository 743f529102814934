import { describeDiagnostic, lintText } from '../helpers/lint.js'

/** This rule's findings and the schema's, which it replaces at the same place. */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === 'url-without-type' || d.ruleId.startsWith('schema-'))
    .map(describeDiagnostic)
}

const json = (value: unknown): string => JSON.stringify(value, null, 2)
const remote = (entry: Record<string, unknown>, key = 'mcpServers'): string => json({ [key]: { api: entry } })

describe('url-without-type', () => {
  it('reports a typeless url in Claude Code at the server key, in place of the schema\'s "missing command"', () => {
    const { diagnostics } = lintText('.mcp.json', remote({ url: 'https://mcp.example.com/mcp' }))
    expect(
      diagnostics
        .filter((d) => d.ruleId === 'url-without-type' || d.ruleId.startsWith('schema-'))
        .map(describeDiagnostic)
    ).toEqual([
      '3:5-3:10 error url-without-type "mcpServers.api" has a "url" but no "type": Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\""); add "type": "http" (or "sse" for a legacy SSE endpoint, "ws" for a WebSocket)'
    ])
    expect(diagnostics.find((d) => d.ruleId === 'url-without-type')?.server).toBe('api')
  })

  it('suggests "sse" for a path that ends in /sse and "ws" for a WebSocket URL', () => {
    expect(findings('.mcp.json', remote({ url: 'https://mcp.example.com/sse' }))).toEqual([
      '3:5-3:10 error url-without-type "mcpServers.api" has a "url" but no "type": Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\""); add "type": "sse", since the path ends in /sse, a legacy SSE endpoint (or "http" for Streamable HTTP, "ws" for a WebSocket)'
    ])
    expect(findings('.mcp.json', remote({ url: 'wss://mcp.example.com/socket' }))).toEqual([
      '3:5-3:10 error url-without-type "mcpServers.api" has a "url" but no "type": Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\""); add "type": "ws" (or "http" for Streamable HTTP, "sse" for a legacy SSE endpoint)'
    ])
  })

  it("uses Roo Code's spelling, and reports a disabled entry too, since Roo Code validates it anyway", () => {
    expect(findings('.roo/mcp.json', remote({ url: 'https://mcp.example.com/mcp', disabled: true }))).toEqual([
      '3:5-3:10 error url-without-type "mcpServers.api" has a "url" but no "type": Roo Code does not guess the transport of a "url" and refuses the server ("Configuration with \'url\' must explicitly specify \'type\' as \'sse\' or \'streamable-http\'"); add "type": "streamable-http" (or "sse" for a legacy SSE endpoint)'
    ])
  })

  it('asks opencode for "remote", which covers both Streamable HTTP and SSE', () => {
    expect(findings('opencode.json', remote({ url: 'https://mcp.example.com/sse' }, 'mcp'))).toEqual([
      '3:5-3:10 error url-without-type "mcp.api" has a "url" but no "type": opencode requires "type" on every server and refuses the whole config without it; add "type": "remote"'
    ])
  })

  it("reports a Copilot custom agent's server in its front matter", () => {
    const text = [
      '---',
      'name: docs',
      'mcp-servers:',
      '  context7:',
      '    url: https://mcp.context7.com/mcp',
      "    tools: ['*']",
      '---',
      'Look things up.',
      ''
    ].join('\n')
    expect(findings('.github/agents/docs.agent.md', text)).toEqual([
      '4:3-4:11 error url-without-type "mcp-servers.context7" has a "url" but no "type": the Copilot cloud agent requires "type" on every server and rejects the agent\'s configuration without it; add "type": "http" (or "sse" for a legacy SSE endpoint)'
    ])
  })

  it("reports a server inline in a Claude Code plugin's plugin.json", () => {
    expect(
      findings(
        '.claude-plugin/plugin.json',
        json({ name: 'github', mcpServers: { github: { url: 'https://api.githubcopilot.com/mcp/' } } })
      )
    ).toEqual([
      '4:5-4:13 error url-without-type "mcpServers.github" has a "url" but no "type": Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\""); add "type": "http" (or "sse" for a legacy SSE endpoint, "ws" for a WebSocket)'
    ])
  })

  it.each([
    ['a typed remote server', '.mcp.json', remote({ type: 'http', url: 'https://mcp.example.com/mcp' })],
    ['a stdio server', '.mcp.json', remote({ command: 'npx', args: ['-y', 'pkg@1.0.0'] })],
    [
      'a command beside the url (command-and-url reports it)',
      '.mcp.json',
      remote({ command: 'npx', url: 'https://mcp.example.com/mcp' })
    ],
    ['Cursor, which infers Streamable HTTP', '.cursor/mcp.json', remote({ url: 'https://mcp.example.com/mcp' })],
    ['VS Code, which infers http', '.vscode/mcp.json', remote({ url: 'https://mcp.example.com/mcp' }, 'servers')],
    [
      'Gemini CLI, which infers Streamable HTTP',
      '.gemini/settings.json',
      remote({ url: 'https://mcp.example.com/mcp' })
    ],
    ['Kiro, which reads no type', '.kiro/settings/mcp.json', remote({ url: 'https://mcp.example.com/mcp' })],
    [
      'a typed Roo Code server',
      '.roo/mcp.json',
      remote({ type: 'streamable-http', url: 'https://mcp.example.com/mcp' })
    ],
    [
      'an opencode remote server',
      'opencode.json',
      remote({ type: 'remote', url: 'https://mcp.example.com/mcp' }, 'mcp')
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(
      lintText(path, text).diagnostics.filter((d) => d.ruleId === 'url-without-type' || d.severity === 'error')
    ).toEqual([])
  })
})
