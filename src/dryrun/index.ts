import { existsSync, statSync } from 'node:fs'
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js'
import {
  discoverOAuthMetadata,
  discoverOAuthProtectedResourceMetadata,
  extractWWWAuthenticateParams
} from '@modelcontextprotocol/sdk/client/auth.js'
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import type { FetchLike, Transport } from '@modelcontextprotocol/sdk/shared/transport.js'
import type { Diagnostic, Server, ServerResult } from '../types.js'
import { classifyHttp, classifyStdio, type Failure, type OAuthSignIn } from './classify.js'
import { detectContainment, isExecutable, type Containment } from './contain.js'
import { jobFilesToHide, type JobFiles } from './hide.js'
import { DRY_RUN_DEFAULTS } from './defaults.js'
import { baseEnvironment, credentialValues, inheritedEnvironment, isDeniedVariable, serverEnvironment } from './env.js'
import {
  fallsBackToSse,
  hostEnvironment,
  passedEnv,
  hostVariables,
  placeholderFacts,
  startsElsewhere,
  workingDirectory
} from './host-behaviour.js'
import { resolveServer, type ResolvedServer } from './interpolate.js'
import { probe, type ProbeOutcome, type ProbeState } from './probe.js'
import { findSecrets } from '../secrets.js'
import { maskListed, redactor, secretValues } from './redact.js'
import { killAllNow, ServerProcess, type ExitInfo } from './spawn.js'
import {
  cwdNotFound,
  internalError,
  interruptedBy,
  maskProblem,
  missingPlaceholders,
  NOT_STARTED,
  otherSystem,
  problemMessage,
  stdoutNoise,
  unsupportedScheme,
  unsupportedTransport,
  type Problem
} from './messages.js'
import { StdioProcessTransport, type StdioLimits } from './stdio-transport.js'
import { startHere } from './platform.js'

/** How to dry-run. Every limit has a default; see docs/dry-run.md. */
export { DRY_RUN_DEFAULTS }

export interface DryRunOptions {
  /** The working directory that `Server.file` paths are relative to. */
  cwd: string
  /** Where allow-listed and passed variables are read from. Default `process.env`. */
  env?: NodeJS.ProcessEnv
  /** Variables the user passes explicitly (`--pass-env`), besides the allow-list. */
  passEnv?: readonly string[]
  /**
   * Give servers the whole environment instead of the allow-list: for a developer's own machine
   * (`mcpcop doctor`), where the hosts started from the same shell would. Credentials are masked.
   */
  inheritEnv?: boolean
  /** Per-server limit for starting, `initialize` and the lists. Default 30000 ms. */
  timeoutMs?: number
  /** Servers running at once. Default 8. */
  concurrency?: number
  /** Limit for the whole dry run; servers not started by then are skipped. Default 300000 ms. */
  budgetMs?: number
  /** Time between SIGTERM and SIGKILL. Default 2000 ms. */
  graceMs?: number
  /** Limits on a stdio server's output. */
  stdio?: StdioLimits
  /** How stdio servers are isolated; default the best this machine allows (see contain.ts). */
  containment?: Containment
  /**
   * Servers from a folder the user has not said they trust (`mcpcop doctor`: the current folder's own
   * configs): each is left as `untrusted-folder`, local or remote, unless it is left for another reason first.
   */
  untrusted?: ReadonlySet<Server>
}

/** The defaults of the options above. */

/** One result per server, in input order, and the diagnostics to report at the servers' keys. */
export interface DryRunOutput {
  servers: ServerResult[]
  diagnostics: Diagnostic[]
  /** The signal (SIGINT, SIGTERM) that interrupted the run: servers not finished are skipped as "interrupted". */
  interrupted?: NodeJS.Signals
  /** How stdio servers were isolated (absent when none was started): the report says it plainly. */
  containment?: Pick<Containment, 'kind' | 'isolated' | 'summary' | 'memoryLimitBytes'>
}

/** Rule ids of the dry run's diagnostics. */
export const DRY_RUN_RULES = {
  failed: 'dry-run-failed',
  skipped: 'dry-run-skipped',
  stdoutNoise: 'dry-run-stdout-noise'
} as const

