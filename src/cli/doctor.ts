import { parseArgs } from 'node:util'
import { doctor } from '../doctor/index.js'
import { formatDoctor } from '../doctor/format.js'
import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { UsageError } from '../engine.js'
import { redact } from '../mask.js'
import { wantsColor } from './color.js'
import { prepareFolder, writeGuarded } from '../write.js'
import type { CliIO } from './run.js'

const HELP = `Usage: mcpcop doctor [options]

Checks this machine's own MCP setup, for the folder you start your hosts in: the MCP configs the
hosts read here, each checked with the same rules as in a repository, then every server started
the way its host starts it, with your own environment. Prints one line per server with its status,
and for each failure the cause, the fix and its last stderr line; then the findings.

This starts the commands your own configs name, as your hosts would; the servers of this folder's own
configs (a repository's .mcp.json, .vscode/mcp.json, ...) only with --trust-folder, as a host starts them
only once you trust the folder. Secrets are never printed.

Options:
  -f, --format <name>    stylish or json (default: stylish)
  -o, --output <file>    write the report to a file
      --no-dry-run       only read the configs; start nothing
      --trust-folder     also start the servers of this folder's own configs
      --timeout <ms>     time each server gets to start and answer (default: ${DRY_RUN_DEFAULTS.timeoutMs})
      --concurrency <n>  servers started at once (default: ${DRY_RUN_DEFAULTS.concurrency})
      --color, --no-color
  -h, --help

Exit codes: 0 every server answered and no error was found, 1 otherwise, 2 usage or internal error.
`

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  'no-dry-run': { type: 'boolean' },
  'trust-folder': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const

/** `mcpcop doctor`: the health of this machine's MCP servers. */
export async function runDoctor(argv: string[], io: CliIO): Promise<number> {
  let values
  try {
    values = parseArgs({ args: argv, allowPositionals: false, options: OPTIONS }).values
  } catch (error) {
    return usage(io, (error as Error).message)
  }
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const format = values.format
  if (format !== 'stylish' && format !== 'json') return usage(io, `unknown format "${format}"; use stylish or json`)
  const timeoutMs = whole(values.timeout, DRY_RUN_DEFAULTS.timeoutMs)
  const concurrency = whole(values.concurrency, DRY_RUN_DEFAULTS.concurrency)
  if (timeoutMs === undefined) return usage(io, `--timeout must be a whole number of milliseconds above 0`)
  if (concurrency === undefined) return usage(io, `--concurrency must be a whole number above 0`)
  if (values.output !== undefined) {
    const problem = prepareFolder(values.output, io.cwd)
    if (problem) return cannotWrite(io, values.output, problem)
  }
  try {
    const result = await doctor({
      cwd: io.cwd,
      env: io.env,
      ...(io.platform ? { platform: io.platform } : {}),
      dryRun: !values['no-dry-run'],
      trustFolder: values['trust-folder'] === true,
      timeoutMs,
      concurrency
    })
    const color = wantsColor({
      flag: values['no-color'] ? false : values.color ? true : undefined,
      env: io.env,
      isTTY: io.isTTY,
      toFile: values.output !== undefined
    })
    const text = format === 'json' ? JSON.stringify(result.report, null, 2) + '\n' : formatDoctor(result, { color })
    const masked = redact(text, result.secrets)
    if (values.output !== undefined) {
      const problem = writeGuarded(values.output, masked, { cwd: io.cwd })
      if (problem) return cannotWrite(io, values.output, problem)
    } else io.stdout(masked)
    const unhealthy =
      result.report.servers.some((s) => s.status === 'failed') ||
      result.report.diagnostics.some((d) => d.severity === 'error')
    return unhealthy ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message)
    io.stderr(`mcpcop doctor: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 2
  }
}

function whole(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined
}

function cannotWrite(io: CliIO, file: string, problem: string): number {
  io.stderr(`mcpcop doctor: cannot write the report to ${JSON.stringify(file)}: ${problem}\n`)
  return 2
}

function usage(io: CliIO, message: string): number {
  io.stderr(`mcpcop doctor: ${message}\nRun "mcpcop doctor --help" for usage.\n`)
  return 2
}
