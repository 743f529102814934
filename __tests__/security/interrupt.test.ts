/**
 * Issue 10, finding 11: SIGINT or SIGTERM in the middle of a dry run ends every server, and the run
 * still reports what finished, then exits 2 (the CLI) or fails the step (the action).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { jest } from '@jest/globals'
import { runCli } from '../../src/cli/run.js'
import { dryRun } from '../../src/dryrun/index.js'
import { runningCount } from '../../src/dryrun/spawn.js'
import { fault, NODE, server } from '../dryrun/helpers.js'

jest.setTimeout(60_000)

// The test runner listens for SIGINT and SIGTERM itself (to stop the run): set its listeners aside
// while a test sends the signal to this process, so that only mcpcop's handling is exercised.
const saved = new Map<NodeJS.Signals, NodeJS.SignalsListener[]>()
beforeEach(() => {
  for (const signal of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    saved.set(signal, process.listeners(signal))
    process.removeAllListeners(signal)
  }
})
afterEach(() => {
  for (const [signal, listeners] of saved) for (const listener of listeners) process.on(signal, listener)
})

/**
 * Delivers the signal to mcpcop's handlers once `ready()` holds. (Inside the test runner `process`
 * is a sandbox object whose listeners the OS signal never reaches, so it is emitted on it; the
 * built CLI is interrupted with a real signal in cli/process tests.)
 */
function signalWhen(ready: () => boolean, signal: NodeJS.Signals): void {
  const timer = setInterval(() => {
    if (!ready()) return
    clearInterval(timer)
    process.emit(signal, signal)
  }, 50)
}

describe.each(['SIGINT', 'SIGTERM'] as NodeJS.Signals[])('%s during a dry run', (signal) => {
  test('ends every server at once and returns what finished', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-interrupt-'))
    const started = Date.now()
    signalWhen(() => runningCount() > 0, signal)
    const output = await dryRun(
      [
        server('stuck-1', { command: NODE, args: [fault('never-answers.mjs'), path.join(dir, 'a')] }),
        server('stuck-2', { command: NODE, args: [fault('never-answers.mjs'), path.join(dir, 'b')] }),
        server('later', { command: NODE, args: [fault('tiny-server.mjs')] })
      ],
      { cwd: dir, timeoutMs: 30_000, concurrency: 2 }
    )
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(output.interrupted).toBe(signal)
    expect(output.servers.map((s) => [s.name, s.status, s.error?.kind])).toEqual([
      ['stuck-1', 'skipped', 'interrupted'],
      ['stuck-2', 'skipped', 'interrupted'],
      ['later', 'skipped', 'interrupted']
    ])
    expect(runningCount()).toBe(0)
    // The handlers are gone again: nothing of ours listens once the run is over.
    expect(process.listenerCount(signal)).toBe(0)
  })
})

test('the CLI prints the report of what finished, says it was interrupted, and exits 2', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-interrupt-'))
  writeFileSync(
    path.join(dir, '.mcp.json'),
    JSON.stringify({
      mcpServers: {
        quick: { command: NODE, args: [fault('tiny-server.mjs')] },
        stuck: { command: NODE, args: [fault('never-answers.mjs'), path.join(dir, 'pids')] }
      }
    })
  )
  let stdout = ''
  let stderr = ''
  // Once "quick" has answered and only "stuck" runs, interrupt.
  let sawTwo = false
  signalWhen(() => {
    if (runningCount() === 2) sawTwo = true
    return sawTwo && runningCount() === 1
  }, 'SIGINT')
  const code = await runCli(['--dry-run', '--format', 'json', '--timeout', '30000'], {
    cwd: dir,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: { PATH: process.env.PATH }
  })
  expect(code).toBe(2)
  const report = JSON.parse(stdout) as { servers: { name: string; status: string; error?: { kind: string } }[] }
  expect(report.servers.map((s) => [s.name, s.status, s.error?.kind])).toEqual([
    ['quick', 'ok', undefined],
    ['stuck', 'skipped', 'interrupted']
  ])
  expect(stderr).toBe(
    'mcpcop: interrupted (SIGINT): 1 of 2 servers finished the dry run; every server process was ended\n'
  )
  expect(runningCount()).toBe(0)
})

test('the real CLI process, sent SIGINT by the OS mid-run, reports what finished, leaves nothing, exits 2', async () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-interrupt-'))
  const pids = path.join(dir, 'pids')
  writeFileSync(
    path.join(dir, '.mcp.json'),
    JSON.stringify({
      mcpServers: {
        quick: { command: NODE, args: [fault('tiny-server.mjs')] },
        stuck: { command: NODE, args: [fault('never-answers.mjs'), pids] }
      }
    })
  )
  const child = spawn(
    process.execPath,
    ['--import', tsx, path.join(root, 'src/cli.ts'), '--dry-run', '--format', 'json', '--timeout', '60000'],
    { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  // The stuck server and its descendants are up once it wrote its pids; give "quick" time to answer.
  const deadline = Date.now() + 40_000
  while (!existsSync(path.join(pids, 'detached.pid')) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100))
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const sentAt = Date.now()
  child.kill('SIGINT')
  const code = await closed
  expect(Date.now() - sentAt).toBeLessThan(10_000)
  expect(code).toBe(2)
  const report = JSON.parse(stdout) as { servers: { name: string; status: string; error?: { kind: string } }[] }
  expect(report.servers.map((s) => [s.name, s.status, s.error?.kind])).toEqual([
    ['quick', 'ok', undefined],
    ['stuck', 'skipped', 'interrupted']
  ])
  expect(stderr).toContain('mcpcop: interrupted (SIGINT): 1 of 2 servers finished the dry run')
  expect(stderr).not.toMatch(/\n\s+at /)
  // Every process the stuck server started (their command lines name its pids folder) is gone.
  const left = readdirSync('/proc').filter((entry) => {
    try {
      return /^\d+$/.test(entry) && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(pids)
    } catch {
      return false
    }
  })
  expect(left).toEqual([])
}, 90_000)
