import { isUtf8 } from 'node:buffer'
import { lstatSync, readdirSync, type Dirent } from 'node:fs'
import path from 'node:path'
import type { default as ignoreFactory, Ignore } from 'ignore'
import { isIgnored, type IgnoreScope } from '../ignore-scopes.js'
import { readGuarded } from '../read.js'
import { readIndexPaths } from './index-file.js'

/**
 * `git ls-files -z --cached --others --exclude-standard`, answered without starting git where this process
 * can give git's answer exactly: the index's paths, then the untracked files git would not ignore. Starting
 * git costs a one-config run ~15 ms (the fork blocks this thread, and git's own start competes with it for
 * the cores); reading a small repository's index and folders costs a millisecond or two.
 *
 * Anything git would do differently, or that this cannot know for sure, gives undefined and the caller starts
 * git: a repository not at `dir` itself, a `.git` file, git's variables, another owner (git's
 * `safe.directory`), settings that change what is listed or how (`core.excludesFile`, `core.ignoreCase`, a
 * work tree elsewhere, repository extensions, sparse checkouts, in any config file or file it includes),
 * a split or sparse index, a nested repository, a symbolic link where git reads ignore rules, an ignore rule
 * that re-includes (`!`), a path that is not UTF-8 (git lists its bytes, which discovery reports), and
 * repositories past a few hundred files (git's own listing is then as fast).
 * In a pull request's checkout only the work tree is the attacker's; the index, `.git` and the settings are
 * the runner's, and ignore rules apply only to files nobody committed.
 */

/**
 * Past this many index entries, or folder entries walked (folders and untracked files too), git lists instead:
 * reading costs ~10 µs an entry on a process's first run of this code, while git lists as this process loads
 * its code. Measured against git, one config in its repository −14 ms, 300 files −13 ms, 600 about even, 950
 * +23 ms.
 */
const MAX_TRACKED = 500
const MAX_WALKED = 750
/** Config and ignore files of real repositories are a few KiB. */
const MAX_SETTINGS_BYTES = 256 * 1024
/** 500 entries take ~50 KB: a larger index is not read. */
const MAX_INDEX_BYTES = 64 * 1024
/** Includes are followed this deep, and this many files read in all, before giving up. */
const MAX_INCLUDE_DEPTH = 5
const MAX_CONFIG_FILES = 16

/**
 * Variables git reads that leave what it lists alone (prompts, identities, the network's); any other `GIT_`
 * variable makes git answer.
 */
const HARMLESS_VARIABLES =
  /^GIT_(?:ASKPASS|EDITOR|PAGER|SEQUENCE_EDITOR|TERMINAL_PROMPT|OPTIONAL_LOCKS|SSH|SSH_COMMAND|SSH_VARIANT|MERGE_AUTOEDIT|MERGE_VERBOSITY|(?:AUTHOR|COMMITTER)_(?:NAME|EMAIL|DATE)|(?:SSL|HTTP|PROXY)_[A-Z_]+)$/

/**
 * Settings that change what `ls-files` lists, or where or how, as keys of any section (`[core] excludesFile`,
 * `ignoreCase`, `worktree`, `precomposeUnicode`, `sparseCheckout`; `[index] sparse`), and any `[extensions]`
 * section (`objectFormat`, `worktreeConfig`, or one git does not know and refuses): git answers. `bare` only
 * when set true (every `git init` writes `bare = false`). Keys only: actions/checkout's includes name a
 * `…/.git/worktrees/*` folder.
 */
