import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { loadedValidators } from '../../src/schema/validators.js'
import { write } from '../helpers/files.js'

// A file whose code is still loading (a validator picked by its `$schema`, a parser, the vendor secret rules)
// is checked once that code is in, while the run goes on with the next files: the report must not show it.
// The whole run goes first, while this test file's modules hold none of that code yet.

const server = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ mcpServers: { [name]: { command: 'npx', args: ['-y', `${name}-mcp`], ...extra } } }, null, 2) + '\n'
const registry = (version: string) =>
  JSON.stringify(
    {
      $schema: `https://static.modelcontextprotocol.io/schemas/${version}/server.schema.json`,
      name: 'io.github.example/weather',
      description: 'Weather forecasts',
      version: '1.0.0'
    },
    null,
    2
  ) + '\n'

const files = {
  'a/server.json': registry('2025-07-09'),
  'b/.mcp.json': server('b'),
  'c/.codex/config.toml': '[mcp_servers.c]\ncommand = "npx"\nargs = ["-y", "c-mcp"]\n',
  'd/.cursor/mcp.json': server('d', { env: { GITHUB_TOKEN: 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' } }),
  'e/.continue/mcpServers/x.yaml': 'name: x\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: e\n    command: npx\n',
  'f/server.json': registry('2025-09-29'),
  'g/.mcp.json': server('g', { url: 'http://example.com/mcp' }),
  'h/.mcp.json': server('h'),
  'i/server.json': registry('2025-07-09'),
  'j/.vscode/mcp.json': '{ "servers": { "j": { "command": "npx", "args": ["-y", "j-mcp"] } } }\n'
}

describe('files that wait for their code', () => {
  it('are reported at their place, with the findings each has alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-waiting-'))
    write(root, files)
    const whole = await lint({ paths: ['.'], cwd: root })
    // The run met code it had not loaded ahead (two older registry versions), and checked every file.
    expect(loadedValidators()).toEqual(expect.arrayContaining(['registry-2025-07-09', 'registry-2025-09-29']))
    const alone = []
    for (const file of Object.keys(files).sort()) alone.push(await lint({ paths: [file], cwd: root }))
    expect(whole.report.files).toEqual(alone.flatMap((run) => run.report.files))
    expect(whole.servers.map((s) => `${s.file}#${s.name}`)).toEqual(
      alone.flatMap((run) => run.servers.map((s) => `${s.file}#${s.name}`))
    )
    const findings = (run: typeof whole) =>
      run.report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)
    expect(findings(whole).sort()).toEqual(alone.flatMap(findings).sort())
    expect(findings(whole).some((f) => f.includes('hardcoded-secret'))).toBe(true)
    expect(findings(whole).some((f) => f.includes('internal-error'))).toBe(false)
  })
})
