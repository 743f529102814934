import { spawnSync } from 'node:child_process'
import { isUtf8 } from 'node:buffer'
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { default as ignoreFactory, Ignore } from 'ignore'
import picomatch from 'picomatch'
import {
  FOLDERS_OF_ANY_NAME,
  hostsForPath,
  mayBeHostFileName,
  mayBeHostFolder,
  mayBeHostFolderName
} from './hosts/index.js'
import type { HostAdapter } from './hosts/types.js'
import { listWorkTree, takeListing } from './git/listing.js'
import { isIgnored, type IgnoreScope } from './ignore-scopes.js'
import { isInside, leavesWorkingFolder, readGuarded } from './read.js'
import { foldersUpToWorkTree } from './work-tree.js'

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
  /** The directory the file must stay inside when read (the repository, or a named file's own folder). */
  root: string
  /** Set when the file cannot be checked safely, e.g. a symlink out of the root. */
  refused?: string
  /** Set for a place whose configs could not be looked at, though nothing is wrong with it (a warning, not read). */
  notChecked?: string
  /** Found by listing folders from `root` without entering a link (see `GuardOptions.listed`). */
  listed?: boolean
  /**
   * Listed by git and not looked at since (see `GuardOptions.unseen`): the work tree may no longer hold a
   * file there, and may hold a link; reading it tells.
   */
  unseen?: boolean
  /** A larger size limit than a config's (`MAX_USER_FILE_BYTES`, for a user's own files). */
  maxBytes?: number
  /** The hosts whose patterns match `matchPath`, when discovery already asked (`hostsForPath`). */
  hosts?: readonly HostAdapter[]
}

export interface DiscoverResult {
  candidates: Candidate[]
  /** Inputs that matched nothing (a usage error for the CLI). */
  missing: string[]
  /** What the walk saw of the folders it listed, when it walked one that answers for the working folder (`listedFrom`). */
  listings?: FolderListings
}

/** The `ignore` library's factory, loaded only when a directory is walked. */
type IgnoreFactory = typeof ignoreFactory

/** Whether an input is a glob: what the glob library itself asks (`isDynamicPattern`), without loading it. */
function isDynamicPattern(input: string): boolean {
  const scanned = picomatch.scan(input)
  return scanned.isGlob || scanned.negated
}

/** Directories never searched: dependencies and VCS metadata hold configs that are not the repository's. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**']

const toPosix = (p: string): string => p.split(path.sep).join('/')

/**
 * Finds the config files under each input: directories are searched by every host's known paths
 * (inside a git work tree, among the files git tracks or would add; elsewhere by walking the
 * directory, honouring .gitignore files), files and globs are taken as given. Never follows a
 * symlink out of the directory it was found in.
 */
