/**
 * Issue 10, finding 10: dry-run containment, tested with real processes on this machine for each
 * mechanism it allows. A hostile server reads its parent's and every ancestor's environment
 * through /proc, leaves a double-forked daemon and a setsid child, and allocates without bound.
 * Inside the containment it sees no ancestor, leaves nothing behind, and its allocations stop at
 * the cap; where no mechanism works, the report says plainly that servers were not isolated.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { detectContainment, type Containment, type ContainmentKind } from '../../src/dryrun/contain.js'
import { jobFilesToHide } from '../../src/dryrun/hide.js'
import { isAllowedVariable } from '../../src/dryrun/env.js'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, NODE, server } from '../dryrun/helpers.js'

jest.setTimeout(120_000)

// Copies other runs on this machine left (none of ours may be among what is left after a dry run).
const leftBefore = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('mcpcop-hidden-')))

/** Live processes whose command line holds the marker. */
function survivors(marker: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8')
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (cmdline.includes(marker) && !/^\S+ \(.*\) [ZX]/.test(stat)) found.push(Number(entry))
    } catch {
      // gone
    }
  }
  return found
}

interface HostileReport {
  pid: number
  ppid: number
  ancestors: number[]
  environs: Record<string, string[] | string>
  visible: number
  allocatedMb?: number
}

async function runHostile(kind: ContainmentKind, hogMb?: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-contain-'))
  const marker = `mcpcop-hostile-${process.pid}-${Date.now()}`
  const reportFile = path.join(dir, 'report.json')
  const containment = detectContainment({ prefer: [kind], memoryLimitBytes: 256 * 1024 * 1024 })
  const args = [fault('hostile-server.mjs'), reportFile, marker, ...(hogMb ? [String(hogMb)] : [])]
  const output = await dryRun([server('hostile', { command: NODE, args })], {
    cwd: dir,
    timeoutMs: 20_000,
    containment
  })
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as HostileReport
  // Give a daemon that escaped a moment to show itself.
  await new Promise((resolve) => setTimeout(resolve, 300))
  return { output, report, marker, containment }
}

interface JobFilesReport {
  home: [mode: number, uid: number] | string
  persistent: string[]
  relative: string
  listed: string[] | string
  appended: string[]
  planted: string
  gitConfig: string
  gitCredentials: string
}

const TOKEN_HEADER = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2pvYnRva2Vu'
const STORED = 'https://x-access-token:ghs_storedcredential@github.com\n'

/** A job as a GitHub runner lays it out: its temporary folder with a file command, a checkout with its token, a home. */
function jobLayout() {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-job-'))
  const runnerTemp = path.join(dir, '_temp')
  const setEnv = path.join(runnerTemp, '_runner_file_commands', 'set_env_0b1c')
  mkdirSync(path.dirname(setEnv), { recursive: true })
  writeFileSync(setEnv, 'KEPT=1\n')
  const repo = path.join(dir, 'work', 'repo')
  const gitConfig = path.join(repo, '.git', 'config')
  mkdirSync(path.dirname(gitConfig), { recursive: true })
  writeFileSync(
    gitConfig,
    `[core]\n\trepositoryformatversion = 0\n\tbare = false\n[http "https://github.com/"]\n\textraheader = ${TOKEN_HEADER}\n`
  )
  const home = path.join(dir, 'home')
  mkdirSync(home)
  writeFileSync(path.join(home, '.git-credentials'), STORED)
  // An unusual mode, which the overlay must show as the folder's own.
  chmodSync(home, 0o711)
  // What later steps run: an earlier action's post-step script in the work folder, git's settings in the home.
  const actionScript = path.join(dir, 'work', '_actions', 'actions', 'checkout', 'v4', 'dist', 'index.js')
  mkdirSync(path.dirname(actionScript), { recursive: true })
  writeFileSync(actionScript, 'original')
  const gitSettings = path.join(home, '.gitconfig')
  writeFileSync(gitSettings, 'original')
  const env = { ...process.env, RUNNER_TEMP: runnerTemp, RUNNER_WORKSPACE: path.join(dir, 'work', 'repo'), HOME: home }
  // The report goes where the overlays are not.
  const reportDir = mkdtempSync(path.join(tmpdir(), 'mcpcop-job-report-'))
  const reportFile = path.join(reportDir, 'report.json')
  const args = [
    fault('job-files-server.mjs'),
    reportFile,
    runnerTemp,
    gitConfig,
    path.join(home, '.git-credentials'),
    actionScript,
    gitSettings,
    // A file that is not there yet, right in the home folder (the overlay's own top).
    path.join(home, '.new-in-home')
  ]
  return {
    dir,
    runnerTemp,
    setEnv,
    repo,
    gitConfig,
    home,
    env,
    reportFile,
    args,
    persistent: [actionScript, gitSettings]
  }
}

