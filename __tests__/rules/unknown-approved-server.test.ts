import { repoRuleDiagnostics, repoRuleFindings } from '../helpers/lint.js'
import type { Diagnostic } from '../../src/types.js'

const ID = 'unknown-approved-server'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const SERVER = { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory@2025.4.25'] }

const diagnostics = (files: Record<string, string>, paths = ['.']): Promise<Diagnostic[]> =>
  repoRuleDiagnostics(ID, files, paths)
const findings = (files: Record<string, string>, paths = ['.']): Promise<string[]> => repoRuleFindings(ID, files, paths)

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
      '.claude/settings.json 4:5-4:12 warning unknown-approved-server unknown {"key":"enabledMcpjsonServers","does":"approves","name":"githb","file":".mcp.json"}',
      '.claude/settings.json 7:5-7:15 warning unknown-approved-server unknown {"key":"disabledMcpjsonServers","does":"rejects","name":"postgres","file":".mcp.json"}'
    ])
    expect((await diagnostics(files)).map((d) => [d.message, d.help])).toEqual([
      [
        '"enabledMcpjsonServers" approves "githb", but .mcp.json defines no server of that name',
        'The approval has no effect (a typo, or a server renamed or removed since); did you mean "github"?'
      ],
      [
        '"disabledMcpjsonServers" rejects "postgres", but .mcp.json defines no server of that name',
        'The entry does nothing (a typo, or a server renamed or removed since); the servers it defines are "github" and "memory".'
      ]
    ])
  })

  it("pairs settings.local.json in a subfolder with that folder's .mcp.json", async () => {
    const files = {
      '.mcp.json': json({ mcpServers: { root: SERVER } }),
      'app/.mcp.json': json({ mcpServers: { memory: SERVER } }),
      'app/.claude/settings.local.json': json({ enabledMcpjsonServers: ['memory', 'root'] })
    }
    expect(await findings(files)).toEqual([
      'app/.claude/settings.local.json 4:5-4:11 warning unknown-approved-server unknown {"key":"enabledMcpjsonServers","does":"approves","name":"root","file":"app/.mcp.json"}'
    ])
    expect((await diagnostics(files)).map((d) => d.help)).toEqual([
      'The approval has no effect (a typo, or a server renamed or removed since); the only server it defines is "memory".'
    ])
  })

  it('gives one notice when the project has no .mcp.json at all', async () => {
    const files = { '.claude/settings.json': json({ enabledMcpjsonServers: ['memory'] }) }
    expect(await findings(files)).toEqual([
      '.claude/settings.json 2:3-2:26 notice unknown-approved-server noFile {"key":"enabledMcpjsonServers","does":"approves","file":".mcp.json"}'
    ])
    expect((await diagnostics(files)).map((d) => [d.message, d.help])).toEqual([
      [
        '"enabledMcpjsonServers" approves nothing: there is no .mcp.json',
        '"enabledMcpjsonServers" names servers of the project\'s .mcp.json; add the servers to .mcp.json, or remove "enabledMcpjsonServers".'
      ]
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
  it('reports a Cursor CLI grant whose server is a near miss of one in .cursor/mcp.json, with a did-you-mean', async () => {
    const files = {
      '.cursor/mcp.json': json({ mcpServers: { github: SERVER, memory: SERVER } }),
      '.cursor/cli.json': json({
        permissions: {
          allow: ['Mcp(githb:*)', 'Mcp(github:search)', 'Mcp(memroy:read_graph)', 'Mcp(git*:*)', 'Mcp(*:*)']
        }
      })
    }
    expect(await findings(files)).toEqual([
      '.cursor/cli.json 4:7-4:21 warning unknown-approved-server unknownGrant {"grant":"Mcp(githb:*)","name":"githb","file":".cursor/mcp.json"}',
      '.cursor/cli.json 6:7-6:31 warning unknown-approved-server unknownGrant {"grant":"Mcp(memroy:read_graph)","name":"memroy","file":".cursor/mcp.json"}'
    ])
    expect((await diagnostics(files)).map((d) => [d.message, d.help])[0]).toEqual([
      '"Mcp(githb:*)" names "githb", but .cursor/mcp.json defines no server of that name',
      'The grant approves nothing unless each user defines "githb" in ~/.cursor/mcp.json; did you mean "github"?'
    ])
  })

  it("leaves Cursor CLI grants of other servers alone: each user's own ~/.cursor/mcp.json may define them", async () => {
    // Unlike any defined name, or differing only in case, "-" or "_": maybe a user's server, maybe the same one.
    const grants = json({ permissions: { allow: ['Mcp(datadog:*)', 'Mcp(GitHub:search)', 'Mcp(my_db:*)'] } })
    expect(
      await findings({
        '.cursor/mcp.json': json({ mcpServers: { github: SERVER, 'my-db': SERVER } }),
        '.cursor/cli.json': grants
      })
    ).toEqual([])
    // No project file: every server is a user's own.
    expect(await findings({ '.cursor/cli.json': json({ permissions: { allow: ['Mcp(githb:*)'] } }) })).toEqual([])
  })
})
