import path from 'node:path'
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { SseError } from '@modelcontextprotocol/sdk/client/sse.js'
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js'
import { ErrorCode, McpError, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js'
import type { Phase } from './probe.js'
import type { StdoutNoise } from './stdio-transport.js'
import type { ExitInfo } from './spawn.js'
import { shortValue, type DryRunData, type DryRunMessageId, type Problem } from './messages.js'
import { LINE_BREAK, oneLine as joinLines } from '../text.js'

/** Why a server failed, one word each; documented with examples in docs/dry-run.md. */
export type FailureKind =
  | 'command-not-found'
  | 'command-not-executable'
  | 'cwd-not-found'
  | 'spawn-failed'
  | 'exited'
  | 'timeout'
  | 'stdout-corrupted'
  | 'stdout-closed'
  | 'connection-refused'
  | 'dns'
  | 'tls'
  | 'network'
  | 'needs-credentials'
  | 'needs-oauth'
  | 'http-status'
  | 'protocol-error'
  | 'unsupported-protocol-version'

/** A classified failure: the kind, a short message by id naming the cause, and the fix in help. */
export interface Failure extends Problem {
  kind: FailureKind
  /** 401/403 without any configured credentials is a skip ("needs credentials"), not a crash. */
  skipped?: boolean
}

/** Everything known about a stdio server's attempt when it went wrong. */
export interface StdioFailure {
  phase: Phase
  timeoutMs: number
  timedOut: boolean
  error?: unknown
  command: string
  args: readonly string[]
  /** The PATH the server was started with (where the command was looked up). */
  pathSearched: string
  cwd: string
  exit?: ExitInfo
  /** The end of stderr (the last 40 non-blank lines), where a crash prints its error and stack. */
  stderrLines: string[]
  stderrBytes: number
  stdoutBytes: number
  noise: StdoutNoise
  flood: boolean
  /** The server closed its stdout while its process kept running. */
  stdoutClosed?: boolean
  /** A line that held a JSON-RPC message run together with other output. */
  glued?: string
}

/** Everything known about a remote server's attempt when it went wrong. */
export interface HttpFailure {
  phase: Phase
  timeoutMs: number
  timedOut: boolean
  error?: unknown
  /** The last network-level error seen by fetch (its cause carries ECONNREFUSED and the like). */
  networkError?: unknown
  url: URL
  /** Whether the entry sends any headers (so a 401 means "refused", not "missing"). */
  hasHeaders: boolean
  transport: 'http' | 'sse'
  /** The server refused us and publishes OAuth metadata: users sign in through the host. */
  oauth?: OAuthSignIn
}

/** Where a server that refused an unauthenticated request publishes its OAuth metadata. */
export interface OAuthSignIn {
  /** RFC 9728 protected-resource metadata, or (older servers) authorization-server metadata. */
  metadata: 'protected-resource' | 'authorization-server'
  metadataUrl: string
  /** Named in the refusal's `WWW-Authenticate` (rather than found at a well-known path). */
  named: boolean
}

const PACKAGE_RUNNERS = new Set([
  'npx',
  'uvx',
  'pipx',
  'bunx',
  'pnpx',
  'pnpm',
  'yarn',
  'docker',
  'podman',
  'deno',
  'bun'
])

/** A failure of `kind` with its message and help. */
function failure(kind: FailureKind, messageId: DryRunMessageId, data: DryRunData, help: string): Failure {
  return { kind, messageId, data, help }
}

/** Classifies a stdio server's failure. */
export function classifyStdio(f: StdioFailure): Failure {
  const code = errorCode(f.error)
  const command = shortValue(f.command)
  if (f.phase === 'starting' && f.error !== undefined) {
    if (code === 'ENOENT') {
      const [program] = f.command.trim().split(/\s+/)
      // "npx -y pkg" in "command" (a program path with spaces has a slash before the first space).
      if (/\s/.test(f.command.trim()) && program !== undefined && !/[/\\]/.test(program)) {
        return failure(
          'command-not-found',
          'commandLine',
          { command },
          `The host takes the whole string as the program's name: put ${quote(program)} in "command" and the rest in "args".`
        )
      }
      if (f.command.includes('/') || f.command.includes('\\')) {
        return failure(
          'command-not-found',
          'noSuchFile',
          { command },
          `It resolves to ${quote(path.resolve(f.cwd, f.command))}: fix the path, or build the project so the file exists before the dry run.`
        )
      }
      return failure(
        'command-not-found',
        'notOnPath',
        { command },
        `The server gets PATH ${quote(f.pathSearched, 2000)}: install it on this machine (in CI, add a setup step) or use an absolute path.`
      )
    }
    if (code === 'EACCES')
      return failure(
        'command-not-executable',
        'notExecutable',
        { command },
        'Mark it executable (chmod +x) or start it through its interpreter (e.g. "node", "python").'
      )
    return failure(
      'spawn-failed',
      'spawnFailed',
      { command, code: shortValue(code ?? errorText(f.error)) },
      `Check the command and its working directory ${quote(f.cwd)}.`
    )
  }
  const phase = f.phase
  if (f.glued !== undefined) {
    return failure(
      'stdout-corrupted',
      'glued',
      { phase },
      `The line was ${quote(f.glued)}, so the answer was lost: a stdio server must write each JSON-RPC message on a line of its own and send logs to stderr.`
    )
  }
  if (f.flood) {
    return failure(
      'stdout-corrupted',
      'flood',
      { phase },
      `It wrote ${size(f.noise.bytes)} that is not MCP (first line: ${quote(f.noise.first ?? '')}): a stdio server must write only JSON-RPC messages on stdout; send logs to stderr.`
    )
  }
  if (f.timedOut) {
    if (f.noise.first !== undefined) {
      return failure(
        'stdout-corrupted',
        'noisyTimeout',
        { phase, line: shortValue(f.noise.first) },
        `It got ${f.timeoutMs} ms. A stdio server must write only JSON-RPC messages on stdout (one per line): send logs to stderr.`
      )
    }
    const silent = f.stdoutBytes === 0 && f.stderrBytes === 0
    const said = silent
      ? 'it printed nothing on stdout or stderr'
      : f.stderrLines.length > 0
        ? `its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
        : 'it printed nothing on stderr'
    return failure('timeout', 'timeout', { phase }, `It got ${f.timeoutMs} ms, and ${said}. ${timeoutHint(f)}.`)
  }
  // An explicit error answer or a bad version ends the attempt (and then the server, as we close).
  const protocol = classifyProtocol(f.error, f.phase)
  if (protocol) return protocol
  if (f.exit !== undefined) {
    const exit = f.exit.signal ? `signal ${f.exit.signal}` : `code ${f.exit.code}`
    // A crash prints its error a dozen lines before the end ("Node.js v20…"): quote the error itself.
    const error = errorLine(f.stderrLines)
    if (error !== undefined) {
      const whole = shortValue(error) === oneLine(error) ? '' : `It reported ${quote(error)}. `
      return failure('exited', 'exitedReporting', { exit, phase, error: shortValue(error) }, `${whole}${exitHint(f)}.`)
    }
    const said =
      f.stderrLines.length > 0
        ? `Its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
        : f.noise.first !== undefined
          ? `It printed ${quote(f.noise.first)} on stdout`
          : 'It printed nothing on stderr'
    return failure('exited', 'exited', { exit, phase }, `${said}. ${exitHint(f)}.`)
  }
  if (f.stdoutClosed) {
    return failure(
      'stdout-closed',
      'stdoutClosed',
      { phase },
      'It kept running: a stdio server sends every answer on stdout, so a host would wait for it forever. Check that it does not close or redirect stdout (a daemon that detaches, "exec >/dev/null", a logger that takes over stdout).'
    )
  }
  if (f.noise.first !== undefined) {
    return failure(
      'stdout-corrupted',
      'noisyClose',
      { line: shortValue(f.noise.first) },
      `It closed the connection while handling ${quote(phase)}. A stdio server must write only JSON-RPC messages on stdout: send logs to stderr.`
    )
  }
  return failure(
    'protocol-error',
    'connectionFailed',
    { phase, error: shortValue(errorText(f.error)) },
    `Run ${quote(commandLine(f.command, f.args))} by hand to see why it ends the connection.`
  )
}

// The line a program prints for an uncaught error: Node's `Error: …`, `TypeError: …`,
// `Error [ERR_MODULE_NOT_FOUND]: …` (and Python's `ModuleNotFoundError: …`), unindented, unlike the
// stack below it and the `[cause]` of a wrapped error.
// An exception as Node, Python or Java print it, or a logger's ERROR/FATAL line; after the timestamp
// and pid a logger may start the line with ("[2026-12-02T04:31:55Z] pid 41: Error: …").
const LOG_PREFIX = String.raw`(?:\[?\d{4}-\d{2}-\d{2}[T ][\d:.,]{5,15}(?:Z|[+-]\d{2}:?\d{2})?\]?[ \t]+)?(?:(?:pid|PID)[ #:=]{0,2}\d+:?[ \t]+)?`
const ERROR_LINE = new RegExp(
  String.raw`^${LOG_PREFIX}(?:(?:Uncaught )?(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception)(?: \[[A-Z0-9_]+\])?: \S|\[?(?:ERROR|FATAL|CRITICAL)\]?(?:: ?| - | )\S)`
)
// npm's own failure (npx could not install or find the package): its code and the line after it,
// rather than the "A complete log of this run can be found in" that ends it.
const NPM_CODE = /^npm (?:error|ERR!) code (\S+)/

/** The line of stderr that says what went wrong, when the program printed one the usual way. */
export function errorLine(lines: readonly string[]): string | undefined {
  const npm = lines.findIndex((line) => NPM_CODE.test(line))
  if (npm !== -1) {
    const detail = lines
      .slice(npm + 1)
      .find((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log of this run/.test(line))
    const code = NPM_CODE.exec(lines[npm])![1]
    return detail === undefined
      ? `npm error code ${code}`
      : `npm error ${code}: ${detail.replace(/^npm (?:error|ERR!) /, '')}`
  }
  for (let i = lines.length - 1; i >= 0; i--) if (ERROR_LINE.test(lines[i])) return lines[i]
  // npm without a code ("npm error could not determine executable to run": a package without a bin).
  return [...lines]
    .reverse()
    .find((line) => /^npm (?:error|ERR!) \S/.test(line) && !/A complete log of this run/.test(line))
}

/** Classifies a remote (Streamable HTTP or SSE) server's failure. */
export function classifyHttp(f: HttpFailure): Failure {
  const url = displayUrl(f.url)
  const host = f.url.host
  const phase = f.phase
  const net = networkCode(f.networkError) ?? networkCode(f.error)
  if (net !== undefined) {
    if (net === 'ECONNREFUSED')
      return failure(
        'connection-refused',
        'connectionRefused',
        { host },
        'Nothing listens there: start the server before the dry run, or fix the host and port in "url".'
      )
    if (net === 'ENOTFOUND' || net === 'EAI_AGAIN' || net === 'EAI_NONAME')
      return failure('dns', 'dns', { host: f.url.hostname, code: net }, 'Check the host in "url".')
    if (isTlsCode(net))
      return failure(
        'tls',
        'tls',
        { host, code: net },
        'The server\'s certificate is not trusted for this name: fix the certificate, or the host in "url".'
      )
    if (!f.timedOut)
      return failure(
        'network',
        'networkCode',
        { host, code: net },
        'Check that the server is up and reachable from here.'
      )
  }
  if (f.networkError !== undefined && !f.timedOut && httpStatus(f.error) === undefined) {
    return failure(
      'network',
      'networkError',
      { url, error: shortValue(errorText(f.networkError)) },
      'Check the host and port in "url".'
    )
  }
  const status = httpStatus(f.error)
  if (status === 401 || status === 403 || f.error instanceof UnauthorizedError) {
    const code = status ?? 401
    if (f.hasHeaders)
      return failure(
        'needs-credentials',
        'credentialsRefused',
        { url, status: code },
        'Check that the variables the headers read hold a valid token.'
      )
    if (f.oauth) {
      const metadata = displayUrl(new URL(f.oauth.metadataUrl))
      return {
        ...failure(
          'needs-oauth',
          'needsOAuth',
          { url, status: code },
          `It publishes ${f.oauth.metadata} metadata at ${quote(metadata)}${f.oauth.named ? ', named in its WWW-Authenticate header' : ''}. A host opens the sign-in in a browser on first use; a CI run cannot sign in, so the dry run skips it.`
        ),
        skipped: true
      }
    }
    return {
      ...failure(
        'needs-credentials',
        'needsToken',
        { url, status: code },
        'Put one in "headers" (for example "Authorization": "Bearer ${API_TOKEN}") and pass the variable to the dry run with --pass-env API_TOKEN.'
      ),
      skipped: true
    }
  }
  if (status === -1)
    return failure('protocol-error', 'notMcp', { url }, 'It is not an MCP endpoint: check the path in "url".')
  if (status !== undefined) {
    const hint =
      status === 404 || status === 405
        ? `Check the path in "url" (${f.transport === 'sse' ? 'SSE servers usually serve /sse' : 'Streamable HTTP servers usually serve /mcp'}).`
        : status >= 500
          ? 'The server failed: see its logs.'
          : 'Check the URL and the headers.'
    return failure('http-status', 'httpStatus', { url, status, phase }, hint)
  }
  if (f.timedOut) {
    const serves = f.transport === 'sse' ? 'the SSE transport' : 'MCP (Streamable HTTP)'
    return failure(
      'timeout',
      'remoteTimeout',
      { phase, url },
      `It got ${f.timeoutMs} ms: check that it serves ${serves} at this path, or raise --timeout.`
    )
  }
  return (
    classifyProtocol(f.error, f.phase) ??
    failure(
      'protocol-error',
      'remoteFailed',
      { url, phase, error: shortValue(errorText(f.error)) },
      'Check that the URL is an MCP endpoint.'
    )
  )
}

const UNSUPPORTED_VERSION = 'protocol version is not supported: '

/**
 * The version the SDK names in "…protocol version is not supported: <version>", from the message's last
 * line. Found by index: the server writes the version, and `/protocol version is not supported: (.*)$/`
 * took time quadratic in a version made of that sentence repeated.
 */
function unsupportedVersion(text: string): string | undefined {
  const lastLine = text.split(LINE_BREAK).at(-1) ?? ''
  const at = lastLine.indexOf(UNSUPPORTED_VERSION)
  return at === -1 ? undefined : lastLine.slice(at + UNSUPPORTED_VERSION.length)
}

/** A JSON-RPC error answer, an invalid answer, or an unsupported protocol version. */
function classifyProtocol(error: unknown, phase: Phase): Failure | undefined {
  const text = errorText(error)
  const version = unsupportedVersion(text)
  if (version !== undefined) {
    return failure(
      'unsupported-protocol-version',
      'unsupportedVersion',
      { version: shortValue(version) },
      `The MCP SDK speaks ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')}: update the server or its MCP SDK.`
    )
  }
  if (
    error instanceof McpError &&
    error.code !== ErrorCode.ConnectionClosed &&
    error.code !== ErrorCode.RequestTimeout
  ) {
    const message = text.replace(/^MCP error -?\d+: /, '')
    const whole = shortValue(message) === oneLine(message) ? '' : `Its error says ${quote(message)}. `
    return failure(
      'protocol-error',
      'errorAnswer',
      { phase, code: error.code, error: shortValue(message) },
      `${whole}A host would get the same answer: see the server's documentation or logs for why it refuses.`
    )
  }
  if (isValidationError(error)) {
    return failure(
      'protocol-error',
      'invalidAnswer',
      { phase },
      `Where it breaks the schema: ${summariseIssues(text)}. A host rejects it too: update the server or its MCP SDK.`
    )
  }
  return undefined
}

function timeoutHint(f: StdioFailure): string {
  const runner = path.basename(f.command).replace(/\.(cmd|exe)$/i, '')
  const all = f.stderrLines.join('\n')
  if (PACKAGE_RUNNERS.has(runner) && f.phase === 'initialize' && f.stdoutBytes === 0) {
    const pkg = f.args.find((a) => !a.startsWith('-') && a !== 'run' && a !== 'dlx' && a !== 'x')
    return `${quote(runner)} may still be downloading ${pkg === undefined ? 'the package' : quote(pkg)}: run it once before the dry run to fill the cache, or raise --timeout`
  }
  if (/https?:\/\/|listening on|port \d+/i.test(all))
    return 'It looks like an HTTP server: configure it with "url" (started separately) instead of "command", or start it in stdio mode'
  return `Check that ${quote(commandLine(f.command, f.args))} starts an MCP server on stdio (not a one-off command or an HTTP server), or raise --timeout`
}

function exitHint(f: StdioFailure): string {
  // The error line says what went wrong; a stack trace and source excerpt around it would only add
  // words that sound like causes ("token" in a file name).
  const all = errorLine(f.stderrLines) ?? f.stderrLines.slice(-3).join('\n')
  if (f.exit?.code === 0)
    return `A stdio server must keep running and read requests from stdin: check that ${quote(commandLine(f.command, f.args))} starts the server`
  if (/cannot find module|module not found|no such file/i.test(all))
    return 'A file it needs is missing: fix the path in "args", or build or install the project before the dry run'
  if (/api[_ -]?key|token|credential|unauthori[sz]ed|environment variable|must be set|is required/i.test(all))
    return 'It seems to need a setting: give it through "env" from a variable passed with --pass-env'
  if (/EADDRINUSE|address already in use/i.test(all))
    return 'A port it wants is taken: stop the other process or change the port'
  return 'Fix the error it reports (run the command by hand to see all of it)'
}

/** `https://host/path` without user info, query or fragment, which may carry tokens. */
export function displayUrl(url: URL): string {
  return shortValue(`${url.protocol}//${url.host}${url.pathname}`, 100)
}

function commandLine(command: string, args: readonly string[]): string {
  const text = [command, ...args].join(' ')
  return text.length > 80 ? `${text.slice(0, 79)}…` : text
}

function quote(text: string, limit = 200): string {
  const flat = oneLine(text)
  return `"${flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat}"`
}

/**
 * Schema validation errors list one issue per offending item (13 tools, 13 identical issues): group
 * them by path with indices folded, e.g. `tools[*].inputSchema.type: expected "object" (13 items)`.
 */
export function summariseIssues(text: string): string {
  const json = text.slice(text.indexOf('['))
  let issues: { path?: (string | number)[]; message?: string }[]
  try {
    issues = JSON.parse(json) as typeof issues
    if (!Array.isArray(issues) || issues.length === 0) return oneLine(text)
  } catch {
    return oneLine(text)
  }
  const groups = new Map<string, number>()
  for (const issue of issues) {
    const where = (issue.path ?? [])
      .map((p) => (typeof p === 'number' ? '[*]' : `.${p}`))
      .join('')
      .replace(/^\./, '')
    const key = `${where || '(root)'}: ${(issue.message ?? 'invalid').replace(/^Invalid input: /, '')}`
    groups.set(key, (groups.get(key) ?? 0) + 1)
  }
  const parts = [...groups].slice(0, 3).map(([key, count]) => (count > 1 ? `${key} (${count} items)` : key))
  if (groups.size > 3) parts.push(`and ${groups.size - 3} more`)
  return parts.join('; ')
}

/** A text on one line, trimmed. */
function oneLine(text: string): string {
  return joinLines(text).trim()
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** An error's message, with its cause's (fetch says only "fetch failed"; the cause says why). */
function errorText(error: unknown): string {
  // Duck-typed, not instanceof: errors from Node's internals may come from another realm.
  const message = messageOf(error)
  if (message === undefined) return String(error)
  const cause = messageOf((error as { cause?: unknown }).cause)
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message
}

function messageOf(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | null | undefined)?.message
  return typeof message === 'string' ? message : undefined
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? code : undefined
}

/** The first system error code in an error, its `cause` chain, or an AggregateError's members. */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 5) return undefined
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code) && !code.startsWith('ERR_INVALID') && code !== 'ABORT_ERR')
    return code
  const nested = [
    (error as { cause?: unknown }).cause,
    ...(((error as { errors?: unknown }).errors as unknown[] | undefined) ?? [])
  ]
  for (const inner of nested) {
    const found = networkCode(inner, depth + 1)
    if (found) return found
  }
  return undefined
}

function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code)
}

function httpStatus(error: unknown): number | undefined {
  if (error instanceof StreamableHTTPError || error instanceof SseError)
    return typeof error.code === 'number' ? error.code : undefined
  const match = /\(HTTP (\d{3})\)/.exec(errorText(error))
  return match ? Number(match[1]) : undefined
}

function isValidationError(error: unknown): boolean {
  const name = (error as { name?: unknown } | undefined)?.name
  return (
    name === 'ZodError' ||
    name === '$ZodError' ||
    /invalid (initialize )?result|validation/i.test(messageOf(error) ?? '')
  )
}
