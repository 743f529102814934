import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'
import { plainUrl, reachOf } from '../../src/rules/insecure-http.js'

const only = (path: string, text: string): string[] => ruleFindings('insecure-http', path, text)

describe('insecure-http', () => {
  it('warns about a public http:// endpoint in Claude Code, at the url, naming only the origin', () => {
    const text = JSON.stringify(
      { mcpServers: { docs: { type: 'http', url: 'http://mcp.acme.io/mcp?session=1' } } },
      null,
      2
    )
    expect(only('.mcp.json', text)).toEqual(['5:14-5:48 warning insecure-http public {"origin":"http://mcp.acme.io"}'])
    const [finding] = ruleDiagnostics('insecure-http', '.mcp.json', text)
    expect(finding.message).toBe(
      '"http://mcp.acme.io" is unencrypted: requests, tool results and tokens can be read or changed on the way'
    )
    expect(finding.help).toBe(
      'Plain HTTP sends every request, tool result and header (tokens included) across the network unencrypted, where it can be read or changed on the way; use https://.'
    )
    expect(finding.server).toBe('docs')
  })

  it("reads each host's own url key: Windsurf serverUrl, Gemini httpUrl, Codex url, opencode remote", () => {
    expect(
      only(
        '.windsurf/mcp_config.json',
        JSON.stringify({ mcpServers: { a: { serverUrl: 'http://203.0.113.7:8080/mcp' } } }, null, 2)
      )
    ).toEqual(['4:20-4:49 warning insecure-http public {"origin":"http://203.0.113.7:8080"}'])
    expect(
      only(
        '.gemini/settings.json',
        JSON.stringify({ mcpServers: { a: { httpUrl: 'http://api.acme.io/mcp' } } }, null, 2)
      )
    ).toEqual(['4:18-4:42 warning insecure-http public {"origin":"http://api.acme.io"}'])
    expect(only('.codex/config.toml', '[mcp_servers.a]\nurl = "http://api.acme.io/mcp"\n')).toEqual([
      '2:7-2:31 warning insecure-http public {"origin":"http://api.acme.io"}'
    ])
    expect(
      only('opencode.json', JSON.stringify({ mcp: { a: { type: 'remote', url: 'http://api.acme.io/mcp' } } }, null, 2))
    ).toEqual(['5:14-5:38 warning insecure-http public {"origin":"http://api.acme.io"}'])
  })

  it('says ws:// is an unencrypted WebSocket and suggests wss://', () => {
    const text = JSON.stringify({ mcpServers: { live: { type: 'ws', url: 'ws://stream.acme.io/mcp' } } }, null, 2)
    expect(only('.mcp.json', text)).toEqual(['5:14-5:39 warning insecure-http public {"origin":"ws://stream.acme.io"}'])
    expect(ruleDiagnostics('insecure-http', '.mcp.json', text)[0].help).toBe(
      'An unencrypted WebSocket (ws://) sends every request, tool result and header (tokens included) across the network unencrypted, where it can be read or changed on the way; use wss://.'
    )
  })

  it('gives a private network address a notice: still unencrypted, but only on that network', () => {
    const text = JSON.stringify({ mcpServers: { nas: { url: 'http://192.168.64.1:5000/mcp' } } }, null, 2)
    expect(only('.gemini/settings.json', text)).toEqual([
      '4:14-4:44 notice insecure-http private {"origin":"http://192.168.64.1:5000"}'
    ])
    expect(ruleDiagnostics('insecure-http', '.gemini/settings.json', text)[0].help).toBe(
      'Plain HTTP to a private network address works only on that network, and anyone on it can read or change the traffic, tokens included; use https:// where the server offers it.'
    )
  })

  it('finds the URL a stdio bridge (mcp-remote) connects to in its arguments', () => {
    const text = JSON.stringify(
      {
        mcpServers: {
          remote: { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'http://mcp.acme.io/sse', '--allow-http'] }
        }
      },
      null,
      2
    )
    expect(only('.cursor/mcp.json', text)).toEqual([
      '8:9-8:33 warning insecure-http public {"origin":"http://mcp.acme.io"}'
    ])
  })

  it.each([
    'http://localhost:3001/sse',
    'http://127.0.0.1:64482/stream',
    'http://127.8.9.1/mcp',
    'http://[::1]:8080/mcp',
    'http://app.localhost/mcp',
    'http://0.0.0.0:8000/mcp',
    'https://mcp.acme.io/mcp',
    'http://${MCP_HOST}/mcp',
    'http://your-server:8080/mcp',
    'http://mcp.example.com/mcp'
  ])('is silent for %s (local, encrypted, or not a real address yet)', (url) => {
    expect(only('.mcp.json', JSON.stringify({ mcpServers: { a: { type: 'http', url } } }))).toEqual([])
  })

  it("is silent for a disabled server and for http:// values that are not the server's endpoint", () => {
    expect(
      only(
        '.roo/mcp.json',
        JSON.stringify({ mcpServers: { a: { type: 'sse', url: 'http://mcp.acme.io/sse', disabled: true } } })
      )
    ).toEqual([])
    // The server's own backend (an env value) is its business, not the MCP connection.
    expect(
      only(
        '.mcp.json',
        JSON.stringify({
          mcpServers: { a: { command: 'qdrant-mcp', env: { QDRANT_URL: 'http://qdrant.acme.io:6333' } } }
        })
      )
    ).toEqual([])
  })

  it('classifies hosts', () => {
    expect(
      [
        '10.0.0.5',
        '172.20.1.1',
        '192.168.1.2',
        '169.254.0.1',
        '100.100.1.1',
        'fd12::1',
        'fe80::1',
        'jenkins',
        'nas.local',
        'db.internal'
      ].map(reachOf)
    ).toEqual(Array(10).fill('private'))
    expect(['8.8.8.8', '172.32.0.1', 'mcp.acme.io', '2001:db8::1'].map(reachOf)).toEqual(Array(4).fill('public'))
    expect(plainUrl('http://user:pw@[fd00::1]:80/x')).toEqual({
      scheme: 'http',
      origin: 'http://[fd00::1]:80',
      reach: 'private'
    })
    expect(plainUrl('https://x.io')).toBeUndefined()
  })
})
