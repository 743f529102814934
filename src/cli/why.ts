import { parseArgs } from 'node:util'
import { doctor } from '../doctor/index.js'
import { maskCredentials, redact } from '../mask.js'
import type { Server } from '../types.js'
import { CATALOGUE } from '../why/catalogue.js'
import { entryById, explain, suspects, type Explanation } from '../why/explain.js'
import { formatCatalogue, formatWhy, launchOf, whyReport, type ShownServer } from '../why/format.js'
import { wantsColor } from './color.js'
import type { CliIO } from './run.js'

/** What `mcpcop why -` reads of standard input at most: a long CI log, not an endless stream. */
const WHY_STDIN_BYTES = 8 * 1024 * 1024

const HELP = `Usage: mcpcop why "<error text>"
       mcpcop why -            read the error (or a whole log) from standard input
       mcpcop why <id>         show one entry of the catalogue (mcpcop why lists them)

Explains an error an MCP host printed (Claude Code, Claude Desktop, Cursor, VS Code, Gemini CLI,
Codex, Zed, ...): its likely causes, the checks that tell them apart, the fix, and the servers
configured on this machine (the hosts' user files, as mcpcop doctor reads them) or in this folder that
it can be about.

Options:
  -f, --format <name>  stylish or json (default: stylish)
      --color, --no-color
  -h, --help

Exit codes: 0 explained, 1 not recognised, 2 usage error.
`

/** `mcpcop why`: explains a pasted error from the catalogue, with the project's servers it can be about. */
export async function runWhy(argv: string[], io: CliIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    io.stderr(`mcpcop why: ${(error as Error).message}\nRun "mcpcop why --help" for usage.\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const format = values.format
  if (format !== 'stylish' && format !== 'json') {
    io.stderr(`mcpcop why: unknown format "${format}"; use stylish or json\n`)
    return 2
  }
  let text = positionals.join(' ')
  if (text === '-') {
    if (!io.readStdin) {
      io.stderr('mcpcop why: cannot read standard input here\n')
      return 2
    }
    const { bytes, over } = await io.readStdin(WHY_STDIN_BYTES)
    text = Buffer.from(bytes).toString('utf8')
    if (over)
      io.stderr(
        `mcpcop why: standard input is longer than ${WHY_STDIN_BYTES / 1024 / 1024} MiB; only its start is read\n`
      )
  }
  if (text.trim() === '') {
    io.stdout(formatCatalogue(CATALOGUE))
    return 0
  }
  const byId = entryById(text.trim())
  const explanation: Explanation = byId
    ? { matches: [{ entry: byId, line: byId.id, about: {} }], hosts: [] }
    : explain(text)

  const { servers, secrets } = await configuredServers(io)
  // The pasted text is echoed (the matched line, the values taken from it): a token in it is masked like one
  // in a config, whether the configs hold it or it only looks like a credential.
  const mask = (text: string): string => maskCredentials(redact(text, secrets))
  const shown = explanation.matches.map((match) =>
    suspects(match, servers, explanation.server).map((s): ShownServer => ({
      file: s.server.file,
      name: redact(s.server.name, secrets),
      launch: redact(launchOf(s.server), secrets),
      how: s.how,
      reason: mask(s.reason)
    }))
  )
  const report = whyReport(
    {
      ...explanation,
      ...(explanation.server !== undefined ? { server: mask(explanation.server) } : {}),
      matches: explanation.matches.map((m) => ({
        ...m,
        line: mask(m.line),
        about: Object.fromEntries(Object.entries(m.about).map(([key, value]: [string, string]) => [key, mask(value)]))
      }))
    },
    shown
  )
  if (format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n')
  else {
    const color = wantsColor({
      flag: values['no-color'] ? false : values.color ? true : undefined,
      env: io.env,
      isTTY: io.isTTY,
      toFile: false
    })
    io.stdout(formatWhy(report, { color, where: 'here' }))
  }
  return report.matches.length > 0 ? 0 : 1
}

/**
 * The servers configured on this machine: in the hosts' user-level files and in the working
 * directory's own configs, read as `mcpcop doctor` reads them (nothing else; nothing started).
 */
async function configuredServers(io: CliIO): Promise<{ servers: Server[]; secrets: Set<string> }> {
  try {
    const { entries, secrets } = await doctor({
      cwd: io.cwd,
      env: io.env,
      ...(io.platform ? { platform: io.platform } : {}),
      dryRun: false
    })
    return { servers: entries.filter((e) => e.notRead === undefined).map((e) => e.server), secrets }
  } catch {
    // A broken settings file must not stop the explanation itself.
    return { servers: [], secrets: new Set() }
  }
}
