import path from 'node:path'
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { SseError } from '@modelcontextprotocol/sdk/client/sse.js'
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js'
import { ErrorCode, McpError, SUPPORTED_PROTOCOL_VERSIONS } from '@modelcontextprotocol/sdk/types.js'
import type { Phase } from './probe.js'
import type { StdoutNoise } from './stdio-transport.js'
import type { ExitInfo } from './spawn.js'

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

/** A classified failure: the kind and one message naming the cause and the fix. */
export interface Failure {
  kind: FailureKind
  message: string
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

/** Classifies a stdio server's failure. */
export function classifyStdio(f: StdioFailure): Failure {
  const code = errorCode(f.error)
  if (f.phase === 'starting' && f.error !== undefined) {
    const shown = quote(f.command)
    if (code === 'ENOENT') {
      const [program] = f.command.trim().split(/\s+/)
      // "npx -y pkg" in "command" (a program path with spaces has a slash before the first space).
      if (/\s/.test(f.command.trim()) && program !== undefined && !/[/\\]/.test(program)) {
        return {
          kind: 'command-not-found',
          message: `command ${shown} was not found: the whole string is taken as the program's name; put ${quote(program)} in "command" and the rest in "args"`
        }
      }
      if (f.command.includes('/') || f.command.includes('\\')) {
        return {
          kind: 'command-not-found',
          message: `command ${shown} does not exist (resolved to ${quote(path.resolve(f.cwd, f.command))}): fix the path, or build the project so the file exists before the dry run`
        }
      }
      return {
        kind: 'command-not-found',
        message: `command ${shown} was not found on the PATH the server gets (${quote(f.pathSearched, 2000)}): install it on this machine (in CI, add a setup step) or use an absolute path`
      }
    }
    if (code === 'EACCES')
      return {
        kind: 'command-not-executable',
        message: `command ${shown} is not executable: mark it executable (chmod +x) or start it through its interpreter (e.g. "node", "python")`
      }
    return {
      kind: 'spawn-failed',
      message: `command ${shown} could not be started (${code ?? errorText(f.error)}): check the command and its working directory ${quote(f.cwd)}`
    }
  }
  const doing = `answering ${quote(f.phase)}`
  if (f.glued !== undefined) {
    return {
      kind: 'stdout-corrupted',
      message: `the server wrote its answer to ${quote(f.phase)} on the same line as other output, so the answer was lost: ${quote(f.glued)}; a stdio server must write each JSON-RPC message on a line of its own and send logs to stderr`
    }
  }
  if (f.flood) {
    return {
      kind: 'stdout-corrupted',
      message: `the server wrote ${size(f.noise.bytes)} of non-MCP output to stdout before ${doing} (first line: ${quote(f.noise.first ?? '')}): a stdio server must write only JSON-RPC messages on stdout; send logs to stderr`
    }
  }
  if (f.timedOut) {
    if (f.noise.first !== undefined) {
      return {
        kind: 'stdout-corrupted',
        message: `no valid answer to ${quote(f.phase)} within ${f.timeoutMs} ms, and stdout held non-MCP output: ${quote(f.noise.first)}; a stdio server must write only JSON-RPC messages on stdout (one per line): send logs to stderr`
      }
    }
    const silent = f.stdoutBytes === 0 && f.stderrBytes === 0
    const said = silent
      ? 'it printed nothing on stdout or stderr'
      : f.stderrLines.length > 0
        ? `its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
        : 'it printed nothing on stderr'
    return {
      kind: 'timeout',
      message: `no answer to ${quote(f.phase)} within ${f.timeoutMs} ms; ${said}: ${timeoutHint(f)}`
    }
  }
  // An explicit error answer or a bad version ends the attempt (and then the server, as we close).
  const protocol = classifyProtocol(f.error, f.phase)
  if (protocol) return protocol
  if (f.exit !== undefined) {
    const how = f.exit.signal ? `was killed by signal ${f.exit.signal}` : `exited with code ${f.exit.code}`
    // A crash prints its error a dozen lines before the end ("Node.js v20…"): quote the error itself.
    const error = errorLine(f.stderrLines)
    const last =
      error !== undefined
        ? `, reporting ${quote(error)}`
        : f.stderrLines.length > 0
          ? `; its stderr ends with ${quote(f.stderrLines[f.stderrLines.length - 1])}`
          : f.noise.first !== undefined
            ? `; it printed ${quote(f.noise.first)} on stdout`
            : '; it printed nothing on stderr'
    return { kind: 'exited', message: `the server ${how} before ${doing}${last}: ${exitHint(f)}` }
  }
  if (f.stdoutClosed) {
    return {
      kind: 'stdout-closed',
      message: `the server closed its standard output while the dry run was ${doing.replace('answering', 'waiting for')}, and kept running: a stdio server sends every answer on stdout, so a host would wait for it forever; check that it does not close or redirect stdout (a daemon that detaches, "exec >/dev/null", a logger that takes over stdout)`
    }
  }
  if (f.noise.first !== undefined) {
    return {
      kind: 'stdout-corrupted',
      message: `the server closed the connection while ${doing.replace('answering', 'handling')} after writing non-MCP output to stdout: ${quote(f.noise.first)}; send logs to stderr`
    }
  }
  return {
    kind: 'protocol-error',
    message: `the connection failed while ${doing.replace('answering', 'waiting for')}: ${errorText(f.error)}`
  }
}

// The line a program prints for an uncaught error: Node's `Error: …`, `TypeError: …`,
// `Error [ERR_MODULE_NOT_FOUND]: …` (and Python's `ModuleNotFoundError: …`), unindented, unlike the
// stack below it and the `[cause]` of a wrapped error.
const ERROR_LINE = /^(?:Uncaught )?(?:[A-Z][A-Za-z0-9]*)?(?:Error|Exception)(?: \[[A-Z0-9_]+\])?: \S/
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
  const where = displayUrl(f.url)
  const host = quote(f.url.host)
  const net = networkCode(f.networkError) ?? networkCode(f.error)
  if (net !== undefined) {
    if (net === 'ECONNREFUSED')
      return {
        kind: 'connection-refused',
        message: `connection refused at ${host}: nothing listens there; start the server before the dry run, or fix the host and port in "url"`
      }
    if (net === 'ENOTFOUND' || net === 'EAI_AGAIN' || net === 'EAI_NONAME')
      return {
        kind: 'dns',
        message: `the host name ${quote(f.url.hostname)} could not be resolved (${net}): check the host in "url"`
      }
    if (isTlsCode(net))
      return {
        kind: 'tls',
        message: `the TLS handshake with ${host} failed (${net}): the server's certificate is not trusted for this name; fix the certificate, or the host in "url"`
      }
    if (!f.timedOut)
      return {
        kind: 'network',
        message: `the connection to ${host} failed (${net}): check that the server is up and reachable from here`
      }
  }
  if (f.networkError !== undefined && !f.timedOut && httpStatus(f.error) === undefined) {
    return {
      kind: 'network',
      message: `the request to ${where} failed (${errorText(f.networkError)}): check the host and port in "url"`
    }
  }
  const status = httpStatus(f.error)
  if (status === 401 || status === 403 || f.error instanceof UnauthorizedError) {
    const code = status ?? 401
    if (f.hasHeaders)
      return {
        kind: 'needs-credentials',
        message: `${where} answered HTTP ${code}: the credentials in "headers" were refused; check that the variables they read hold a valid token`
      }
    if (f.oauth) {
      const metadata = displayUrl(new URL(f.oauth.metadataUrl))
      return {
        kind: 'needs-oauth',
        skipped: true,
        message: `${where} answered HTTP ${code}: this server uses OAuth sign-in (it publishes ${f.oauth.metadata} metadata at ${metadata}${f.oauth.named ? ', named in its WWW-Authenticate header' : ''}): a host opens the sign-in in a browser on first use, and a CI run cannot sign in, so the dry run skips it`
      }
    }
    return {
      kind: 'needs-credentials',
      skipped: true,
      message: `${where} answered HTTP ${code} and offers no OAuth sign-in: it needs a token in "headers" (for example "Authorization": "Bearer \${API_TOKEN}"), with the variable passed to the dry run with --pass-env API_TOKEN`
    }
  }
  if (status === -1)
    return {
      kind: 'protocol-error',
      message: `${where} answered with a content type that is not JSON or an event stream: it is not an MCP endpoint; check the path in "url"`
    }
  if (status !== undefined) {
    const hint =
      status === 404 || status === 405
        ? `check the path in "url" (${f.transport === 'sse' ? 'SSE servers usually serve /sse' : 'Streamable HTTP servers usually serve /mcp'})`
        : status >= 500
          ? 'the server failed; see its logs'
          : 'check the URL and the headers'
    return { kind: 'http-status', message: `${where} answered HTTP ${status} to ${quote(f.phase)}: ${hint}` }
  }
  if (f.timedOut) {
    const hint =
      f.transport === 'sse'
        ? 'check that it serves the SSE transport at this path'
        : 'check that it serves MCP (Streamable HTTP) at this path'
    return {
      kind: 'timeout',
      message: `no answer to ${quote(f.phase)} from ${where} within ${f.timeoutMs} ms: ${hint}, or raise --timeout`
    }
  }
  return (
    classifyProtocol(f.error, f.phase) ?? {
      kind: 'protocol-error',
      message: `${where} failed during ${quote(f.phase)}: ${errorText(f.error)}`
    }
  )
}