export async function discover(inputs: string[], cwd: string): Promise<DiscoverResult> {
  const found = new Map<string, Candidate>()
  const missing: string[] = []
  let listings: FolderListings | undefined
  for (const input of inputs.length ? inputs : ['.']) {
    const absolute = path.resolve(cwd, input)
    if (isDynamicPattern(input)) {
      // Nor may a glob's fixed folder (`configs/*.json`) lead out: the names of what is there would be listed.
      const base = path.resolve(cwd, picomatch.scan(input).base)
      const escape = existsSync(base) ? leavesWorkingFolder(base, cwd) : undefined
      if (escape !== undefined) {
        // Keyed by the glob: the folder itself may be named too, and refused on its own.
        found.set(`glob:${input}`, {
          path: input,
          absolute: base,
          explicit: true,
          matchPath: input,
          root: cwd,
          refused: `${escape}; it was not searched`
        })
        continue
      }
      // The glob matcher is loaded only for a glob input.
      const { glob } = await import('tinyglobby')
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
    // An input written inside the working folder must stay inside it: a committed link (`configs -> ../..`)
    // would otherwise make a folder outside the repository the search's root, and its files the report's.
    const escape = leavesWorkingFolder(stat.isDirectory() ? absolute : path.dirname(absolute), cwd)
    if (escape !== undefined) {
      const relative = toPosix(path.relative(cwd, absolute)) || '.'
      const refused = stat.isDirectory() ? `${escape}; it was not searched` : `${escape}; it was not read`
      found.set(absolute, { path: relative, absolute, explicit: true, matchPath: relative, root: cwd, refused })
      continue
    }
    if (stat.isDirectory()) {
      // Outside a work tree the directory is walked, honouring .gitignore files (their matcher loaded then).
      const listing = await (takeListing(absolute) ?? listWorkTree(absolute))
      const matches =
        (listing && gitFiles(absolute, listing)) ??
        walk(
          absolute,
          (await import('ignore')).default,
          listedFrom(absolute, cwd) ? (listings ??= new FolderListings()) : undefined
        )
      const fromCwd = toPosix(path.relative(cwd, absolute))
      for (const match of matches) addFound(found, match, cwd, fromCwd, absolute)
    } else {
      add(found, absolute, cwd, path.dirname(absolute), true)
    }
  }
  const candidates = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return listings ? { candidates, missing, listings } : { candidates, missing }
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
  const candidate: Candidate = { path: fromCwd, absolute: normalised, explicit, matchPath, root }
  if (!explicit) candidate.listed = true
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

/**
 * `add` for a file found under the searched directory `root` (whose path from the working directory is
 * `rootFromCwd`), its paths put together from what the listing gave instead of computed again.
 */
function addFound(found: Map<string, Candidate>, match: Found, cwd: string, rootFromCwd: string, root: string): void {
  if (match.isSymbolicLink && match.refused === undefined) {
    // A link is vetted by `add`, which resolves where it leads.
    add(found, match.path, cwd, root, false, true)
    return
  }
  const absolute = match.path
  const candidate: Candidate = {
    path: rootFromCwd === '' ? match.relative : `${rootFromCwd}/${match.relative}`,
    absolute,
    explicit: false,
    matchPath: match.relative,
    root,
    listed: true,
    hosts: match.hosts
  }
  if (match.refused !== undefined) candidate.refused = match.refused
  else if (match.notChecked !== undefined) candidate.notChecked = match.notChecked
  else if (match.isSymbolicLink === undefined) candidate.unseen = true
  if (!found.has(absolute)) found.set(absolute, candidate)
}

/** A file found under a searched directory. */
interface Found {
  path: string
  /** The path from the searched directory, with `/`: what host patterns match. */
  relative: string
  /** What the walk saw; undefined for git's listing, whose files are not looked at until they are read. */
  isSymbolicLink?: boolean
  /** `hostsForPath(relative)`, none empty. */
  hosts: readonly HostAdapter[]
  /** Why the file is not read (its path is not UTF-8), when it is not. */
  refused?: string
  /** Why a place's configs were not looked at (see `Candidate.notChecked`). */
  notChecked?: string
}

/**
 * Why a file whose path is not UTF-8 is reported rather than read. Node names files with strings: such a name
 * decodes to another path (each byte that is not UTF-8 becomes U+FFFD), which opens nothing. Skipping the file
 * would let a pull request hide a config, and its secrets, behind one such byte in a folder's name.
 */
export const PATH_NOT_UTF8 =
  'a path that is not valid UTF-8 (shown with \uFFFD for each byte that is not), which mcpcop cannot open by its name; it was not read: rename it'

/**
 * The host files among what `git ls-files --cached --others --exclude-standard` listed under `dir`
 * (`listWorkTree`): what git tracks, plus the untracked files it does not ignore (`.gitignore` files,
 * `.git/info/exclude` and `core.excludesFile` apply to untracked files only; a file committed under an
 * ignored folder with `git add -f` is still the repository's, and still checked). NUL-separated names (a
 * name may hold a newline). Submodules are not entered: git lists one as a directory, which is skipped.
 */
function gitFiles(dir: string, listing: Buffer): Found[] {
  const found: Found[] = []
  const seen = new Set<string>()
  const names = listing.toString('utf8')
  // Checked once for the whole listing: only one that holds a path that is not UTF-8 is split again.
  const notUtf8 = isUtf8(listing) ? undefined : pathsNotUtf8(listing)
  // Entries at a host's folder (a link to a folder, a submodule), and where each folder of any name is next.
  const folders: string[] = []
  const anyName = FOLDERS_OF_ANY_NAME.map((folder) => ({ folder, next: names.indexOf(folder) }))
  // A repository lists tens of thousands of files, few of them configs: each is first judged by its file
  // name alone, and only a name some host may take has its whole path cut out and matched.
  for (let start = 0, end: number; start < names.length; start = end + 1) {
    end = names.indexOf('\0', start)
    if (end === -1) end = names.length
    if (end === start) continue
    const slash = names.lastIndexOf('/', end - 1)
    const name = names.slice(slash < start ? start : slash + 1, end)
    if (!mayBeHostFileName(name)) {
      if (mayBeHostFolderName(name) || underFolderOfAnyName(names, anyName, start, end))
        folders.push(names.slice(start, end))
      continue
    }
    const relative = names.slice(start, end)
    // An unmerged file is listed once per stage.
    if (seen.has(relative)) continue
    seen.add(relative)
    const hosts = hostsForPath(relative)
    if (hosts.length === 0) continue
    if (relative.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment))) continue
    // git also lists files deleted from the work tree, and a submodule as its folder: the read finds out
    // (`unseen`), rather than a system call per file here.
    const match: Found = { path: path.join(dir, relative), relative, hosts }
    if (notUtf8?.has(relative)) match.refused = PATH_NOT_UTF8
    found.push(match)
  }
  if (folders.length > 0) found.push(...throughFolders(dir, folders))
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Whether the listing's entry from `start` to `end` lies under a folder in which a host reads folders of any name:
 * each such folder's next place in the listing is kept, so the listing is searched once for each.
 */
function underFolderOfAnyName(
  names: string,
  anyName: { folder: string; next: number }[],
  start: number,
  end: number
): boolean {
  for (const place of anyName) {
    if (place.next !== -1 && place.next < start) place.next = names.indexOf(place.folder, start)
    if (place.next !== -1 && place.next < end) return true
  }
  return false
}

/** Most entries listed under links and submodules at hosts' folders, in one search. */
const MAX_ENTRIES_THROUGH_FOLDERS = 10_000

/** Why a submodule at a host's folder is reported: its files are not in this work tree. */
export const SUBMODULE_NOT_CHECKED_OUT =
  'a submodule that is not checked out, at a folder where a host reads its configs: they were not checked (check out submodules, e.g. actions/checkout with submodules: true, to check them)'

/** Why a link at a host's folder is reported rather than searched. */
export const FOLDER_LINK_OUTSIDE =
  'a symbolic link to a folder outside the repository, where a host would read its configs; nothing under it was read'

/**
 * The host files under entries that stand at a host's folder but are not files: a link to a folder (`.cursor ->
 * config`), which a host follows to read `config/mcp.json` as `.cursor/mcp.json`, and a checked-out submodule
 * (`git ls-files` lists neither's files). Each is listed (its links to folders not followed) and its files matched
 * at the paths a host reads them by. A link out of `dir` is reported; a file reached through a link whose real path
 * the same hosts read is left to that path.
 */
function throughFolders(dir: string, entries: readonly string[]): Found[] {
  const found: Found[] = []
  let budget = MAX_ENTRIES_THROUGH_FOLDERS
  let realDir: string | undefined
  for (const relative of entries) {
    if (!mayBeHostFolder(relative) || relative.split('/').some((segment) => SKIPPED_DIRECTORIES.has(segment))) continue
    const absolute = path.join(dir, relative)
    let folder = absolute
    let linked = false
    try {
      const stat = lstatSync(absolute)
      if (stat.isSymbolicLink()) {
        folder = realpathSync(absolute)
        if (!statSync(folder).isDirectory()) continue
        realDir ??= realpathSync(dir)
        if (!isInside(folder, realDir)) {
          found.push({ path: absolute, relative, hosts: [], refused: FOLDER_LINK_OUTSIDE })
          continue
        }
        linked = true
      } else if (!stat.isDirectory()) continue
    } catch {
      continue
    }
    const pending = [{ absolute: folder, relative: `${relative}/` }]
    for (let next = pending.pop(); next && budget > 0; next = pending.pop()) {
      let children: Dirent[]
      try {
        children = readdirSync(next.absolute, { withFileTypes: true })
      } catch {
        continue
      }
      // git lists a submodule as one path: an empty folder there is one whose files this clone has not fetched.
      if (!linked && next.absolute === folder && children.length === 0)
        found.push({ path: absolute, relative, hosts: [], notChecked: SUBMODULE_NOT_CHECKED_OUT })
      budget -= children.length
      for (const child of children) {
        const at = next.relative + child.name
        if (child.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(child.name))
            pending.push({ absolute: path.join(next.absolute, child.name), relative: `${at}/` })
          continue
        }
        if (!child.isFile() && !child.isSymbolicLink()) continue
        const hosts = hostsForPath(at)
        if (hosts.length === 0) continue
        if (linked && realDir !== undefined) {
          const real = toPosix(path.relative(realDir, path.join(next.absolute, child.name)))
          if (sameHosts(hostsForPath(real), hosts)) continue
        }
        found.push({ path: path.join(dir, at), relative: at, isSymbolicLink: child.isSymbolicLink(), hosts })
      }
    }
  }
  return found
}

