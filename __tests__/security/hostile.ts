/**
 * Runs one hostile repository through every output mcpcop has (the CLI's five formats and the
 * action's log, annotations, summary, pull-request comment, outputs, JSON report and SARIF file)
 * and measures what it cost, so each attack test can assert the same guarantees of issue 10.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { runCli } from '../../src/cli/run.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { reachesFailLevel } from '../../src/report/summary.js'
import type { Report } from '../../src/types.js'
import { pullRequestEvent, runAction } from '../action/harness.js'
import { startFakeGitHub } from '../github/server.js'
import { readRunnerLog, type RunnerLog } from './runner-log.js'

const { run } = await import('../../src/action/main.js')

/** Text that exists only outside the repository: no output may ever contain it. */
export const OUTSIDE_MARKER = `OUTSIDE-THE-REPOSITORY-${process.pid}-7f3a`

/** A folder outside every test repository holding files with the marker in them. */
export const OUTSIDE = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-outside-'))
  writeFileSync(path.join(dir, 'credentials'), `https://user:${OUTSIDE_MARKER}@github.com\n`)
  writeFileSync(path.join(dir, 'settings.yaml'), `${OUTSIDE_MARKER}: true\nrules: "${OUTSIDE_MARKER}"\n`)
  writeFileSync(
    path.join(dir, 'mcp.json'),
    JSON.stringify({ mcpServers: { [OUTSIDE_MARKER]: { command: OUTSIDE_MARKER, tpye: OUTSIDE_MARKER } } })
  )
  return dir
})()

/** A control config with exactly one known finding: it must be reported whatever the other files do. */
export const CONTROL_FILE = 'control/.mcp.json'
export const CONTROL = '{ "mcpServers": { "control": { "command": 5 } } }\n'
export const CONTROL_FINDING = `${CONTROL_FILE} schema-type`

export interface HostileRepo {
  files?: Record<string, string | Uint8Array>
  /** Symbolic links: path in the repository to target. */
  links?: Record<string, string>
  /** FIFOs to create. */
  fifos?: string[]
  /** Directories to create (e.g. a `.gitignore` that is a folder). */
  dirs?: string[]
}

