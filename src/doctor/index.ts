import { statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config } from '../config.js'
import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { lint, type FileToCheck, type LintResult } from '../engine.js'
import { compareDiagnostics, toDiagnostic } from '../finding.js'
import { hostById } from '../hosts/index.js'
import type { HostId } from '../hosts/types.js'
import { normaliseServerMap } from '../hosts/util.js'
import { parseDocument } from '../parse/index.js'
import { maskDiagnostic, redact } from '../mask.js'
import type { Diagnostic, FileReport, Server, ServerResult } from '../types.js'
import { foldersUpToWorkTree } from '../work-tree.js'
import { entryForDryRunKind, explain, programOf } from '../why/explain.js'
import { filled } from '../why/format.js'
import { folderFiles } from './files.js'
import { homeOf, shownPath, userFilesToCheck, userLocations, type Location, type Machine } from './locations.js'
import { trimEndOf } from '../text.js'

/** What `mcpcop doctor` looks at and how. Everything about the machine is injected, for tests. */
export interface DoctorOptions {
  /** The folder the hosts are started in: its own configs are checked too. */
  cwd: string
  /** The user's environment: servers are started with it, and it moves some hosts' files. */
  env: NodeJS.ProcessEnv
  /** The system whose file locations apply (default: this one). */
  platform?: NodeJS.Platform
  /** The home folder (default: `$HOME`, or `%USERPROFILE%` on Windows, from `env`). */
  home?: string
  /** Start every server (default) or only read the configs. */
  dryRun: boolean
  /**
   * Also start the current folder's own servers. Their commands come from the folder (a repository just
   * cloned, perhaps), and a host starts them only once the user trusts the folder or approves each one.
   */
  trustFolder?: boolean
  timeoutMs?: number
  concurrency?: number
}

/**
 * Where a host reads a server: the current folder's configs (`project`), a user's own file (`user`),
 * one project's entry in a user's file (`local`), a file an administrator manages (`managed`), or an
 * older place the host still reads (`legacy`).
 */
export type Scope = 'project' | 'user' | 'local' | 'managed' | 'legacy'

/** One server's health, as in the report's `servers`, with where the host reads it. */
export interface DoctorServer extends ServerResult {
  scope: Scope
  /** For a `local` entry: the project it belongs to, shown with `~`. */
  project?: string
  /** A `local` entry of the current folder (or its repository). */
  current?: boolean
  /** The catalogue entry that explains a failure best (`mcpcop why <id>`): its last stderr line's, else its kind's. */
  why?: string
  /** What to do about the failure. */
  fix?: string
}

/** One user-level location doctor looked at. */
export interface DoctorLocation {
  host: HostId
  /** The path, with `~` for the home folder; `*` stands for any one name. */
  path: string
  scope: Exclude<Scope, 'project' | 'local'>
  /** The files found there. */
  found: string[]
  /** Whether the host's own docs or source confirm the location on this system. */
  confirmed: boolean
}

/** The report of `mcpcop doctor --format json`: the version 1 report, plus what doctor looked at. */
export interface DoctorReport {
  version: 1
  files: FileReport[]
  diagnostics: Diagnostic[]
  servers: DoctorServer[]
  doctor: {
    platform: string
    /** Whether the servers were started. */
    dryRun: boolean
    locations: DoctorLocation[]
  }
}

/** One configured server as the health table shows it. */
export interface Entry {
  /** The server, its `file` as shown (`~/.claude.json`). */
  server: Server
  scope: Scope
  project?: string
  current?: boolean
  /** Why its host never reads it, for an entry in a place the host ignores. */
  notRead?: string
  /** Its health: after a dry run, or for an entry its host never reads. */
  health?: DoctorServer
}

export interface DoctorResult {
  report: DoctorReport
  /** Every configured server, in report order, grouped by file. */
  entries: Entry[]
  /** Each checked file's text, by its shown path, for code frames. */
  sources: Map<string, string>
  /** Every credential-looking value found; masked wherever it would be printed. */
  secrets: Set<string>
}

