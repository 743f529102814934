import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'sse-url-without-type'
const file = (entry: Record<string, unknown>, key = 'mcpServers'): unknown => ({ [key]: { docs: entry } })
const SSE = 'https://mcp.example.com/sse'

const FALLBACK =
  'so every connection to an SSE-only endpoint starts with a failed request, and a server that answers that request oddly is never reached; add "type": "sse".'

describe('sse-url-without-type', () => {
  it('warns at the url in Gemini CLI, which tries Streamable HTTP first', () => {
    expect(ruleFindings(ID, '.gemini/settings.json', file({ url: SSE }))).toEqual([
      '4:14-4:43 warning sse-url-without-type noType {"host":"Gemini CLI","server":"docs"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.gemini/settings.json', file({ url: SSE }))
    expect(finding.server).toBe('docs')
    expect(finding.message).toBe(
      'Gemini CLI tries Streamable HTTP on server "docs": its url ends in /sse but it has no "type"'
    )
    expect(finding.help).toBe(
      `A path ending in /sse is, by convention, a legacy SSE endpoint. Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all), ${FALLBACK}`
    )
  })

  it.each([
    [
      '.cursor/mcp.json',
      file({ url: `${SSE}/` }),
      '4:14-4:44 warning sse-url-without-type noType {"host":"Cursor","server":"docs"}',
      `Cursor connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`
    ],
    [
      '.github/mcp.json',
      file({ url: `${SSE}?key=\${API_KEY}` }),
      '4:14-4:58 warning sse-url-without-type noType {"host":"GitHub Copilot","server":"docs"}',
      'GitHub Copilot reads a "url" without "type" as "http" and connects with Streamable HTTP, which an SSE-only server does not answer; add "type": "sse".'
    ],
    [
      '.continue/mcpServers/docs.json',
      file({ url: SSE }),
      '4:14-4:43 warning sse-url-without-type noType {"host":"Continue","server":"docs"}',
      `Continue tries Streamable HTTP on a "url" without "type" and falls back to SSE only when that fails, ${FALLBACK}`
    ]
  ])('warns in %s', (path, content, expected, help) => {
    expect(ruleFindings(ID, path, content)).toEqual([expected])
    expect(ruleDiagnostics(ID, path, content).map((d) => d.help)).toEqual([
      `A path ending in /sse is, by convention, a legacy SSE endpoint. ${help}`
    ])
  })

  it('tells Codex users it has no SSE transport at all', () => {
    const text = ['[mcp_servers.docs]', `url = "${SSE}"`, ''].join('\n')
    expect(ruleFindings(ID, '.codex/config.toml', text)).toEqual([
      '2:7-2:36 warning sse-url-without-type noType {"host":"Codex","server":"docs"}'
    ])
    expect(ruleDiagnostics(ID, '.codex/config.toml', text).map((d) => d.help)).toEqual([
      'A path ending in /sse is, by convention, a legacy SSE endpoint. Codex connects to every "url" with Streamable HTTP and has no SSE transport, so it cannot reach a server that offers only SSE; point "url" at the server\'s Streamable HTTP endpoint (often /mcp), or bridge the SSE endpoint with command = "npx", args = ["-y", "mcp-remote", "<url>"].'
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
      'VS Code, where "type": "sse" is read as "http" too (Streamable HTTP, then SSE), so adding it changes nothing',
      '.vscode/mcp.json',
      file({ url: 'https://${input:host}/mcp_server/sse' }, 'servers')
    ],
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
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
