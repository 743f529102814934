import { aboveDotFolder as projectRoot } from '../../src/hosts/profile.js'
import { canonical } from '../../src/rules/cross-host-drift.js'
import type { Diagnostic } from '../../src/types.js'
import { ALL_RULES, describeFinding, repoRuleDiagnostics } from '../helpers/lint.js'

const driftDiagnostics = (files: Record<string, unknown>): Promise<Diagnostic[]> =>
  repoRuleDiagnostics('cross-host-drift', files)

/** This rule's findings as lines: file, position, severity, server, messageId and data. */
async function drift(files: Record<string, unknown>): Promise<string[]> {
  return (await driftDiagnostics(files)).map((d) => `${d.file} ${describeFinding(d)} [${d.server}]`)
}

const github = (version: string): { command: string; args: string[] } => ({
  command: 'npx',
  args: ['-y', `@modelcontextprotocol/server-github@${version}`]
})

describe('cross-host-drift', () => {
  it('reports a differing argument at each drifted entry, naming the other file and host', async () => {
    const files = {
      '.mcp.json': { mcpServers: { github: github('2025.4.8') } },
      '.cursor/mcp.json': { mcpServers: { github: github('latest') } }
    }
    const argument = (mine: string, theirs: string): string =>
      JSON.stringify({ server: 'github', field: '"mcpServers.github.args[1]"', mine: `"${mine}"`, theirs })
    expect(await drift(files)).toEqual([
      `.cursor/mcp.json 7:9-7:53 warning cross-host-drift argument ${argument('@modelcontextprotocol/server-github@latest', '"@modelcontextprotocol/server-github@2025.4.8" in .mcp.json (Claude Code)')} [github]`,
      `.mcp.json 7:9-7:55 warning cross-host-drift argument ${argument('@modelcontextprotocol/server-github@2025.4.8', '"@modelcontextprotocol/server-github@latest" in .cursor/mcp.json (Cursor)')} [github]`
    ])
    const [first] = await driftDiagnostics(files)
    expect(first.message).toBe(
      'server "github" is defined differently for other hosts: "mcpServers.github.args[1]" is "@modelcontextprotocol/server-github@latest" here but "@modelcontextprotocol/server-github@2025.4.8" in .mcp.json (Claude Code)'
    )
    expect(first.help).toBe(
      'The same server then behaves differently depending on the editor a colleague uses: make the definitions match, or give them different names if they are meant to differ.'
    )
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
    expect(found).toEqual([
      '.mcp.json 4:18-4:23 warning cross-host-drift command {"server":"db","mine":"\\"uvx\\"","theirs":"\\"pipx\\" in .vscode/mcp.json (VS Code)"} [db]',
      '.mcp.json 11:14-11:40 warning cross-host-drift url {"server":"docs","mine":"\\"https://docs.acme.io/mcp\\"","theirs":"\\"https://docs.acme.io/v2/mcp\\" in .vscode/mcp.json (VS Code)"} [docs]',
      '.mcp.json 17:9-17:22 warning cross-host-drift extraArgument {"server":"fs","field":"\\"mcpServers.fs.args[1]\\"","mine":"\\"--read-only\\"","others":".vscode/mcp.json (VS Code)"} [fs]',
      '.vscode/mcp.json 4:18-4:24 warning cross-host-drift command {"server":"db","mine":"\\"pipx\\"","theirs":"\\"uvx\\" in .mcp.json (Claude Code)"} [db]',
      '.vscode/mcp.json 12:14-12:43 warning cross-host-drift url {"server":"docs","mine":"\\"https://docs.acme.io/v2/mcp\\"","theirs":"\\"https://docs.acme.io/mcp\\" in .mcp.json (Claude Code)"} [docs]',
      '.vscode/mcp.json 17:9-17:12 warning cross-host-drift missingArgument {"server":"fs","theirs":"\\"--read-only\\" in .mcp.json (Claude Code)"} [fs]'
    ])
  })

  it('words each kind of difference as one sentence', async () => {
    const messages = (
      await driftDiagnostics({
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
    ).map((d) => d.message.replace('is defined differently for other hosts: ', '… '))
    expect(messages).toEqual([
      'server "db" … the command is "uvx" here but "pipx" in .vscode/mcp.json (VS Code)',
      'server "docs" … the URL is "https://docs.acme.io/mcp" here but "https://docs.acme.io/v2/mcp" in .vscode/mcp.json (VS Code)',
      'server "fs" … "mcpServers.fs.args[1]" ("--read-only") is not passed in .vscode/mcp.json (VS Code)',
      'server "db" … the command is "pipx" here but "uvx" in .mcp.json (Claude Code)',
      'server "docs" … the URL is "https://docs.acme.io/v2/mcp" here but "https://docs.acme.io/mcp" in .mcp.json (Claude Code)',
      'server "fs" … an argument passed elsewhere is missing here: "--read-only" in .mcp.json (Claude Code)'
    ])
  })

  it('lists every other host that differs at the same place in one finding', async () => {
    const found = await driftDiagnostics({
      '.mcp.json': { mcpServers: { github: github('2025.4.8') } },
      '.cursor/mcp.json': { mcpServers: { github: github('latest') } },
      '.roo/mcp.json': { mcpServers: { github: github('2025.1.1') } }
    })
    expect(found.filter((d) => d.file === '.mcp.json').map((d) => [d.messageId, d.data?.theirs])).toEqual([
      [
        'argument',
        '"@modelcontextprotocol/server-github@latest" in .cursor/mcp.json (Cursor) and "@modelcontextprotocol/server-github@2025.1.1" in .roo/mcp.json (Roo Code)'
      ]
    ])
    expect(found).toHaveLength(3)
  })

  it('never shows a credential passed as an argument', async () => {
    const found = await driftDiagnostics({
      '.mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--api-key', 'k3yOne0123456789abcd'] } } },
      '.cursor/mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--api-key=k3yTwo0123456789wxyz'] } } }
    })
    expect(found.map((d) => [d.messageId, d.data?.field, d.data?.mine, d.data?.theirs])).toEqual([
      ['argument', '"mcpServers.api.args[0]"', '"--api-key=…wxyz"', '"--api-key" in .mcp.json (Claude Code)'],
      ['argument', '"mcpServers.api.args[0]"', '"--api-key"', '"--api-key=…wxyz" in .cursor/mcp.json (Cursor)']
    ])
    const shifted = await driftDiagnostics({
      '.mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--token', 'k3yOne0123456789abcd'] } } },
      '.cursor/mcp.json': { mcpServers: { api: { command: 'api-mcp', args: ['--token', 'k3yTwo0123456789wxyz'] } } }
    })
    expect(JSON.stringify(shifted)).not.toMatch(/k3y(One|Two)/)
    expect(shifted.map((d) => [d.data?.mine, d.data?.theirs])).toEqual([
      ['"…wxyz"', '"…abcd" in .mcp.json (Claude Code)'],
      ['"…abcd"', '"…wxyz" in .cursor/mcp.json (Cursor)']
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
