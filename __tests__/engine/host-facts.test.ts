import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { lintText, shortForm } from '../helpers/lint.js'

const only = (ruleId: string, diagnostics: ReturnType<typeof lintText>['diagnostics']) =>
  diagnostics.filter((d) => d.ruleId === ruleId)

describe('Codex', () => {
  // codex-rs/config/src/mcp_types.rs: RawMcpServerConfig derives serde Deserialize without
  // deny_unknown_fields (only schemars has it, for the published JSON Schema): unknown keys are ignored.
  it('an unknown key in a server table is a notice, since Codex ignores it', () => {
    const { diagnostics } = lintText('.codex/config.toml', '[mcp_servers.a]\ncommand = "npx"\ntype = "stdio"\n')
    expect(shortForm(diagnostics)).toEqual(['3:1 notice schema-unknown-key'])
  })

  it('says so at a top-level setting written after a server table, once', () => {
    const { diagnostics } = lintText(
      '.codex/config.toml',
      '[mcp_servers.a]\ncommand = "npx"\nargs = ["-y", "x@1.0.0"]\nmodel = "gpt-5"\n'
    )
    const unknown = only('schema-unknown-key', diagnostics)
    expect(shortForm(unknown)).toEqual(['4:1 warning schema-unknown-key'])
    expect(unknown[0]).toMatchObject({
      message: '"mcp_servers.a.model" is a top-level Codex setting written after the [mcp_servers.a] table',
      messageId: 'settingInTable',
      data: { where: '"mcp_servers.a.model"', server: 'a', key: 'model' }
    })
    expect(unknown[0].help).toContain('so Codex reads it as a field of "a" and ignores it; move "model" above')
  })
})

describe('Claude Code plugin variables', () => {
  it('warns about ${CLAUDE_PLUGIN_ROOT} in a project .mcp.json', () => {
    const text = JSON.stringify({ mcpServers: { a: { command: 'node', args: ['${CLAUDE_PLUGIN_ROOT}/server.js'] } } })
    const found = only('foreign-placeholder', lintText('.mcp.json', text).diagnostics)
    expect(shortForm(found)).toEqual(['1:46 warning foreign-placeholder'])
    expect(found[0].messageId).toBe('setElsewhere')
    expect(found[0].data?.for).toContain('the servers of a plugin')
  })

  it('accepts it in a plugin .mcp.json', () => {
    const text = JSON.stringify({ a: { command: 'node', args: ['${CLAUDE_PLUGIN_ROOT}/server.js'] } })
    const exists = (p: string): boolean => p === 'plugin/.claude-plugin/plugin.json'
    expect(only('foreign-placeholder', lintText('plugin/.mcp.json', text, { exists }).diagnostics)).toEqual([])
  })
})

describe('MCP Registry server.json', () => {
  it('takes template markers such as <AUTO_GENERATED> as values a release script fills in', () => {
    const text = JSON.stringify({
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      name: 'io.github.example/server',
      description: 'An example server',
      version: '<AUTO_GENERATED>',
      websiteUrl: '<AUTO_GENERATED>',
      repository: { url: '<AUTO_GENERATED>', source: 'github' },
      packages: [
        {
          registryType: 'mcpb',
          identifier: 'https://example.net/server.mcpb',
          fileSha256: '<AUTO_GENERATED>',
          transport: { type: 'stdio' }
        },
        { registryType: 'npm', identifier: 'example-server', version: '<AUTO_GENERATED>', transport: { type: 'stdio' } }
      ]
    })
    const { diagnostics } = lintText('server.json', text)
    expect(diagnostics.filter((d) => d.severity !== 'notice').map((d) => d.ruleId)).toEqual([])
  })

  it('still reports a malformed value that is not a template marker', () => {
    const text = JSON.stringify({
      $schema: 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json',
      name: 'io.github.example/server',
      description: 'An example server',
      version: '1.0.0',
      websiteUrl: 'not a url'
    })
    expect(shortForm(only('schema-format', lintText('server.json', text).diagnostics))).toEqual([
      '1:190 error schema-format'
    ])
  })
})

describe('missing-script on a path git ignores', () => {
  it('is a warning that the script is built, not committed; a missing path git does not ignore stays an error', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-built-'))
    execFileSync('git', ['init', '-q'], { cwd: root })
    mkdirSync(path.join(root, 'src'))
    writeFileSync(
      path.join(root, '.mcp.json'),
      JSON.stringify(
        {
          mcpServers: {
            built: { command: 'node', args: ['server/index.js'] },
            lost: { command: 'node', args: ['src/server.js'] }
          }
        },
        null,
        2
      )
    )
    // A build folder by a name that is not a usual one: only .gitignore says it is built.
    writeFileSync(path.join(root, '.gitignore'), 'server/\n')
    const { report } = await lint({ paths: [], cwd: root })
    const found = report.diagnostics.filter((d) => d.ruleId === 'missing-script')
    expect(found.map((d) => [d.server, d.severity])).toEqual([
      ['built', 'warning'],
      ['lost', 'error']
    ])
    expect(found[0].messageId).toBe('ignoredByGit')
    expect(found[0].help).toContain('built, not committed')
  })
})
