import { parseArgs } from 'node:util'
import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import type { DryRunOptions, DryRunOutput } from '../dryrun/index.js'
import { existsInside, MAX_FILE_BYTES } from '../read.js'
import path from 'node:path'
import {
  BaselineError,
  baselineOf,
  baselinePath,
  buildBaseline,
  formatBaseline,
  readBaseline,
  type Baseline,
  type LoadedBaseline
} from '../baseline.js'
import type { Comparison } from '../compare/index.js'
import { findSettingsFile, loadConfig, prepareSettings, UNSUPPRESSIBLE_RULES } from '../config.js'
import { lint, lintSnapshot, UsageError, type LintResult, type SnapshotFile } from '../engine.js'
import { youngGenerationHolder } from '../young-generation.js'
import { compileLazilyAgain } from './compile-cache.js'
import { knownRuleIds } from '../diagnostics.js'
import { countBySeverity, ignoredConfigNotes, plural } from '../report/summary.js'
import { needsDryRun, settle, summarizeSettled } from '../settle.js'
import type { SettledSummary } from '../report/markdown.js'
import type { Diagnostic } from '../types.js'
import { HOSTS, hostById } from '../hosts/index.js'
import { nearestName } from '../nearest.js'
import { reachesFailLevel, type FailOn } from '../report/summary.js'
import { redact } from '../mask.js'
import type { LockUpdate } from '../lock/report.js'
import { VERSION } from '../version.js'
import { FORMATS, HELP, OPTIONS } from './help.js'
import { wantsColor } from './color.js'
import { prepareFolder, writeGuarded } from '../write.js'

/** What the CLI needs from its process, injected so tests run it in-process. */
export interface CliIO {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  isTTY: boolean
  env: NodeJS.ProcessEnv
  /**
   * Standard input (`mcpcop -`, `mcpcop why -`), its first `maxBytes` bytes at most; `over` when it held
   * more, which is then left unread.
   */
  readStdin?(maxBytes: number): Promise<{ bytes: Uint8Array; over: boolean }>
  /** The system whose user-level files `mcpcop doctor` reads (default: this one). */
  platform?: NodeJS.Platform
}

