import { describeDiagnostic, describeFinding, lintText, ruleDiagnostics } from '../helpers/lint.js'

const ID = 'foreign-transport-type'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const remote = (type: string, key = 'mcpServers'): string =>
  json({ [key]: { api: { type, url: 'https://mcp.example.com/mcp' } } })
const local = (type: string, key = 'mcpServers'): string =>
  json({ [key]: { api: { type, command: 'npx', args: ['-y', 'pkg@1.0.0'] } } })

/** This rule's findings and the schema's errors (its enum error is what the rule replaces). */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || (d.ruleId.startsWith('schema-') && d.severity === 'error'))
    .map((d) => (d.ruleId === ID ? describeFinding(d) : describeDiagnostic(d)))
}

describe('foreign-transport-type', () => {
  it('names Cline\'s "streamableHttp" in Claude Code at the type value, in place of the schema\'s enum error', () => {
    expect(findings('.mcp.json', remote('streamableHttp'))).toEqual([
      '4:15-4:31 error foreign-transport-type foreign {"type":"streamableHttp","transport":"Streamable HTTP","host":"Claude Code"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', remote('streamableHttp'))
    expect(finding.message).toBe(
      '"streamableHttp" is another host\'s name for Streamable HTTP, which Claude Code does not know'
    )
    expect(finding.help).toBe(
      '"streamableHttp" is used by Cline; Claude Code does not know it and skips the server: write "type": "http".'
    )
    expect(finding.server).toBe('api')
  })

  it.each([
    [
      '.roo/mcp.json',
      remote('http'),
      '4:15-4:21 error foreign-transport-type foreign {"type":"http","transport":"Streamable HTTP","host":"Roo Code"}',
      '"http" is used by most hosts; Roo Code does not know it and refuses the whole file ("Server type must be \'stdio\', \'sse\', or \'streamable-http\'"): write "type": "streamable-http".'
    ],
    [
      'opencode.json',
      remote('http', 'mcp'),
      '4:15-4:21 error foreign-transport-type foreign {"type":"http","transport":"Streamable HTTP","host":"opencode"}',
      '"http" is used by most hosts; opencode does not know it and refuses the whole config: write "type": "remote".'
    ],
    [
      'opencode.json',
      local('stdio', 'mcp'),
      '4:15-4:22 error foreign-transport-type foreign {"type":"stdio","transport":"a local (stdio) server","host":"opencode"}',
      '"stdio" is used by most hosts; opencode does not know it and refuses the whole config: write "type": "local".'
    ],
    [
      '.vscode/mcp.json',
      remote('streamable-http', 'servers'),
      '4:15-4:32 warning foreign-transport-type foreign {"type":"streamable-http","transport":"Streamable HTTP","host":"VS Code"}',
      '"streamable-http" is used by Claude Code, Cursor, Roo Code, Continue, Kilo Code and MCP Registry; VS Code does not know it and reads the entry by its keys instead (a "command" starts a process, a "url" is Streamable HTTP with an SSE fallback), while its editor marks the value as invalid: write "type": "http".'
    ],
    [
      '.vscode/mcp.json',
      local('local', 'servers'),
      '4:15-4:22 warning foreign-transport-type foreign {"type":"local","transport":"a local (stdio) server","host":"VS Code"}',
      '"local" is used by opencode, GitHub Copilot and Kilo; VS Code does not know it and reads the entry by its keys instead (a "command" starts a process, a "url" is Streamable HTTP with an SSE fallback), while its editor marks the value as invalid: write "type": "stdio".'
    ],
    [
      '.gemini/settings.json',
      remote('streamable-http'),
      '4:15-4:32 warning foreign-transport-type foreign {"type":"streamable-http","transport":"Streamable HTTP","host":"Gemini CLI"}',
      '"streamable-http" is used by Claude Code, Cursor, Roo Code, Continue, Kilo Code and MCP Registry; Gemini CLI does not know it and warns that settings.json is invalid, then connects to a "url" with Streamable HTTP and no SSE fallback: write "type": "http".'
    ],
    [
      '.github/mcp.json',
      remote('remote'),
      '4:15-4:23 error foreign-transport-type foreign {"type":"remote","transport":"Streamable HTTP","host":"GitHub Copilot"}',
      '"remote" is used by opencode and Kilo; GitHub Copilot does not know it and cannot load the server: write "type": "http".'
    ],
    [
      '.continue/mcpServers/api.json',
      remote('streamable-http'),
      '4:15-4:32 error foreign-transport-type foreign {"type":"streamable-http","transport":"Streamable HTTP","host":"Continue"}',
      '"streamable-http" is used by Claude Code, Cursor, Roo Code, Kilo Code and MCP Registry; Continue does not know it and skips the whole file ("doesn\'t match a supported MCP JSON configuration format"): write "type": "http".'
    ],
    [
      '.amazonq/mcp.json',
      remote('sse'),
      '4:15-4:20 error foreign-transport-type foreign {"type":"sse","transport":"the legacy SSE transport","host":"Amazon Q"}',
      '"sse" is used by most hosts; Amazon Q does not know it and fails to read the file: Amazon Q has no SSE transport: use "stdio" or "http".'
    ],
    [
      '.cursor/mcp.json',
      remote('ws'),
      '4:15-4:19 error foreign-transport-type foreign {"type":"ws","transport":"WebSocket","host":"Cursor"}',
      '"ws" is used by Claude Code; Cursor does not know it and cannot load the server: Cursor has no WebSocket transport: use "stdio", "sse", "http" or "streamable-http".'
    ],
    [
      'claude_desktop_config.json',
      local('local'),
      '4:15-4:22 error foreign-transport-type foreign {"type":"local","transport":"a local (stdio) server","host":"Claude Desktop"}',
      '"local" is used by opencode, GitHub Copilot and Kilo; Claude Desktop does not know it and skips the server: write "type": "stdio".'
    ]
  ])("reports %s with the host's own spelling (case %#)", (path, text, expected, help) => {
    expect(findings(path, text)).toEqual([expected])
    expect(ruleDiagnostics(ID, path, text)[0].help).toBe(help)
  })

  it("uses Continue's YAML spelling in a YAML block", () => {
    const text = [
      'name: docs',
      'version: 0.0.1',
      'schema: v1',
      'mcpServers:',
      '  - name: docs',
      '    type: http',
      '    url: https://mcp.example.com/mcp',
      ''
    ].join('\n')
    expect(findings('.continue/mcpServers/docs.yaml', text)).toEqual([
      '6:11-6:15 error foreign-transport-type foreign {"type":"http","transport":"Streamable HTTP","host":"Continue"}'
    ])
    expect(ruleDiagnostics(ID, '.continue/mcpServers/docs.yaml', text)[0].help).toBe(
      '"http" is used by most hosts; Continue does not know it and skips the whole block, with every server in it: write "type": "streamable-http".'
    )
  })

  it("reports a server in the array form of a plugin's mcpServers", () => {
    const text = json({
      name: 'docs',
      mcpServers: [{ docs: { type: 'streamableHttp', url: 'https://mcp.example.com/mcp' } }]
    })
    expect(findings('.claude-plugin/plugin.json', text)).toEqual([
      '6:17-6:33 error foreign-transport-type foreign {"type":"streamableHttp","transport":"Streamable HTTP","host":"Claude Code"}'
    ])
  })

  it("leaves a value no host uses to the schema's enum error", () => {
    expect(findings('.mcp.json', remote('htp')).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      '4:15-4:20 error schema-enum'
    ])
  })

  it('leaves a remote type in Claude Desktop to stdio-only-host', () => {
    expect(
      lintText('claude_desktop_config.json', remote('streamableHttp'))
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.ruleId)
    ).toEqual(['stdio-only-host'])
  })

  it.each([
    ['"streamable-http" in Claude Code (an alias of http)', '.mcp.json', remote('streamable-http')],
    ['"streamable-http" in Roo Code', '.roo/mcp.json', remote('streamable-http')],
    ['"streamable-http" in Cursor', '.cursor/mcp.json', remote('streamable-http')],
    ['"local" in GitHub Copilot', '.github/mcp.json', local('local')],
    ['"remote" in opencode', 'opencode.json', remote('remote', 'mcp')],
    ['a type in Kiro, which ignores it', '.kiro/settings/mcp.json', remote('streamableHttp')]
  ])('is silent on %s', (_label, path, text) => {
    expect(ruleDiagnostics(ID, path, text)).toEqual([])
  })

  it("warns, in place of the schema's error, about a type no host uses where the host still loads the entry", () => {
    expect(findings('.vscode/mcp.json', remote('websocket', 'servers'))).toEqual([
      '4:15-4:26 warning foreign-transport-type unknown {"type":"websocket","host":"VS Code"}'
    ])
    expect(ruleDiagnostics(ID, '.vscode/mcp.json', remote('websocket', 'servers'))[0].help).toBe(
      'VS Code does not know it and reads the entry by its keys instead (a "command" starts a process, a "url" is Streamable HTTP with an SSE fallback), while its editor marks the value as invalid: write "stdio", "http" or "sse".'
    )
    expect(findings('.gemini/settings.json', remote('websocket'))).toEqual([
      '4:15-4:26 warning foreign-transport-type unknown {"type":"websocket","host":"Gemini CLI"}'
    ])
    // Claude Code skips such a server: the schema's error stands.
    expect(findings('.mcp.json', remote('websocket'))).toEqual([
      '4:15-4:26 error schema-enum "mcpServers.api.type" is "websocket", but Claude Code accepts only one of "stdio", "http", "streamable-http", "sse", "ws"'
    ])
  })
})
