import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { lint, type LintResult } from '../engine.js'
import { compareDiagnostics } from '../finding.js'
import { redact } from '../secrets.js'
import type { Diagnostic, FileReport, Server, ServerResult } from '../types.js'
import { entryForDryRunKind, explain, programOf } from '../why/explain.js'
import { filled } from '../why/format.js'
import { folderFiles } from './files.js'

/** What `mcpcop doctor` looks at and how. Everything about the machine is injected, for tests. */
export interface DoctorOptions {
  /** The folder the hosts are started in: its own configs are checked too. */
  cwd: string
  /** The user's environment: servers are started with it. */
  env: NodeJS.ProcessEnv
  /** Start every server (default) or only read the configs. */
  dryRun: boolean
  timeoutMs?: number
  concurrency?: number
}

/** One server's health, as in the report's `servers`, with where the host reads it. */
export interface DoctorServer extends ServerResult {
  /** How the host reads the entry: `project` for the current folder's configs. */
  scope: 'project'
  /** The catalogue entry that explains the failure best (`mcpcop why <id>`): the one its last stderr line matches, else its kind's. */
  why?: string
  /** What to do about the failure, from that entry. */
  fix?: string
}

/** The report of `mcpcop doctor --format json`: the version 1 report, plus what doctor looked at. */
export interface DoctorReport {
  version: 1
  files: FileReport[]
  diagnostics: Diagnostic[]
  servers: DoctorServer[]
  doctor: {
    /** Whether the servers were started. */
    dryRun: boolean
  }
}

export interface DoctorResult {
  report: DoctorReport
  /** The configured servers, in report order (with or without a dry run). */
  configured: Server[]
  /** Each checked file's text, by its shown path, for code frames. */
  sources: Map<string, string>
  /** Every credential-looking value found; masked wherever it would be printed. */
  secrets: Set<string>
}

/**
 * Checks the MCP setup of this machine: lints the configs the hosts read and, unless told not to,
 * starts every server the way its host would, with the user's own environment. Every process it
 * starts is gone when it returns.
 */
export async function doctor(options: DoctorOptions): Promise<DoctorResult> {
  const project = await lint({ paths: [], cwd: options.cwd, files: folderFiles(options.cwd) })
  const configured = project.servers
  const servers: DoctorServer[] = options.dryRun ? await startAll(project, options) : []
  const report: DoctorReport = {
    version: 1,
    files: project.report.files,
    diagnostics: [...project.report.diagnostics].sort(compareDiagnostics),
    servers,
    doctor: { dryRun: options.dryRun }
  }
  return { report, configured, sources: project.sources, secrets: project.secrets }
}

/** Starts the servers of one lint result and adds the dry run's findings to it, under its settings. */
async function startAll(result: LintResult, options: DoctorOptions): Promise<DoctorServer[]> {
  // Loaded only for a dry run: the MCP SDK is most of the bundle.
  const { dryRun } = await import('../dryrun/index.js')
  const dry = await dryRun(result.servers, {
    cwd: options.cwd,
    env: options.env,
    inheritEnv: true,
    timeoutMs: options.timeoutMs ?? DRY_RUN_DEFAULTS.timeoutMs,
    concurrency: options.concurrency ?? DRY_RUN_DEFAULTS.concurrency
  })
  const levels = result.config.rules
  for (const d of dry.diagnostics) {
    const level = levels[d.ruleId]
    if (level !== 'off') result.report.diagnostics.push(level ? { ...d, severity: level } : d)
  }
  return dry.servers.map((health, i) => {
    const masked: DoctorServer = { ...health, scope: 'project', ...advice(result.servers[i], health) }
    if (masked.error) masked.error = { ...masked.error, message: redact(masked.error.message, result.secrets) }
    if (masked.stderrTail !== undefined) masked.stderrTail = redact(masked.stderrTail, result.secrets)
    if (masked.fix !== undefined) masked.fix = redact(masked.fix, result.secrets)
    return masked
  })
}

/**
 * The catalogue entry and fix for a server that did not answer. The server's own last stderr line
 * names the real cause more often than the symptom does ("BRAVE_API_KEY environment variable is
 * required" behind "exited with code 1"), so it is asked first.
 */
function advice(server: Server, health: ServerResult): Pick<DoctorServer, 'why' | 'fix'> {
  if (health.status === 'ok' || !health.error) return {}
  const last = health.stderrTail
    ?.split('\n')
    .filter((line) => line.trim())
    .at(-1)
  const fromStderr = last === undefined ? undefined : explain(last).matches[0]
  const entry = fromStderr?.entry ?? entryForDryRunKind(health.error.kind)
  if (!entry) return {}
  const program = programOf(server)
  const about = { ...(program ? { command: program } : {}), ...fromStderr?.about }
  return { why: entry.id, fix: filled(entry.fix[0], about) }
}