/** The outcome of one attempt before it becomes a result. */
interface Outcome {
  status: ServerResult['status']
  transport?: ServerResult['transport']
  probe?: ProbeOutcome
  error?: Problem
  stderrTail?: string
  /** A first non-protocol stdout line of a server that otherwise worked. */
  noise?: string
}

interface Shared {
  containment?: Containment
  /** The job's files the containment covers, found when the first server is contained. */
  jobFiles?: JobFiles
  source: NodeJS.ProcessEnv
  isolationOff: boolean
  cwd: string
  base: Record<string, string>
  passedValues: string[]
  timeoutMs: number
  budgetEnd: number
  graceMs: number
  stdio: StdioLimits
  untrusted?: ReadonlySet<Server>
}

/**
 * Starts every server the way its host would and reports what each did. Runs nothing for an
 * empty list; never throws for a server's behaviour. Servers run `concurrency` at a time, each
 * within its own timeout and all within the budget, and every process started is gone on return.
 */
export async function dryRun(servers: readonly Server[], options: DryRunOptions): Promise<DryRunOutput> {
  const source = options.env ?? process.env
  const passEnv = (options.passEnv ?? []).filter((name) => !isDeniedVariable(name))
  const base = options.inheritEnv ? inheritedEnvironment(source) : baseEnvironment(source, passEnv)
  const shared: Shared = {
    ...(options.containment ? { containment: options.containment } : {}),
    // A doctor run (inheritEnv) starts the user's own servers as their host would, unisolated.
    isolationOff: source.MCPCOP_ISOLATION === 'none' || options.inheritEnv === true,
    source,
    cwd: options.cwd,
    base,
    passedValues: options.inheritEnv
      ? // Masking takes every value of a known format, examples included: hiding one costs nothing.
        credentialValues(base, (value, name) => findSecrets(value, name, 'mask').length > 0)
      : passEnv.map((name) => source[name]).filter((v): v is string => typeof v === 'string'),
    timeoutMs: positive(options.timeoutMs, DRY_RUN_DEFAULTS.timeoutMs),
    budgetEnd: Date.now() + positive(options.budgetMs, DRY_RUN_DEFAULTS.budgetMs),
    graceMs: Math.max(0, options.graceMs ?? DRY_RUN_DEFAULTS.graceMs),
    stdio: options.stdio ?? {},
    ...(options.untrusted ? { untrusted: options.untrusted } : {})
  }
  const concurrency = Math.floor(positive(options.concurrency, DRY_RUN_DEFAULTS.concurrency))
  const results = new Array<ServerResult>(servers.length)
  const diagnostics: Diagnostic[] = []
  if (servers.length === 0) return { servers: [], diagnostics }

  const removeGuard = installExitGuard()
  try {
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < servers.length) {
        const index = next++
        const server = servers[index]
        const started = Date.now()
        let outcome = interruption.signal ? interrupted() : await runOne(server, shared)
        // Cut short by the signal: whatever its processes did as they were killed is not its result.
        if (interruption.signal && outcome.error?.kind !== 'interrupted' && outcome.status !== 'ok')
          outcome = interrupted()
        results[index] = toResult(server, outcome, Date.now() - started)
        const diagnostic = toDiagnostic(server, outcome)
        if (diagnostic) diagnostics.push(diagnostic)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, servers.length) }, worker))
  } finally {
    removeGuard()
    shared.jobFiles?.cleanup()
  }
  const containment = shared.containment
  return {
    servers: results,
    diagnostics,
    ...(interruption.signal ? { interrupted: interruption.signal } : {}),
    ...(containment
      ? {
          containment: {
            kind: containment.kind,
            isolated: containment.isolated,
            summary: containment.summary,
            ...(containment.memoryLimitBytes ? { memoryLimitBytes: containment.memoryLimitBytes } : {})
          }
        }
      : {})
  }
}

