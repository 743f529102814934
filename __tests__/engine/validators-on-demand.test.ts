import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint, lintSnapshot } from '../../src/engine.js'
import { DEFAULT_CONFIG } from '../../src/config.js'
import { loadAllValidators, loadedValidators } from '../../src/schema/validators.js'
import { write } from '../helpers/files.js'

// Which of a host's schemas a file needs (the registry's schema date, an mcpb manifest's version) is known
// once the file is parsed: a run loads that validator then, not every version the host knows.

const registryFile = (date: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify(
    {
      $schema: `https://static.modelcontextprotocol.io/schemas/${date}/server.schema.json`,
      name: 'io.github.example/weather',
      description: 'Weather forecasts',
      version: '1.0.0',
      ...extra
    },
    null,
    2
  ) + '\n'

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-validators-'))
  write(root, files)
  return root
}

/** What a report says, without what differs from run to run. */
const findings = (diagnostics: { ruleId: string; file: string; line: number; column: number; message: string }[]) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)

describe('validators loaded on demand (in order: each test sees what the ones before it loaded)', () => {
  const registryLoaded = (): string[] => loadedValidators().filter((id) => id.startsWith('registry-'))

  it("loads for a snapshot's registry file only its schema date's validator", async () => {
    const result = await lintSnapshot({
      files: [{ path: 'server.json', bytes: new TextEncoder().encode(registryFile('2025-07-09')) }],
      settings: { config: DEFAULT_CONFIG, diagnostics: [] },
      exists: () => false
    })
    expect(result.report.files).toEqual([{ path: 'server.json', host: 'registry', servers: expect.any(Array) }])
    expect(result.report.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    expect(registryLoaded()).toEqual(['registry-2025-07-09'])
  })

  it("loads for a registry file its schema date's validator, then another date's when a file needs it", async () => {
    // A description over the registry's 100 characters: each schema version reports it.
    const one = tree({ 'server.json': registryFile('2025-12-11', { description: 'x'.repeat(101) }) })
    const first = await lint({ paths: ['.'], cwd: one })
    expect(registryLoaded()).toEqual(['registry-2025-07-09', 'registry-2025-12-11'])
    expect(first.report.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    expect(first.report.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'schema-value', messageId: 'tooLong', file: 'server.json', line: 4 })
    )

    const two = tree({
      'a/server.json': registryFile('2025-12-11', { description: 'x'.repeat(101) }),
      'b/server.json': registryFile('2025-09-29', { description: 'x'.repeat(101) })
    })
    const second = await lint({ paths: ['.'], cwd: two })
    expect(registryLoaded()).toEqual(['registry-2025-07-09', 'registry-2025-12-11', 'registry-2025-09-29'])
    expect(second.report.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    expect(second.report.files.map((f) => f.host)).toEqual(['registry', 'registry'])

    // The same findings as runs that had every validator loaded before they started.
    await loadAllValidators()
    expect(findings(second.report.diagnostics)).toEqual(
      findings((await lint({ paths: ['.'], cwd: two })).report.diagnostics)
    )
    expect(findings(first.report.diagnostics)).toEqual(
      findings((await lint({ paths: ['.'], cwd: one })).report.diagnostics)
    )
  })
})
