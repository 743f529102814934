import { parseArgs, type ParseArgsConfig } from 'node:util'
import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { VERSION } from '../version.js'
import { isQuick, VERSION_FLAGS } from './quick.js'

// The help text and the version, in a module of their own so that `mcpcop --help` and `--version`
// are answered before the linter itself is loaded (src/cli/main.ts).

export const FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'github'] as const
export const HELP = `Usage: mcpcop [options] [paths...]
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
      --list-rules       list the rules: id, preset, severity and what each catches
      --explain <rule>   print a rule's documentation: why it matters and how to fix it
      --print-config     print the settings in effect (preset, every rule's severity, suppressions)
      --init             write a starter .mcpcop.json and .github/workflows/mcpcop.yml (never overwrites)
  -q, --quiet            report errors only (warnings and notices are left out)
      --max-warnings <n> also exit 1 when there are more than n warnings
      --base <ref>       report only the findings introduced since this git ref (a branch, tag or commit);
                         the others are counted on standard error
      --baseline <file>  baseline file (default: .mcpcop-baseline.json next to the settings file, if present)
      --write-baseline   record every current finding in the baseline file, so later runs report only
                         new ones; run it again to shrink the baseline once findings are fixed
      --dry-run          also start every configured server as its host would (runs the commands
                         the configs name!) and report whether it answers; see docs/dry-run.md
      --update-lock      dry-run, then write what every server offers to the tool lock
                         (mcp-servers.lock.json) for review and commit; see the README's Tool lock
      --timeout <ms>     dry run: time each server gets to start and answer (default: ${DRY_RUN_DEFAULTS.timeoutMs})
      --concurrency <n>  dry run: servers started at once (default: ${DRY_RUN_DEFAULTS.concurrency})
      --pass-env <name>  dry run: also give servers this variable from the environment (repeatable);
                         by default they get only PATH, HOME, TMPDIR, LANG, LC_*, TERM, SHELL, USER
      --env-file <file>  dry run: also give servers the variables of this dotenv file (repeatable);
                         their values are masked in every output
      --color            colour the report even when the output is not a terminal, or goes to a file
      --no-color         plain output; without either flag, FORCE_COLOR and NO_COLOR decide, then
                         whether the output is a terminal
  -h, --help             show this help
  -v, --version          show the version

A path of - reads the config from standard input; --host says its format.

Exit codes: 0 no findings at the fail-on level, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage or internal error.
`

/**
 * What `mcpcop --version`, `-v`, `--help` or `-h` alone print, or undefined for any other command
 * line (runCli parses those, and answers these the same way).
 */
export function quickAnswer(argv: readonly string[]): string | undefined {
  if (!isQuick(argv)) return undefined
  return VERSION_FLAGS.includes(argv[0]) ? `${VERSION}\n` : HELP
}

/** The command line's options (parsed by runCli; looked at before the linter loads by `lintedInputs`). */
export const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'error' },
  host: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'list-hosts': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  explain: { type: 'string' },
  'print-config': { type: 'boolean' },
  init: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  base: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'update-lock': { type: 'boolean' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  'pass-env': { type: 'string', multiple: true },
  'env-file': { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} satisfies ParseArgsConfig['options']

/** The paths a command line lints, or undefined when it does something else (doctor, why, help, a listing, init). */
function lintedPaths(argv: string[]): string[] | undefined {
  if (argv[0] === 'doctor' || argv[0] === 'why') return undefined
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
    const notALint =
      values.help ||
      values.version ||
      values['list-hosts'] ||
      values['list-rules'] ||
      values.explain !== undefined ||
      values['print-config'] ||
      values.init
    return notALint ? undefined : positionals
  } catch {
    // Not a command line runCli accepts: it says so, and lints nothing.
    return undefined
  }
}

/**
 * The paths a lint names, `.` (the working folder) when it names none; undefined when the command line does
 * something else. Before the linter is loaded, the CLI starts git listing the folders among them, and compiles
 * what a lint loads whole.
 */
export function lintedInputs(argv: string[]): string[] | undefined {
  const paths = lintedPaths(argv)
  return paths === undefined || paths.length > 0 ? paths : ['.']
}
