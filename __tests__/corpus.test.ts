import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES, lintFixture } from './helpers/lint.js'

/**
 * The real-world corpora (see each folder's README.md for provenance): configs committed in public
 * repositories. A file its host accepts must produce no error; a file judged broken must produce
 * exactly the errors listed for it in <corpus>/<host>.expected.json, with the reason. Credentials are
 * checked apart from the shape: a file holding one (a real credential replaced by a fake of the same
 * shape, see INDEX.tsv) must be flagged by hardcoded-secret at each listed position, and every other
 * file must produce no hardcoded-secret finding at all.
 */
interface Expectation {
  /** `line:col rule-id` of every error the file must produce, hardcoded-secret aside. */
  errors: string[]
  /** `line:col` of every hardcoded-secret finding the file must produce (none when absent). */
  secrets?: string[]
  /** Why the file is broken, why it holds a credential, or why the judgment was overruled. */
  why: string
}

interface Row {
  file: string
  host: string
  repo: string
  repoPath: string
  notes: string
}

const SECRET_RULE = 'hardcoded-secret'

function loadCorpus(folder: string): { rows: Row[]; expectations: Map<string, Expectation> } {
  const corpus = path.join(FIXTURES, folder)
  const rows = readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, host, repo, repoPath, , , notes]) => ({ file, host, repo, repoPath, notes: notes ?? '' }))
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
  return { rows, expectations }
}

const corpora = [
  { folder: 'corpus', minimum: 350 },
  { folder: 'corpus-fresh', minimum: 140 }
].map((c) => ({ ...c, ...loadCorpus(c.folder) }))

describe.each(corpora.map((c) => [c.folder, c] as const))('real-world corpus %s', (folder, corpus) => {
  it('holds the saved files of INDEX.tsv', () => {
    expect(corpus.rows.length).toBeGreaterThan(corpus.minimum)
  })

  it('has an expectation only for files it holds', () => {
    const files = new Set(corpus.rows.map((r) => r.file))
    expect([...corpus.expectations.keys()].filter((name) => !files.has(name))).toEqual([])
  })

  it.each(corpus.rows.map((r) => [r.file, r] as const))('%s', (_name, row) => {
    const { diagnostics, host } = lintFixture(path.join(folder, row.file), row.repoPath)
    const position = (d: { line: number; column: number }): string => `${d.line}:${d.column}`
    const errors = diagnostics
      .filter((d) => d.severity === 'error' && d.ruleId !== SECRET_RULE)
      .map((d) => `${position(d)} ${d.ruleId}`)
    const secrets = diagnostics.filter((d) => d.ruleId === SECRET_RULE).map(position)
    const expected = corpus.expectations.get(row.file)
    expect({ host: host === null ? null : 'found', errors, secrets }).toEqual({
      host: 'found',
      errors: expected?.errors ?? [],
      secrets: expected?.secrets ?? []
    })
  })
})

// Only the fresh corpus kept the files holding a credential, each with a fake of the same shape in its place.
describe('the fresh corpus credentials', () => {
  const fresh = corpora.find((c) => c.folder === 'corpus-fresh')
  it('are expected of hardcoded-secret exactly on the files whose INDEX.tsv notes say one was replaced', () => {
    const rows = fresh?.rows ?? []
    const replaced = rows.filter((r) => r.notes.includes('credential replaced')).map((r) => r.file)
    const withSecrets = rows.filter((r) => (fresh?.expectations.get(r.file)?.secrets ?? []).length > 0)
    expect(replaced.length).toBeGreaterThan(10)
    expect(withSecrets.map((r) => r.file)).toEqual(replaced)
  })
})