const LISTING_SETTINGS =
  /^\s*(?:excludesfile|ignorecase|worktree|precomposeunicode|sparse\w*)\s*(?:$|=)|^\s*\[\s*extensions\b|^\s*bare\s*(?:$|=\s*(?!\s*(?:false|no|off|0)\s*$))/im

type IgnoreFactory = typeof ignoreFactory

/**
 * The listing, read without git; undefined at once where git must answer (decided without waiting, so that the
 * caller starts git before it goes on to load code), or later when the walk finds that it must.
 */
export function listWithoutGit(dir: string): Promise<Buffer | undefined> | undefined {
  const root = path.resolve(dir)
  if (process.platform !== 'linux' || !ownGitFolder(root) || !harmlessEnvironment(process.env)) return undefined
  const gitFolder = path.join(root, '.git')
  // The index first: in a larger repository its size alone sends the question to git.
  const index = readIndex(gitFolder)
  if (index === undefined || !settingsLeaveListingAlone(gitFolder, process.env)) return undefined
  const rootRules = rootIgnoreRules(gitFolder, process.env)
  if (rootRules === undefined) return undefined
  const tracked = new Set<string>()
  for (const entry of index.paths) {
    // A path that is not UTF-8 decodes to another (U+FFFD for each such byte): git lists its bytes.
    if (!isUtf8(entry)) return undefined
    tracked.add(entry.toString('utf8'))
  }
  return untrackedFiles(root, tracked, index.gitlinks, rootRules).then((untracked) => {
    if (untracked === undefined) return undefined
    const parts: Buffer[] = []
    for (const entry of index.paths) parts.push(entry, NUL)
    for (const name of untracked) parts.push(Buffer.from(name, 'utf8'), NUL)
    return Buffer.concat(parts)
  })
}

const NUL = Buffer.from([0])

/**
 * `.git` is a folder of `root` itself that git takes for a repository (a `HEAD` file and an `objects` folder),
 * and both belong to this process's user (else git may refuse them).
 */
function ownGitFolder(root: string): boolean {
  const uid = process.geteuid?.()
  if (uid === undefined) return false
  const work = lstatSync(root, { throwIfNoEntry: false })
  const git = lstatSync(path.join(root, '.git'), { throwIfNoEntry: false })
  if (work?.isDirectory() !== true || git?.isDirectory() !== true || work.uid !== uid || git.uid !== uid) return false
  return (
    lstatSync(path.join(root, '.git', 'HEAD'), { throwIfNoEntry: false })?.isFile() === true &&
    lstatSync(path.join(root, '.git', 'objects'), { throwIfNoEntry: false })?.isDirectory() === true
  )
}

export function harmlessEnvironment(env: NodeJS.ProcessEnv): boolean {
  for (const name of Object.keys(env)) if (name.startsWith('GIT_') && !HARMLESS_VARIABLES.test(name)) return false
  return true
}

/** The config files git reads for a repository (system, global, the repository's), and every file they include. */
function settingsLeaveListingAlone(gitFolder: string, env: NodeJS.ProcessEnv): boolean {
  const home = env.HOME
  if (!home || !path.isAbsolute(home)) return false
  const configHome = env.XDG_CONFIG_HOME ? env.XDG_CONFIG_HOME : path.join(home, '.config')
  const pending = [
    '/etc/gitconfig',
    '/usr/local/etc/gitconfig',
    path.join(configHome, 'git', 'config'),
    path.join(home, '.gitconfig'),
    path.join(gitFolder, 'config')
  ].map((file) => ({ file, depth: 0 }))
  let read = 0
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (++read > MAX_CONFIG_FILES) return false
    const text = readSettingsFile(next.file)
    if (text === undefined) return false
    if (text === null) continue
    if (LISTING_SETTINGS.test(text)) return false
    const includes = includedFiles(text, path.dirname(next.file), home)
    if (includes === undefined || (includes.length > 0 && next.depth === MAX_INCLUDE_DEPTH)) return false
    for (const file of includes) pending.push({ file, depth: next.depth + 1 })
  }
  return true
}

/**
 * A settings file's text; null when there is none (git skips a missing config or include); undefined when it
 * cannot be read whole (git might read what this cannot).
 */
function readSettingsFile(file: string): string | null | undefined {
  if (lstatSync(file, { throwIfNoEntry: false }) === undefined) return null
  // The user's own files, outside the repository, and never shown: held only to the guard's size and type.
  const read = readGuarded(file, { root: path.parse(file).root, maxBytes: MAX_SETTINGS_BYTES })
  return read.bytes?.toString('utf8')
}