/** A JSON-RPC error answer, an invalid answer, or an unsupported protocol version. */
function classifyProtocol(error: unknown, phase: Phase): Failure | undefined {
  const text = errorText(error)
  const version = /protocol version is not supported: (.*)$/.exec(text)
  if (version) {
    return {
      kind: 'unsupported-protocol-version',
      message: `the server answered "initialize" with protocol version ${quote(version[1])}, which the MCP SDK does not support (it speaks ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')}): update the server or its MCP SDK`
    }
  }
  if (
    error instanceof McpError &&
    error.code !== ErrorCode.ConnectionClosed &&
    error.code !== ErrorCode.RequestTimeout
  ) {
    const message = text.replace(/^MCP error -?\d+: /, '')
    return {
      kind: 'protocol-error',
      message: `the server answered ${quote(phase)} with error ${error.code}: ${quote(message)}`
    }
  }
  if (isValidationError(error)) {
    return {
      kind: 'protocol-error',
      message: `the server's answer to ${quote(phase)} does not match the MCP schema: ${summariseIssues(text)}`
    }
  }
  return undefined
}

function timeoutHint(f: StdioFailure): string {
  const runner = path.basename(f.command).replace(/\.(cmd|exe)$/i, '')
  const all = f.stderrLines.join('\n')
  if (PACKAGE_RUNNERS.has(runner) && f.phase === 'initialize' && f.stdoutBytes === 0) {
    const pkg = f.args.find((a) => !a.startsWith('-') && a !== 'run' && a !== 'dlx' && a !== 'x')
    return `${quote(runner)} may still be downloading ${pkg === undefined ? 'the package' : quote(pkg)}; run it once before the dry run to fill the cache, or raise --timeout`
  }
  if (/https?:\/\/|listening on|port \d+/i.test(all))
    return 'it looks like an HTTP server; configure it with "url" (started separately) instead of "command", or start it in stdio mode'
  return `check that ${quote(commandLine(f.command, f.args))} starts an MCP server on stdio (not a one-off command or an HTTP server), or raise --timeout`
}

function exitHint(f: StdioFailure): string {
  // The error line says what went wrong; a stack trace and source excerpt around it would only add
  // words that sound like causes ("token" in a file name).
  const all = errorLine(f.stderrLines) ?? f.stderrLines.slice(-3).join('\n')
  if (f.exit?.code === 0)
    return `a stdio server must keep running and read requests from stdin; check that ${quote(commandLine(f.command, f.args))} starts the server`
  if (/cannot find module|module not found|no such file/i.test(all))
    return 'a file it needs is missing: fix the path in "args", or build or install the project before the dry run'
  if (/api[_ -]?key|token|credential|unauthori[sz]ed|environment variable|must be set|is required/i.test(all))
    return 'it seems to need a setting: give it through "env" from a variable passed with --pass-env'
  if (/EADDRINUSE|address already in use/i.test(all))
    return 'a port it wants is taken; stop the other process or change the port'
  return 'fix the error it reports (run the command by hand to see all of it)'
}

/** `"https://host/path"` without user info, query or fragment, which may carry tokens. */
export function displayUrl(url: URL): string {
  return quote(`${url.protocol}//${url.host}${url.pathname}`)
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

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
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
