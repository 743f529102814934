import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { lint, UsageError } from '../engine.js'
import { HOSTS } from '../hosts/index.js'
import { formatJson } from '../report/json.js'
import { formatStylish } from '../report/stylish.js'
import { reachesFailLevel, type FailOn } from '../report/summary.js'
import { redact } from '../secrets.js'
import { VERSION } from '../version.js'

/** What the CLI needs from its process, injected so tests run it in-process. */
export interface CliIO {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  isTTY: boolean
  env: NodeJS.ProcessEnv
}

const FORMATS = ['stylish', 'json'] as const
const FAIL_LEVELS: FailOn[] = ['error', 'warning', 'notice', 'never']

const HELP = `Usage: mcp-preflight [options] [paths...]

Finds every MCP server config under the given paths (default: .), validates it for its host,
and reports each problem at its line.

Options:
  -f, --format <name>    output format: ${FORMATS.join(', ')} (default: stylish)
  -o, --output <file>    write the report to a file instead of standard output
      --fail-on <level>  exit 1 when a finding is at or above: error, warning, notice, never (default: error)
      --host <id>        read explicitly named files as this host's format (see --list-hosts)
  -c, --config <file>    settings file (default: .mcp-preflight.json or .mcp-preflight.yaml if present)
      --list-hosts       list the host formats and the paths where they are found
      --no-color         plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no findings at the fail-on level, 1 findings at or above it, 2 usage or internal error.
`

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', default: 'error' },
        host: { type: 'string' },
        config: { type: 'string', short: 'c' },
        'list-hosts': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    }))
  } catch (error) {
    io.stderr(`mcp-preflight: ${(error as Error).message}\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  if (values['list-hosts']) {
    io.stdout(HOSTS.map((h) => `${h.id.padEnd(18)} ${h.name.padEnd(22)} ${h.patterns.join(', ')}`).join('\n') + '\n')
    return 0
  }
  const format = values.format as string
  const failOn = values['fail-on'] as FailOn
  if (!(FORMATS as readonly string[]).includes(format)) return usage(io, `unknown format "${format}"; use one of ${FORMATS.join(', ')}`)
  if (!FAIL_LEVELS.includes(failOn)) return usage(io, `unknown --fail-on level "${failOn}"; use one of ${FAIL_LEVELS.join(', ')}`)

  try {
    const result = await lint({ paths: positionals, cwd: io.cwd, host: values.host, config: values.config })
    if (result.missing.length > 0) return usage(io, `no such file, directory or match: ${result.missing.join(', ')}`)
    const color = !values['no-color'] && !values.output && (values.color ?? (io.isTTY && !io.env.NO_COLOR))
    // Code frames quote the source: mask every secret found in the configs in whatever is printed.
    const text = redact(format === 'json' ? formatJson(result.report) : formatStylish(result.report, { color, sources: result.sources }), result.secrets)
    if (values.output) writeFileSync(path.resolve(io.cwd, values.output), text)
    else io.stdout(text)
    return reachesFailLevel(result.report.diagnostics, failOn) ? 1 : 0
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message)
    io.stderr(`mcp-preflight: internal error: ${(error as Error).stack ?? String(error)}\n`)
    return 2
  }
}

function usage(io: CliIO, message: string): number {
  io.stderr(`mcp-preflight: ${message}\nRun "mcp-preflight --help" for usage.\n`)
  return 2
}
