import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES, lintFixture } from './helpers/lint.js'

/**
 * The real-world corpus (see fixtures/corpus/README.md for provenance): configs committed in public
 * repositories. A file its host accepts must produce no error; a file judged broken must produce
 * exactly the errors listed for it in fixtures/corpus/<host>.expected.json, with the reason.
 */
interface Expectation {
  /** `line:col rule-id` of every error the file must produce. */
  errors: string[]
  /** Why the file is broken (or why the corpus's judgment was overruled). */
  why: string
}

const corpus = path.join(FIXTURES, 'corpus')
const rows = readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, host, repo, repoPath]) => ({ file, host, repo, repoPath }))
  .filter((row) => existsSync(path.join(corpus, row.file)))

const expectations = new Map<string, Expectation>()
for (const host of new Set(rows.map((r) => r.host))) {
  const file = path.join(corpus, `${host}.expected.json`)
  if (!existsSync(file)) continue
  for (const [name, expectation] of Object.entries(
    JSON.parse(readFileSync(file, 'utf8')) as Record<string, Expectation>
  )) {
    expectations.set(`${host}/${name}`, expectation)
  }
}

describe('real-world corpus', () => {
  it('holds the saved files of INDEX.tsv', () => {
    expect(rows.length).toBeGreaterThan(350)
  })

  it.each(rows.map((r) => [r.file, r] as const))('%s', (_name, row) => {
    const { diagnostics, host } = lintFixture(path.join('corpus', row.file), row.repoPath)
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.ruleId}`)
    const expected = expectations.get(row.file)
    expect({ host: host === null ? null : 'found', errors }).toEqual({ host: 'found', errors: expected?.errors ?? [] })
  })
})
