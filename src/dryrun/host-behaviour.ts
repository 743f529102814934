import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hostById, profileOf } from '../hosts/index.js'
import { readTextInside } from '../read.js'
import { typeMeaning, type HostProfile, type HostValue, type PlaceholderFacts } from '../hosts/profile.js'
import type { Server } from '../types.js'

/**
 * How the server's host starts what its config names, from the host's profile: the placeholder
 * syntaxes and variables it fills, the folder a server starts in (and whether `cwd` moves it), what it
 * adds to a server's environment, and whether it falls back to SSE when Streamable HTTP fails. The
 * static rules read the same profile, so the dry run starts a server exactly where they say it starts.
 */

const profiles = new WeakMap<Server, HostProfile | undefined>()

/** The profile the server's host reads its file with (a plugin's `.mcp.json` is told by the file beside it). */
function profileFor(server: Server, cwd: string): HostProfile | undefined {
  if (profiles.has(server)) return profiles.get(server)
  const host = hostById(server.host)
  const profile = host
    ? profileOf(host, {
        path: server.file,
        exists: (p) => existsSync(path.resolve(cwd, p)),
        // As the lint reads it (a plugin marketplace), so that both take the file for the same kind.
        read: (p) => readTextInside(path.resolve(cwd, p), cwd)
      })
    : undefined
  profiles.set(server, profile)
  return profile
}

/** The placeholder syntaxes the server's host expands, in which of the entry's keys (and how), and the variables it blanks. */
export function placeholderFacts(
  server: Server,
  cwd = process.cwd()
): Pick<PlaceholderFacts, 'syntaxes' | 'expandedIn' | 'fieldSyntaxes' | 'blanked'> {
  return profileFor(server, cwd)?.placeholders ?? { syntaxes: [], expandedIn: null, fieldSyntaxes: {}, blanked: null }
}

/**
 * Whether the server cannot be checked on this machine at all, from its host's profile: a dev
 * container's servers run inside the container, where their commands (and their localhost) are the
 * image's, not this machine's.
 */
export function startsElsewhere(server: Server, cwd = process.cwd()): boolean {
  return profileFor(server, cwd)?.launch.startsIn === 'container'
}

/** Whether a failed Streamable HTTP connection is retried over SSE, as the host does for this entry. */
export function fallsBackToSse(server: Server, cwd = process.cwd()): boolean {
  const profile = profileFor(server, cwd)
  if (server.transport !== 'http' || !profile) return false
  if (server.declaredType !== undefined) return typeMeaning(profile, server.declaredType)?.sseFallback ?? false
  // A typeless entry means what the key holding its url means (Gemini's `httpUrl` never falls back).
  const key = server.fields.url?.at(-1) ?? 'url'
  return profile.transports.untyped.url[String(key)]?.sseFallback ?? false
}

/** The project folder of the server's file by its profile's `projectRoot`, absolute; it stands for `${workspaceFolder}`. */
function projectFolder(cwd: string, file: string, profile?: HostProfile): string {
  const root = profile ? profile.projectRoot(file) : file.split('/').slice(0, -1).join('/')
  return path.resolve(cwd, root)
}

/** The folder that stands for the server's project: where its host was started, for a user's own file. */
function serverRoot(server: Server, cwd: string, profile?: HostProfile): string {
  return server.folder ?? projectFolder(cwd, server.file, profile)
}

/**
 * The working directory the host starts a stdio server in: the entry's `cwd` (from the project folder)
 * where the host honours it, else the project folder, or, for a host that starts servers from its own
 * folder (Claude Desktop), a folder that is not the repository.
 */
export function workingDirectory(server: Server, cwd: string, resolvedCwd: string | undefined): string {
  const profile = profileFor(server, cwd)
  const root = serverRoot(server, cwd, profile)
  const honoured = profile?.launch.cwd.honoured ?? true
  const start = profile?.launch.startsIn === 'host-folder' ? os.tmpdir() : root
  if (resolvedCwd === undefined || resolvedCwd === '' || honoured === false) return start
  return path.resolve(root, resolvedCwd)
}

/** What a host value is for this server. */
function valueOf(held: HostValue, server: Server, cwd: string, home: string, profile: HostProfile): string | undefined {
  const root = serverRoot(server, cwd, profile)
  switch (held) {
    case 'project':
      return root
    case 'project-name':
      return path.basename(root)
    case 'file-folder':
      return path.dirname(path.resolve(cwd, server.file))
    case 'working-directory':
      return cwd
    case 'home':
      return home
    case 'path-separator':
      return path.sep
    case 'host-only':
      return undefined
  }
}

function resolved(
  values: Readonly<Record<string, HostValue>>,
  server: Server,
  cwd: string,
  home: string,
  profile: HostProfile
): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [name, held] of Object.entries(values)) {
    const value = valueOf(held, server, cwd, home, profile)
    if (value !== undefined) out[name] = value
  }
  return out
}

/** The host's own variables the server's placeholders may name (besides environment variables). */
export function hostVariables(server: Server, cwd: string, home: string = os.homedir()): Record<string, string> {
  const profile = profileFor(server, cwd)
  return profile ? resolved(profile.placeholders.variables, server, cwd, home, profile) : {}
}

/** The server's `env` entries the host passes on (Gemini CLI leaves out those that could load code). */
export function passedEnv(server: Server, cwd: string, env: Record<string, string>): Record<string, string> {
  const dropped = profileFor(server, cwd)?.launch.droppedEnv
  if (!dropped) return env
  return Object.fromEntries(Object.entries(env).filter(([name]) => !dropped.names.includes(name.toUpperCase())))
}

/** Variables the host itself adds to a stdio server's environment. */
export function hostEnvironment(server: Server, cwd: string): Record<string, string> {
  const profile = profileFor(server, cwd)
  return profile ? resolved(profile.launch.environment, server, cwd, os.homedir(), profile) : {}
}
