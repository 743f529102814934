import { lintText, ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'empty-url'

describe('empty-url', () => {
  it.each([
    ['.mcp.json', { mcpServers: { docs: { type: 'http', url: '' } } }, '5:14-5:16', 'Claude Code'],
    ['.mcp.json', { mcpServers: { docs: { type: 'sse', url: '' } } }, '5:14-5:16', 'Claude Code'],
    ['.vscode/mcp.json', { servers: { docs: { type: 'http', url: '' } } }, '5:14-5:16', 'VS Code'],
    ['.cursor/mcp.json', { mcpServers: { docs: { url: '' } } }, '4:14-4:16', 'Cursor'],
    ['.gemini/settings.json', { mcpServers: { docs: { httpUrl: '' } } }, '4:18-4:20', 'Gemini CLI'],
    ['.codex/config.toml', '[mcp_servers.docs]\nurl = ""\n', '2:7-2:9', 'Codex']
  ])('reports an empty url of a remote server in %s', (file, content, range, host) => {
    expect(ruleFindings(ID, file, content)).toEqual([
      `${range} error empty-url empty ${JSON.stringify({ server: 'docs', host })}`
    ])
  })

  it('is the one finding at that place (the schema would also call "" an invalid URL)', () => {
    const all = lintText('.codex/config.toml', '[mcp_servers.docs]\nurl = ""\n').diagnostics
    expect(all.map((d) => d.ruleId)).toEqual(['empty-url'])
  })

  it.each([
    // Amazon Q's generated stdio entries carry "url": "" beside the command that starts them.
    ['a stdio entry with an empty url', { mcpServers: { docs: { type: 'stdio', command: 'npx', url: '' } } }],
    ['a disabled stub', { mcpServers: { docs: { url: '', disabled: true } } }],
    ['a placeholder', { mcpServers: { docs: { url: '${DOCS_URL}' } } }],
    ['a url', { mcpServers: { docs: { url: 'https://mcp.example.com/mcp' } } }]
  ])('says nothing about %s', (_, content) => {
    expect(ruleFindings(ID, '.amazonq/mcp.json', content)).toEqual([])
  })

  it('explains the fix in the help', () => {
    const [finding] = ruleDiagnostics(ID, '.mcp.json', { mcpServers: { docs: { type: 'http', url: '' } } })
    expect(finding.message).toBe('server "docs" has an empty url, so Claude Code cannot connect to it')
    expect(finding.help).toContain('Write the server\'s endpoint (e.g. "https://mcp.example.com/mcp")')
  })
})
