import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'sse-url-without-type'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const file = (entry: Record<string, unknown>, key = 'mcpServers'): string => json({ [key]: { docs: entry } })
const SSE = 'https://mcp.example.com/sse'

function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID)
    .map(describeDiagnostic)
}

const FALLBACK =
  'so every connection to an SSE-only endpoint starts with a failed request, and a server that answers that request oddly is never reached; add "type": "sse"'

describe('sse-url-without-type', () => {
  it('warns at the url in Gemini CLI, which tries Streamable HTTP first', () => {
    const { diagnostics } = lintText('.gemini/settings.json', file({ url: SSE }))
    expect(diagnostics.filter((d) => d.ruleId === ID).map(describeDiagnostic)).toEqual([
      `4:14-4:43 warning sse-url-without-type "mcpServers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all), ${FALLBACK}`
    ])
    expect(diagnostics.find((d) => d.ruleId === ID)?.server).toBe('docs')
  })

  it.each([
    [
      '.cursor/mcp.json',
      file({ url: `${SSE}/` }),
      `4:14-4:44 warning sse-url-without-type "mcpServers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": Cursor connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`
    ],
    [
      '.vscode/mcp.json',
      file({ url: 'https://${input:host}/mcp_server/sse' }, 'servers'),
      `4:14-4:52 warning sse-url-without-type "servers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": VS Code reads a "url" without "type" as "http": it tries Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`
    ],
    [
      '.github/mcp.json',
      file({ url: `${SSE}?key=\${API_KEY}` }),
      '4:14-4:58 warning sse-url-without-type "mcpServers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": GitHub Copilot reads a "url" without "type" as "http" and connects with Streamable HTTP, which an SSE-only server does not answer; add "type": "sse"'
    ],
    [
      '.continue/mcpServers/docs.json',
      file({ url: SSE }),
      `4:14-4:43 warning sse-url-without-type "mcpServers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": Continue tries Streamable HTTP on a "url" without "type" and falls back to SSE only when that fails, ${FALLBACK}`
    ]
  ])('warns in %s', (path, text, expected) => {
    expect(findings(path, text)).toEqual([expected])
  })

  it('tells Codex users it has no SSE transport at all', () => {
    const text = ['[mcp_servers.docs]', `url = "${SSE}"`, ''].join('\n')
    expect(findings('.codex/config.toml', text)).toEqual([
      '2:7-2:36 warning sse-url-without-type "mcp_servers.docs.url" ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": Codex connects to every "url" with Streamable HTTP and has no SSE transport, so it cannot reach a server that offers only SSE; point "url" at the server\'s Streamable HTTP endpoint (often /mcp), or bridge the SSE endpoint with command = "npx", args = ["-y", "mcp-remote", "<url>"]'
    ])
  })

  it.each([
    ['a url with "type": "sse"', '.gemini/settings.json', file({ type: 'sse', url: SSE })],
    [
      'a url with "type": "http" (deliberately Streamable HTTP)',
      '.vscode/mcp.json',
      file({ type: 'http', url: SSE }, 'servers')
    ],
    ['a path that does not end in /sse', '.cursor/mcp.json', file({ url: 'https://mcp.example.com/sse/mcp' })],
    ['a query that mentions sse', '.cursor/mcp.json', file({ url: 'https://mcp.example.com/mcp?transport=/sse' })],
    ["Gemini's httpUrl, which always means Streamable HTTP", '.gemini/settings.json', file({ httpUrl: SSE })],
    ['Claude Code, where url-without-type reports the missing type', '.mcp.json', file({ url: SSE })],
    ['Windsurf, which detects the transport', '.windsurf/mcp_config.json', file({ serverUrl: SSE })],
    [
      'a stdio server beside a url (command-and-url reports it)',
      '.cursor/mcp.json',
      file({ command: 'npx', url: SSE })
    ],
    [
      'the Copilot cloud agent\'s pasted JSON (its adapter asks for "type")',
      '.github/copilot-mcp.json',
      file({ url: SSE, tools: ['*'] })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(findings(path, text)).toEqual([])
  })
})
