import { fillMessage } from '../message-template.js'
import { isDeniedVariable } from './env.js'
import type { MissingPlaceholder } from './interpolate.js'
import { oneLine } from '../text.js'

/**
 * The dry run's messages by id: one sentence each, naming the value and the problem, `{{name}}` filled
 * from the problem's `data` (as rules do). The why and the fix go to `help`; the failure `kind` (one
 * word, documented in docs/dry-run.md) stays beside them, since users and `mcpcop why` key on it.
 */
export const DRY_RUN_MESSAGES = {
  // Starting a stdio server.
  commandLine: 'command "{{command}}" was not found: it is a whole command line, not a program',
  noSuchFile: 'command "{{command}}" does not exist',
  notOnPath: '"{{command}}" was not found on PATH',
  notExecutable: 'command "{{command}}" is not executable',
  spawnFailed: 'command "{{command}}" could not be started ({{code}})',
  cwdNotFound: 'the working directory "{{cwd}}" does not exist',
  // A stdio server that started.
  glued: 'the server wrote its answer to "{{phase}}" on the same line as other output',
  flood: 'the server flooded stdout with non-MCP output before answering "{{phase}}"',
  noisyTimeout: 'no valid answer to "{{phase}}", and stdout held non-MCP output: "{{line}}"',
  timeout: 'no answer to "{{phase}}" before the timeout',
  exitedReporting: 'the server exited ({{exit}}) before answering "{{phase}}": "{{error}}"',
  exited: 'the server exited ({{exit}}) before answering "{{phase}}"',
  stdoutClosed: 'the server closed its stdout while the dry run waited for "{{phase}}"',
  noisyClose: 'the server closed the connection after non-MCP output on stdout: "{{line}}"',
  connectionFailed: 'the connection failed while waiting for "{{phase}}": {{error}}',
  stdoutNoise: 'the server printed non-MCP output on stdout: "{{line}}"',
  // Any server's answers.
  unsupportedVersion: 'the server speaks protocol version "{{version}}", which the MCP SDK does not support',
  errorAnswer: 'the server answered "{{phase}}" with error {{code}}: "{{error}}"',
  invalidAnswer: 'the server\'s answer to "{{phase}}" does not match the MCP schema',
  // A remote server.
  connectionRefused: 'connection refused at "{{host}}"',
  dns: 'the host name "{{host}}" could not be resolved ({{code}})',
  tls: 'the TLS handshake with "{{host}}" failed ({{code}})',
  networkCode: 'the connection to "{{host}}" failed ({{code}})',
  networkError: 'the request to "{{url}}" failed ({{error}})',
  credentialsRefused: '"{{url}}" refused the credentials in "headers" (HTTP {{status}})',
  needsOAuth: '"{{url}}" needs an OAuth sign-in (HTTP {{status}}), which a dry run cannot do',
  needsToken: '"{{url}}" needs a token (HTTP {{status}}) and offers no OAuth sign-in',
  notMcp: '"{{url}}" answered with a content type that is not JSON or an event stream',
  httpStatus: '"{{url}}" answered HTTP {{status}} to "{{phase}}"',
  remoteTimeout: 'no answer to "{{phase}}" from "{{url}}" before the timeout',
  remoteFailed: '"{{url}}" failed during "{{phase}}": {{error}}',
  // Servers not started.
  disabled: 'the entry is switched off, so the host does not start it',
  inContainer: 'the host starts this server inside the dev container',
  untrustedFolder: "a server of this folder's own config, which a host starts only once you trust the folder",
  otherSystem: 'the command "{{command}}" is written for {{system}}, which this machine is not',
  deniedVariable: 'needs {{names}}, which a dry run never gives to a server',
  claudeProjectDir: "needs CLAUDE_PROJECT_DIR, which Claude Code sets only in the server's environment",
  needsVariable: 'needs {{names}}, not set for the dry run',
  needsPlaceholder: 'needs {{placeholders}}, which a dry run cannot fill',
  budgetExhausted: 'not started: the overall dry-run budget ran out',
  unsupportedTransport: 'the dry run cannot connect over "{{transport}}"',
  unsupportedScheme: 'the dry run connects only to http:// and https:// URLs, not {{scheme}}//',
  noCommand: 'the entry has no "command" to start',
  noUrl: 'the entry has no "url" to connect to',
  invalidUrl: 'the "url" is not a valid URL',
  interrupted: 'the dry run was interrupted ({{signal}}) before this server finished',
  internalError: 'the dry run itself failed: {{error}}'
} as const