function sameHosts(a: readonly HostAdapter[], b: readonly HostAdapter[]): boolean {
  return a.length === b.length && a.every((host, i) => host === b[i])
}

/** The paths of a NUL-separated listing that are not UTF-8, as they decode. */
function pathsNotUtf8(listing: Buffer): Set<string> {
  const paths = new Set<string>()
  for (let start = 0, end: number; start < listing.length; start = end + 1) {
    end = listing.indexOf(0, start)
    if (end === -1) end = listing.length
    const bytes = listing.subarray(start, end)
    if (!isUtf8(bytes)) paths.add(bytes.toString('utf8'))
  }
  return paths
}

/** What git says of the paths a run asks about: which it ignores. */
export interface GitIgnoreCheck {
  /** git's answer when it has been asked; otherwise undefined, and the path waits for `answerPending`. */
  known: (relative: string) => boolean | undefined
  /** Asks git about every waiting path at once: one process for all of them. */
  answerPending: () => void
  /** Whether git ignores the path: the answer already known, else git asked about this path now. */
  ignored: (relative: string) => boolean
}

/** Paths asked about per run; past this, a rule's question is answered "not ignored". */
const MAX_IGNORE_QUESTIONS = 1000

/**
 * Whether git ignores a path (relative to `cwd`), as `git check-ignore` says, asked only for the few
 * paths a rule cares about (a script that is not there). The paths are gathered while files are
 * checked and put to one `git check-ignore --stdin` (a process per path cost ~10 ms each: 31 of them
 * over the real corpus). Undefined outside a work tree, where nothing is ignored by git; without git
 * it answers false.
 */