async function runOne(server: Server, shared: Shared): Promise<Outcome> {
  if (server.disabled) return skip(NOT_STARTED.disabled)
  if (startsElsewhere(server, shared.cwd)) return skip(NOT_STARTED.inContainer)
  if (shared.untrusted?.has(server)) return skip(NOT_STARTED.untrustedFolder)
  const { resolved, missing } = resolveServer(server, placeholderFacts(server, shared.cwd), {
    env: shared.base,
    variables: hostVariables(server, shared.cwd)
  })
  if (missing.length > 0) return skip(missingPlaceholders(missing))
  const remaining = Math.min(shared.timeoutMs, shared.budgetEnd - Date.now())
  // With a mere moment of the budget left, a start could only report a meaningless timeout.
  if (remaining < Math.min(shared.timeoutMs, 250)) return skip(NOT_STARTED.budgetExhausted)
  const redact = redactor([...secretValues(resolved.headers, resolved.env, server.env, shared.passedValues)])
  let outcome: Outcome
  try {
    if (server.transport === 'stdio') outcome = await runStdio(server, resolved, shared, remaining)
    else if (server.transport === 'http' || server.transport === 'sse')
      outcome = await runRemote(server, resolved, remaining)
    else outcome = skip(unsupportedTransport(server.declaredType ?? server.transport))
  } catch (error) {
    // A bug of ours must not lose the other servers' results.
    outcome = { status: 'failed', error: internalError(error) }
  }
  if (outcome.error) outcome.error = maskProblem(outcome.error, redact)
  if (outcome.stderrTail !== undefined) outcome.stderrTail = redact(outcome.stderrTail)
  if (outcome.noise !== undefined) outcome.noise = redact(outcome.noise)
  if (outcome.probe?.surface) outcome.probe.surface = maskListed(outcome.probe.surface, redact)
  return outcome
}

async function runStdio(server: Server, resolved: ResolvedServer, shared: Shared, timeoutMs: number): Promise<Outcome> {
  if (resolved.command === undefined || resolved.command.trim() === '') return skip(NOT_STARTED.noCommand)
  const cwd = workingDirectory(server, shared.cwd, resolved.cwd)
  const env = serverEnvironment(
    shared.base,
    hostEnvironment(server, shared.cwd),
    passedEnv(server, shared.cwd, resolved.env)
  )
  // A Windows team's `cmd /c npx …` starts `npx …` here; a program of another system is left, and said so.
  const found = (program: string): boolean => isExecutable(program, env.PATH, cwd)
  const here = startHere(resolved.command, resolved.args, process.platform, found)
  if ('otherSystem' in here) return skip(otherSystem(here.otherSystem, here.command))
  const { command, args } = here
  if (!isDirectory(cwd)) return { status: 'failed', error: cwdNotFound(cwd) }
  // The timeout is all a server may cost, stopping it included: keep the SIGTERM grace inside it
  // (at most a tenth of it), so a hanging server that ignores SIGTERM still ends within its timeout.
  const graceMs = Math.min(shared.graceMs, Math.floor(timeoutMs / 10))
  const answerMs = timeoutMs - graceMs
  let proc: ServerProcess
  try {
    // MCPCOP_ISOLATION=none (in the environment the dry run reads) turns isolation off, e.g. to
    // debug a server that fails only inside it; the report then says servers were not isolated.
    if (!shared.containment) {
      if (!shared.isolationOff) shared.jobFiles ??= jobFilesToHide(shared.source, shared.cwd)
      shared.containment = detectContainment(
        shared.isolationOff ? { prefer: ['none'] } : { hide: shared.jobFiles?.hide ?? [] }
      )
    }
    proc = new ServerProcess({ command, args, env, cwd, graceMs, containment: shared.containment })
  } catch (error) {
    // Node refuses some values before starting anything (a NUL byte in an argument or variable).
    const failure = classifyStdio({
      phase: 'starting',
      timeoutMs,
      timedOut: false,
      error,
      command,
      args,
      pathSearched: env.PATH ?? '',
      cwd,
      stderrLines: [],
      stderrBytes: 0,
      stdoutBytes: 0,
      noise: { lines: 0, bytes: 0 },
      flood: false
    })
    return { ...fail(failure), transport: 'stdio' }
  }
  const transport = new StdioProcessTransport(proc, shared.stdio)
  const state: ProbeState = { phase: 'starting', outcome: {} }
  let run: Awaited<ReturnType<typeof withDeadline<ProbeOutcome>>>
  let exit: ExitInfo | undefined
  try {
    run = await withDeadline(answerMs, async (signal, abort) => {
      transport.onflood = abort
      await transport.start()
      return probe(transport, state, { signal, timeoutMs: answerMs + 1000 })
    })
    // The connection closed because the process ended: wait for its exit status to report it.
    if (
      run.error !== undefined &&
      !run.timedOut &&
      !transport.flood &&
      state.phase !== 'starting' &&
      proc.exit === undefined
    ) {
      await Promise.race([proc.exited, delay(500)])
    }
    // Taken before we stop it, so our own SIGTERM is not reported as the cause.
    exit = proc.exit
    await transport.close()
  } finally {
    await proc.stop()
  }
  if (run.value !== undefined)
    return { status: 'ok', transport: 'stdio', probe: run.value, noise: transport.noise.first }
  const failure = classifyStdio({
    phase: state.phase,
    timeoutMs,
    timedOut: run.timedOut,
    error: run.error,
    command,
    args,
    pathSearched: env.PATH ?? env.Path ?? '',
    cwd,
    exit,
    stderrLines: proc.stderr.lastLines(40),
    stderrBytes: proc.stderr.total,
    stdoutBytes: transport.stdoutBytes,
    noise: transport.noise,
    flood: transport.flood,
    stdoutClosed: transport.stdoutClosed,
    glued: transport.glued
  })
  const tail = proc.stderr.lastLines(20).join('\n')
  return { ...fail(failure), transport: 'stdio', probe: state.outcome, ...(tail ? { stderrTail: tail } : {}) }
}

