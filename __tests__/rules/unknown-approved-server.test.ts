import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { describeDiagnostic } from '../helpers/lint.js'

const ID = 'unknown-approved-server'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const SERVER = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] }

/** Lints a repository made of these files and returns this rule's findings as `file line:col-… message`. */
async function findings(files: Record<string, string>, paths = ['.']): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-approved-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), text)
  }
  const { report } = await lint({ paths, cwd: root })
  return report.diagnostics.filter((d) => d.ruleId === ID).map((d) => `${d.file} ${describeDiagnostic(d)}`)
}

describe('unknown-approved-server', () => {
  it('reports each name that .mcp.json does not define, at the name, with a did-you-mean', async () => {
    const files = {
      '.mcp.json': json({ mcpServers: { github: SERVER, memory: SERVER } }),
      '.claude/settings.json': json({
        enabledMcpjsonServers: ['github', 'githb'],
        disabledMcpjsonServers: ['postgres']
      })
    }
    expect(await findings(files)).toEqual([
      '.claude/settings.json 4:5-4:12 warning unknown-approved-server "enabledMcpjsonServers" approves "githb", but .mcp.json defines no server of that name, so the approval has no effect; did you mean "github"?',
      '.claude/settings.json 7:5-7:15 warning unknown-approved-server "disabledMcpjsonServers" rejects "postgres", but .mcp.json defines no server of that name, so the entry does nothing; the servers it defines are "github" and "memory"'
    ])
  })

  it("pairs settings.local.json in a subfolder with that folder's .mcp.json", async () => {
    const files = {
      '.mcp.json': json({ mcpServers: { root: SERVER } }),
      'app/.mcp.json': json({ mcpServers: { memory: SERVER } }),
      'app/.claude/settings.local.json': json({ enabledMcpjsonServers: ['memory', 'root'] })
    }
    expect(await findings(files)).toEqual([
      'app/.claude/settings.local.json 4:5-4:11 warning unknown-approved-server "enabledMcpjsonServers" approves "root", but app/.mcp.json defines no server of that name, so the approval has no effect; the only server it defines is "memory"'
    ])
  })

  it('gives one notice when the project has no .mcp.json at all', async () => {
    expect(await findings({ '.claude/settings.json': json({ enabledMcpjsonServers: ['memory'] }) })).toEqual([
      '.claude/settings.json 2:3-2:26 notice unknown-approved-server "enabledMcpjsonServers" names servers of the project\'s .mcp.json, but there is no .mcp.json, so it approves nothing; add the servers to .mcp.json, or remove "enabledMcpjsonServers"'
    ])
  })

  it('says nothing when .mcp.json exists but was not checked (here: only the settings file was named)', async () => {
    const files = {
      '.mcp.json': json({ mcpServers: { github: SERVER } }),
      '.claude/settings.json': json({ enabledMcpjsonServers: ['memory'] })
    }
    expect(await findings(files, ['.claude/settings.json'])).toEqual([])
  })

  it('is silent when every name is defined, and on empty lists', async () => {
    const files = {
      '.mcp.json': json({ mcpServers: { github: SERVER, memory: SERVER } }),
      '.claude/settings.json': json({ enabledMcpjsonServers: ['github'], disabledMcpjsonServers: ['memory'] }),
      'other/.claude/settings.json': json({ enabledMcpjsonServers: [], permissions: { allow: [] } })
    }
    expect(await findings(files)).toEqual([])
  })
})