const FAIL_LEVELS: FailOn[] = ['error', 'warning', 'notice', 'never']

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  // Subcommands, loaded only when used; the bare command stays the repository linter.
  if (argv[0] === 'doctor') return (await import('./doctor.js')).runDoctor(argv.slice(1), io)
  if (argv[0] === 'why') return (await import('./why.js')).runWhy(argv.slice(1), io)
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, tokens: true, options: OPTIONS })
  } catch (error) {
    return usage(io, argumentError(argv, error as NodeJS.ErrnoException))
  }
  const { values, positionals, tokens } = parsed
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  if (values['list-hosts']) {
    io.stdout(
      HOSTS.map(
        (h) => `${h.id.padEnd(18)} ${h.name.padEnd(22)} ${h.patterns.join(', ') || '(user files only: mcpcop doctor)'}`
      ).join('\n') + '\n'
    )
    return 0
  }
  // The conveniences that do not lint (src/cli/extras.ts) are loaded only when asked for.
  if (values['list-rules']) {
    io.stdout((await import('./extras.js')).listRules())
    return 0
  }
  if (values.explain !== undefined) {
    const page = (await import('./extras.js')).explainRule(values.explain)
    if (page === undefined) {
      const guess = nearestName(values.explain, knownRuleIds())
      return usage(
        io,
        `unknown rule "${values.explain}"` + (guess ? `; did you mean "${guess}"?` : '; see --list-rules')
      )
    }
    io.stdout(page.endsWith('\n') ? page : `${page}\n`)
    return 0
  }
  if (values.init) {
    const lines = (await import('./extras.js')).init(io.cwd)
    for (const { line, failed } of lines) {
      if (failed) io.stderr(`mcpcop: ${line}\n`)
      else io.stdout(`mcpcop: ${line}\n`)
    }
    return lines.some((l) => l.failed) ? 2 : 0
  }
  if (values['print-config']) {
    try {
      const file = values.config ?? findSettingsFile(io.cwd)
      await prepareSettings(io.cwd, file)
      const loaded = loadConfig(io.cwd, file, knownRuleIds())
      const settingsDir = loaded.file && !values.config ? path.posix.dirname(loaded.file) : '.'
      const { plainLine } = await import('../report/annotations.js')
      // What the settings file holds is masked as in a lint's outputs (a token as a key, a reason, a server).
      for (const d of loaded.diagnostics) io.stderr(`${redact(plainLine(d), loaded.secrets ?? [])}\n`)
      io.stdout((await import('./extras.js')).printConfig({ ...loaded, settingsDir }))
      return loaded.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
    } catch (error) {
      return usage(io, (error as Error).message)
    }
  }
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber(values['max-warnings'])
  if (maxWarnings === null)
    return usage(io, `--max-warnings must be a whole number (0 or more), not "${values['max-warnings']}"`)
  const format = values.format
  const failOn = values['fail-on'] as FailOn
  if (!(FORMATS as readonly string[]).includes(format))
    return usage(io, `unknown format "${format}"; use one of ${FORMATS.join(', ')}`)
  if (!FAIL_LEVELS.includes(failOn))
    return usage(io, `unknown --fail-on level "${failOn}"; use one of ${FAIL_LEVELS.join(', ')}`)
  const timeoutMs = positiveInteger(values.timeout, DRY_RUN_DEFAULTS.timeoutMs)
  const concurrency = positiveInteger(values.concurrency, DRY_RUN_DEFAULTS.concurrency)
  if (timeoutMs === undefined)
    return usage(io, `--timeout must be a whole number of milliseconds above 0, not "${values.timeout}"`)
  if (concurrency === undefined)
    return usage(io, `--concurrency must be a whole number above 0, not "${values.concurrency}"`)
  const passEnv = (values['pass-env'] ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)
  const denied = passEnv.length > 0 ? passEnv.filter((await import('../dryrun/env.js')).isDeniedVariable) : []
  if (denied.length > 0)
    return usage(
      io,
      `--pass-env ${denied.join(', ')}: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers`
    )

  // The dotenv reader is loaded only when a file is named.
  const envFiles = values['env-file']?.length
    ? (await import('./env-file.js')).readEnvFiles(io.cwd, values['env-file'])
    : { variables: {} as Record<string, string> }
  if (envFiles.problem !== undefined) return usage(io, envFiles.problem)
  const fileVariables = envFiles.variables

  // A folder the report cannot go to is told before the work, not after a long dry run.
  if (values.output !== undefined) {
    const problem = prepareFolder(values.output, io.cwd)
    if (problem) return cannotWrite(io, values.output, problem)
  }

  const fromStdin = positionals.includes('-')
  if (fromStdin && (positionals.length > 1 || values.host === undefined))
    return usage(io, 'reading a config from standard input (-) needs --host, and no other path')
  if (fromStdin && values['write-baseline']) return usage(io, '--write-baseline does not take standard input')

  try {
    const result = await (
      fromStdin
        ? lintStdin(io, values.host!, values.config)
        : lint({
            paths: positionals,
            cwd: io.cwd,
            host: values.host,
            config: values.config,
            afterFile: youngGenerationHolder()
          })
    ).finally(compileLazilyAgain)
    if (result.missing.length > 0) return usage(io, `no such file, directory or match: ${result.missing.join(', ')}`)
    // A named file, or a folder's every config, that the settings leave out is said so, not taken for absent.
    const ignored = result.ignored ?? []
    const where = positionals.length > 0 ? positionals.join(', ') : 'this folder'
    const ignoredNotes = ignoredConfigNotes(
      ignored,
      result.settingsFile ?? values.config,
      result.report.files.length,
      where
    )
    for (const line of [...ignoredNotes.named, ...(ignoredNotes.noneChecked ? [ignoredNotes.noneChecked] : [])])
      io.stderr(`mcpcop: ${line}\n`)
    if (result.report.files.length === 0 && ignored.length === 0)
      io.stderr(`mcpcop: no MCP config found in ${where} (looked for: ${(await import('./extras.js')).lookedFor()})\n`)
    // Only here, and only when asked, is anything from a config executed.
    const lintFindings = new Set(result.report.diagnostics)
    let dry: Pick<DryRunOutput, 'containment' | 'interrupted'> = {}
    if (values['dry-run'] || values['update-lock']) {
      // Variables from --env-file are passed like --pass-env ones, and masked like found credentials.
      for (const value of Object.values(fileVariables)) if (value.length >= 4) result.secrets.add(value)
      const env = { ...io.env, ...fileVariables }
      const ran = await addDryRun(
        result,
        { cwd: io.cwd, env, passEnv: [...passEnv, ...Object.keys(fileVariables)], timeoutMs, concurrency },
        values['update-lock'] ? 'update' : 'compare'
      )
      dry = ran.dry
      if (ran.update?.problem !== undefined)
        return cannotWrite(io, ran.update.file, ran.update.problem, 'the tool lock')
      if (ran.update) io.stderr(redact((await import('../lock/report.js')).describeUpdate(ran.update), result.secrets))
    }

    // What the project settled: suppressions in the settings, then the committed baseline.
    const baselineFile = baselinePath(result, values.baseline)
    let baseline: LoadedBaseline | undefined
    if (!values['write-baseline'] && !fromStdin) {
      try {
        baseline = readBaseline(io.cwd, baselineFile)
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error
        return usage(io, error.message)
      }
      if (!baseline && values.baseline !== undefined) return usage(io, `baseline file not found: ${values.baseline}`)
    }
    const dryRan = Boolean(values['dry-run'] || values['update-lock'])
    const settled = settle(result, { baseline, dryRun: dryRan })
    let diagnostics = settled.diagnostics
    if (values['write-baseline']) {
      const recorded = diagnostics.filter(
        (d) => !UNSUPPRESSIBLE_RULES.has(d.ruleId) && !d.ruleId.startsWith('suppression-')
      )
      // Without --dry-run, the dry-run findings a baseline holds were not looked for: keep them as they were.
      const carried = dryRan ? undefined : previousDryRunEntries(io.cwd, baselineFile)
      const written = buildBaseline(recorded, baselineFile, carried)
      const problem = writeGuarded(baselineFile, formatBaseline(written), { cwd: io.cwd })
      if (problem) return cannotWrite(io, baselineFile, problem, 'the baseline')
      const files = new Set(recorded.map((d) => d.file)).size
      const carriedCount = Object.values(carried?.files ?? {}).reduce(
        (n, rules) => n + Object.values(rules).reduce((m, entry) => m + entry.fingerprints.length, 0),
        0
      )
      const kept =
        carriedCount > 0
          ? ` (and kept ${plural(carriedCount, 'dry-run finding')}: run with --dry-run to renew them)`
          : ''
      io.stderr(
        `mcpcop: wrote ${plural(recorded.length, 'finding')} in ${plural(files, 'file')} to ${baselineFile}${kept}\n`
      )
      const recordedNow = new Set(recorded)
      diagnostics = diagnostics.filter((d) => !recordedNow.has(d))
    }
    if (settled.gone.length > 0) {
      const gone = settled.gone.reduce((n, g) => n + g.count, 0)
      // Only a dry run writes dry-run findings again (without one, the baseline keeps them).
      const rewrite = settled.gone.some((g) => needsDryRun(g.rule)) ? ' --dry-run' : ''
      io.stderr(
        `mcpcop: ${plural(gone, 'baselined finding')} no longer ${gone === 1 ? 'occurs' : 'occur'}: run "mcpcop --write-baseline${rewrite}" to shrink ${baseline!.file}\n`
      )
    }
    if (values.base !== undefined) {
      const scoped = await sinceBase(result, diagnostics, lintFindings, values.base, io.cwd, baselineFile)
      if (typeof scoped === 'string') return usage(io, scoped)
      diagnostics = scoped.introduced
      if (scoped.preexisting.length > 0)
        io.stderr(
          `mcpcop: ${plural(scoped.preexisting.length, 'pre-existing finding')} since ${values.base} not reported (run without --base to see them)\n`
        )
    }
    const counts = countBySeverity(diagnostics)
    if (values.quiet) diagnostics = diagnostics.filter((d) => d.severity === 'error')
    result.report = { ...result.report, diagnostics }
    // The last of --color and --no-color wins, as with most command lines.
    const colorFlag = tokens
      .flatMap((t) => (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color') ? [t.name] : []))
      .at(-1)
    const color = wantsColor({
      flag: colorFlag === undefined ? undefined : colorFlag === 'color',
      env: io.env,
      isTTY: io.isTTY,
      toFile: values.output !== undefined
    })
    // Notes come only from a pull request's settings (against the base's) or a dry run's containment:
    // outside a workflow run without a dry run there are none, and their code (git's history) is not loaded.
    let notes: string[] = []
    if (io.env.GITHUB_EVENT_PATH || io.env.GITHUB_BASE_REF || dry.containment) {
      const { reviewNotes } = await import('../github/review-notes.js')
      const options = { cwd: io.cwd, env: io.env, fetchMissing: io.env.GITHUB_ACTIONS === 'true' }
      notes = await reviewNotes(result, options, dry.containment)
    }
    // Code frames quote the source: mask every secret found in the configs in whatever is printed.
    const text = redact(
      await render(format as (typeof FORMATS)[number], result, {
        color,
        failOn,
        notes,
        settled: summarizeSettled(settled, result, baseline?.file)
      }),
      result.secrets
    )
    if (values.output !== undefined) {
      const problem = writeGuarded(values.output, text, { cwd: io.cwd })
      if (problem) return cannotWrite(io, values.output, problem)
    } else io.stdout(text)
    if (dry.interrupted) {
      // What finished is reported above; the run itself did not complete.
      const done = result.report.servers.filter((r) => r.error?.kind !== 'interrupted').length
      io.stderr(
        `mcpcop: interrupted (${dry.interrupted}): ${done} of ${result.report.servers.length} servers finished the dry run; every server process was ended\n`
      )
      return 2
    }
    if (maxWarnings !== undefined && counts.warning > maxWarnings) {
      io.stderr(`mcpcop: ${plural(counts.warning, 'warning')}, more than --max-warnings ${maxWarnings}\n`)
      return 1
    }
    return reachesFailLevel(result.report.diagnostics, failOn) ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message)
    // The message, not the stack: a stack trace in a CI log helps no reviewer (MCPCOP_DEBUG=1 shows it).
    const detail = io.env.MCPCOP_DEBUG
      ? ((error as Error).stack ?? String(error))
      : String((error as Error)?.message ?? error)
    io.stderr(`mcpcop: internal error: ${detail}\n`)
    return 2
  }
}