async function runRemote(server: Server, resolved: ResolvedServer, timeoutMs: number): Promise<Outcome> {
  let url: URL
  try {
    url = new URL(resolved.url ?? '')
  } catch {
    return skip(resolved.url ? NOT_STARTED.invalidUrl : NOT_STARTED.noUrl)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return skip(unsupportedScheme(url.protocol))
  const deadline = Date.now() + timeoutMs
  const first = await connectRemote(server.transport === 'sse' ? 'sse' : 'http', url, resolved.headers, timeoutMs)
  if ('ok' in first) return first.ok
  if (fallsBackToSse(server) && shouldFallBack(first.error) && deadline - Date.now() > 0) {
    const second = await connectRemote('sse', url, resolved.headers, deadline - Date.now())
    if ('ok' in second) return second.ok
    return outcomeOf(first.failure, 'http', ' The SSE fallback failed too.')
  }
  return outcomeOf(first.failure, server.transport === 'sse' ? 'sse' : 'http', '')
}

type RemoteAttempt = { ok: Outcome } | { failure: Failure & { outcome: ProbeOutcome }; error: unknown }

async function connectRemote(
  kind: 'http' | 'sse',
  url: URL,
  headers: Record<string, string>,
  timeoutMs: number
): Promise<RemoteAttempt> {
  let networkError: unknown
  let denied: Response | undefined
  // The SDK reports a refused connection as a bare "fetch failed"; keep the cause it drops, and the
  // 401/403 answer whose WWW-Authenticate says how to sign in.
  const recordingFetch: FetchLike = async (input, init) => {
    try {
      const response = await fetch(input, init)
      if (response.status === 401 || response.status === 403) denied = response
      return response
    } catch (error) {
      networkError = error
      throw error
    }
  }
  const options = { requestInit: { headers }, fetch: recordingFetch }
  const transport: Transport =
    kind === 'sse' ? new SSEClientTransport(url, options) : new StreamableHTTPClientTransport(url, options)
  const state: ProbeState = { phase: 'initialize', outcome: {} }
  const started = Date.now()
  const run = await withDeadline(timeoutMs, (signal) =>
    probe(transport, state, { signal, timeoutMs: timeoutMs + 1000 })
  )
  await transport.close().catch(() => {})
  if (run.value !== undefined) return { ok: { status: 'ok', transport: kind, probe: run.value } }
  const hasHeaders = Object.keys(headers).length > 0
  // Without credentials of its own, a refused entry is either for a server that signs users in with
  // OAuth (which a CI run cannot do) or one that wants a token: its published metadata tells which.
  const oauth = denied !== undefined && !hasHeaders ? await oauthDiscovery(url, denied, started + timeoutMs) : undefined
  const failure = classifyHttp({
    phase: state.phase,
    timeoutMs,
    timedOut: run.timedOut,
    error: run.error,
    networkError,
    url,
    hasHeaders,
    transport: kind,
    ...(oauth ? { oauth } : {})
  })
  return { failure: { ...failure, outcome: state.outcome }, error: run.error }
}

/**
 * Whether a server that refused us signs users in with OAuth, and where it says so: the
 * `resource_metadata` its `WWW-Authenticate` names (RFC 9728 section 5.1), else protected-resource
 * metadata at the well-known path (RFC 9728 section 3, path-aware then at the root, through the MCP
 * SDK's discovery), else authorization-server metadata at the server's origin (MCP 2025-03-26).
 */
async function oauthDiscovery(url: URL, denied: Response, deadline: number): Promise<OAuthSignIn | undefined> {
  const { resourceMetadataUrl } = extractWWWAuthenticateParams(denied)
  if (resourceMetadataUrl) return { metadata: 'protected-resource', metadataUrl: resourceMetadataUrl.href, named: true }
  // Looking costs up to two requests each; with no time left, say only what the answer said.
  if (deadline - Date.now() < 200) return undefined
  let found: string | undefined
  const timedFetch: FetchLike = async (input, init) => {
    const response = await fetch(input, { ...init, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) })
    if (response.ok) found = String(input)
    return response
  }
  try {
    await discoverOAuthProtectedResourceMetadata(url, {}, timedFetch)
    if (found) return { metadata: 'protected-resource', metadataUrl: found, named: false }
  } catch {
    // none there (or not in time): try the older discovery
  }
  try {
    found = undefined
    if (await discoverOAuthMetadata(url.origin, {}, timedFetch))
      return { metadata: 'authorization-server', metadataUrl: found ?? url.origin, named: false }
  } catch {
    // not an OAuth server either
  }
  return undefined
}

