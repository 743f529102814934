import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatWorkflowCommands } from '../../src/report/annotations.js'
import { formatJson } from '../../src/report/json.js'
import { COMMENT_MAX_CHARS, formatMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatStylish } from '../../src/report/stylish.js'
import type { Report } from '../../src/types.js'
import { REPORT, SECRETS, SOURCES, TOKEN } from './golden/fixture.js'

/**
 * Golden outputs (actionlint's `.out` style): the fixture's findings rendered by every reporter,
 * compared byte for byte with `__tests__/report/golden/<name>.out`. After an intended change of a
 * format, rewrite them with `npm run golden` (UPDATE_GOLDEN=1) and review the diff.
 */

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden')
const UPDATE = process.env.UPDATE_GOLDEN === '1'

/** Every reporter, each with the options its shell gives it. */
const OUTPUTS: Record<string, (report: Report) => string> = {
  stylish: (report) => formatStylish(report, { color: false, sources: SOURCES, secrets: SECRETS }),
  'stylish-color': (report) =>
    formatStylish(report, { color: true, sources: SOURCES, secrets: SECRETS, notes: ['a note *kept* as it is'] }),
  json: (report) => formatJson(report),
  sarif: (report) => formatSarif(report, { version: '0.0.0-golden', category: 'mcpcop/', secrets: SECRETS }),
  github: (report) => formatWorkflowCommands(report),
  summary: (report) =>
    formatMarkdown(report, {
      failOn: 'warning',
      maxBytes: SUMMARY_MAX_BYTES,
      secrets: SECRETS,
      notes: ['the settings file differs from the base'],
      settled: { suppressed: [], baselined: 2, baselineFile: '.mcpcop-baseline.json', gone: 1 }
    }),
  comment: (report) =>
    formatMarkdown(report, {
      failOn: 'error',
      maxChars: COMMENT_MAX_CHARS,
      secrets: SECRETS,
      marker: '<!-- mcpcop -->',
      preexisting: 3
    })
}

const goldenFile = (name: string): string => path.join(GOLDEN, `${name}.out`)

/** The golden text of one output; a missing file fails (it is never created silently outside UPDATE_GOLDEN=1). */
function golden(name: string, actual: string): string {
  if (UPDATE) writeFileSync(goldenFile(name), actual)
  return readFileSync(goldenFile(name), 'utf8')
}

describe('reporter golden outputs', () => {
  it.each(Object.keys(OUTPUTS))('%s matches its .out file', (name) => {
    const actual = OUTPUTS[name](REPORT)
    expect(actual).toBe(golden(name, actual))
  })

  it('has a golden file for every output and no file without one', () => {
    const files = readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.out'))
      .map((f) => f.replace(/\.out$/, ''))
    expect(files.sort()).toEqual(Object.keys(OUTPUTS).sort())
  })

  it('cannot pass vacuously: each golden file is substantial, masked, and differs from the others', () => {
    expect(UPDATE && process.env.CI).toBeFalsy()
    const texts = Object.keys(OUTPUTS).map((name) => readFileSync(goldenFile(name), 'utf8'))
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(300)
      expect(text).not.toContain(TOKEN)
    }
    expect(new Set(texts).size).toBe(texts.length)
    // Each output names the findings: a reporter that printed nothing but a total would not match.
    for (const text of texts) expect(text).toMatch(/unpinned-package/)
  })

  it('fails when a finding changes: every output depends on each finding it shows', () => {
    const moved: Report = {
      ...REPORT,
      diagnostics: REPORT.diagnostics.map((d, i) =>
        i === 1 ? { ...d, line: d.line + 1, message: `${d.message}!` } : d
      )
    }
    for (const name of Object.keys(OUTPUTS)) {
      const expected = readFileSync(goldenFile(name), 'utf8')
      expect(OUTPUTS[name](moved)).not.toBe(expected)
    }
  })
})