async function runJobFiles(job: ReturnType<typeof jobLayout>, containment: Containment | undefined) {
  const output = await dryRun([server('job-files', { command: NODE, args: job.args })], {
    cwd: job.repo,
    env: job.env,
    timeoutMs: 20_000,
    ...(containment ? { containment } : {})
  })
  const report = JSON.parse(readFileSync(job.reportFile, 'utf8')) as JobFilesReport
  return { output, report }
}

const available = (kind: ContainmentKind): boolean => detectContainment({ prefer: [kind] }).kind === kind

describe.each(['root-namespace', 'user-namespace', 'sudo-namespace'] as ContainmentKind[])('containment %s', (kind) => {
  const works = process.platform === 'linux' && available(kind)
  // Each mechanism this machine allows is tested; one it does not allow is reported as skipped.
  const maybe = works ? test : test.skip

  maybe('the server sees no ancestor, reads no environment but its own, and leaves nothing behind', async () => {
    const { output, report, marker, containment } = await runHostile(kind)
    expect(containment).toMatchObject({ kind, isolated: true })
    expect(output.servers[0]).toMatchObject({ status: 'ok', serverInfo: { name: 'hostile-server' } })
    // PID 1 of its own namespace: no parent, no ancestor, only its own processes in /proc.
    expect(report.ppid).toBe(0)
    expect(report.ancestors).toEqual([])
    expect(report.environs).toEqual({})
    expect(report.visible).toBeLessThan(10)
    expect(survivors(marker)).toEqual([])
    expect(output.containment).toMatchObject({ kind, isolated: true })
    expect(output.containment!.summary).toMatch(/^Dry-run servers ran isolated/)
  })

  maybe(
    "the job's files are covered: no file command to append to, no token in .git/config, no stored password",
    async () => {
      const run = jobLayout()
      const jobFiles = jobFilesToHide(run.env, run.repo)
      const containment = detectContainment({ prefer: [kind], hide: jobFiles.hide })
      const { output, report } = await runJobFiles(run, containment).finally(() => jobFiles.cleanup())
      expect(output.servers[0]).toMatchObject({ status: 'ok', serverInfo: { name: 'job-files-server' } })
      // An empty folder of its own where the runner's temporary folder is: nothing listed, nothing reaches the runner's.
      expect(report.listed).toBe('ENOENT')
      expect(report.planted).toBe('written')
      expect(readFileSync(run.setEnv, 'utf8')).toBe('KEPT=1\n')
      expect(existsSync(path.join(run.runnerTemp, 'planted'))).toBe(false)
      // git still finds its repository's settings, without the token.
      expect(report.gitConfig).toContain('repositoryformatversion = 0')
      expect(report.gitConfig).not.toContain('extraheader')
      expect(report.gitConfig).not.toContain(TOKEN_HEADER)
      expect(readFileSync(run.gitConfig, 'utf8')).toContain(TOKEN_HEADER)
      expect(report.gitCredentials).toBe('')
      // What it overwrote it read back, in a layer of its own: the files later steps run are as they were.
      expect(report.persistent).toEqual(['planted', 'planted', 'planted'])
      expect(existsSync(path.join(run.home, '.new-in-home'))).toBe(false)
      // The overlaid folder keeps its owner and mode (a layer of root's would lock the job user out of its home).
      expect(report.home).toEqual([0o711, statSync(run.home).uid])
      expect(report.relative).toBe('planted')
      expect(existsSync(path.join(run.repo, 'planted-here'))).toBe(false)
      for (const file of run.persistent) expect(readFileSync(file, 'utf8')).toBe('original')
      expect(output.containment!.summary).not.toContain('could not be hidden')
    }
  )

  maybe('the dry run covers them by itself when it picks the containment', async () => {
    const job = jobLayout()
    const { report, output } = await runJobFiles(job, undefined)
    expect(output.containment).toMatchObject({ isolated: true })
    expect(report.listed).toBe('ENOENT')
    expect(report.gitConfig).not.toContain(TOKEN_HEADER)
    expect(readFileSync(job.setEnv, 'utf8')).toBe('KEPT=1\n')
    // The copy shown in the place of .git/config is removed with the dry run.
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('mcpcop-hidden-') && !leftBefore.has(name))).toEqual(
      []
    )
  })

  maybe('what cannot be covered is said, and the server still runs isolated', async () => {
    const missing = path.join(tmpdir(), `mcpcop-not-there-${process.pid}`, 'x')
    const containment = detectContainment({
      prefer: [kind],
      hide: [{ path: missing, kind: 'folder', what: 'a folder that is not there' }]
    })
    expect(containment).toMatchObject({ kind, isolated: true })
    expect(containment.summary).toMatch(/ These could not be hidden from them here: a folder that is not there\.$/)
    expect(containment.summary).not.toContain(missing)
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-contain-'))
    const output = await dryRun([server('tiny', { command: NODE, args: [fault('tiny-server.mjs')] })], {
      cwd: dir,
      containment
    })
    expect(output.servers[0].status).toBe('ok')
  })

  maybe('a server that allocates without bound is stopped at the memory cap', async () => {
    const { output, report } = await runHostile(kind, 3072)
    expect(report.allocatedMb).toBeLessThanOrEqual(256)
    expect(output.servers[0].status).toBe('ok')
    expect(output.containment!.summary).toContain('at most 256 MiB')
  })
})

