import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const remote = (entry: Record<string, unknown>, key = 'mcpServers'): unknown => ({ [key]: { api: entry } })

/** The schema's findings, which this rule replaces at the same place. */
const schemaFindings = (path: string, content: unknown): string[] =>
  lintText(path, JSON.stringify(content, null, 2))
    .diagnostics.filter((d) => d.ruleId.startsWith('schema-'))
    .map((d) => d.ruleId)

describe('url-without-type', () => {
  it('reports a typeless url in Claude Code at the server key, in place of the schema\'s "missing command"', () => {
    const content = remote({ url: 'https://mcp.example.com/mcp' })
    expect(ruleFindings('url-without-type', '.mcp.json', content)).toEqual([
      '3:5-3:10 error url-without-type noType {"server":"api","host":"Claude Code"}'
    ])
    expect(schemaFindings('.mcp.json', content)).toEqual([])
    const [finding] = ruleDiagnostics('url-without-type', '.mcp.json', content)
    expect(finding.server).toBe('api')
    expect(finding.message).toBe('server "api" has a "url" but no "type", so Claude Code cannot connect to it')
    expect(finding.help).toBe(
      'Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\""); add "type": "http" (or "sse" for a legacy SSE endpoint, "ws" for a WebSocket).'
    )
  })

  it('suggests "sse" for a path that ends in /sse and "ws" for a WebSocket URL', () => {
    const help = (url: string): (string | undefined)[] =>
      ruleDiagnostics('url-without-type', '.mcp.json', remote({ url })).map((d) => d.help?.split('; ')[1])
    expect(help('https://mcp.example.com/sse')).toEqual([
      'add "type": "sse", since the path ends in /sse, a legacy SSE endpoint (or "http" for Streamable HTTP, "ws" for a WebSocket).'
    ])
    expect(help('wss://mcp.example.com/socket')).toEqual([
      'add "type": "ws" (or "http" for Streamable HTTP, "sse" for a legacy SSE endpoint).'
    ])
    expect(ruleFindings('url-without-type', '.mcp.json', remote({ url: 'wss://mcp.example.com/socket' }))).toEqual([
      '3:5-3:10 error url-without-type noType {"server":"api","host":"Claude Code"}'
    ])
  })

  it('leaves a typeless url to Roo Code and Kilo Code, which read it as SSE', () => {
    // The zod union's sse arm fills in the type before McpHub.validateServerConfig asks for one
    // (RooCodeInc/Roo-Code src/services/mcp/McpHub.ts @cb83656).
    const content = remote({ url: 'https://mcp.example.com/mcp', disabled: true })
    for (const file of ['.roo/mcp.json', '.kilocode/mcp.json']) {
      expect(ruleFindings('url-without-type', file, content)).toEqual([])
      expect(schemaFindings(file, content)).toEqual([])
    }
  })

  it('asks opencode for "remote", which covers both Streamable HTTP and SSE', () => {
    const content = remote({ url: 'https://mcp.example.com/sse' }, 'mcp')
    expect(ruleFindings('url-without-type', 'opencode.json', content)).toEqual([
      '3:5-3:10 error url-without-type noType {"server":"api","host":"opencode"}'
    ])
    expect(schemaFindings('opencode.json', content)).toEqual([])
    expect(ruleDiagnostics('url-without-type', 'opencode.json', content).map((d) => d.help)).toEqual([
      'opencode requires "type" on every server and refuses the whole config without it; add "type": "remote".'
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
    expect(ruleFindings('url-without-type', '.github/agents/docs.agent.md', text)).toEqual([
      '4:3-4:11 error url-without-type noType {"server":"context7","host":"GitHub Copilot custom agent"}'
    ])
    expect(
      lintText('.github/agents/docs.agent.md', text).diagnostics.filter((d) => d.ruleId.startsWith('schema-'))
    ).toEqual([])
    expect(ruleDiagnostics('url-without-type', '.github/agents/docs.agent.md', text).map((d) => d.help)).toEqual([
      'The Copilot cloud agent requires "type" on every server and rejects the agent\'s configuration without it; add "type": "http" (or "sse" for a legacy SSE endpoint).'
    ])
  })

  it("reports a server inline in a Claude Code plugin's plugin.json", () => {
    const content = { name: 'github', mcpServers: { github: { url: 'https://api.githubcopilot.com/mcp/' } } }
    expect(ruleFindings('url-without-type', '.claude-plugin/plugin.json', content)).toEqual([
      '4:5-4:13 error url-without-type noType {"server":"github","host":"Claude Code"}'
    ])
    expect(schemaFindings('.claude-plugin/plugin.json', content)).toEqual([])
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
  ])('is silent on %s', (_label, path, content) => {
    expect(
      lintText(path, JSON.stringify(content, null, 2)).diagnostics.filter(
        (d) => d.ruleId === 'url-without-type' || d.severity === 'error'
      )
    ).toEqual([])
  })
})
