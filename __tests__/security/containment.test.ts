/**
 * Issue 10, finding 10: dry-run containment, tested with real processes on this machine for each
 * mechanism it allows. A hostile server reads its parent's and every ancestor's environment
 * through /proc, leaves a double-forked daemon and a setsid child, and allocates without bound.
 * Inside the containment it sees no ancestor, leaves nothing behind, and its allocations stop at
 * the cap; where no mechanism works, the report says plainly that servers were not isolated.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { detectContainment, type ContainmentKind } from '../../src/dryrun/contain.js'
import { isAllowedVariable } from '../../src/dryrun/env.js'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, NODE, server } from '../dryrun/helpers.js'

jest.setTimeout(120_000)

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

  maybe('a server that allocates without bound is stopped at the memory cap', async () => {
    const { output, report } = await runHostile(kind, 3072)
    expect(report.allocatedMb).toBeLessThanOrEqual(256)
    expect(output.servers[0].status).toBe('ok')
    expect(output.containment!.summary).toContain('at most 256 MiB')
  })
})

describe('without any containment', () => {
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