describe('without any containment', () => {
  test("this is what covering the job's files closes: a bare server appends to the runner's file commands", async () => {
    const job = jobLayout()
    const { report } = await runJobFiles(job, detectContainment({ prefer: ['none'] }))
    expect(report.listed).toEqual(['set_env_0b1c'])
    expect(readFileSync(job.setEnv, 'utf8')).toBe('KEPT=1\nNODE_OPTIONS=--require /tmp/evil.js\n')
    expect(report.gitConfig).toContain(TOKEN_HEADER)
    expect(report.gitCredentials).toBe(STORED)
    for (const file of job.persistent) expect(readFileSync(file, 'utf8')).toBe('planted')
  })

  test('the report says plainly that servers could read the job environment', async () => {
    const containment = detectContainment({ prefer: ['none'] })
    expect(containment).toMatchObject({ kind: 'none', isolated: false })
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-contain-'))
    const output = await dryRun([server('tiny', { command: NODE, args: [fault('tiny-server.mjs')] })], {
      cwd: dir,
      containment
    })
    expect(output.containment!.summary).toBe(
      "Dry-run servers ran without isolation (no PID namespace could be made here): they could read this job's environment through /proc and leave processes behind. Run the dry run in a job without secrets."
    )
  })

  test('this is the hole containment closes: a bare server reads an ancestor environment the allow-list scrubbed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-contain-'))
    const reportFile = path.join(dir, 'report.json')
    const marker = `mcpcop-bare-${process.pid}-${Date.now()}`
    const containment = detectContainment({ prefer: ['none'] })
    try {
      await dryRun([server('hostile', { command: NODE, args: [fault('hostile-server.mjs'), reportFile, marker] })], {
        cwd: dir,
        containment
      })
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as HostileReport
      // The test runner's own process is an ancestor, and its environment, which the allow-list
      // kept from the server, is readable: any variable outside the allow-list found there proves it.
      const names = Object.values(report.environs).flatMap((v) => (Array.isArray(v) ? v : []))
      expect(names.filter((name) => !isAllowedVariable(name)).length).toBeGreaterThan(0)
    } finally {
      // Without containment a fast double fork can escape the process-tree tracking: end what we started.
      for (const pid of survivors(marker)) process.kill(pid, 'SIGKILL')
    }
  })
})