export function gitIgnoreCheck(cwd: string): GitIgnoreCheck | undefined {
  if (!foldersUpToWorkTree(cwd)) return undefined
  const answers = new Map<string, boolean>()
  const pending = new Set<string>()
  let gitUnusable = false
  const checkIgnore = (input: string): ReturnType<typeof spawnSync> =>
    spawnSync('git', ['-c', 'core.fsmonitor=false', 'check-ignore', '--stdin', '-z', '--no-index'], {
      cwd,
      input,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
      windowsHide: true,
      timeout: 10_000,
      maxBuffer: 16 * 1024 * 1024
    })
  /** Asks git about `paths`; false when it cannot say. */
  const ask = (paths: string[]): void => {
    if (paths.length === 0) return
    if (gitUnusable) {
      for (const p of paths) answers.set(p, false)
      return
    }
    // A name holding NUL cannot be put to git (nor be a file).
    const askable = paths.filter((p) => !p.includes('\0'))
    const check = checkIgnore(askable.map((p) => `${p}\0`).join(''))
    // git missing, or not runnable: asking again would fail the same way.
    gitUnusable = check.error !== undefined
    if (check.status === 0 || check.status === 1) {
      // The ignored paths, echoed as given.
      const ignored = new Set(String(check.stdout).split('\0'))
      for (const p of paths) answers.set(p, ignored.has(p))
    } else if (askable.length > 1 && !gitUnusable) {
      // One path git refuses (outside the work tree) fails the whole batch: then each alone.
      for (const p of askable) ask([p])
    } else for (const p of paths) answers.set(p, false)
  }
  return {
    known: (relative) => {
      const answer = answers.get(relative)
      if (answer === undefined && answers.size + pending.size < MAX_IGNORE_QUESTIONS) pending.add(relative)
      return answer
    },
    answerPending: () => {
      ask([...pending])
      pending.clear()
    },
    ignored: (relative) => {
      const answer = answers.get(relative)
      if (answer !== undefined) return answer
      if (answers.size >= MAX_IGNORE_QUESTIONS) return false
      ask([relative])
      return answers.get(relative) ?? false
    }
  }
}