/** VS Code and Cursor retry over SSE when the endpoint does not speak Streamable HTTP. */
function shouldFallBack(error: unknown): boolean {
  return (
    error instanceof StreamableHTTPError &&
    (error.code === 400 || error.code === 404 || error.code === 405 || error.code === -1)
  )
}

function outcomeOf(failure: Failure & { outcome: ProbeOutcome }, transport: 'http' | 'sse', suffix: string): Outcome {
  const { kind, messageId, data, help } = failure
  return {
    status: failure.skipped ? 'skipped' : 'failed',
    transport,
    probe: failure.outcome,
    error: { kind, messageId, data, help: help + suffix }
  }
}

/**
 * Runs `work` until it settles or the time is up, whichever comes first. On time-out the signal
 * aborts, and work still pending is left to fail quietly (its transport is closed by the caller).
 */
async function withDeadline<T>(
  timeoutMs: number,
  work: (signal: AbortSignal, abort: () => void) => Promise<T>
): Promise<{ value?: T; error?: unknown; timedOut: boolean }> {
  const controller = new AbortController()
  let timedOut = false
  let stopped: () => void = () => {}
  const aborted = new Promise<never>((_, reject) => {
    stopped = () => reject(new Error('stopped'))
    controller.signal.addEventListener('abort', stopped, { once: true })
  })
  aborted.catch(() => {})
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  // An interrupted run stops waiting for anyone.
  const interrupt = (): void => controller.abort()
  const interruptSignal = interruption.controller.signal
  if (interruptSignal.aborted) controller.abort()
  else interruptSignal.addEventListener('abort', interrupt, { once: true })
  const pending = work(controller.signal, () => controller.abort())
  pending.catch(() => {})
  try {
    return { value: await Promise.race([pending, aborted]), timedOut: false }
  } catch (error) {
    return { error, timedOut }
  } finally {
    clearTimeout(timer)
    controller.signal.removeEventListener('abort', stopped)
    interruptSignal.removeEventListener('abort', interrupt)
  }
}