/** The report in one of the output formats; only the reporter asked for is loaded. */
async function render(
  format: (typeof FORMATS)[number],
  result: LintResult,
  options: { color: boolean; failOn: FailOn; notes: string[]; settled: SettledSummary }
): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(result.report)
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(result.report, {
        version: VERSION,
        secrets: result.secrets
      })
    case 'markdown': {
      const { formatMarkdown, SUMMARY_MAX_BYTES } = await import('../report/markdown.js')
      return formatMarkdown(result.report, {
        failOn: options.failOn,
        maxBytes: SUMMARY_MAX_BYTES,
        secrets: result.secrets,
        moreHint: 'Run with `--format json` for all of them.',
        notes: options.notes,
        settled: options.settled
      })
    }
    case 'github':
      return (await import('../report/annotations.js')).formatWorkflowCommands(result.report)
    default:
      return (await import('../report/stylish.js')).formatStylish(result.report, {
        color: options.color,
        sources: result.sources,
        secrets: result.secrets,
        notes: options.notes
      })
  }
}

/**
 * Runs the dry run and puts its results, its diagnostics and the surface rules' into the report;
 * compares with the tool lock, or writes it (`--update-lock`).
 */
async function addDryRun(
  result: LintResult,
  options: DryRunOptions,
  lock: 'compare' | 'update'
): Promise<{ dry: Pick<DryRunOutput, 'containment' | 'interrupted'>; update: LockUpdate | undefined }> {
  // Loaded only for a dry run: the MCP SDK is most of the bundle, and a plain lint starts faster without it.
  const { dryRun } = await import('../dryrun/index.js')
  const dry = await dryRun(result.servers, options)
  const { mergeDryRun } = await import('../surface.js')
  const update = mergeDryRun(result, dry, { cwd: options.cwd, lock })
  return { dry: { containment: dry.containment, interrupted: dry.interrupted }, update }
}

