import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { dryRun } from '../../src/dryrun/index.js'
import { lint } from '../../src/engine.js'
import type { Diagnostic, ServerResult } from '../../src/types.js'
import { companions, documentWith, fileText, HOST_CASES, stdioEntry, type HostCase } from '../helpers/hosts.js'
import { fault, NODE } from './helpers.js'

/**
 * `node server.mjs` with `"cwd": "sub"`, where only `sub/server.mjs` exists, in every kind of file
 * that starts local servers. The static rule and the dry run read the same host profile, so they must
 * agree: where the host ignores `cwd` (or starts servers from its own folder) the rule reports the
 * script and the dry run fails; where it honours `cwd` neither complains.
 */
const cases = HOST_CASES.filter(
  (c) => c.host.patterns.length > 0 && c.profile.role === 'client' && c.profile.servers && !c.profile.notRead
)

let repo: string
let diagnostics: Diagnostic[] = []
let results: ServerResult[] = []

beforeAll(async () => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-cwd-'))
  const write = (relative: string, text: string): void => {
    mkdirSync(path.dirname(path.join(repo, relative)), { recursive: true })
    writeFileSync(path.join(repo, relative), text)
  }
  // A server that starts only from its own folder: it imports the tiny test server by absolute URL.
  const server = `import ${JSON.stringify(pathToFileURL(fault('tiny-server.mjs')).href)}\n`
  for (const c of cases) {
    const root = c.profile.projectRoot(c.path)
    write(path.posix.join(root, 'sub', 'server.mjs'), server)
    for (const companion of companions(c)) write(companion, '{ "name": "p" }\n')
    const entry = { ...stdioEntry(c.profile, NODE, ['server.mjs']), cwd: 'sub' }
    write(c.path, fileText(c.path, documentWith(c.profile, entry)))
  }
  const linted = await lint({ paths: ['.'], cwd: repo })
  diagnostics = linted.report.diagnostics
  const dry = await dryRun(linted.servers, {
    cwd: repo,
    timeoutMs: 20_000,
    concurrency: 6,
    env: { PATH: process.env.PATH, HOME: repo }
  })
  results = dry.servers
}, 180_000)

afterAll(() => rmSync(repo, { recursive: true, force: true }))

describe('a "cwd" the host ignores, statically and in the dry run', () => {
  it('checked every kind of file', () => {
    expect(cases.length).toBeGreaterThan(20)
    expect(results.map((r) => r.file).sort()).toEqual(cases.map((c) => c.path).sort())
  })

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_name, c: HostCase) => {
    const found = diagnostics.filter((d) => d.file === c.path && d.ruleId === 'missing-script').map((d) => d.severity)
    const status = results.find((r) => r.file === c.path)?.status
    const { honoured } = c.profile.launch.cwd
    // A dev container's servers start in the container: the dry run leaves them, whatever their cwd.
    if (c.profile.launch.startsIn === 'container') expect({ found, status }).toEqual({ found: [], status: 'skipped' })
    else if (c.profile.launch.startsIn === 'host-folder')
      expect({ found, status }).toEqual({ found: ['warning'], status: 'failed' })
    else if (honoured === false) expect({ found, status }).toEqual({ found: ['error'], status: 'failed' })
    else expect({ found, status }).toEqual({ found: [], status: 'ok' })
  })
})
