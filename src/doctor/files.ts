import { lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import type { FileToCheck } from '../engine.js'
import { HOSTS } from '../hosts/index.js'
import { isInside } from '../read.js'
import type { HostId } from '../types.js'

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * How a path is shown: `~/…` inside the home folder, relative inside the working directory (as in
 * every report), else absolute; always with `/`.
 */
export function displayPath(absolute: string, where: { home: string; cwd: string }): string {
  if (isInside(absolute, where.cwd) && !isInside(where.cwd, absolute))
    return toPosix(path.relative(where.cwd, absolute))
  if (isInside(absolute, where.home)) {
    const relative = toPosix(path.relative(where.home, absolute))
    return relative === '' ? '~' : `~/${relative}`
  }
  return toPosix(absolute)
}

/**
 * A file to check, shown as `shown`. The guarded reader refuses it unread when it is not a regular
 * file inside `root` (the home folder for a user's file, the working directory for a project's).
 */
export function fileToCheck(absolute: string, root: string, shown: string, host?: HostId): FileToCheck {
  return { path: shown, absolute, explicit: false, matchPath: shown, root, ...(host ? { host } : {}) }
}

/** Entries of one folder matching a glob segment; nothing when the folder cannot be listed. */
function matchingEntries(dir: string, segment: string): string[] {
  const match = picomatch(segment, { dot: true })
  try {
    return readdirSync(dir)
      .filter((name) => match(name))
      .sort()
  } catch {
    return []
  }
}

/**
 * Expands a pattern anchored at `root` segment by segment, listing only the folders its wildcards
 * name: reads nothing but those folders' entries, however large `root` is.
 */
export function expandAnchored(root: string, pattern: string, limit = 100): string[] {
  let found = ['']
  for (const segment of pattern.split('/')) {
    const next: string[] = []
    for (const prefix of found) {
      const names = picomatch.scan(segment).isGlob ? matchingEntries(path.join(root, prefix), segment) : [segment]
      for (const name of names) if (next.length < limit) next.push(prefix ? `${prefix}/${name}` : name)
    }
    found = next
  }
  return found.filter((relative) => {
    try {
      const stat = lstatSync(path.join(root, relative))
      return stat.isFile() || stat.isSymbolicLink()
    } catch {
      return false
    }
  })
}

/**
 * The config files a host started in `cwd` reads from it: each host's project patterns anchored at
 * the folder (`**\/.mcp.json` → `.mcp.json`), not searched for in subfolders, so that running in a
 * home folder or a huge tree costs a few directory reads.
 */
export function folderFiles(cwd: string): FileToCheck[] {
  const patterns = new Set<string>()
  for (const host of HOSTS)
    for (const pattern of host.patterns) {
      const anchored = pattern.replace(/^(?:\*\*\/)+/, '')
      if (!anchored.includes('**')) patterns.add(anchored)
    }
  const files = new Set<string>()
  for (const pattern of patterns) for (const relative of expandAnchored(cwd, pattern)) files.add(relative)
  return [...files].sort().map((relative) => fileToCheck(path.join(cwd, relative), cwd, relative))
}
