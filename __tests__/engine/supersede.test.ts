import { lintText } from '../helpers/lint.js'

/** Every non-notice finding, in short form: one problem should give one message. */
function findings(file: string, text: string): string[] {
  return lintText(file, text)
    .diagnostics.filter((d) => d.severity !== 'notice')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)
}

describe('one problem, one message', () => {
  it('drops the schema error a rule explains at the same place', () => {
    expect(findings('.mcp.json', '{"mcpServers":{\n "a": {"url": "https://x.dev/mcp"}\n}}')).toEqual([
      '2:2 error url-without-type'
    ])
  })

  it('drops the unknown-key warnings inside an entry a rule rejects as a whole', () => {
    expect(
      findings(
        '.cursor/mcp.json',
        '{"mcpServers":{\n "a": {"transport": {"type":"http","url":"https://x.dev/mcp"}}\n}}'
      )
    ).toEqual(['2:2 error nested-transport'])
    expect(
      findings('claude_desktop_config.json', '{"mcpServers":{\n "b": {"type": "http", "url":"https://x.dev/mcp"}\n}}')
    ).toEqual(['2:16 error stdio-only-host'])
  })

  it('drops the file-level "missing mcpServers" when the servers sit under another host\'s key', () => {
    expect(findings('.mcp.json', '{"servers":{\n "c": {"command":"node", "args": ["x.js"]}\n}}')).toEqual([
      '1:2 error wrong-servers-key'
    ])
  })

  it('keeps unrelated findings about the same server', () => {
    expect(findings('.mcp.json', '{"mcpServers":{\n "a": {"url": "https://x.dev/mcp", "args": [1]}\n}}')).toEqual([
      '2:2 error url-without-type',
      '2:45 error schema-type'
    ])
  })
})