export type DryRunMessageId = keyof typeof DRY_RUN_MESSAGES

/** The values a message names. */
export type DryRunData = Record<string, string | number>

/** What went wrong with one server: its kind, its message by id, and why and what to do. */
export interface Problem {
  kind: string
  messageId: DryRunMessageId
  data: DryRunData
  /** Why it matters and how to fix it (the CI's way: setup steps, --pass-env, --timeout). */
  help: string
}

/** A problem's sentence. */
export function problemMessage(problem: Pick<Problem, 'messageId' | 'data'>): string {
  return fillMessage(DRY_RUN_MESSAGES[problem.messageId], problem.data)
}

/** The same problem with every text it carries passed through `mask` (a server's stderr may hold a token). */
export function maskProblem<T extends Problem>(problem: T, mask: (text: string) => string): T {
  return {
    ...problem,
    data: Object.fromEntries(
      Object.entries(problem.data).map(([key, value]) => [key, typeof value === 'string' ? mask(value) : value])
    ),
    help: mask(problem.help)
  }
}

/** Longest quoted value in a message (a command line, a stderr line); help quotes it whole. */
const MAX_VALUE = 80

/** A value as a message quotes it: on one line, and cut at `limit` characters with an ellipsis. */
export function shortValue(text: string, limit = MAX_VALUE): string {
  const flat = oneLine(text).trim()
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat
}

/** Why a server that needs a value no one gave is skipped, and how to give it. */
export function missingPlaceholders(missing: readonly MissingPlaceholder[]): Problem {
  const first = missing[0]
  if (first.kind === 'variable') {
    const variables = missing.filter((m) => m.kind === 'variable')
    const names = variables.map((m) => m.name)
    const denied = names.filter(isDeniedVariable)
    if (denied.length > 0)
      return {
        kind: 'needs-variable',
        messageId: 'deniedVariable',
        data: { names: denied.join(', ') },
        help: 'Runner credentials are withheld from configs in pull requests, so this server is skipped.'
      }
    if (names.includes('CLAUDE_PROJECT_DIR'))
      return {
        kind: 'needs-variable',
        messageId: 'claudeProjectDir',
        data: {},
        help: '"${CLAUDE_PROJECT_DIR}" in .mcp.json stays literal text: write "${CLAUDE_PROJECT_DIR:-.}".'
      }
    const one = names.length === 1
    return {
      kind: 'needs-variable',
      messageId: 'needsVariable',
      data: { names: names.join(', ') },
      help: `The entry reads ${variables.map((m) => `"${m.text}"`).join(', ')}; set ${one ? 'it' : 'them'} and pass ${one ? 'it' : 'them'} with ${names.map((n) => `--pass-env ${n}`).join(' ')} (servers get no other variable from the environment).`
    }
  }
  const why: Record<Exclude<MissingPlaceholder['kind'], 'variable'>, string> = {
    input: 'The host asks the user for it, and a dry run cannot answer prompts',
    secret: 'The host reads it from its secret store, which a dry run cannot reach',
    file: 'A dry run does not read files named by placeholders',
    'host-variable': 'Only the running host can provide it'
  }
  return {
    kind: `needs-${first.kind === 'host-variable' ? 'host-value' : first.kind}`,
    messageId: 'needsPlaceholder',
    data: { placeholders: missing.map((m) => `"${m.text}"`).join(', ') },
    help: `${why[first.kind]}, so this server is skipped.`
  }
}

