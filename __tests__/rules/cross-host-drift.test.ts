import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { aboveDotFolder as projectRoot } from '../../src/hosts/profile.js'
import { canonical } from '../../src/rules/cross-host-drift.js'
import { ALL_RULES } from '../helpers/lint.js'

const TAIL =
  'so it behaves differently depending on the editor; make the definitions match, or give them different names if they are meant to differ'

/** Lints a set of files written into a fresh repository and returns this rule's findings as lines. */
async function drift(files: Record<string, unknown>): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-drift-'))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  const { report } = await lint({ paths: ['.'], cwd: root, settings: ALL_RULES })
  return report.diagnostics
    .filter((d) => d.ruleId === 'cross-host-drift')
    .map((d) => `${d.file} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} [${d.server}] ${d.message}`)
}

const github = (version: string): { command: string; args: string[] } => ({
  command: 'npx',
  args: ['-y', `@modelcontextprotocol/server-github@${version}`]
})

describe('cross-host-drift', () => {
  it('reports a differing argument at each drifted entry, naming the other file and host', async () => {
    expect(
      await drift({
        '.mcp.json': { mcpServers: { github: github('2025.4.8') } },
        '.cursor/mcp.json': { mcpServers: { github: github('latest') } }
      })
    ).toEqual([
      `.cursor/mcp.json 7:9-7:53 warning [github] server "github" is defined differently for other hosts: "mcpServers.github.args[1]" is "@modelcontextprotocol/server-github@latest" here but "@modelcontextprotocol/server-github@2025.4.8" in .mcp.json (Claude Code), ${TAIL}`,
      `.mcp.json 7:9-7:55 warning [github] server "github" is defined differently for other hosts: "mcpServers.github.args[1]" is "@modelcontextprotocol/server-github@2025.4.8" here but "@modelcontextprotocol/server-github@latest" in .cursor/mcp.json (Cursor), ${TAIL}`
    ])
  })

  it('reports a different command, a different URL, and a missing argument', async () => {
    const found = await drift({
      '.mcp.json': {
        mcpServers: {
          db: { command: 'uvx', args: ['db-mcp==1.0.0'] },
          docs: { type: 'http', url: 'https://docs.acme.io/mcp' },
          fs: { command: 'fs-mcp', args: ['.', '--read-only'] }
        }
      },
      '.vscode/mcp.json': {
        servers: {
          db: { command: 'pipx', args: ['run', 'db-mcp==1.0.0'] },
          docs: { type: 'http', url: 'https://docs.acme.io/v2/mcp' },
          fs: { command: 'fs-mcp', args: ['.'] }
        }
      }
    })
    expect(found.map((line) => line.split(' so it behaves')[0])).toEqual([
      '.mcp.json 4:18-4:23 warning [db] server "db" is defined differently for other hosts: the command is "uvx" here but "pipx" in .vscode/mcp.json (VS Code),',
      '.mcp.json 11:14-11:40 warning [docs] server "docs" is defined differently for other hosts: the URL is "https://docs.acme.io/mcp" here but "https://docs.acme.io/v2/mcp" in .vscode/mcp.json (VS Code),',
      '.mcp.json 17:9-17:22 warning [fs] server "fs" is defined differently for other hosts: "mcpServers.fs.args[1]" ("--read-only") is not passed in .vscode/mcp.json (VS Code),',
      '.vscode/mcp.json 4:18-4:24 warning [db] server "db" is defined differently for other hosts: the command is "pipx" here but "uvx" in .mcp.json (Claude Code),',
      '.vscode/mcp.json 12:14-12:43 warning [docs] server "docs" is defined differently for other hosts: the URL is "https://docs.acme.io/v2/mcp" here but "https://docs.acme.io/mcp" in .mcp.json (Claude Code),',
      '.vscode/mcp.json 17:9-17:12 warning [fs] server "fs" is defined differently for other hosts: an argument the other definition passes is missing here: "--read-only" in .mcp.json (Claude Code),'
    ])
  })

  it('lists every other host that differs at the same place in one message', async () => {
    const found = await drift({
      '.mcp.json': { mcpServers: { github: github('2025.4.8') } },
      '.cursor/mcp.json': { mcpServers: { github: github('latest') } },
      '.roo/mcp.json': { mcpServers: { github: github('2025.1.1') } }
    })
    expect(
      found.filter((line) => line.startsWith('.mcp.json')).map((line) => line.split(' here but ')[1].split(', so')[0])
    ).toEqual([
      '"@modelcontextprotocol/server-github@latest" in .cursor/mcp.json (Cursor) and "@modelcontextprotocol/server-github@2025.1.1" in .roo/mcp.json (Roo Code)'
    ])
    expect(found).toHaveLength(3)
  })

  it('never shows a credential passed as an argument', async () => {
    const found = await drift({
      '.mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--api-key', 'k3yOne0123456789abcd'] } } },
      '.cursor/mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--api-key=k3yTwo0123456789wxyz'] } } }
    })
    expect(found.map((line) => line.split(': ')[1].split(', so')[0])).toEqual([
      '"mcpServers.api.args[0]" is "--api-key=…wxyz" here but "--api-key" in .mcp.json (Claude Code)',
      '"mcpServers.api.args[0]" is "--api-key" here but "--api-key=…wxyz" in .cursor/mcp.json (Cursor)'
    ])
    const shifted = await drift({
      '.mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--token', 'k3yOne0123456789abcd'] } } },
      '.cursor/mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--token', 'k3yTwo0123456789wxyz'] } } }
    })
    expect(shifted.join('\n')).not.toMatch(/k3y(One|Two)/)
    expect(shifted.map((line) => line.split('args[1]" is ')[1].split(', so')[0])).toEqual([
      '"…wxyz" here but "…abcd" in .mcp.json (Claude Code)',
      '"…abcd" here but "…wxyz" in .cursor/mcp.json (Cursor)'
    ])
  })

  it("ignores differences that are only each host's placeholder syntax, -y, cmd /c, and the project folder", async () => {
    expect(
      await drift({
        '.mcp.json': {
          mcpServers: {
            api: {
              command: 'npx',
              args: ['-y', 'api-mcp@1.0.0', '--token', '${API_TOKEN}', '--root', '${CLAUDE_PROJECT_DIR:-.}']
            },
            docs: { type: 'http', url: 'https://docs.acme.io/mcp/' }
          }
        },
        '.cursor/mcp.json': {
          mcpServers: {
            api: {
              command: 'cmd',
              args: ['/c', 'npx', 'api-mcp@1.0.0', '--token', '${env:API_TOKEN}', '--root', '${workspaceFolder}']
            },
            docs: { url: 'https://DOCS.acme.io/mcp' }
          }
        },
        '.vscode/mcp.json': {
          servers: { api: { command: 'npx', args: ['api-mcp@1.0.0', '--token', '${input:api-token}', '--root', '.'] } }
        },
        'opencode.json': {
          mcp: {
            api: { type: 'local', command: ['npx', '-y', 'api-mcp@1.0.0', '--token', '{env:API_TOKEN}', '--root', '.'] }
          }
        }
      })
    ).toEqual([])
  })

  it('does not compare a local definition with a remote one, servers of other projects, disabled servers, or two files of one host', async () => {
    expect(
      await drift({
        '.mcp.json': {
          mcpServers: {
            docs: { command: 'npx', args: ['-y', 'mcp-remote@0.1.29', 'https://docs.acme.io/mcp'] },
            off: github('latest')
          }
        },
        '.cursor/mcp.json': { mcpServers: { docs: { url: 'https://docs.acme.io/mcp' } } },
        '.roo/mcp.json': { mcpServers: { off: { ...github('2025.4.8'), disabled: true } } },
        'packages/web/.cursor/mcp.json': { mcpServers: { off: github('2024.1.1') } },
        '.continue/mcpServers/a.yaml':
          'name: a\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: x\n    command: x-mcp\n',
        '.continue/mcpServers/b.yaml':
          'name: b\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: x\n    command: y-mcp\n'
      })
    ).toEqual([])
  })

  it("knows a config's project and the canonical form of values", () => {
    expect(
      [
        '.mcp.json',
        '.cursor/mcp.json',
        'app/.vscode/mcp.json',
        'app/.mcp.json',
        'opencode.json',
        'app/.continue/mcpServers/x.yaml'
      ].map(projectRoot)
    ).toEqual(['', '', 'app', 'app', '', 'app'])
    expect(['../../tmp/a/opencode.json', '../../tmp/b/.cursor/mcp.json'].map(projectRoot)).toEqual([
      '../../tmp/a',
      '../../tmp/b'
    ])
    expect(['${env:X}', '{env:X}', '$X', '${X:-d}', '%X%', '${{ secrets.X }}'].map(canonical)).toEqual(
      Array(6).fill('${X}')
    )
    expect(['${workspaceFolder}/src', './src', 'src', '${userHome}/x', '~/x', '$HOME/x'].map(canonical)).toEqual([
      'src',
      'src',
      'src',
      '~/x',
      '~/x',
      '~/x'
    ])
  })
})

