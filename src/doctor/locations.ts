import { lstatSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { FileToCheck } from '../engine.js'
import { HOSTS } from '../hosts/index.js'
import type { UserFile, UserPlatform } from '../hosts/profile.js'
import type { HostAdapter } from '../hosts/types.js'
import { isInside, MAX_USER_FILE_BYTES } from '../read.js'
import { expandAnchored, fileToCheck } from './files.js'

/** The machine doctor looks at, injected so tests can stand in another system and home folder. */
export interface Machine {
  platform: NodeJS.Platform
  env: NodeJS.ProcessEnv
  /** The home folder (`~`): `$HOME`, or `%USERPROFILE%` on Windows. */
  home: string
  /** The folder doctor runs in, for variables that hold a relative path. */
  cwd: string
}

/** One user-level file a host reads, resolved for this machine. */
export interface Location {
  host: HostAdapter
  file: UserFile
  /** The template that applied. */
  template: string
  /** Its absolute path; a `*` segment stands for any one name. */
  pattern: string
  /** How it is shown: `~/…` inside the home folder. */
  shown: string
  /** The files found there (one, or several for a pattern), absolute. */
  found: string[]
}

/** The systems whose user-level files the profiles describe; other Unix systems follow Linux's layout. */
export function userPlatform(platform: NodeJS.Platform): UserPlatform {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux'
}

/** The home folder of the machine: `%USERPROFILE%` on Windows, `$HOME` elsewhere. */
export function homeOf(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, fallback: string): string {
  const home =
    platform === 'win32'
      ? (variable(env, 'USERPROFILE', platform) ??
        joinDefined(variable(env, 'HOMEDRIVE', platform), variable(env, 'HOMEPATH', platform)))
      : variable(env, 'HOME', platform)
  return home ?? fallback
}

function joinDefined(drive: string | undefined, rest: string | undefined): string | undefined {
  return drive !== undefined && rest !== undefined ? drive + rest : undefined
}

/** An environment variable, by its name in any case on Windows; empty counts as unset, as the hosts treat it. */
function variable(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  const value =
    platform === 'win32'
      ? Object.entries(env).find(([key]) => key.toUpperCase() === name.toUpperCase())?.[1]
      : env[name]
  return value === undefined || value === '' ? undefined : value
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * A template's path on this machine, or undefined when it does not apply (it names an unset
 * variable, or a drive path that cannot exist on the system doctor runs on). A variable holding a
 * relative path is taken relative to the working directory.
 */
export function resolveTemplate(template: string, machine: Machine): string | undefined {
  let unset = false
  let text = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const value = variable(machine.env, name, machine.platform)
    if (value === undefined) unset = true
    return value ?? ''
  })
  if (unset) return undefined
  if (text === '~' || text.startsWith('~/')) text = machine.home + text.slice(1)
  // A Windows drive path can only be read on Windows (a test standing in Windows runs elsewhere).
  if (/^[A-Za-z]:[\\/]/.test(text) && process.platform !== 'win32') return undefined
  return path.resolve(machine.cwd, text)
}

/** How a user-level path is shown: `~/…` inside the home folder, else absolute; with `/`. */
export function shownPath(absolute: string, home: string): string {
  if (!isInside(absolute, home)) return toPosix(absolute)
  const relative = toPosix(path.relative(home, absolute))
  return relative === '' ? '~' : `~/${relative}`
}

/** Whether a path names a regular file or a link (links are vetted by the guarded reader). */
function isFileOrLink(absolute: string): boolean {
  try {
    const stat = lstatSync(absolute)
    return stat.isFile() || stat.isSymbolicLink()
  } catch {
    return false
  }
}

/** The files matching an absolute pattern whose `*` segments stand for any one name. */
function expand(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/)
  const first = parts.findIndex((part) => part.includes('*'))
  if (first === -1) return isFileOrLink(pattern) ? [pattern] : []
  const root = parts.slice(0, first).join(path.sep) || path.sep
  return expandAnchored(root, parts.slice(first).join('/')).map((relative) => path.join(root, relative))
}

/**
 * Every user-level file the hosts read on this machine, from their profiles: each file's first
 * applicable template, and what exists there. Reads nothing but the listed locations (for a `*`, the
 * entries of that one folder). A path two hosts list is the first host's.
 */
export function userLocations(machine: Machine): Location[] {
  const platform = userPlatform(machine.platform)
  const seen = new Set<string>()
  const locations: Location[] = []
  for (const host of HOSTS) {
    for (const file of host.profile.userFiles) {
      for (const template of file.paths[platform] ?? []) {
        const pattern = resolveTemplate(template, machine)
        if (pattern === undefined) continue
        if (!seen.has(pattern)) {
          seen.add(pattern)
          locations.push({
            host,
            file,
            template,
            pattern,
            shown: shownPath(pattern, machine.home),
            found: expand(pattern)
          })
        }
        break
      }
    }
  }
  return locations
}

/**
 * The files to check of the found locations. A file in the home folder must stay inside it when read
 * (the guarded reader's root); one elsewhere (`/etc/...`) inside its own folder.
 */
export function userFilesToCheck(locations: readonly Location[], machine: Machine): FileToCheck[] {
  return locations.flatMap((location) =>
    location.found.map((absolute) => {
      const inHome = isInside(absolute, machine.home)
      const root = inHome ? machine.home : path.dirname(absolute)
      const file = fileToCheck(absolute, root, shownPath(absolute, machine.home), location.host.id)
      // The user's own file, where a host may keep its state too (Claude Code's history in ~/.claude.json).
      file.maxBytes = MAX_USER_FILE_BYTES
      // Told here in the words of a user's folder; the guarded reader refuses it anyway.
      if (leadsOut(absolute, root))
        file.refused = `a symbolic link to a path outside ${inHome ? 'the home folder' : 'its folder'}; it was not followed, and nothing of its target is shown`
      return file
    })
  )
}

/** Whether a link leads out of `root` (a broken link is left to the reader). */
function leadsOut(absolute: string, root: string): boolean {
  try {
    return lstatSync(absolute).isSymbolicLink() && !isInside(realpathSync(absolute), realpathSync(root))
  } catch {
    return false
  }
}
