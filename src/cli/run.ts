import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { isDeniedVariable } from '../dryrun/env.js'
import type { DryRunOptions } from '../dryrun/index.js'
import { lint, UsageError, type LintResult } from '../engine.js'
import { HOSTS } from '../hosts/index.js'
import { nearestName } from '../nearest.js'
import { formatWorkflowCommands } from '../report/annotations.js'
import { formatJson } from '../report/json.js'
import { formatMarkdown, SUMMARY_MAX_BYTES } from '../report/markdown.js'
import { formatSarif } from '../report/sarif.js'
import { formatStylish } from '../report/stylish.js'
import { reachesFailLevel, type FailOn } from '../report/summary.js'
import { redact } from '../secrets.js'
import { mergeDryRun } from '../surface.js'
import { VERSION } from '../version.js'
import { wantsColor } from './color.js'
import { prepareReportFolder, writeReportFile } from './output.js'

/** What the CLI needs from its process, injected so tests run it in-process. */
export interface CliIO {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  isTTY: boolean
  env: NodeJS.ProcessEnv
  /** All of standard input, for `mcpcop why -`. */
  readStdin?(): Promise<string>
  /** The system whose user-level files `mcpcop doctor` reads (default: this one). */
  platform?: NodeJS.Platform
}

const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const
const FAIL_LEVELS: FailOn[] = ['error', 'warning', 'notice', 'never']

const HELP = `Usage: mcpcop [options] [paths...]
       mcpcop doctor [options]     check this machine's own MCP setup, every host (mcpcop doctor --help)
       mcpcop why "<error text>"   explain an error an MCP host printed (mcpcop why --help)

Finds every MCP server config under the given paths (default: .), validates it for its host,
and reports each problem at its line. To check a folder named "doctor" or "why", write ./doctor.

Options:
  -f, --format <name>    output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output <file>    write the report to a file instead of standard output (creates missing folders)
      --fail-on <level>  exit 1 when a finding is at or above: error, warning, notice, never (default: error)
      --host <id>        read explicitly named files as this host's format (see --list-hosts)
  -c, --config <file>    settings file (default: .mcpcop.json or .mcpcop.yaml here or in a folder
                         above, up to the repository root)
      --list-hosts       list the host formats and the paths where they are found
      --dry-run          also start every configured server as its host would (runs the commands
                         the configs name!) and report whether it answers; see docs/dry-run.md
      --timeout <ms>     dry run: time each server gets to start and answer (default: ${DRY_RUN_DEFAULTS.timeoutMs})
      --concurrency <n>  dry run: servers started at once (default: ${DRY_RUN_DEFAULTS.concurrency})
      --pass-env <name>  dry run: also give servers this variable from the environment (repeatable);
                         by default they get only PATH, HOME, TMPDIR, LANG, LC_*, TERM, SHELL, USER
      --color            colour the report even when the output is not a terminal, or goes to a file
      --no-color         plain output; without either flag, FORCE_COLOR and NO_COLOR decide, then
                         whether the output is a terminal
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no findings at the fail-on level, 1 findings at or above it, 2 usage or internal error.
`

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'error' },
  host: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'list-hosts': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'pass-env': { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} satisfies ParseArgsConfig['options']

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
  const format = values.format as string
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
  const denied = passEnv.filter(isDeniedVariable)
  if (denied.length > 0)
    return usage(
      io,
      `--pass-env ${denied.join(', ')}: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers`
    )

  // A folder the report cannot go to is told before the work, not after a long dry run.
  if (values.output !== undefined) {
    const problem = prepareReportFolder(io.cwd, values.output)
    if (problem) return cannotWrite(io, values.output, problem)
  }

  try {
    const result = await lint({ paths: positionals, cwd: io.cwd, host: values.host, config: values.config })
    if (result.missing.length > 0) return usage(io, `no such file, directory or match: ${result.missing.join(', ')}`)
    // Only here, and only when asked, is anything from a config executed.
    if (values['dry-run']) await addDryRun(result, { cwd: io.cwd, env: io.env, passEnv, timeoutMs, concurrency })
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
    // Code frames quote the source: mask every secret found in the configs in whatever is printed.
    const text = redact(render(format as (typeof FORMATS)[number], result, { color, failOn }), result.secrets)
    if (values.output !== undefined) {
      const problem = writeReportFile(io.cwd, values.output, text)
      if (problem) return cannotWrite(io, values.output, problem)
    } else io.stdout(text)
    return reachesFailLevel(result.report.diagnostics, failOn) ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message)
    io.stderr(`mcpcop: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 2
  }
}

/** The report in one of the output formats. */
function render(
  format: (typeof FORMATS)[number],
  result: LintResult,
  options: { color: boolean; failOn: FailOn }
): string {
  switch (format) {
    case 'json':
      return formatJson(result.report)
    case 'sarif':
      return formatSarif(result.report, { version: VERSION, secrets: result.secrets })
    case 'markdown':
      return formatMarkdown(result.report, {
        failOn: options.failOn,
        maxBytes: SUMMARY_MAX_BYTES,
        secrets: result.secrets,
        moreHint: 'Run with `--format json` for all of them.'
      })
    case 'github':
      return formatWorkflowCommands(result.report)
    default:
      return formatStylish(result.report, { color: options.color, sources: result.sources, secrets: result.secrets })
  }
}

/** Runs the dry run and puts its results, its diagnostics and the surface rules' into the report. */
async function addDryRun(result: LintResult, options: DryRunOptions): Promise<void> {
  // Loaded only for a dry run: the MCP SDK is most of the bundle, and a plain lint starts faster without it.
  const { dryRun } = await import('../dryrun/index.js')
  mergeDryRun(result, await dryRun(result.servers, options))
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

function cannotWrite(io: CliIO, file: string, problem: string): number {
  io.stderr(`mcpcop: cannot write the report to ${JSON.stringify(file)}: ${problem}\n`)
  return 2
}

function usage(io: CliIO, message: string): number {
  io.stderr(`mcpcop: ${message}\nRun "mcpcop --help" for usage.\n`)
  return 2
}