function toResult(server: Server, outcome: Outcome, durationMs: number): ServerResult {
  const result: ServerResult = {
    name: server.name,
    file: server.file,
    host: server.host,
    transport: outcome.transport ?? server.transport,
    status: outcome.status,
    durationMs
  }
  const p = outcome.probe
  if (p?.serverInfo) result.serverInfo = p.serverInfo
  if (p?.protocolVersion) result.protocolVersion = p.protocolVersion
  if (p?.tools !== undefined) result.tools = p.tools
  if (p?.prompts !== undefined) result.prompts = p.prompts
  if (p?.resources !== undefined) result.resources = p.resources
  if (p?.surface && outcome.status === 'ok') result.surface = p.surface
  if (outcome.error) {
    const { kind, help } = outcome.error
    result.error = { kind, message: problemMessage(outcome.error), help }
  }
  if (outcome.stderrTail !== undefined) result.stderrTail = outcome.stderrTail
  return result
}

/**
 * The diagnostic of a server that failed, was skipped (not for being switched off) or wrote noise on
 * stdout: the short message by id, with the failure's kind among its data, and the fix in help.
 */
function toDiagnostic(server: Server, outcome: Outcome): Diagnostic | undefined {
  const range = server.keyRange ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  const at = {
    file: server.file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    server: server.name
  }
  const diagnostic = (ruleId: string, severity: Diagnostic['severity'], problem: Problem): Diagnostic => ({
    ruleId,
    severity,
    message: problemMessage(problem),
    ...at,
    messageId: problem.messageId,
    data: { kind: problem.kind, ...problem.data },
    help: problem.help
  })
  if (outcome.status === 'failed' && outcome.error) return diagnostic(DRY_RUN_RULES.failed, 'error', outcome.error)
  if (outcome.status === 'skipped' && outcome.error && !USERS_CHOICE.has(outcome.error.kind))
    return diagnostic(DRY_RUN_RULES.skipped, 'notice', outcome.error)
  if (outcome.status === 'ok' && outcome.noise !== undefined) {
    return diagnostic(DRY_RUN_RULES.stdoutNoise, 'warning', stdoutNoise(outcome.noise))
  }
  return undefined
}

/** Servers left by the user's own choice (switched off, a folder not trusted): nothing wrong with the entry. */
const USERS_CHOICE = new Set<string>([NOT_STARTED.disabled.kind, NOT_STARTED.untrustedFolder.kind])

function skip(problem: Problem): Outcome {
  return { status: 'skipped', error: problem }
}

function fail(failure: Failure): Outcome {
  const { kind, messageId, data, help } = failure
  return { status: failure.skipped ? 'skipped' : 'failed', error: { kind, messageId, data, help } }
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback
}

function isDirectory(dir: string): boolean {
  try {
    return existsSync(dir) && statSync(dir).isDirectory()
  } catch {
    return false
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

let guards = 0
/** A signal received during the dry run: servers are killed, and the run ends with what finished. */
let interruption: { signal?: NodeJS.Signals; controller: AbortController } = { controller: new AbortController() }
const onExit = (): void => killAllNow()
const onSignal = (signal: NodeJS.Signals): void => {
  killAllNow()
  if (interruption.signal === undefined) {
    // The first signal ends every server and every wait, so the caller can report what finished.
    interruption.signal = signal
    interruption.controller.abort()
    return
  }
  // A second one: no more patience, end as the signal would have.
  removeListeners()
  process.kill(process.pid, signal)
}

function interrupted(): Outcome {
  return skip(interruptedBy(interruption.signal))
}
function removeListeners(): void {
  process.off('exit', onExit)
  process.off('SIGINT', onSignal)
  process.off('SIGTERM', onSignal)
}

/**
 * While a dry run is in progress, makes sure our own end (normal exit, Ctrl-C, SIGTERM from the
 * runner) also ends every server we started. The first SIGINT or SIGTERM kills the servers and
 * lets the run return what finished (`interrupted`); a second one is re-raised as if never caught.
 */
function installExitGuard(): () => void {
  if (guards++ === 0) {
    interruption = { controller: new AbortController() }
    process.on('exit', onExit)
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
  }
  return () => {
    if (--guards === 0) removeListeners()
  }
}