/**
 * Lints the config on standard input as a file of `host`'s format, under the settings of the working
 * directory; it is reported as `<stdin>`.
 */
async function lintStdin(io: CliIO, host: string, config: string | undefined): Promise<LintResult> {
  const named = hostById(host)
  if (!named) throw new UsageError(`unknown host "${host}"`)
  if (!io.readStdin) throw new UsageError('standard input cannot be read here')
  let settings
  try {
    const file = config ?? findSettingsFile(io.cwd)
    await prepareSettings(io.cwd, file)
    settings = loadConfig(io.cwd, file, knownRuleIds())
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  // Read as a file is: its bytes (checked as UTF-8 as a host reads them), within the same size limit.
  const { bytes, over } = await io.readStdin(MAX_FILE_BYTES)
  const file: SnapshotFile = over
    ? { path: STDIN_NAME, host: named.id, refusal: { ruleId: 'file-too-large', reason: STDIN_TOO_LARGE } }
    : { path: STDIN_NAME, host: named.id, bytes }
  return await lintSnapshot({
    files: [file],
    settings,
    settingsDir: settings.file && !config ? path.posix.dirname(settings.file) : '.',
    exists: (relative) => existsInside(io.cwd, relative)
  })
}

/** How a config read from standard input is named in the report. */
const STDIN_NAME = '<stdin>'

const STDIN_TOO_LARGE = `standard input holds more than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for a config file; it was not read`

/** `--base`: splits the findings into those introduced since a git ref and the others, or says why it cannot. */
async function sinceBase(
  result: LintResult,
  diagnostics: Diagnostic[],
  lintFindings: Set<Diagnostic>,
  ref: string,
  cwd: string,
  baselineFile: string
): Promise<Comparison | string> {
  // Loaded only with --base: the comparison and git's history are not needed by a plain run.
  const { compareWithBase } = await import('../compare/index.js')
  const { gitBaseSource } = await import('../compare/git-source.js')
  const source = await gitBaseSource(cwd, ref, { fetch: false })
  if (typeof source === 'string') return `--base ${ref}: ${source}`
  try {
    return await compareWithBase(result, {
      cwd,
      source,
      diagnostics: diagnostics.filter((d) => lintFindings.has(d) || d.ruleId.startsWith('suppression-')),
      dynamic: diagnostics.filter((d) => !lintFindings.has(d) && !d.ruleId.startsWith('suppression-')),
      policyFiles: [result.settingsFile, baselineFile].filter((f) => f !== undefined)
    })
  } catch (error) {
    return `--base ${ref}: ${(error as Error).message}`
  }
}

function wholeNumber(value: string): number | null {
  return /^\d{1,9}$/.test(value) ? Number(value) : null
}

function positiveInteger(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined
}

/** The message for arguments parseArgs refused; an unknown option gets the nearest known one. */
function argumentError(argv: string[], error: NodeJS.ErrnoException): string {
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return error.message
  // Parsed again leniently, only to learn which option was unknown, as typed.
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS })
  const unknown = tokens.find((t) => t.kind === 'option' && !Object.hasOwn(OPTIONS, t.name))
  if (unknown?.kind !== 'option') return error.message
  const longNames = Object.keys(OPTIONS)
  const nearest = unknown.rawName.startsWith('--') ? nearestName(unknown.name, longNames) : undefined
  return `unknown option "${unknown.rawName}"` + (nearest ? `; did you mean "--${nearest}"?` : '')
}

function cannotWrite(io: CliIO, file: string, problem: string, what = 'the report'): number {
  io.stderr(`mcpcop: cannot write ${what} to ${JSON.stringify(file)}: ${problem}\n`)
  return 2
}

function usage(io: CliIO, message: string): number {
  io.stderr(`mcpcop: ${message}\nRun "mcpcop --help" for usage.\n`)
  return 2
}

/** The dry-run findings of the baseline being written again (none when it is missing or unreadable). */
function previousDryRunEntries(cwd: string, baselineFile: string): Baseline | undefined {
  try {
    const previous = readBaseline(cwd, baselineFile)
    return previous && baselineOf(previous.baseline, needsDryRun)
  } catch (error) {
    if (error instanceof BaselineError) return undefined
    throw error
  }
}
