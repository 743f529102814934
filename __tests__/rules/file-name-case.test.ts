import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { hostsForPath, mayBeHostFileName } from '../../src/hosts/index.js'
import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'file-name-case'
const SERVERS = {
  mcpServers: { memory: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] } }
}
const TOKEN = 'ghp_R4nd0mT0k3nV4lu3Xq9Zt7LmK2pW8sJ5vB3nQ1'

describe('file-name-case', () => {
  it("reports a config whose path differs from its host's only in letter case, and checks it as that host", () => {
    expect(ruleFindings(ID, '.MCP.json', SERVERS)).toEqual([
      '1:1-1:2 warning file-name-case caseDiffers {"host":"Claude Code","path":".MCP.json","expected":".mcp.json"}'
    ])
    const [finding] = ruleDiagnostics(ID, 'apps/web/.Cursor/MCP.JSON', SERVERS)
    expect(finding.message).toBe(
      'Cursor reads apps/web/.Cursor/MCP.JSON as .cursor/mcp.json only where file names ignore letter case (macOS and Windows by default), not on Linux'
    )
    expect(ruleFindings(ID, '.amazonq/CLI-agents/dev.JSON', { mcpServers: {} })).toEqual([
      '1:1-1:2 warning file-name-case caseDiffers {"host":"Amazon Q","path":".amazonq/CLI-agents/dev.JSON","expected":".amazonq/cli-agents/*.json"}'
    ])
    // A path without capitals, where the pattern has its own (`.continue/mcpServers/`).
    expect(ruleFindings(ID, '.continue/mcpservers/a.yaml', 'mcpServers:\n  - name: m\n    command: node\n')).toEqual([
      '1:1-1:12 warning file-name-case caseDiffers {"host":"Continue","path":".continue/mcpservers/a.yaml","expected":".continue/mcpServers/**/*.yaml"}'
    ])
    // Checked as the host reads it: its other findings too.
    const text = JSON.stringify({ mcpServers: { x: { command: 'node', env: { TOKEN } } } })
    expect(ruleDiagnostics('hardcoded-secret', '.VSCode/mcp.json', text.replace('mcpServers', 'servers'))).toHaveLength(
      1
    )
  })

  it('matches regardless of case only where the name or folders a host reads are there in another case', () => {
    expect(hostsForPath('.continue/mcpservers/a.yaml').map((host) => host.id)).toEqual(['continue'])
    expect(hostsForPath('Agents/X.Agent.MD').map((host) => host.id)).toEqual(['copilot-agent'])
    // The Kelvin sign (macOS folds it to k) and the long s (Windows takes it for S).
    expect(hostsForPath('.\u212Airo/settings/mcp.json').map((host) => host.id)).toEqual(['kiro'])
    expect(hostsForPath('.amazonq/cli-agent\u017F/x.json').map((host) => host.id)).toEqual(['amazonq'])
    expect(hostsForPath('.mcp.j\u017Fon').map((host) => host.id)).toEqual(['claude-code'])
    expect(mayBeHostFileName('.mcp.j\u017Fon')).toBe(true)
    for (const path of ['src/Components/package.json', 'Data.JSON', 'docs/MCP.md', '.continue/Other/a.yaml'])
      expect([path, hostsForPath(path)]).toEqual([path, []])
    expect(['.MCP.json', 'index.ts', 'CONFIG.toml', 'README.MD'].filter(mayBeHostFileName)).toEqual([
      '.MCP.json',
      'CONFIG.toml'
    ])
  })

  it.each(['.mcp.json', 'services/api/.mcp.json', '.cursor/mcp.json', '.continue/mcpServers/a.yaml'])(
    'is silent on %s, written as its host reads it',
    (file) => {
      expect(ruleFindings(ID, file, file.endsWith('.yaml') ? 'mcpServers: []\n' : SERVERS)).toEqual([])
    }
  )

  it('finds such files in a folder, next to a file of the right spelling too', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-case-'))
    mkdirSync(path.join(root, 'a'))
    writeFileSync(path.join(root, 'a', '.mcp.json'), JSON.stringify(SERVERS))
    writeFileSync(
      path.join(root, 'a', '.MCP.json'),
      JSON.stringify({ mcpServers: { x: { command: 'node', env: { TOKEN } } } })
    )
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => [f.path, f.host])).toEqual([
      ['a/.MCP.json', 'claude-code'],
      ['a/.mcp.json', 'claude-code']
    ])
    expect(report.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([
      ['a/.MCP.json', 'file-name-case'],
      ['a/.MCP.json', 'hardcoded-secret']
    ])
  })
})