/** Servers the dry run leaves, with the reason. */
export const NOT_STARTED = {
  disabled: {
    kind: 'disabled',
    messageId: 'disabled',
    data: {},
    help: 'Switch it on to have it checked.'
  },
  inContainer: {
    kind: 'in-container',
    messageId: 'inContainer',
    data: {},
    help: 'Its command must exist in the image, and started here it would test the wrong machine, so the dry run leaves it: check it inside the container.'
  },
  untrustedFolder: {
    kind: 'untrusted-folder',
    messageId: 'untrustedFolder',
    data: {},
    help: 'Starting it runs the commands and reaches the URLs the folder names, with your environment: if you trust this folder, run mcpcop doctor --trust-folder.'
  },
  budgetExhausted: {
    kind: 'budget-exhausted',
    messageId: 'budgetExhausted',
    data: {},
    help: 'Check fewer servers at once, or raise the budget.'
  },
  noCommand: {
    kind: 'incomplete',
    messageId: 'noCommand',
    data: {},
    help: 'The schema step reports what the entry lacks.'
  },
  noUrl: {
    kind: 'incomplete',
    messageId: 'noUrl',
    data: {},
    help: 'The schema step reports what the entry lacks.'
  },
  invalidUrl: {
    kind: 'incomplete',
    messageId: 'invalidUrl',
    data: {},
    help: 'The schema step reports what is wrong with it.'
  }
} as const satisfies Record<string, Problem>

/** A stdio server whose program is one of another operating system (`C:\\tools\\x.exe` on Linux). */
export function otherSystem(system: 'Windows' | 'macOS', command: string): Problem {
  const runner = system === 'Windows' ? 'windows-latest' : 'macos-latest'
  return {
    kind: 'other-system',
    messageId: 'otherSystem',
    data: { system, command: shortValue(command) },
    help: `It starts only where that program exists, and a dry run here would report the machine, not the server: dry-run it on ${system} (\`runs-on: ${runner}\`), or write the command so that every system of the team can start it.`
  }
}

/** A stdio server's working directory that does not exist. */
export function cwdNotFound(cwd: string): Problem {
  const shown = shortValue(cwd)
  return {
    kind: 'cwd-not-found',
    messageId: 'cwdNotFound',
    data: { cwd: shown },
    help: `${shown === cwd ? '' : `It is "${cwd}". `}Fix "cwd", or create the folder before the dry run.`
  }
}

/** A transport the dry run does not speak (`ws`, a host's own), as the entry names it. */
export function unsupportedTransport(transport: string): Problem {
  return {
    kind: 'unsupported-transport',
    messageId: 'unsupportedTransport',
    data: { transport: shortValue(transport) },
    help: 'Only stdio, Streamable HTTP and SSE servers are checked.'
  }
}

/** A remote server's URL scheme other than http: and https: (`unix:`, `pipe:`). */
export function unsupportedScheme(protocol: string): Problem {
  return {
    kind: 'unsupported-transport',
    messageId: 'unsupportedScheme',
    data: { scheme: shortValue(protocol) },
    help: 'Only stdio, Streamable HTTP and SSE servers are checked.'
  }
}

/** A server not finished when a signal ended the run. */
export function interruptedBy(signal: string | undefined): Problem {
  return {
    kind: 'interrupted',
    messageId: 'interrupted',
    data: { signal: signal ?? 'a signal' },
    help: 'Every server process was ended; run the dry run again to check this server.'
  }
}

/** A bug of ours while checking one server. */
export function internalError(error: unknown): Problem {
  const text = (error as { message?: unknown } | null)?.message
  return {
    kind: 'internal-error',
    messageId: 'internalError',
    data: { error: shortValue(typeof text === 'string' ? text : String(error)) },
    help: 'This is a bug in mcpcop (the other servers were still checked): please report it.'
  }
}

/** A server that works but printed something other than MCP on stdout. */
export function stdoutNoise(line: string): Problem {
  return {
    kind: 'stdout-noise',
    messageId: 'stdoutNoise',
    data: { line: shortValue(line) },
    help: 'The MCP SDK skips such lines with an error, but a log line that runs into a message breaks the connection: send logs to stderr.'
  }
}