/**
 * Rules about committing a file to a repository, which say nothing about a user's own file: a user's
 * token belongs in it, its paths are that user's, and it has no project folder to find scripts in.
 */
const USER_FILE_SETTINGS: Config = {
  rules: Object.fromEntries(
    [
      'hardcoded-secret',
      'user-specific-path',
      'missing-script',
      'cross-host-drift',
      'unpinned-package',
      'env-inventory',
      'unknown-approved-server',
      'enable-all-project-servers',
      // A user's own settings may turn prompts off for that user alone.
      'agent-approvals-off',
      'mcp-json-in-claude-dir',
      // Replaced by a finding per server that names where user servers belong.
      'servers-in-claude-settings'
    ].map((id) => [id, 'off' as const])
  ),
  ignore: [],
  ignoreServers: []
}

/** The id of doctor's finding for a server in a place its host does not read. */
export const NOT_READ_RULE = 'server-not-read'

/**
 * Checks the MCP setup of this machine: the user-level files of every host (from the host profiles,
 * for this system) and the configs of the current folder, linted with the usual rules and, unless
 * told not to, every server started the way its host would, with the user's own environment. Reads
 * nothing but the listed locations; every process it starts is gone when it returns.
 */
export async function doctor(options: DoctorOptions): Promise<DoctorResult> {
  const platform = options.platform ?? process.platform
  const machine: Machine = {
    platform,
    env: options.env,
    home: options.home ?? homeOf(platform, options.env, os.homedir()),
    cwd: options.cwd
  }
  const locations = userLocations(machine)
  const userFiles = userFilesToCheck(locations, machine)
  const userPaths = new Set(userFiles.map((f) => f.absolute))
  // Run in the home folder, a host's project files are its user files: read them once, as the user's.
  const projectFiles = folderFiles(options.cwd).filter((f) => !userPaths.has(f.absolute))
  const user = await lint({ paths: [], cwd: options.cwd, files: userFiles, settings: USER_FILE_SETTINGS })
  const project = await lint({ paths: [], cwd: options.cwd, files: projectFiles })

  const entries = [
    ...userEntries(user, userFiles, locations, machine),
    ...project.servers.map((server): Entry => ({ server, scope: 'project' }))
  ]
  const notRead = [
    ...ignoredServers(user, userFiles, locations, true),
    ...ignoredServers(project, projectFiles, [], false)
  ]
  entries.push(...notRead.map((n) => n.entry))
  const secrets = new Set([...user.secrets, ...project.secrets])
  const diagnostics = [
    ...user.report.diagnostics,
    ...project.report.diagnostics,
    ...notRead.flatMap((n) => n.diagnostic)
  ]
  if (options.dryRun) diagnostics.push(...(await startAll(entries, { user, project }, machine, options)))
  for (const entry of entries) {
    if (entry.notRead === undefined) continue
    entry.health = {
      name: entry.server.name,
      file: entry.server.file,
      host: entry.server.host,
      transport: entry.server.transport,
      status: 'skipped',
      durationMs: 0,
      error: { kind: 'not-read', message: entry.notRead },
      scope: entry.scope
    }
  }
  const order = (e: Entry): number => (e.scope === 'project' ? 1 : 0)
  entries.sort((a, b) => order(a) - order(b))
  for (const entry of entries) if (entry.health) mask(entry.health, secrets)
  const report: DoctorReport = {
    version: 1,
    files: [...user.report.files, ...project.report.files],
    diagnostics: diagnostics.map((d) => maskDiagnostic(d, secrets)).sort(compareDiagnostics),
    servers: entries.flatMap((e) => (e.health ? [e.health] : [])),
    doctor: {
      platform,
      dryRun: options.dryRun,
      locations: locations.map((l) => ({
        host: l.host.id,
        path: l.shown,
        scope: l.file.scope,
        found: l.found.map((f) => shownPath(f, machine.home)),
        confirmed: l.file.unconfirmed[platformKey(platform)] === undefined
      }))
    }
  }
  return { report, entries, sources: new Map([...user.sources, ...project.sources]), secrets }
}

