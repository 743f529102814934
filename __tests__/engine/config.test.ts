import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-config-'))
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
  return root
}

const CONFIG = '{ "mcpServers": {\n  "a": { "command": "x", "tpye": "stdio" },\n  "b": { "command": 5 }\n} }\n'

describe('.mcpcop.json', () => {
  it('changes severities (built-in ids too), turns rules off, and ignores files and servers', async () => {
    const root = repo({
      '.mcpcop.json': JSON.stringify({
        rules: { 'schema-unknown-key': 'error', 'schema-type': 'off' },
        ignore: ['vendor/**'],
        ignoreServers: ['other/.mcp.json#b']
      }),
      '.mcp.json': CONFIG,
      'other/.mcp.json': CONFIG,
      'vendor/x/.mcp.json': CONFIG
    })
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['.mcp.json', 'other/.mcp.json'])
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      '.mcp.json:2:26 error schema-unknown-key',
      'other/.mcp.json:2:26 error schema-unknown-key'
    ])
  })

  it("matches the pull request's own globs against its own paths in bounded time, and refuses globs that expand too far", async () => {
    const folder = 'a'.repeat(200)
    const nested = '((((((((((((((((((((a*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)'
    const root = repo({
      '.mcpcop.json': JSON.stringify(
        {
          ignore: [nested, '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/**', '{a,b}'.repeat(9), 'old/**'],
          suppressions: [{ rule: 'schema-type', file: `**/${nested}/**/*a*a*a*a*a*a*a*a*a*a*a*a*b`, reason: 'x' }]
        },
        null,
        2
      ),
      [`${folder}/${folder}/.mcp.json`]: CONFIG,
      'old/.mcp.json': CONFIG
    })
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual([`${folder}/${folder}/.mcp.json`])
    expect(
      report.diagnostics
        .filter((d) => d.file === '.mcpcop.json')
        .map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)
    ).toEqual([
      '5:5 warning config-invalid this glob cannot be used: it expands to more than 256 alternatives; it matches nothing'
    ])
    // The suppression's glob was matched against the file's finding, and does not match it.
    expect(report.diagnostics.filter((d) => d.ruleId === 'schema-type').map((d) => d.file)).toEqual([
      `${folder}/${folder}/.mcp.json`
    ])
  })

  it('reads YAML and reports its own mistakes at their lines, with suggestions', async () => {
    const root = repo({
      '.mcpcop.yaml': 'rules:\n  hardcoded-secrets: off\n  schema-type: loud\nignored: []\n',
      '.mcp.json': CONFIG
    })
    const { report } = await lint({ paths: ['.'], cwd: root })
    const own = report.diagnostics
      .filter((d) => d.file === '.mcpcop.yaml')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)
    expect(own).toEqual([
      '3:16 error config-invalid "rules.schema-type" is "loud", but mcpcop accepts only one of "off", "error", "warning", "notice"',
      '4:1 error config-invalid unknown key "ignored" in the top level: mcpcop rejects it; did you mean "ignore"?'
    ])
  })

  it('warns about an unknown rule id and suggests the right one', async () => {
    const root = repo({ '.mcpcop.json': '{ "rules": { "hardcoded-secrets": "off" } }', '.mcp.json': CONFIG })
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(
      report.diagnostics
        .filter((d) => d.file === '.mcpcop.json')
        .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)
    ).toEqual(['1:14 warning unknown rule "hardcoded-secrets"; did you mean "hardcoded-secret"?'])
  })

  it('uses an explicit --config file and refuses a missing one', async () => {
    const root = repo({
      'ci/mcpcop.json': '{ "rules": { "schema-required": "off", "schema-type": "off", "schema-unknown-key": "off" } }',
      '.mcp.json': CONFIG
    })
    expect((await lint({ paths: ['.'], cwd: root, config: 'ci/mcpcop.json' })).report.diagnostics).toEqual([])
    await expect(lint({ paths: ['.'], cwd: root, config: 'nope.json' })).rejects.toThrow(
      'config file not found: nope.json'
    )
  })
})
