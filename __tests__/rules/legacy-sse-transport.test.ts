import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'legacy-sse-transport'
const SSE = 'https://mcp.example.com/sse'

describe('legacy-sse-transport', () => {
  it.each([
    ['.mcp.json', { mcpServers: { docs: { type: 'sse', url: SSE } } }, '4:15-4:20', 'sse'],
    ['.roo/mcp.json', { mcpServers: { docs: { type: 'sse', url: SSE } } }, '4:15-4:20', 'sse']
  ])('notes an explicit SSE type in %s, at the type', (file, content, range, type) => {
    expect(ruleFindings(ID, file, content)).toEqual([
      `${range} notice legacy-sse-transport legacy ${JSON.stringify({ server: 'docs', type })}`
    ])
  })

  it.each([
    ['Streamable HTTP', '.mcp.json', { mcpServers: { docs: { type: 'http', url: 'https://mcp.example.com/mcp' } } }],
    ['a typeless /sse url (sse-url-without-type has it)', '.cursor/mcp.json', { mcpServers: { docs: { url: SSE } } }],
    ['a disabled server', '.roo/mcp.json', { mcpServers: { docs: { type: 'sse', url: SSE, disabled: true } } }],
    [
      'VS Code\'s "sse", which it reads as "http" (Streamable HTTP first, then SSE)',
      '.vscode/mcp.json',
      { servers: { docs: { type: 'sse', url: SSE } } }
    ],
    ['a stdio server', '.mcp.json', { mcpServers: { docs: { command: 'npx', args: ['-y', 'docs-mcp'] } } }]
  ])('says nothing about %s', (_, file, content) => {
    expect(ruleFindings(ID, file, content)).toEqual([])
  })

  it("names the host's own spelling of the replacement in the help", () => {
    const [finding] = ruleDiagnostics(ID, '.mcp.json', { mcpServers: { docs: { type: 'sse', url: SSE } } })
    expect(finding.message).toBe('server "docs" uses the deprecated SSE transport ("sse")')
    expect(finding.help).toContain('point the url there with "type": "http"')
    const [roo] = ruleDiagnostics(ID, '.roo/mcp.json', { mcpServers: { docs: { type: 'sse', url: SSE } } })
    expect(roo.help).toContain('"type": "streamable-http"')
  })
})