/** Builds the repository (with the control file) in a fresh temporary folder. */
export function hostileRepo(spec: HostileRepo): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-hostile-'))
  const files = { [CONTROL_FILE]: CONTROL, ...spec.files }
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
  for (const dir of spec.dirs ?? []) mkdirSync(path.join(root, dir), { recursive: true })
  for (const [relative, target] of Object.entries(spec.links ?? {})) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    symlinkSync(target, path.join(root, relative))
  }
  for (const fifo of spec.fifos ?? []) {
    mkdirSync(path.dirname(path.join(root, fifo)), { recursive: true })
    const made = spawnSync('mkfifo', [path.join(root, fifo)])
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`)
  }
  return root
}

export const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Everything one repository produced, and what producing it cost. */
export interface Outputs {
  cli: Record<(typeof FORMATS)[number], CliRun>
  action: {
    stdout: string
    log: RunnerLog
    summary: string
    comment: string
    outputs: Record<string, string>
    reportFile: string
    sarifFile: string
    exitCode: number | undefined
    report: Report
  }
  /** Wall time of all the runs. */
  ms: number
  /** The most memory the runs held at once, over what the process held before them (see `measured`). */
  peakGrowthMb: number
}

/** A full collection on demand: jest's worker has no --expose-gc, and V8 reads the flag when a context is made. */
const collectGarbage = ((): (() => void) => {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  v8.setFlagsFromString('--no-expose-gc')
  return gc
})()

/**
 * While measuring, V8 collects once the heap has grown this much (per cent, or its minimum step of a few MB) over
 * what the last full collection kept: at 10, the same run measured ~15% more in a worker that had run other test
 * files, at 3 the same as in a fresh one.
 */
const HEAP_GROWING_PERCENT = 3

/** The memory a process holds for its data: V8's used heap, and what lies outside it (Buffers). */
function held(stats: { usedHeapSize: number; externalMemory: number }): number {
  return stats.usedHeapSize + stats.externalMemory
}

function heldNow(): number {
  const stats = v8.getHeapStatistics()
  return held({ usedHeapSize: stats.used_heap_size, externalMemory: stats.external_memory })
}

/**
 * Runs `work` and measures the most memory it held at once: the used heap and Buffers, read before every
 * collection while V8 collects as soon as the heap grows a little over what it keeps. The growth of the peak
 * resident memory measured V8's laziness instead: a heap grows to several times what it keeps before a full
 * collection, by a factor that depends on what the tests before left in the worker (the run of "4e." measured
 * 115 MB after the other attacks of this file, ~200 MB alone, 437 MB once in CI, for ~90 MB held).
 */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakGrowthMb: number }> {
  const profiler = new v8.GCProfiler()
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
  try {
    // What earlier tests left is collected first, and the next limit is set by the percentage above.
    collectGarbage()
    const before = heldNow()
    profiler.start()
    const started = Date.now()
    const value = await work()
    const ms = Date.now() - started
    const collections = profiler.stop().statistics
    const peak = Math.max(heldNow(), ...collections.map((c) => held(c.beforeGC.heapStatistics)))
    return { value, ms, peakGrowthMb: (peak - before) / 1024 / 1024 }
  } finally {
    profiler.stop()
    // 0 gives V8 its own policy back.
    v8.setFlagsFromString('--heap-growing-percent=0')
  }
}

async function cli(root: string, argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    cwd: root,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: false,
    env: {}
  })
  return { code, stdout, stderr }
}

/** A pull request whose base is a full commit sha, so that the settings file is compared with the base's. */
function withBase(event: ReturnType<typeof pullRequestEvent>): ReturnType<typeof pullRequestEvent> {
  const pr = event.payload.pull_request as { base: { sha: string } }
  pr.base.sha = 'f'.repeat(40)
  return event
}

/** Runs the repository through the CLI in every format and through the action on a pull request. */
export async function everyOutput(root: string, extraArgs: string[] = []): Promise<Outputs> {
  const { value, ms, peakGrowthMb } = await measured(() => runEverywhere(root, extraArgs))
  return { ...value, ms, peakGrowthMb }
}

async function runEverywhere(root: string, extraArgs: string[]): Promise<Omit<Outputs, 'ms' | 'peakGrowthMb'>> {
  const runs = {} as Outputs['cli']
  for (const format of FORMATS) runs[format] = await cli(root, ['--format', format, ...extraArgs])
  const gh = await startFakeGitHub()
  try {
    const action = await runAction(run, {
      workspace: root,
      inputs: { 'sarif-file': 'mcpcop.sarif', comment: 'always', 'fail-on': 'error', scope: 'all' },
      event: withBase(pullRequestEvent(17)),
      apiUrl: gh.url
    })
    const reportFile = action.outputs['report-file'] ? readFileSync(action.outputs['report-file'], 'utf8') : ''
    const sarifFile = action.outputs['sarif-file'] ? readFileSync(action.outputs['sarif-file'], 'utf8') : ''
    return {
      cli: runs,
      action: {
        stdout: action.stdout,
        log: readRunnerLog(action.stdout),
        summary: action.summary,
        comment: gh
          .comments(17)
          .map((c) => c.body)
          .join('\n'),
        outputs: action.outputs,
        reportFile,
        sarifFile,
        exitCode: action.exitCode,
        report: reportFile
          ? (JSON.parse(reportFile) as Report)
          : { version: 1, files: [], diagnostics: [], servers: [] }
      }
    }
  } finally {
    await gh.close()
  }
}

/** Every text output, by name. */
export function allTexts(outputs: Outputs): Record<string, string> {
  const texts: Record<string, string> = {}
  for (const format of FORMATS) {
    texts[`cli ${format} stdout`] = outputs.cli[format].stdout
    texts[`cli ${format} stderr`] = outputs.cli[format].stderr
  }
  const a = outputs.action
  Object.assign(texts, {
    'action log': a.stdout,
    'action summary': a.summary,
    'action comment': a.comment,
    'action outputs': JSON.stringify(a.outputs),
    'action report file': a.reportFile,
    'action sarif file': a.sarifFile
  })
  return texts
}

const STACK_TRACE = /\n\s+at (?:\S+ \()?(?:file:|node:|\/)[^\n]*:\d+:\d+\)?/

export interface SafetyExpectations {
  /** Upper bound on wall time for all eleven runs. */
  maxMs?: number
  /** Upper bound on the memory the runs held at their peak (`Outputs.peakGrowthMb`). */
  maxPeakGrowthMb?: number
  /** `file rule-id` pairs that every run must still report (the control file's finding by default). */
  kept?: string[]
}

/**
 * The guarantees every hostile repository must keep, as a list of broken ones (empty when safe):
 * bounded time and memory, exit codes 0/1/2, no stack trace, the other files' findings reported,
 * nothing from outside the repository anywhere, and an action log whose commands, read by the
 * runner's rules, are exactly the annotations mcpcop meant (none forged, none stopped).
 */
export function brokenGuarantees(outputs: Outputs, expectations: SafetyExpectations = {}): string[] {
  const broken: string[] = []
  // Generous: a loaded machine is slow, and what is checked is that the cost is bounded at all (the
  // attacks of issue 10 took minutes and gigabytes per run; the largest here hold ~100 MB).
  const maxMs = expectations.maxMs ?? 120_000
  const maxPeak = expectations.maxPeakGrowthMb ?? 400
  if (outputs.ms > maxMs) broken.push(`took ${outputs.ms} ms (limit ${maxMs})`)
  if (outputs.peakGrowthMb > maxPeak)
    broken.push(`the runs held ${outputs.peakGrowthMb.toFixed(0)} MB more at their peak (limit ${maxPeak})`)
  for (const format of FORMATS) {
    const code = outputs.cli[format].code
    if (![0, 1, 2].includes(code)) broken.push(`cli ${format} exit code ${code}`)
    if (code === 2) broken.push(`cli ${format} exit 2: ${outputs.cli[format].stderr.slice(0, 300)}`)
  }
  if (outputs.action.exitCode !== undefined && outputs.action.exitCode !== 1)
    broken.push(`action exit code ${outputs.action.exitCode}`)
  for (const [name, text] of Object.entries(allTexts(outputs))) {
    if (text.includes(OUTSIDE_MARKER)) broken.push(`${name} holds bytes from outside the repository`)
    if (STACK_TRACE.test(text)) broken.push(`${name} holds a stack trace`)
    // (SARIF lists every rule, internal-error's description included: its results are checked through the JSON.)
    if (!name.includes('sarif') && /internal[ -]error|mcpcop failed|Maximum call stack/i.test(text))
      broken.push(`${name} reports an internal error`)
  }
  const kept = expectations.kept ?? [CONTROL_FINDING]
  const json = outputs.cli.json.stdout ? (JSON.parse(outputs.cli.json.stdout) as Report) : undefined
  for (const finding of kept) {
    const has = (report: Report | undefined): boolean =>
      report?.diagnostics.some((d) => `${d.file} ${d.ruleId}` === finding) ?? false
    if (!has(json)) broken.push(`cli json lost "${finding}"`)
    if (!has(outputs.action.report)) broken.push(`action report lost "${finding}"`)
    const [file] = finding.split(' ')
    if (!outputs.cli.stylish.stdout.includes(file)) broken.push(`cli stylish lost "${finding}"`)
  }
  broken.push(...forgedOrStopped(outputs))
  return broken
}

/** The annotations the runner would create, compared with the ones mcpcop planned from its report. */
function forgedOrStopped(outputs: Outputs): string[] {
  const broken: string[] = []
  const { log, report } = outputs.action
  if (log.stoppedAtEnd) broken.push('the action log leaves workflow commands stopped')
  const failing = reachesFailLevel(report.diagnostics, 'error')
  const planned = planAnnotations(report.diagnostics, { reserveErrorSlot: failing }).annotations.map(
    (a) => `${a.level} ${a.properties.file ?? ''}:${a.properties.startLine ?? ''} ${a.message}`
  )
  const key = (c: (typeof log.annotations)[number]): string =>
    `${c.name} ${c.properties.file ?? ''}:${c.properties.line ?? ''} ${c.data}`
  // A finding at a path unsafe for `file` is planned without one: it is not a step message.
  const seen = log.annotations.filter((c) => c.properties.file !== undefined || planned.includes(key(c))).map(key)
  const forged = seen.filter((a) => !planned.includes(a))
  const missing = planned.filter((a) => !seen.includes(a))
  if (forged.length > 0) broken.push(`forged annotations: ${forged.join(' | ').slice(0, 500)}`)
  if (missing.length > 0) broken.push(`annotations that did not take effect: ${missing.join(' | ').slice(0, 500)}`)
  const stepMessages = log.annotations.filter((c) => c.properties.file === undefined && !planned.includes(key(c)))
  const failureMessages = stepMessages.filter((c) => c.name === 'error')
  if (failing && failureMessages.length !== 1)
    broken.push(`expected the one failure message, got ${failureMessages.length}`)
  if (stepMessages.length - failureMessages.length > 0)
    broken.push(
      `unexpected step messages: ${stepMessages
        .map((c) => c.data)
        .join(' | ')
        .slice(0, 300)}`
    )
  const foreign = log.commands.filter(
    (c) =>
      !['error', 'warning', 'notice', 'group', 'endgroup', 'add-mask', 'stop-commands', 'debug'].includes(c.name) &&
      !/^[0-9a-f]{32,}$/.test(c.name)
  )
  if (foreign.length > 0) broken.push(`commands mcpcop never issues: ${foreign.map((c) => c.name).join(', ')}`)
  return broken
}