describe('cross-host-drift and values known only at run time', () => {
  it('does not call a placeholder URL different from a literal one it may expand to', async () => {
    const { lint } = await import('../../src/engine.js')
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const root = mkdtempSync(path.join(tmpdir(), 'drift-template-'))
    mkdirSync(path.join(root, '.vscode'))
    mkdirSync(path.join(root, '.cursor'))
    writeFileSync(
      path.join(root, '.vscode/mcp.json'),
      '{ "inputs": [{ "type": "promptString", "id": "host", "description": "host" }], "servers": { "api": { "type": "http", "url": "https://${input:host}/mcp" } } }'
    )
    writeFileSync(
      path.join(root, '.cursor/mcp.json'),
      '{ "mcpServers": { "api": { "url": "https://mcp.acme.dev/mcp" }, "other": { "url": "https://a.dev/x" } } }'
    )
    writeFileSync(
      path.join(root, '.mcp.json'),
      '{ "mcpServers": { "other": { "type": "http", "url": "https://b.dev/x" } } }'
    )
    const { report } = await lint({ paths: ['.'], cwd: root, settings: ALL_RULES })
    expect(
      report.diagnostics.filter((d) => d.ruleId === 'cross-host-drift').map((d) => `${d.file} ${d.server}`)
    ).toEqual(['.cursor/mcp.json other', '.mcp.json other'])
  })
})
