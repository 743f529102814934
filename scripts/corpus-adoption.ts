// Measures what adopting mcpcop costs the repositories of the real corpus: each repository is laid out
// from the corpus's INDEX.tsv (its saved configs at their paths) as a git repository, linted
// as a push would lint it, and given an unrelated pull request (a README edit) that goes through the same
// comparison with its base as the action makes. Prints the numbers docs/adoption.md reports.
// Usage: npx tsx scripts/corpus-adoption.ts [--corpus real|fresh|both] [--preset recommended|strict] [--rules]
//        [--dump findings.json]
// `real` is __tests__/fixtures/corpus (the default), `fresh` is __tests__/fixtures/corpus-fresh (collected later,
// with sub-folder configs and newer hosts), `both` lays out the two together (a repository in both keeps both).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareWithBase } from '../src/compare/index.js'
import { gitBaseSource } from '../src/compare/git-source.js'
import { lint } from '../src/engine.js'
import { settle } from '../src/settle.js'
import type { Diagnostic } from '../src/types.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const option = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined
const corpusChoice = option('--corpus') ?? 'real'
const CORPORA: Record<string, string[]> = {
  real: ['corpus'],
  fresh: ['corpus-fresh'],
  both: ['corpus', 'corpus-fresh']
}
if (!Object.hasOwn(CORPORA, corpusChoice))
  throw new Error(`--corpus must be real, fresh or both, not "${corpusChoice}"`)
const corpora = CORPORA[corpusChoice].map((name) => path.join(root, '__tests__', 'fixtures', name))
const preset = option('--preset')
const perRule = process.argv.includes('--rules')
const dump = option('--dump')

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=corpus', '-c', 'user.email=corpus@example.com', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8'
  }).trim()
}

// Both indexes start with the columns file, host, repo, path.
const rows = corpora.flatMap((corpus) =>
  readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .map(([file, , repo, repoPath]) => ({ file: path.join(corpus, file), repo, repoPath }))
    .filter((row) => existsSync(row.file))
)
const repos = new Map<string, typeof rows>()
for (const row of rows) repos.set(row.repo, [...(repos.get(row.repo) ?? []), row])

const work = mkdtempSync(path.join(tmpdir(), 'mcpcop-adoption-'))
interface RepoResult {
  repo: string
  all: Diagnostic[]
  introduced: number
}
const results: RepoResult[] = []
for (const [repo, files] of repos) {
  const dir = path.join(work, repo.replace('/', '__'))
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '-q', '-b', 'main')
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f.repoPath)), { recursive: true })
    writeFileSync(path.join(dir, f.repoPath), readFileSync(f.file))
  }
  if (preset) writeFileSync(path.join(dir, '.mcpcop.json'), JSON.stringify({ preset }))
  writeFileSync(path.join(dir, 'README.md'), `# ${repo}\n`)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'base')
  const base = git(dir, 'rev-parse', 'HEAD')
  writeFileSync(path.join(dir, 'README.md'), `# ${repo}\n\nA line about something else.\n`)
  git(dir, 'commit', '-q', '-am', 'an unrelated change')

  const result = await lint({ paths: [], cwd: dir })
  const settled = settle(result, { dryRun: false })
  const source = await gitBaseSource(dir, base, { fetch: false })
  if (typeof source === 'string') throw new Error(`${repo}: ${source}`)
  const comparison = await compareWithBase(result, { cwd: dir, source, diagnostics: settled.diagnostics })
  results.push({ repo, all: settled.diagnostics, introduced: comparison.introduced.length })
}
rmSync(work, { recursive: true, force: true })
if (dump) writeFileSync(dump, JSON.stringify(results, null, 1))

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const count = (r: RepoResult, severity: string): number => r.all.filter((d) => d.severity === severity).length
const share = (n: number): string => `${n} (${Math.round((100 * n) / results.length)}%)`
const all = results.flatMap((r) => r.all)
const lengths = all.map((d) => d.message.length)

console.log(
  `corpus: ${corpusChoice}; preset: ${preset ?? 'default (recommended)'}; ${results.length} repositories, ${rows.length} files\n`
)
console.log('| measure | value |')
console.log('| --- | ---: |')
console.log(
  `| repositories with a comment on an unrelated pull request | ${share(results.filter((r) => r.introduced > 0).length)} |`
)
console.log(
  `| repositories with any finding on a push (the comment before scope "new") | ${share(results.filter((r) => r.all.length > 0).length)} |`
)
console.log(`| repositories with an error | ${share(results.filter((r) => count(r, 'error') > 0).length)} |`)
console.log(`| repositories with a warning | ${share(results.filter((r) => count(r, 'warning') > 0).length)} |`)
console.log(
  `| warnings per repository: median, mean, max | ${median(results.map((r) => count(r, 'warning')))}, ${(all.filter((d) => d.severity === 'warning').length / results.length).toFixed(2)}, ${Math.max(...results.map((r) => count(r, 'warning')))} |`
)
console.log(
  `| findings: errors, warnings, notices | ${['error', 'warning', 'notice'].map((s) => all.filter((d) => d.severity === s).length).join(', ')} |`
)
console.log(
  `| message length: median, 90th percentile, max (characters) | ${median(lengths)}, ${[...lengths].sort((a, b) => a - b)[Math.floor(lengths.length * 0.9)] ?? 0}, ${Math.max(0, ...lengths)} |`
)

if (perRule) {
  const byRule = new Map<string, { findings: number; repos: Set<string>; severities: Set<string> }>()
  for (const r of results)
    for (const d of r.all) {
      const entry = byRule.get(d.ruleId) ?? { findings: 0, repos: new Set(), severities: new Set() }
      entry.findings++
      entry.repos.add(r.repo)
      entry.severities.add(d.severity)
      byRule.set(d.ruleId, entry)
    }
  console.log('\n| rule | severity | findings | repositories |')
  console.log('| --- | --- | ---: | ---: |')
  for (const [id, e] of [...byRule].sort((a, b) => b[1].repos.size - a[1].repos.size || a[0].localeCompare(b[0])))
    console.log(`| \`${id}\` | ${[...e.severities].join(', ')} | ${e.findings} | ${e.repos.size} |`)
}
