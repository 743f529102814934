import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'wrong-servers-key'
const GITHUB = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'] }
const MEMORY = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] }

/** The adapters' unknown-key findings, which this rule replaces at the same key. */
const unknownKeys = (path: string, content: unknown): string[] =>
  ruleDiagnostics('schema-unknown-key', path, content).map((d) => `${d.line}:${d.column}`)

describe('wrong-servers-key', () => {
  it('reports VS Code\'s "servers" in Cursor at the key, in place of the adapter\'s unknown-key error', () => {
    const content = { servers: { github: GITHUB, memory: MEMORY } }
    expect(ruleFindings(ID, '.cursor/mcp.json', content)).toEqual([
      '2:3-2:12 error wrong-servers-key wrongKey {"host":"Cursor","key":"servers","expected":"mcpServers"}'
    ])
    expect(unknownKeys('.cursor/mcp.json', content)).toEqual([])
    const [finding] = ruleDiagnostics(ID, '.cursor/mcp.json', content)
    expect(finding.message).toBe('Cursor starts no server under "servers": it reads servers only from "mcpServers"')
    expect(finding.help).toBe(
      '"servers" is VS Code\'s key; Cursor does not complain about it, so the 2 servers under it ("github" and "memory") are silently never started: rename the key to "mcpServers".'
    )
  })

  it('says "move" when the right key is there too', () => {
    const content = { mcpServers: { memory: MEMORY }, servers: { github: GITHUB } }
    expect(ruleFindings(ID, '.roo/mcp.json', content)).toEqual([
      '11:3-11:12 error wrong-servers-key wrongKey {"host":"Roo Code","key":"servers","expected":"mcpServers"}'
    ])
    expect(unknownKeys('.roo/mcp.json', content)).toEqual([])
    expect(ruleDiagnostics(ID, '.roo/mcp.json', content)[0].help).toBe(
      '"servers" is VS Code\'s key; Roo Code does not complain about it, so the 1 server under it ("github") is silently never started: move it into "mcpServers".'
    )
  })

  it('reports "mcpServers" in VS Code, and only warns about an empty map', () => {
    const four = { mcpServers: { a: GITHUB, b: MEMORY, c: GITHUB, d: MEMORY } }
    expect(ruleFindings(ID, '.vscode/mcp.json', four)).toEqual([
      '2:3-2:15 error wrong-servers-key wrongKey {"host":"VS Code","key":"mcpServers","expected":"servers"}'
    ])
    expect(ruleDiagnostics(ID, '.vscode/mcp.json', four)[0].help).toBe(
      '"mcpServers" is the key of Claude Code and most other hosts; VS Code does not complain about it, so the 4 servers under it ("a", "b", "c", ...) are silently never started: rename the key to "servers".'
    )
    const empty = { servers: { github: GITHUB }, mcpServers: {} }
    expect(ruleFindings(ID, '.vscode/mcp.json', empty)).toEqual([
      '11:3-11:15 warning wrong-servers-key emptyMap {"host":"VS Code","key":"mcpServers","expected":"servers"}'
    ])
    expect(ruleDiagnostics(ID, '.vscode/mcp.json', empty).map((d) => [d.message, d.help])).toEqual([
      [
        'VS Code ignores the empty "mcpServers" map: it reads servers only from "servers"',
        '"mcpServers" is the key of Claude Code and most other hosts; an empty map there loses nothing but reads as if servers could go in it: rename it to "servers" or remove it.'
      ]
    ])
    expect(ruleFindings(ID, '.vscode/settings.json', { mcp: { mcpServers: { github: GITHUB } } })).toEqual([
      '3:5-3:17 error wrong-servers-key wrongKey {"host":"VS Code","key":"mcpServers","expected":"servers"}'
    ])
  })

  it('reports the key in Claude Code, whose adapter otherwise takes "servers" for a bare map\'s server', () => {
    const { diagnostics } = lintText('.mcp.json', JSON.stringify({ servers: { github: GITHUB } }, null, 2))
    expect(ruleFindings(ID, '.mcp.json', { servers: { github: GITHUB } })).toEqual([
      '2:3-2:12 error wrong-servers-key wrongKey {"host":"Claude Code","key":"servers","expected":"mcpServers"}'
    ])
    // The schema's "missing command" for a server named "servers" is gone.
    expect(diagnostics.filter((d) => d.line === 2 && d.ruleId !== ID)).toEqual([])
  })

  it('reports a plugin.json whose servers sit under "servers"', () => {
    const content = { name: 'github', servers: { github: GITHUB } }
    expect(ruleFindings(ID, '.claude-plugin/plugin.json', content)).toEqual([
      '3:3-3:12 error wrong-servers-key wrongKey {"host":"Claude Code","key":"servers","expected":"mcpServers"}'
    ])
    expect(unknownKeys('.claude-plugin/plugin.json', content)).toEqual([])
  })

  it.each([
    [
      '.zed/settings.json',
      { mcpServers: { github: GITHUB } },
      '2:3-2:15 error wrong-servers-key wrongKey {"host":"Zed","key":"mcpServers","expected":"context_servers"}'
    ],
    [
      'opencode.json',
      { mcpServers: { github: GITHUB } },
      '2:3-2:15 error wrong-servers-key wrongKey {"host":"opencode","key":"mcpServers","expected":"mcp"}'
    ],
    [
      '.gemini/settings.json',
      { servers: { github: GITHUB } },
      '2:3-2:12 error wrong-servers-key wrongKey {"host":"Gemini CLI","key":"servers","expected":"mcpServers"}'
    ],
    [
      '.cursor/mcp.json',
      { context_servers: { github: GITHUB } },
      '2:3-2:20 error wrong-servers-key wrongKey {"host":"Cursor","key":"context_servers","expected":"mcpServers"}'
    ],
    [
      '.codex/config.toml',
      '[mcpServers.github]\ncommand = "npx"\n',
      '1:2-1:12 error wrong-servers-key wrongKey {"host":"Codex","key":"mcpServers","expected":"mcp_servers"}'
    ],
    [
      '.continue/mcpServers/github.yaml',
      'name: github\nversion: 0.0.1\nschema: v1\nservers:\n  - name: github\n    command: npx\n',
      '4:1-4:8 error wrong-servers-key wrongKey {"host":"Continue","key":"servers","expected":"mcpServers"}'
    ]
  ])('reports %s', (path, content, expected) => {
    expect(ruleFindings(ID, path, content)).toEqual([expected])
  })

  it.each([
    [
      'Gemini\'s own "mcp" policy object',
      '.gemini/settings.json',
      { mcp: { allowed: ['github'] }, mcpServers: { github: GITHUB } }
    ],
    [
      'a "servers" setting that holds no servers',
      '.gemini/settings.json',
      { servers: { port: 8080 }, mcpServers: { github: GITHUB } }
    ],
    ['the right key', '.cursor/mcp.json', { mcpServers: { github: GITHUB } }],
    ["VS Code's right key", '.vscode/mcp.json', { servers: { github: GITHUB } }],
    [
      'Claude Code settings (servers-in-claude-settings reports them)',
      '.claude/settings.json',
      { mcpServers: { github: GITHUB } }
    ]
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
