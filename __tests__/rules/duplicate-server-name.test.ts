import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const only = (path: string, text: string): string[] => ruleFindings('duplicate-server-name', path, text)

describe('duplicate-server-name', () => {
  it("explains a repeated server key in JSON instead of the parser's duplicate-key, at the same place", () => {
    const text =
      '{\n  "mcpServers": {\n    "github": { "command": "gh-mcp" },\n    "github": { "type": "http", "url": "https://api.githubcopilot.com/mcp/" }\n  }\n}\n'
    const { diagnostics } = lintText('.mcp.json', text)
    expect(
      diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId}`)
    ).toEqual(['4:5-4:13 error duplicate-server-name'])
    expect([diagnostics[0].messageId, diagnostics[0].data]).toEqual([
      'repeated',
      { name: 'github', map: '"mcpServers"', host: 'Claude Code' }
    ])
    expect(diagnostics[0].message).toBe(
      'server "github" is defined twice in "mcpServers", and Claude Code keeps only the last definition'
    )
    expect(diagnostics[0].help).toBe(
      'The first definition is on line 3; Claude Code keeps only this last definition and silently drops the earlier one; remove one, or rename it if both are needed.'
    )
    expect(diagnostics[0].server).toBe('github')
  })

  it('reports every repeat against the first definition (its line in help, not in data)', () => {
    const text = '{"mcpServers": {\n"a": {"command": "x"},\n"a": {"command": "y"},\n"a": {"command": "z"}\n}}\n'
    expect(only('.cursor/mcp.json', text)).toEqual([
      '3:1-3:4 error duplicate-server-name repeated {"name":"a","map":"\\"mcpServers\\"","host":"Cursor"}',
      '4:1-4:4 error duplicate-server-name repeated {"name":"a","map":"\\"mcpServers\\"","host":"Cursor"}'
    ])
    expect(
      ruleDiagnostics('duplicate-server-name', '.cursor/mcp.json', text).map(
        (d) => /on line \d+/.exec(d.help ?? '')?.[0]
      )
    ).toEqual(['on line 2', 'on line 2'])
  })

  it('leaves duplicate keys that are not server names to duplicate-key', () => {
    const text = '{"mcpServers": {"a": {"command": "x", "env": {"K": "1", "K": "2"}}}}'
    expect(lintText('.cursor/mcp.json', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      '1:57 duplicate-key'
    ])
  })

  it("says YAML refuses repeated keys, in a Copilot agent profile's front matter", () => {
    const text =
      '---\nname: dev\nmcp-servers:\n  docs:\n    type: http\n    url: https://docs.acme.io/mcp\n    tools: ["*"]\n  docs:\n    type: http\n    url: https://docs2.acme.io/mcp\n    tools: ["*"]\n---\nBody\n'
    expect(only('.github/agents/dev.agent.md', text)).toEqual([
      '8:3-8:7 error duplicate-server-name repeatedYaml {"name":"docs","map":"\\"mcp-servers\\"","host":"GitHub Copilot custom agent"}'
    ])
    expect(ruleDiagnostics('duplicate-server-name', '.github/agents/dev.agent.md', text)[0].help).toBe(
      'The first definition is on line 4; YAML does not allow a key twice, so GitHub Copilot custom agent either refuses the file or keeps only one of them; remove one, or rename it if both are needed.'
    )
  })

  it("reports a repeated name in Continue's mcpServers list", () => {
    const text =
      'name: tools\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: search\n    command: search-mcp\n  - name: search\n    url: https://search.acme.io/mcp\n'
    expect(only('.continue/mcpServers/tools.yaml', text)).toEqual([
      '7:11-7:17 error duplicate-server-name repeatedName {"name":"search","list":"\\"mcpServers\\"","host":"Continue"}'
    ])
    expect(ruleDiagnostics('duplicate-server-name', '.continue/mcpServers/tools.yaml', text)[0].help).toBe(
      'The first is on line 5; Continue identifies a server by its name, so the two entries clash and only one of them is kept; give each server its own name.'
    )
  })

  it("warns about a copy under the key the host ignores (VS Code's servers in a Cursor file, and the reverse)", () => {
    const cursor = JSON.stringify(
      {
        mcpServers: { github: { command: 'gh-mcp' } },
        servers: { github: { command: 'gh-mcp' }, other: { command: 'o' } }
      },
      null,
      2
    )
    expect(only('.cursor/mcp.json', cursor)).toEqual([
      '8:5-8:13 warning duplicate-server-name ignoredCopy {"name":"github","ignoredKey":"servers","readKey":"mcpServers","host":"Cursor"}'
    ])
    expect(ruleDiagnostics('duplicate-server-name', '.cursor/mcp.json', cursor)[0].help).toBe(
      'The copy Cursor reads is "mcpServers.github", on line 3; a change made to this one has no effect (and moving it would define the server twice): delete it.'
    )
    const vscode = JSON.stringify(
      { servers: { github: { command: 'gh-mcp' } }, mcpServers: { github: { command: 'gh-mcp' } } },
      null,
      2
    )
    expect(only('.vscode/mcp.json', vscode)).toEqual([
      '8:5-8:13 warning duplicate-server-name ignoredCopy {"name":"github","ignoredKey":"mcpServers","readKey":"servers","host":"VS Code"}'
    ])
  })

  it('notes names that differ only in case', () => {
    const text = JSON.stringify(
      { mcpServers: { github: { command: 'gh-mcp' }, GitHub: { command: 'gh-mcp' } } },
      null,
      2
    )
    expect(only('.mcp.json', text)).toEqual([
      '6:5-6:13 notice duplicate-server-name caseVariant {"name":"GitHub","other":"github","host":"Claude Code"}'
    ])
    expect(ruleDiagnostics('duplicate-server-name', '.mcp.json', text)[0].help).toBe(
      '"github" is on line 3. Claude Code treats them as two servers, so if they are the same one it runs twice and offers every tool twice; keep one of them.'
    )
  })

  it('is silent on distinct names', () => {
    expect(only('.mcp.json', JSON.stringify({ mcpServers: { a: { command: 'a' }, b: { command: 'b' } } }))).toEqual([])
    expect(
      only(
        '.continue/mcpServers/t.yaml',
        'name: t\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: a\n    command: a\n  - name: b\n    command: b\n'
      )
    ).toEqual([])
  })
})