function platformKey(platform: NodeJS.Platform): 'linux' | 'darwin' | 'win32' {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux'
}

/** The servers of the user's files, each with the scope of the location it was found in. */
function userEntries(result: LintResult, files: FileToCheck[], locations: Location[], machine: Machine): Entry[] {
  const locationOf = locationsByShownPath(files, locations)
  const repository = foldersUpToWorkTree(machine.cwd)?.at(-1)
  return result.servers.map((server): Entry => {
    if (server.project === undefined) return { server, scope: locationOf.get(server.file)?.file.scope ?? 'user' }
    const current = [machine.cwd, repository].some(
      (folder) => folder !== undefined && sameFolder(server.project!, folder, machine.platform)
    )
    return { server, scope: 'local', project: shownPath(path.resolve(server.project), machine.home), current }
  })
}

function locationsByShownPath(files: FileToCheck[], locations: Location[]): Map<string, Location> {
  const byAbsolute = new Map<string, Location>()
  for (const location of locations) for (const found of location.found) byAbsolute.set(found, location)
  const out = new Map<string, Location>()
  for (const file of files) {
    const location = byAbsolute.get(file.absolute)
    if (location) out.set(file.path, location)
  }
  return out
}

/**
 * Servers written under a key that the host does not read as servers (`mcpServers` in Claude Code's
 * settings), from the host profile's `ignoredServerMap`: one entry each, and for a user's file a
 * finding at the server, saying where its servers belong (the location's note).
 */
function ignoredServers(
  result: LintResult,
  files: FileToCheck[],
  locations: Location[],
  userFiles: boolean
): { entry: Entry; diagnostic: Diagnostic[] }[] {
  const locationOf = locationsByShownPath(files, locations)
  const out: { entry: Entry; diagnostic: Diagnostic[] }[] = []
  for (const file of result.report.files) {
    const host = file.host ? hostById(file.host) : undefined
    const key = host?.profile.approvals.projectServers?.ignoredServerMap
    const text = result.sources.get(file.path)
    if (!host || key === undefined || text === undefined) continue
    const doc = parseDocument(text, host).doc
    if (!doc) continue
    const note = locationOf.get(file.path)?.file.note
    const instead = userFiles
      ? (note ?? 'it does not read servers here')
      : `servers belong in ${host.profile.approvals.projectServers!.file}`
    for (const server of normaliseServerMap(doc.value, [key], { host: host.id, file: file.path }, () => ({
      transport: 'unknown'
    }))) {
      const why = `${host.name} does not read servers from ${file.path}, so "${server.name}" never starts: ${instead}`
      const range = doc.locate(server.pointer, true)
      out.push({
        entry: {
          server,
          scope: userFiles ? (locationOf.get(file.path)?.file.scope ?? 'user') : 'project',
          notRead: why
        },
        diagnostic: userFiles
          ? [
              toDiagnostic(file.path, {
                ruleId: NOT_READ_RULE,
                severity: 'error',
                message: why,
                range,
                server: server.name
              })
            ]
          : []
      })
    }
  }
  return out
}

/** Whether a project key of a user's file names this folder: case and separators alike on Windows. */
function sameFolder(key: string, folder: string, platform: NodeJS.Platform): boolean {
  const normal = (p: string): string => {
    const flat = trimEndOf(p, '/\\')
    return platform === 'win32' ? flat.replace(/\\/g, '/').toLowerCase() : flat
  }
  return normal(key) === normal(folder)
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}

