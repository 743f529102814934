import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dryRun } from '../../src/dryrun/index.js'
import { listProcesses } from '../../src/dryrun/proctree.js'
import { runningCount } from '../../src/dryrun/spawn.js'
import { fault, NODE, problemOf, server } from './helpers.js'

let tmp: string
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-limits-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

/** Two servers that each answer only once the other one runs. */
const pair = () => [
  server('a', {
    command: NODE,
    args: [fault('tiny-server.mjs'), '--touch', path.join(tmp, 'a'), '--await-file', path.join(tmp, 'b')]
  }),
  server('b', {
    command: NODE,
    args: [fault('tiny-server.mjs'), '--touch', path.join(tmp, 'b'), '--await-file', path.join(tmp, 'a')]
  })
]

/** Every process descended from this test process. */
function descendants(): number[] {
  const all = listProcesses()
  const found = new Set<number>([process.pid])
  let grew = true
  while (grew) {
    grew = false
    for (const p of all.values()) if (!found.has(p.pid) && found.has(p.ppid)) grew = found.add(p.pid).size > 0
  }
  found.delete(process.pid)
  return [...found]
}

describe('dry-run limits', () => {
  test('servers run at the same time: two that wait for each other both answer', async () => {
    const { servers } = await dryRun(pair(), { cwd: tmp, timeoutMs: 10_000, concurrency: 2 })
    expect(servers.map((s) => s.status)).toEqual(['ok', 'ok'])
  })

  test('--concurrency 1 runs one at a time: the first of the pair waits in vain', async () => {
    const { servers } = await dryRun(pair(), { cwd: tmp, timeoutMs: 4000, concurrency: 1, graceMs: 200 })
    expect(servers.map((s) => [s.name, s.status, s.error?.kind])).toEqual([
      ['a', 'failed', 'timeout'],
      ['b', 'ok', undefined]
    ])
  })

  test('the overall budget cuts a slow server short and skips the ones not yet started', async () => {
    const slow = server('slow', { command: NODE, args: [fault('tiny-server.mjs'), '--delay', '10000'] })
    const later = server('later', { command: NODE, args: [fault('tiny-server.mjs')] })
    const { servers, diagnostics } = await dryRun([slow, later], {
      cwd: tmp,
      timeoutMs: 30_000,
      budgetMs: 800,
      concurrency: 1,
      graceMs: 200
    })
    expect(servers[0].error?.kind).toBe('timeout')
    // The server got what was left of the budget, not its own timeout.
    expect(servers[0].error?.help).toMatch(/^It got \d{3} ms,/)
    expect(problemOf({ servers, diagnostics }, 'later')).toEqual({
      status: 'skipped',
      kind: 'budget-exhausted',
      messageId: 'budgetExhausted',
      data: { kind: 'budget-exhausted' },
      help: 'Check fewer servers at once, or raise the budget.'
    })
  })

  test('no process started by a dry run outlives it, whatever the servers did', async () => {
    const before = descendants()
    await dryRun(
      [
        server('ok', { command: NODE, args: [fault('tiny-server.mjs')] }),
        server('stuck', { command: NODE, args: [fault('never-answers.mjs'), path.join(tmp, 'pids')] }),
        server('flood', { command: NODE, args: [fault('flood.mjs')] }),
        server('crash', { command: NODE, args: [fault('exit-with-error.mjs')] }),
        server('glued', { command: NODE, args: [fault('tiny-server.mjs'), '--glued'] })
      ],
      { cwd: tmp, timeoutMs: 1500, graceMs: 300 }
    )
    expect(runningCount()).toBe(0)
    expect(descendants().filter((pid) => !before.includes(pid))).toEqual([])
  })
})