/** Folders whose listings are kept, at most: past this, a question about another folder is put to the file system. */
const MAX_LISTED_FOLDERS = 100_000

/**
 * What the walk saw of each folder it listed, so that "is this path there?" about a folder it read is
 * answered without a system call when the name is absent. The names are kept folded (`fold`),
 * and a name is taken as absent only when no listed name folds like it: a case- or normalisation-
 * insensitive file system (macOS, a casefolded folder) may open it under another spelling.
 */
export class FolderListings {
  // A set, not a list: a folder of thousands of entries may be asked about thousands of times (one
  // config's servers naming a script each), and a list would make that quadratic.
  private readonly folded = new Map<string, ReadonlySet<string>>()

  /** Keeps the names of a folder just listed (by its absolute path, as the walk reached it). */
  record(folder: string, entries: readonly Dirent[]): void {
    if (this.folded.size < MAX_LISTED_FOLDERS)
      this.folded.set(folder, new Set(entries.map((entry) => fold(entry.name))))
  }

  /**
   * Whether `absolute` is known to be absent: the nearest of its folders that was listed held no name like
   * the next part of its path (`a/.claude-plugin/plugin.json` is absent when `a` holds no `.claude-plugin`).
   */
  absent(absolute: string): boolean {
    for (
      let below = absolute, folder = path.dirname(absolute);
      folder !== below;
      below = folder, folder = path.dirname(folder)
    ) {
      const names = this.folded.get(folder)
      if (names !== undefined) return !names.has(fold(path.basename(below)))
    }
    return false
  }
}

/**
 * A name as a case- and normalisation-insensitive file system may compare it, or looser: compatibility
 * forms joined, full case folding approached by upper- then lower-casing (`ß` and `SS` fold alike).
 */
function fold(name: string): string {
  return ASCII.test(name) ? name.toLowerCase() : name.normalize('NFKC').toUpperCase().toLowerCase()
}
const ASCII = /^[\x00-\x7f]*$/

/**
 * Whether the listings of a walk of `root` answer for paths relative to the working folder as `existsInside`
 * does: the root is inside the working folder and reached from its real path without a symbolic link (the
 * walk enters none below it), so a name absent from a listed folder is absent there too. Not on Windows,
 * where a file also opens under its short (8.3) name or with trailing dots.
 */