/**
 * Starts every server its host reads, where its host would: a user's servers in the current folder
 * (where the user starts the host), a project's local servers in that project, the current folder's
 * own in it. Sets each entry's health and returns the dry run's findings, under each file's settings.
 */
async function startAll(
  entries: Entry[],
  results: { user: LintResult; project: LintResult },
  machine: Machine,
  options: DoctorOptions
): Promise<Diagnostic[]> {
  // Loaded only for a dry run: the MCP SDK is most of the bundle.
  const { dryRun } = await import('../dryrun/index.js')
  const runnable: { entry: Entry; server: Server }[] = []
  // The current folder's own servers, remote ones too (their headers are filled from your environment),
  // start only once the user says they trust the folder.
  const untrusted = new Set<Server>()
  for (const entry of entries) {
    if (entry.notRead !== undefined) continue
    if (entry.scope === 'project') {
      if (!options.trustFolder) untrusted.add(entry.server)
      runnable.push({ entry, server: entry.server })
      continue
    }
    const folder = entry.project === undefined ? machine.cwd : path.resolve(entry.server.project!)
    if (!isDirectory(folder)) {
      entry.health = skippedHealth(
        entry,
        'project-missing',
        `the project folder ${entry.project} does not exist, so its host never starts this server`
      )
      continue
    }
    // The file's real place, so `${extensionPath}` and the like resolve; the host's folder stands for the project.
    const real = path.relative(machine.cwd, realPath(entry.server.file, machine))
    runnable.push({ entry, server: { ...entry.server, file: real.split(path.sep).join('/'), folder } })
  }
  const dry = await dryRun(
    runnable.map((r) => r.server),
    {
      cwd: machine.cwd,
      env: machine.env,
      inheritEnv: true,
      untrusted,
      timeoutMs: options.timeoutMs ?? DRY_RUN_DEFAULTS.timeoutMs,
      concurrency: options.concurrency ?? DRY_RUN_DEFAULTS.concurrency
    }
  )
  runnable.forEach(({ entry, server }, i) => {
    const health = dry.servers[i]
    entry.health = {
      ...health,
      file: entry.server.file,
      scope: entry.scope,
      ...place(entry),
      ...advice(server, health)
    }
  })
  const diagnostics: Diagnostic[] = []
  for (const d of dry.diagnostics) {
    const run = runnable.find(
      (r) => r.server.file === d.file && r.server.name === d.server && r.server.keyRange?.start.line === d.line
    )
    if (!run) continue
    const levels = (run.entry.scope === 'project' ? results.project : results.user).config.rules
    const level = levels[d.ruleId]
    if (level === 'off') continue
    diagnostics.push({ ...d, file: run.entry.server.file, ...(level ? { severity: level } : {}) })
  }
  return diagnostics
}

/** The absolute path of a shown user-file path (`~/…` or absolute). */
function realPath(shown: string, machine: Machine): string {
  return shown === '~' || shown.startsWith('~/') ? path.join(machine.home, shown.slice(1)) : shown
}

function place(entry: Entry): Pick<DoctorServer, 'project' | 'current'> {
  return entry.project === undefined ? {} : { project: entry.project, current: entry.current ?? false }
}

function skippedHealth(entry: Entry, kind: string, message: string): DoctorServer {
  return {
    name: entry.server.name,
    file: entry.server.file,
    host: entry.server.host,
    transport: entry.server.transport,
    status: 'skipped',
    durationMs: 0,
    error: { kind, message },
    scope: entry.scope,
    ...place(entry)
  }
}

function mask(health: DoctorServer, secrets: Set<string>): void {
  if (health.error) {
    const { help } = health.error
    health.error = {
      ...health.error,
      message: redact(health.error.message, secrets),
      ...(help === undefined ? {} : { help: redact(help, secrets) })
    }
  }
  if (health.stderrTail !== undefined) health.stderrTail = redact(health.stderrTail, secrets)
  if (health.fix !== undefined) health.fix = redact(health.fix, secrets)
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
