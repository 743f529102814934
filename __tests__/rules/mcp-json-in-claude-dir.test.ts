import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'mcp-json-in-claude-dir'
const TEXT = JSON.stringify(
  { mcpServers: { memory: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] } } },
  null,
  2
)

function findings(path: string, exists: (p: string) => boolean = () => false): string[] {
  return lintText(path, TEXT, { exists })
    .diagnostics.filter((d) => d.ruleId === ID)
    .map(describeDiagnostic)
}

describe('mcp-json-in-claude-dir', () => {
  it('reports .claude/.mcp.json at the start of the file, with where it belongs', () => {
    expect(findings('.claude/.mcp.json')).toEqual([
      '1:1-1:2 error mcp-json-in-claude-dir Claude Code does not read .claude/.mcp.json: it loads project servers only from .mcp.json at the project root, so none of these servers starts; move it to .mcp.json'
    ])
    expect(findings('services/api/.claude/.mcp.json')).toEqual([
      '1:1-1:2 error mcp-json-in-claude-dir Claude Code does not read services/api/.claude/.mcp.json: it loads project servers only from .mcp.json at the project root, so none of these servers starts; move it to services/api/.mcp.json'
    ])
  })

  it('asks to merge when the project already has a .mcp.json', () => {
    expect(findings('.claude/.mcp.json', (p) => p === '.mcp.json')).toEqual([
      '1:1-1:2 error mcp-json-in-claude-dir Claude Code does not read .claude/.mcp.json: it loads project servers only from .mcp.json at the project root, so none of these servers starts; merge its servers into the existing .mcp.json'
    ])
  })

  it.each(['.mcp.json', 'services/api/.mcp.json', 'plugins/memory/.mcp.json', '.claude-plugin/.mcp.json'])(
    'is silent on %s',
    (path) => {
      expect(findings(path)).toEqual([])
    }
  )
})