function listedFrom(root: string, cwd: string): boolean {
  if (process.platform === 'win32') return false
  const top = path.resolve(cwd)
  if (!isInside(root, top)) return false
  try {
    return realpathSync.native(root) === path.join(realpathSync.native(top), path.relative(top, root))
  } catch {
    return false
  }
}

/** Directory names never entered. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git'])

/** A folder waiting to be listed: where it is, its path from the root ('' or ending in `/`), the .gitignore files above it. */
interface PendingFolder {
  absolute: string
  relative: string
  scopes: readonly IgnoreScope[]
}

/**
 * Lists the files under `root` that some host reads, pruning ignored directories as it goes. A host's own file
 * or folder is not hidden by a `.gitignore` here: outside a work tree no file is known to be left uncommitted (an
 * archive or a checkout made without git holds every committed one), and a host reads its file whatever a
 * `.gitignore` says, so a pull request's `.gitignore` must not hide it from the check. Symbolic links to
 * directories are never entered (but for those at a host's folder, `throughFolders`); links to files are
 * returned (and vetted by `add`). Each
 * folder's listing is recorded in `listings` when given. Paths are built as the walk descends, and each
 * folder carries the .gitignore files that apply to it, so nothing is computed again per entry.
 */
function walk(root: string, ignore: IgnoreFactory, listings?: FolderListings): Found[] {
  const matches: Found[] = []
  // Links that may stand at a host's folder (`.cursor -> config`), searched once the walk is done.
  let linkedFolders: string[] | undefined
  const pending: PendingFolder[] = [{ absolute: root, relative: '', scopes: [] }]
  for (let folder = pending.pop(); folder; folder = pending.pop()) {
    let entries: Dirent[]
    try {
      entries = readdirSync(folder.absolute, { withFileTypes: true })
    } catch {
      continue
    }
    listings?.record(folder.absolute, entries)
    let scopes = folder.scopes
    if (entries.some((entry) => entry.name === '.gitignore')) {
      const rules = readGitignore(path.join(folder.absolute, '.gitignore'), root, ignore)
      if (rules) scopes = [...scopes, { folder: folder.relative, rules }]
    }
    let notUtf8: Dirent[] | undefined
    for (const entry of entries) {
      const relative = folder.relative + entry.name
      // A name that is not UTF-8 decodes with U+FFFD to a path that is not there: its configs are reported.
      if (entry.name.includes('\uFFFD') && !isThere(childPath(folder.absolute, entry.name))) {
        ;(notUtf8 ??= []).push(entry)
        continue
      }
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && (!isIgnored(scopes, `${relative}/`) || mayBeHostFolder(relative)))
          pending.push({ absolute: childPath(folder.absolute, entry.name), relative: `${relative}/`, scopes })
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        const hosts = hostsForPath(relative)
        if (hosts.length > 0)
          matches.push({
            path: childPath(folder.absolute, entry.name),
            relative,
            isSymbolicLink: entry.isSymbolicLink(),
            hosts
          })
        else if (entry.isSymbolicLink()) (linkedFolders ??= []).push(relative)
      }
    }
    if (notUtf8) matches.push(...hostFilesNotUtf8(folder, notUtf8, scopes))
  }
  if (linkedFolders) matches.push(...throughFolders(root, linkedFolders))
  return matches
}

function isThere(file: string): boolean {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined
  } catch {
    return false
  }
}

/**
 * The host files at a folder's entries whose names are not UTF-8 (`entries` hold their decoded forms), and under
 * those that are folders, each refused (`PATH_NOT_UTF8`): such folders are listed by their bytes, which Node can
 * open, and the folder holding them is listed by its bytes once. `.gitignore` files under such a folder are not
 * read, so what they ignore is reported too.
 */