/**
 * The files an `[include]` or `[includeIf …]` section names (every condition taken as true: a file that would
 * not be included is read for nothing), resolved as git resolves them; undefined for a form this does not read.
 */
function includedFiles(text: string, folder: string, home: string): string[] | undefined {
  const files: string[] = []
  let including = false
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]*)\](.*)$/.exec(line)
    if (section) {
      // A key after a section header on its line is legal git, and rare: not read here.
      if (section[2].trim() !== '' && !/^\s*[#;]/.test(section[2])) return undefined
      including = /^\s*include(?:if\b|\s*$)/i.test(section[1])
      continue
    }
    if (!including) continue
    const entry = /^\s*path\s*(?:=(.*))?$/i.exec(line)
    if (!entry) continue
    let value = configValue(entry[1] ?? '')
    if (!value) return undefined
    if (value.startsWith('~/')) value = path.join(home, value.slice(2))
    else if (value.startsWith('~')) return undefined
    files.push(path.resolve(folder, value))
  }
  return files
}

/**
 * A config value in the plain forms git writes: quoted whole, or unquoted up to a comment (`#` or `;`); undefined
 * for escapes and partly quoted values.
 */
function configValue(raw: string): string | undefined {
  const quoted = /^\s*"([^"\\]*)"\s*(?:[#;].*)?$/.exec(raw)
  if (quoted) return quoted[1]
  const comment = raw.search(/[#;]/)
  const value = (comment === -1 ? raw : raw.slice(0, comment)).trim()
  return /["\\]/.test(value) ? undefined : value
}

/** The index's paths; none for a repository without an index yet; undefined when git must read it. */
function readIndex(gitFolder: string): ReturnType<typeof readIndexPaths> {
  const file = path.join(gitFolder, 'index')
  const stat = lstatSync(file, { throwIfNoEntry: false })
  if (stat === undefined) return { paths: [], gitlinks: new Set() }
  if (stat.size > MAX_INDEX_BYTES) return undefined
  const read = readGuarded(file, { root: gitFolder, maxBytes: MAX_INDEX_BYTES })
  return read.bytes ? readIndexPaths(read.bytes, MAX_TRACKED) : undefined
}

/**
 * The rules git applies at the root below every `.gitignore`: `.git/info/exclude`, then the default
 * `core.excludesFile` (`$XDG_CONFIG_HOME/git/ignore`). Their patterns, or undefined when git must apply them.
 */
function rootIgnoreRules(gitFolder: string, env: NodeJS.ProcessEnv): string[] | undefined {
  const configHome = env.XDG_CONFIG_HOME ? env.XDG_CONFIG_HOME : path.join(env.HOME ?? '', '.config')
  const patterns: string[] = []
  for (const file of [path.join(gitFolder, 'info', 'exclude'), path.join(configHome, 'git', 'ignore')]) {
    const stat = lstatSync(file, { throwIfNoEntry: false })
    if (stat === undefined) continue
    if (!stat.isFile()) return undefined
    const read = readGuarded(file, { root: path.parse(file).root, maxBytes: MAX_SETTINGS_BYTES })
    const filePatterns = read.bytes && ignorePatterns(read.bytes.toString('utf8'))
    if (!filePatterns) return undefined
    patterns.push(...filePatterns)
  }
  return patterns
}

/**
 * A `.gitignore`'s patterns as git reads them (a byte-order mark skipped, CR before LF dropped, comments and
 * blank lines skipped); undefined when one re-includes (`!`) or starts with a space, forms whose meaning
 * here could differ from git's, or when it holds too many. Without re-includes a path is ignored when any rule of any file matches it
 * or a folder above it, whichever file's rules come first in git's order.
 */
export function ignorePatterns(text: string): string[] | undefined {
  const patterns: string[] = []
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue
    if (line.startsWith('!') || /^\s/.test(line) || line.length > MAX_PATTERN_LENGTH) return undefined
    if (patterns.push(line) > MAX_PATTERNS) return undefined
  }
  return patterns
}

/**
 * Patterns longer than this, or files with more, are left to git (git's paths end at 4096 bytes; real ignore
 * files hold tens of patterns, and each is tried on every path).
 */
const MAX_PATTERN_LENGTH = 4096
const MAX_PATTERNS = 1_000

/**
 * The files under `root` that git lists as untracked and not ignored, walked as git walks: the `.git` folder
 * and submodules are not entered, an ignored folder is not entered, only files and symbolic links are listed.
 */
async function untrackedFiles(
  root: string,
  tracked: ReadonlySet<string>,
  gitlinks: ReadonlySet<string>,
  rootPatterns: string[]
): Promise<string[] | undefined> {
  let ignore: IgnoreFactory | undefined
  let patternCount = 0
  // git matches `?` and `[…]` to one byte, the library to one UTF-16 unit: they agree on ASCII names only.
  let singleCharacterRules = false
  const rulesOf = async (patterns: string[]): Promise<Ignore | undefined> => {
    // Every path is tried on every rule above it: bounded over all the files, not only in each.
    if ((patternCount += patterns.length) > MAX_PATTERNS) return undefined
    singleCharacterRules ||= patterns.some((pattern) => /[?[]/.test(pattern))
    ignore ??= (await import('ignore')).default
    const rules = ignore({ ignoreCase: false }).add(patterns)
    try {
      // The library compiles its rules when it first matches (each rule is tried): one it cannot is git's.
      rules.ignores('x')
    } catch {
      return undefined
    }
    return rules
  }
  const rootScopes: IgnoreScope[] = []
  if (rootPatterns.length > 0) {
    const rules = await rulesOf(rootPatterns)
    if (!rules) return undefined
    rootScopes.push({ folder: '', rules })
  }
  const files: string[] = []
  const pending = [{ absolute: root, relative: '', scopes: rootScopes as readonly IgnoreScope[] }]
  let seen = 0
  for (let folder = pending.pop(); folder; folder = pending.pop()) {
    let entries: Dirent[]
    try {
      entries = readdirSync(folder.absolute, { withFileTypes: true })
    } catch {
      return undefined
    }
    seen += entries.length
    if (seen > MAX_WALKED) return undefined
    let scopes = folder.scopes
    const gitignore = entries.find((entry) => entry.name === '.gitignore')
    if (gitignore) {
      // git (2.32 and later) does not follow a linked .gitignore; earlier versions do.
      if (!gitignore.isFile()) return undefined
      const read = readGuarded(path.join(folder.absolute, '.gitignore'), { root, maxBytes: MAX_SETTINGS_BYTES })
      const patterns = read.bytes && ignorePatterns(read.bytes.toString('utf8'))
      if (!patterns) return undefined
      if (patterns.length > 0) {
        const rules = await rulesOf(patterns)
        if (!rules) return undefined
        scopes = [...scopes, { folder: folder.relative, rules }]
      }
    }
    for (const entry of entries) {
      if (entry.name === '.git') {
        // A repository inside this one (git lists its folder, or not, by what it holds): git answers.
        if (folder.relative !== '') return undefined
        continue
      }
      // A name that is not UTF-8 has been decoded (U+FFFD for each such byte): git lists its bytes.
      if (entry.name.includes('\uFFFD')) return undefined
      const relative = folder.relative + entry.name
      if (singleCharacterRules && scopes.length > 0 && NON_ASCII.test(relative)) return undefined
      if (entry.isDirectory()) {
        if (!gitlinks.has(relative) && !isIgnored(scopes, `${relative}/`))
          pending.push({ absolute: path.join(folder.absolute, entry.name), relative: `${relative}/`, scopes })
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !tracked.has(relative) && !isIgnored(scopes, relative)) {
        files.push(relative)
      }
    }
  }
  return files
}

const NON_ASCII = /[^\x00-\x7f]/
