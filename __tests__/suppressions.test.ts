import { applySuppressions, type Suppression } from '../src/suppressions.js'
import type { Diagnostic } from '../src/types.js'

const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
const finding = (file: string, ruleId: string, server?: string): Diagnostic => ({
  ruleId,
  severity: 'warning',
  message: 'm',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  ...(server === undefined ? {} : { server })
})
const suppression = (fields: Omit<Suppression, 'range' | 'reason'> & { reason?: string }): Suppression => ({
  reason: 'r',
  range,
  ...fields
})
const options = (checkedFiles: string[]) => ({
  settingsFile: '.mcpcop.json',
  fromSettings: (file: string) => file,
  checkedFiles,
  today: '2026-12-03',
  couldReport: () => true
})

describe('applySuppressions', () => {
  it('takes the first matching suppression in the settings order, for any server or for the finding’s own', () => {
    const suppressions = [
      suppression({ rule: 'insecure-http', server: 'api', reason: 'first: by server' }),
      suppression({ rule: 'insecure-http', file: '.vscode/*.json', reason: 'second: any server' }),
      suppression({ rule: 'insecure-http', server: 'api', file: '.cursor/mcp.json', reason: 'third' })
    ]
    const diagnostics = [
      finding('.vscode/mcp.json', 'insecure-http', 'api'),
      finding('.vscode/mcp.json', 'insecure-http', 'web'),
      finding('.cursor/mcp.json', 'insecure-http', 'api'),
      finding('.cursor/mcp.json', 'insecure-http', 'web'),
      finding('.vscode/mcp.json', 'risky-docker', 'api')
    ]
    const outcome = applySuppressions(diagnostics, suppressions, options(['.vscode/mcp.json', '.cursor/mcp.json']))
    expect(outcome.suppressed.map((s) => [s.diagnostic.file, s.diagnostic.server, s.reason])).toEqual([
      ['.vscode/mcp.json', 'api', 'first: by server'],
      ['.vscode/mcp.json', 'web', 'second: any server'],
      ['.cursor/mcp.json', 'api', 'first: by server']
    ])
    // Kept in the order they came.
    expect(outcome.kept).toEqual([diagnostics[3], diagnostics[4]])
    // The third matched nothing another did not take first, in a file this run checked.
    expect(outcome.problems.map((p) => [p.ruleId, p.line])).toEqual([['suppression-unused', 1]])
  })

  it('an expired suppression suppresses nothing and says so; one for a file not checked is not unused', () => {
    const outcome = applySuppressions(
      [finding('.mcp.json', 'insecure-http', 'api')],
      [
        suppression({ rule: 'insecure-http', server: 'api', until: '2026-12-02' }),
        suppression({ rule: 'insecure-http', file: 'other/.mcp.json' })
      ],
      options(['.mcp.json'])
    )
    expect(outcome.kept).toHaveLength(1)
    expect(outcome.problems.map((p) => p.ruleId)).toEqual(['suppression-expired'])
  })

  it('grows with the files times the suppressions, not with the findings times the suppressions', () => {
    // The settings file's limit (256 KiB) holds about 3,000 suppressions; one file holds tens of thousands of findings.
    const suppressions = Array.from({ length: 3000 }, (_, i) =>
      suppression({ rule: 'surrounding-whitespace', file: `packages/p${i}/**/*.json` })
    )
    const diagnostics = Array.from({ length: 200_000 }, (_, i) =>
      finding(`f${i % 4}/.mcp.json`, 'surrounding-whitespace', `s${i % 3000}`)
    )
    const started = Date.now()
    const outcome = applySuppressions(diagnostics, suppressions, options(['f0/.mcp.json']))
    // Trying each finding against each suppression's glob took minutes; this takes well under a second.
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(outcome.kept).toHaveLength(200_000)
  })
})