function hostFilesNotUtf8(folder: PendingFolder, entries: readonly Dirent[], scopes: readonly IgnoreScope[]): Found[] {
  const found: Found[] = []
  const take = (relative: string): void => {
    const hosts = hostsForPath(relative)
    if (hosts.length > 0 && !isIgnored(scopes, relative))
      found.push({
        path: path.join(folder.absolute, relative.slice(folder.relative.length)),
        relative,
        hosts,
        refused: PATH_NOT_UTF8
      })
  }
  const folders = new Set<string>()
  for (const entry of entries) {
    const relative = folder.relative + entry.name
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(scopes, `${relative}/`)) folders.add(entry.name)
    } else if (entry.isFile() || entry.isSymbolicLink()) take(relative)
  }
  if (folders.size === 0) return found
  // The folder itself is listed by its bytes once, for the bytes of the names that decoded to those above.
  const pending: { absolute: Buffer; relative: string }[] = []
  for (const child of listBytes(Buffer.from(folder.absolute)))
    if (child.isDirectory() && !isUtf8(child.name) && folders.has(child.name.toString('utf8')))
      pending.push({
        absolute: Buffer.concat([Buffer.from(folder.absolute), SEPARATOR, child.name]),
        relative: `${folder.relative}${child.name.toString('utf8')}/`
      })
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const child of listBytes(next.absolute)) {
      const name = child.name.toString('utf8')
      const relative = next.relative + name
      if (child.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(name) && !isIgnored(scopes, `${relative}/`))
          pending.push({ absolute: Buffer.concat([next.absolute, SEPARATOR, child.name]), relative: `${relative}/` })
      } else if (child.isFile() || child.isSymbolicLink()) take(relative)
    }
  }
  return found
}

/** A folder's entries, their names as bytes; none when it cannot be listed. */
function listBytes(folder: Buffer): Dirent<Buffer>[] {
  try {
    return readdirSync(folder, { withFileTypes: true, encoding: 'buffer' })
  } catch {
    return []
  }
}

const SEPARATOR = Buffer.from(path.sep)

/**
 * `path.join` of a normalised folder and a name from its listing (never `.`, `..` or holding a separator),
 * without normalising again: a string per entry instead of several.
 */
function childPath(folder: string, name: string): string {
  return folder.endsWith(path.sep) ? folder + name : folder + path.sep + name
}

/**
 * Rules match a name whatever its case only where git's default does (`core.ignoreCase`, set on the file systems
 * that ignore case: macOS and Windows); on Linux `*.JSON` leaves `mcp.json` alone, as git does.
 */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32'

/** `.gitignore` files are read through the guarded reader too, and are bounded: real ones are a few KiB. */
const MAX_GITIGNORE_BYTES = 256 * 1024
/** Longer patterns are skipped (git paths end at 4096 bytes); the ignore library cannot compile huge ones. */
const MAX_PATTERN_LENGTH = 4096
const MAX_PATTERNS = 10_000

/**
 * The rules of one `.gitignore`, or null when there is none or it cannot be used (a directory, a
 * symbolic link out of the repository, a FIFO, too large): then nothing is ignored by it, and the
 * files it would have hidden are checked.
 */
function readGitignore(file: string, root: string, ignore: IgnoreFactory): Ignore | null {
  const read = readGuarded(file, { root, maxBytes: MAX_GITIGNORE_BYTES })
  if (!read.bytes) return null
  const rules = ignore({ ignoreCase: IGNORE_CASE })
  let count = 0
  for (const line of read.bytes.toString('utf8').split(/\r?\n/)) {
    if (line.length > MAX_PATTERN_LENGTH || line.trim() === '' || line.startsWith('#')) continue
    if (++count > MAX_PATTERNS) break
    try {
      // The library compiles a pattern when first matching: try it alone, so one bad line costs only itself.
      ignore({ ignoreCase: IGNORE_CASE }).add(line).ignores('x')
      rules.add(line)
    } catch {
      // A pattern the ignore library cannot compile matches nothing.
    }
  }
  return rules
}
