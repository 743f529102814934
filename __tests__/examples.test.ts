import { fileURLToPath } from 'node:url'
import { DEFAULT_CONFIG } from '../src/config.js'
import { lint } from '../src/engine.js'
import type { Diagnostic } from '../src/types.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('examples/ (the README quick start)', () => {
  it('reports exactly the deliberate mistakes that examples/README.md lists', async () => {
    const { report } = await lint({ paths: ['examples'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual([
      'examples/.codex/config.toml',
      'examples/.cursor/mcp.json',
      'examples/.gemini/settings.json',
      'examples/.mcp.json',
      'examples/.roo/mcp.json',
      'examples/.vscode/mcp.json',
      'examples/opencode.jsonc'
    ])
    const findings = report.diagnostics
      .filter((d) => d.severity !== 'notice')
      .map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)
    expect(findings).toEqual([
      'examples/.codex/config.toml:10:1 error command-and-url',
      'examples/.codex/config.toml:11:1 error schema-shape',
      'examples/.mcp.json:8:5 error url-without-type',
      'examples/.mcp.json:13:18 error command-with-arguments',
      'examples/.roo/mcp.json:10:14 warning insecure-http',
      'examples/.vscode/mcp.json:10:37 error undefined-input',
      'examples/opencode.jsonc:7:7 warning schema-unknown-key'
    ])
  })

  it('adds the hygiene findings the README marks (strict) under the strict preset', async () => {
    const recommended = await lint({ paths: ['examples'], cwd: root })
    const strict = await lint({ paths: ['examples'], cwd: root, settings: { ...DEFAULT_CONFIG, preset: 'strict' } })
    const key = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`
    const before = new Set(recommended.report.diagnostics.map(key))
    expect(
      strict.report.diagnostics
        .filter((d) => d.severity !== 'notice')
        .map(key)
        .filter((k) => !before.has(k))
    ).toEqual([
      'examples/.gemini/settings.json:10:18 warning cross-host-drift',
      'examples/.roo/mcp.json:10:14 warning cross-host-drift',
      'examples/.vscode/mcp.json:4:37 warning unused-input',
      'examples/opencode.jsonc:11:14 warning cross-host-drift'
    ])
  })
})
