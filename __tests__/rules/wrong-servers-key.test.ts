import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'wrong-servers-key'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const GITHUB = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'] }
const MEMORY = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] }

/** This rule's findings and the adapters' unknown-key findings, which it replaces at the same key. */
function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID || d.ruleId === 'schema-unknown-key')
    .map(describeDiagnostic)
}

describe('wrong-servers-key', () => {
  it('reports VS Code\'s "servers" in Cursor at the key, in place of the adapter\'s unknown-key error', () => {
    expect(findings('.cursor/mcp.json', json({ servers: { github: GITHUB, memory: MEMORY } }))).toEqual([
      '2:3-2:12 error wrong-servers-key "servers" is VS Code\'s key; Cursor reads servers only from "mcpServers", so the 2 servers under it ("github" and "memory") are never started: rename the key to "mcpServers"'
    ])
  })

  it('says "move" when the right key is there too', () => {
    expect(findings('.roo/mcp.json', json({ mcpServers: { memory: MEMORY }, servers: { github: GITHUB } }))).toEqual([
      '11:3-11:12 error wrong-servers-key "servers" is VS Code\'s key; Roo Code reads servers only from "mcpServers", so the 1 server under it ("github") is never started: move it into "mcpServers"'
    ])
  })

  it('reports "mcpServers" in VS Code, and only warns about an empty map', () => {
    expect(findings('.vscode/mcp.json', json({ mcpServers: { a: GITHUB, b: MEMORY, c: GITHUB, d: MEMORY } }))).toEqual([
      '2:3-2:15 error wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; VS Code reads servers only from "servers", so the 4 servers under it ("a", "b", "c", ...) are never started: rename the key to "servers"'
    ])
    expect(findings('.vscode/mcp.json', json({ servers: { github: GITHUB }, mcpServers: {} }))).toEqual([
      '11:3-11:15 warning wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; VS Code reads servers only from "servers" and ignores this empty map: rename it to "servers" or remove it'
    ])
    expect(findings('.vscode/settings.json', json({ mcp: { mcpServers: { github: GITHUB } } }))).toEqual([
      '3:5-3:17 error wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; VS Code reads servers only from "servers", so the 1 server under it ("github") is never started: rename the key to "servers"'
    ])
  })

  it('reports the key in Claude Code, whose adapter otherwise takes "servers" for a bare map\'s server', () => {
    const { diagnostics } = lintText('.mcp.json', json({ servers: { github: GITHUB } }))
    expect(diagnostics.filter((d) => d.ruleId === ID).map(describeDiagnostic)).toEqual([
      '2:3-2:12 error wrong-servers-key "servers" is VS Code\'s key; Claude Code reads servers only from "mcpServers", so the 1 server under it ("github") is never started: rename the key to "mcpServers"'
    ])
    // The schema's "missing command" for a server named "servers" is gone.
    expect(diagnostics.filter((d) => d.line === 2 && d.ruleId !== ID)).toEqual([])
  })

  it('reports a plugin.json whose servers sit under "servers"', () => {
    expect(findings('.claude-plugin/plugin.json', json({ name: 'github', servers: { github: GITHUB } }))).toEqual([
      '3:3-3:12 error wrong-servers-key "servers" is VS Code\'s key; Claude Code reads servers only from "mcpServers", so the 1 server under it ("github") is never started: rename the key to "mcpServers"'
    ])
  })

  it.each([
    [
      '.zed/settings.json',
      json({ mcpServers: { github: GITHUB } }),
      '2:3-2:15 error wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; Zed reads servers only from "context_servers", so the 1 server under it ("github") is never started: rename the key to "context_servers"'
    ],
    [
      'opencode.json',
      json({ mcpServers: { github: GITHUB } }),
      '2:3-2:15 error wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; opencode reads servers only from "mcp", so the 1 server under it ("github") is never started: rename the key to "mcp"'
    ],
    [
      '.gemini/settings.json',
      json({ servers: { github: GITHUB } }),
      '2:3-2:12 error wrong-servers-key "servers" is VS Code\'s key; Gemini CLI reads servers only from "mcpServers", so the 1 server under it ("github") is never started: rename the key to "mcpServers"'
    ],
    [
      '.cursor/mcp.json',
      json({ context_servers: { github: GITHUB } }),
      '2:3-2:20 error wrong-servers-key "context_servers" is Zed\'s key; Cursor reads servers only from "mcpServers", so the 1 server under it ("github") is never started: rename the key to "mcpServers"'
    ],
    [
      '.codex/config.toml',
      '[mcpServers.github]\ncommand = "npx"\n',
      '1:2-1:12 error wrong-servers-key "mcpServers" is the key of Claude Code and most other hosts; Codex reads servers only from "mcp_servers", so the 1 server under it ("github") is never started: rename the key to "mcp_servers"'
    ],
    [
      '.continue/mcpServers/github.yaml',
      'name: github\nversion: 0.0.1\nschema: v1\nservers:\n  - name: github\n    command: npx\n',
      '4:1-4:8 error wrong-servers-key "servers" is VS Code\'s key; Continue reads servers only from "mcpServers", so the 1 server under it ("github") is never started: rename the key to "mcpServers"'
    ]
  ])('reports %s', (path, text, expected) => {
    expect(
      lintText(path, text)
        .diagnostics.filter((d) => d.ruleId === ID)
        .map(describeDiagnostic)
    ).toEqual([expected])
  })

  it.each([
    [
      'Gemini\'s own "mcp" policy object',
      '.gemini/settings.json',
      json({ mcp: { allowed: ['github'] }, mcpServers: { github: GITHUB } })
    ],
    [
      'a "servers" setting that holds no servers',
      '.gemini/settings.json',
      json({ servers: { port: 8080 }, mcpServers: { github: GITHUB } })
    ],
    ['the right key', '.cursor/mcp.json', json({ mcpServers: { github: GITHUB } })],
    ["VS Code's right key", '.vscode/mcp.json', json({ servers: { github: GITHUB } })],
    [
      'Claude Code settings (servers-in-claude-settings reports them)',
      '.claude/settings.json',
      json({ mcpServers: { github: GITHUB } })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(lintText(path, text).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
  })
})
