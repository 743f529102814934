import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'mcp-json-in-claude-dir'
const TEXT = JSON.stringify(
  { mcpServers: { memory: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] } } },
  null,
  2
)

const findings = (path: string, exists: (p: string) => boolean = () => false): string[] =>
  ruleFindings(ID, path, TEXT, { exists })

describe('mcp-json-in-claude-dir', () => {
  it('reports .claude/.mcp.json at the start of the file, with where it belongs', () => {
    expect(findings('.claude/.mcp.json')).toEqual([
      '1:1-1:2 error mcp-json-in-claude-dir notRead {"host":"Claude Code","path":".claude/.mcp.json","target":".mcp.json"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.claude/.mcp.json', TEXT, { exists: () => false })
    expect(finding.message).toBe(
      'Claude Code does not read .claude/.mcp.json, so none of its servers starts; it belongs in .mcp.json'
    )
    expect(finding.help).toBe(
      'Claude Code does not read this file: it loads project servers only from .mcp.json at the project root; move it to .mcp.json.'
    )
    expect(findings('services/api/.claude/.mcp.json')).toEqual([
      '1:1-1:2 error mcp-json-in-claude-dir notRead {"host":"Claude Code","path":"services/api/.claude/.mcp.json","target":"services/api/.mcp.json"}'
    ])
  })

  it('asks to merge when the project already has a .mcp.json', () => {
    expect(ruleDiagnostics(ID, '.claude/.mcp.json', TEXT, { exists: (p) => p === '.mcp.json' })[0].help).toBe(
      'Claude Code does not read this file: it loads project servers only from .mcp.json at the project root; merge its servers into the existing .mcp.json.'
    )
  })

  it.each(['.mcp.json', 'services/api/.mcp.json', 'plugins/memory/.mcp.json', '.claude-plugin/.mcp.json'])(
    'is silent on %s',
    (path) => {
      expect(findings(path)).toEqual([])
    }
  )
})
