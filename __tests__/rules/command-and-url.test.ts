import { describeDiagnostic, describeFinding, lintText, ruleDiagnostics } from '../helpers/lint.js'

const ID = 'command-and-url'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const file = (entry: Record<string, unknown>, key = 'mcpServers'): string => json({ [key]: { api: entry } })
const MIXED = { command: 'npx', args: ['-y', 'pkg@1.0.0'], url: 'https://mcp.example.com/mcp' }

/** This rule's findings and the schema's and adapters' (which it replaces at the same key). */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || d.ruleId.startsWith('schema-'))
    .map((d) => (d.ruleId === ID ? describeFinding(d) : describeDiagnostic(d)))
}

describe('command-and-url', () => {
  it('is an error where the host refuses the mix: Roo Code, at the url key the adapter flagged', () => {
    expect(findings('.roo/mcp.json', file(MIXED))).toEqual([
      '9:7-9:12 error command-and-url refused {"urlKey":"url","host":"Roo Code"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.roo/mcp.json', file(MIXED))
    expect(finding.message).toBe('the server has both "command" and "url", which Roo Code refuses')
    expect(finding.help).toBe(
      "Roo Code refuses the whole file when one entry mixes a stdio and a remote server (\"Cannot mix 'stdio' and ('sse' or 'streamable-http') fields\"); keep one: remove \"url\", or move that server to its own entry."
    )
    expect(finding.server).toBe('api')
  })

  it('is an error in Codex, which refuses the whole config', () => {
    const text = ['[mcp_servers.api]', 'command = "npx"', 'url = "https://mcp.example.com/mcp"', ''].join('\n')
    expect(findings('.codex/config.toml', text)).toEqual([
      '3:1-3:4 error command-and-url refused {"urlKey":"url","host":"Codex"}'
    ])
    expect(ruleDiagnostics(ID, '.codex/config.toml', text)[0].help).toBe(
      'Codex refuses the whole config when one table mixes a stdio and a Streamable HTTP server ("url is not supported for stdio"); keep one: remove "url", or move that server to its own entry.'
    )
  })

  it('is a warning in opencode and Kilo, which follow "type" and drop the other key', () => {
    const remote = file(
      { type: 'remote', url: 'https://mcp.example.com/mcp', command: ['npx', '-y', 'pkg@1.0.0'] },
      'mcp'
    )
    expect(findings('opencode.json', remote)).toEqual([
      '6:7-6:16 warning command-and-url ignoresCommand {"urlKey":"url","host":"opencode"}'
    ])
    const local = file(
      { type: 'local', command: ['npx', '-y', 'pkg@1.0.0'], url: 'https://mcp.example.com/mcp' },
      'mcp'
    )
    expect(findings('kilo.json', local)).toEqual([
      '10:7-10:12 warning command-and-url ignoresUrl {"urlKey":"url","host":"Kilo"}'
    ])
  })

  it('is a warning at the ignored key where the host picks one: Claude Code and Cursor start the command', () => {
    expect(findings('.mcp.json', file(MIXED))).toEqual([
      '9:7-9:12 warning command-and-url ignoresUrl {"urlKey":"url","host":"Claude Code"}'
    ])
    expect(findings('.cursor/mcp.json', file(MIXED))).toEqual([
      '9:7-9:12 warning command-and-url ignoresUrl {"urlKey":"url","host":"Cursor"}'
    ])
    expect(ruleDiagnostics(ID, '.cursor/mcp.json', file(MIXED))[0].help).toBe(
      'The remote server is never used; remove "url", or move the remote server to an entry of its own.'
    )
  })

  it('follows a declared type: Claude Code with "type": "http" connects and ignores the command', () => {
    expect(findings('.mcp.json', file({ type: 'http', ...MIXED }))).toEqual([
      '5:7-5:16 warning command-and-url ignoresCommand {"urlKey":"url","host":"Claude Code"}'
    ])
    expect(ruleDiagnostics(ID, '.mcp.json', file({ type: 'http', ...MIXED }))[0].message).toBe(
      'the server has both "command" and "url": Claude Code connects to "url" and ignores "command"'
    )
  })

  it("knows Gemini CLI prefers the url, and replaces VS Code's unknown-key warning", () => {
    expect(findings('.gemini/settings.json', file(MIXED))).toEqual([
      '4:7-4:16 warning command-and-url ignoresCommand {"urlKey":"url","host":"Gemini CLI"}'
    ])
    expect(findings('.vscode/mcp.json', file(MIXED, 'servers'))).toEqual([
      '9:7-9:12 warning command-and-url ignoresUrl {"urlKey":"url","host":"VS Code"}'
    ])
  })

  it("names Windsurf's serverUrl", () => {
    expect(
      findings('.windsurf/mcp_config.json', file({ command: 'npx', serverUrl: 'https://mcp.example.com/mcp' }))
    ).toEqual(['5:7-5:18 warning command-and-url ignoresUrl {"urlKey":"serverUrl","host":"Windsurf"}'])
  })

  it.each([
    [
      "Amazon Q's IDE stub with an empty url (corpus false-positive trap)",
      '.amazonq/mcp.json',
      file({ command: 'uvx', args: ['pkg@1.0.0'], url: '', headers: {} })
    ],
    ['a disabled entry in a host that only ignores a key', '.cursor/mcp.json', file({ ...MIXED, disabled: true })],
    ['a stdio server', '.mcp.json', file({ command: 'npx', args: ['-y', 'pkg@1.0.0'] })],
    ['a remote server', '.mcp.json', file({ type: 'http', url: 'https://mcp.example.com/mcp' })],
    [
      'an empty command beside a url',
      '.amazonq/mcp.json',
      file({ command: '', url: 'https://mcp.example.com/mcp', type: 'http' })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(ruleDiagnostics(ID, path, text)).toEqual([])
  })
})
