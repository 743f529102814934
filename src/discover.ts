import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import { hostsForPath } from './hosts/index.js'

/** A file to check, found by host patterns or named by the user. */
export interface Candidate {
  /** Path relative to the working directory, with `/`. */
  path: string
  absolute: string
  /** Named by the user (a path or glob), rather than found by a host's pattern. */
  explicit: boolean
  /**
   * The path host patterns are matched against: relative to the directory searched (so a repository
   * checked from outside still matches `agents/*.agent.md`), with `/`.
   */
  matchPath: string
  /** Set when the file cannot be checked safely, e.g. a symlink out of the root. */
  refused?: string
}

export interface DiscoverResult {
  candidates: Candidate[]
  /** Inputs that matched nothing (a usage error for the CLI). */
  missing: string[]
}

/** Directories never searched: dependencies and VCS metadata hold configs that are not the repository's. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**']

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * Finds the config files under each input: directories are searched by every host's known paths
 * (honouring .gitignore files), files and globs are taken as given. Never follows a symlink out of
 * the directory it was found in.
 */
export async function discover(inputs: string[], cwd: string): Promise<DiscoverResult> {
  const found = new Map<string, Candidate>()
  const missing: string[] = []
  for (const input of inputs.length ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input)
    if (isDynamicPattern(input)) {
      const matches = await glob(input, {
        cwd,
        dot: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        ignore: ALWAYS_SKIPPED,
        absolute: true,
        expandDirectories: false
      })
      if (matches.length === 0) missing.push(input)
      for (const match of matches) add(found, match, cwd, cwd, true)
      continue
    }
    let stat
    try {
      stat = statSync(absolute)
    } catch {
      missing.push(input)
      continue
    }
    if (stat.isDirectory()) {
      for (const match of walk(absolute)) add(found, match.path, cwd, absolute, false, match.isSymbolicLink)
    } else {
      add(found, absolute, cwd, path.dirname(absolute), true)
    }
  }
  return { candidates: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), missing }
}

// Discovery and reading use synchronous calls on purpose: for thousands of small files, one
// thread-pool round trip per call costs more than the work itself.
function add(
  found: Map<string, Candidate>,
  absolute: string,
  cwd: string,
  root: string,
  explicit: boolean,
  isSymbolicLink?: boolean
): void {
  const normalised = path.resolve(absolute)
  const fromCwd = toPosix(path.relative(cwd, normalised)) || path.basename(normalised)
  // An explicit file outside the working directory is matched by its absolute path (no `..` segments).
  const matchPath = explicit
    ? fromCwd.startsWith('../')
      ? toPosix(normalised).replace(/^\/+/, '')
      : fromCwd
    : toPosix(path.relative(root, normalised))
  const candidate: Candidate = { path: fromCwd, absolute: normalised, explicit, matchPath }
  try {
    if (isSymbolicLink ?? lstatSync(normalised).isSymbolicLink()) {
      const target = realpathSync(normalised)
      const realRoot = realpathSync(root)
      if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
        candidate.refused = `a symbolic link to a path outside ${explicit ? 'its directory' : 'the repository'}; it was not followed`
      }
    }
  } catch {
    candidate.refused = 'a broken symbolic link or an unreadable path; it was not read'
  }
  const earlier = found.get(normalised)
  if (!earlier || (explicit && !earlier.explicit)) found.set(normalised, candidate)
}

/** Directory names never entered. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])

/**
 * Lists the files under `root` that some host reads, pruning ignored directories as it goes. Symbolic
 * links to directories are never entered; links to files are returned (and vetted by `add`).
 */
function walk(root: string): { path: string; isSymbolicLink: boolean }[] {
  const ignored = gitignoreFilter(root)
  const matches: { path: string; isSymbolicLink: boolean }[] = []
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop() as string
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !ignored(absolute + path.sep)) pending.push(absolute)
      } else if (
        (entry.isFile() || entry.isSymbolicLink()) &&
        hostsForPath(toPosix(path.relative(root, absolute))).length > 0 &&
        !ignored(absolute)
      ) {
        matches.push({ path: absolute, isSymbolicLink: entry.isSymbolicLink() })
      }
    }
  }
  return matches.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** A predicate telling whether a file under `root` is excluded by the .gitignore files on its way. */
function gitignoreFilter(root: string): (absolute: string) => boolean {
  const cache = new Map<string, Ignore | null>()
  const load = (dir: string): Ignore | null => {
    if (!cache.has(dir)) {
      const file = path.join(dir, '.gitignore')
      cache.set(dir, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : null)
    }
    return cache.get(dir) ?? null
  }
  return (absolute) => {
    let dir = path.dirname(absolute.endsWith(path.sep) ? absolute.slice(0, -1) : absolute)
    const chain: string[] = []
    while (dir.startsWith(root)) {
      chain.unshift(dir)
      if (dir === root) break
      dir = path.dirname(dir)
    }
    for (const base of chain) {
      const rules = load(base)
      if (!rules) continue
      // A trailing separator marks a directory, so `dir/` patterns match it.
      const relative = toPosix(path.relative(base, absolute)) + (absolute.endsWith(path.sep) ? '/' : '')
      if (relative && relative !== '/' && rules.ignores(relative)) return true
    }
    return false
  }
}
