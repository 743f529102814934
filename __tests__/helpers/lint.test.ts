import { asText, ruleDiagnostics, ruleFindings } from './lint.js'

describe('the shared rule-test helper', () => {
  const value = { mcpServers: { ctx: { command: 'npx', args: ['-y', '@upstash/context7-mcp'] } } }

  it('writes a value as pretty JSON and keeps text as given', () => {
    expect(asText(value)).toBe(JSON.stringify(value, null, 2))
    expect(asText('{}')).toBe('{}')
  })

  it("returns only the asked rule's findings, by position, severity, messageId and data", () => {
    expect(ruleFindings('unpinned-package', '.mcp.json', value)).toEqual([
      '7:9-7:32 warning unpinned-package noVersion {"kind":"npm package","name":"@upstash/context7-mcp","runner":"npx"}'
    ])
    expect(ruleDiagnostics('npx-without-yes', '.mcp.json', value)).toEqual([])
  })

  it('reads the file as the host of its path', () => {
    // The same servers under a key VS Code does not read are a wrong-servers-key finding there only.
    expect(ruleFindings('wrong-servers-key', '.vscode/mcp.json', value)).toHaveLength(1)
    expect(ruleFindings('wrong-servers-key', '.mcp.json', value)).toEqual([])
  })
})
