import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs'
import path from 'node:path'
import type { ParseProblem } from './parse/problem.js'

/** Larger files are refused unread: a committed MCP config is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024

/**
 * The limit for a user's own files that `mcpcop doctor` checks in their home folder: hosts keep state in
 * some of them (Claude Code's prompt history makes `~/.claude.json` tens of MB), and they are the user's,
 * not a pull request's. Still a limit: a run stays bounded in memory.
 */
export const MAX_USER_FILE_BYTES = 256 * 1024 * 1024

export type ReadResult =
  | { text: string; problems: ParseProblem[] }
  /** Unreadable as text; `positionText` is what the problems' offsets count in (the decodable part). */
  | { text?: undefined; problems: ParseProblem[]; positionText?: string }

/** Why a file was not read. The reason never quotes the file's content or where a link points. */
export interface ReadRefusal {
  ruleId: 'file-unreadable' | 'file-too-large'
  reason: string
  /** Only for an `unseen` file (see `GuardOptions.unseen`): no file is there now; nothing to report. */
  absent?: true
}

export type GuardedRead = { bytes: Buffer; refusal?: undefined } | { bytes?: undefined; refusal: ReadRefusal }

export interface GuardOptions {
  /** The directory the file must resolve into (after every symbolic link): the repository. */
  root: string
  /** Files larger than this are refused; at most this many bytes plus one are ever read. */
  maxBytes: number
  /**
   * The file was found by listing folders from `root` down, never entering a symbolic link (discovery's
   * walk, or git's listing, which stores a link as a link): no part of its path on the way is a link, as
   * far as the listing saw. Such a file is opened first and its place checked on the open descriptor.
   */
  listed?: boolean
  /**
   * The file was listed by git and nothing has looked at the work tree since: git lists a file deleted
   * from the work tree, and a submodule as its folder. What is not there, or is not a regular file or a
   * link (a folder, a FIFO), is answered `absent` rather than refused, as if it had not been listed.
   */
  unseen?: boolean
  /**
   * A buffer to read a file that fits in it into, instead of a new one per file: the bytes returned are
   * then a view of it, good until the next read into it (the caller decodes them at once).
   */
  scratch?: Buffer
}

// Absent on Windows, where neither applies: 0 leaves the flag out.
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
const O_NONBLOCK = constants.O_NONBLOCK ?? 0
const O_NOCTTY = constants.O_NOCTTY ?? 0
const READ_FLAGS = constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY

// One realpath(3) call per path instead of Node's JavaScript walk, which lstats every component of
// it (half of the reader's cost at thousands of files); Windows keeps Node's own, as its native one
// has had trouble with some drives (RAM disks, substituted drives).
const realPath = process.platform === 'win32' ? realpathSync : realpathSync.native

/**
 * Where Linux names the file an open descriptor is on: the path the kernel resolved when it opened it,
 * every link followed, whatever changed since. Elsewhere there is no such name, and every file takes
 * the checks before it is opened.
 */
const DESCRIPTOR_PATHS = process.platform === 'linux' ? '/proc/self/fd/' : undefined

const NOT_REGULAR = 'not a regular file (a directory, FIFO, socket or device); it was not read'
const LINK_OUTSIDE =
  'a symbolic link to a path outside the repository; it was not followed, and nothing of its target is shown'

type Refuse = (ruleId: ReadRefusal['ruleId'], reason: string) => GuardedRead
const refuse: Refuse = (ruleId, reason) => ({ refusal: { ruleId, reason } })
const ABSENT: GuardedRead = { refusal: { ruleId: 'file-unreadable', reason: 'not there', absent: true } }

/**
 * The one way mcpcop reads a file from the repository (configs, its settings file, `.gitignore`): a
 * regular file only, its real path inside `root`, opened without following a last symbolic link and
 * without blocking (a FIFO swapped in after the checks cannot hang the run), checked again on the open
 * descriptor, and never more than `maxBytes + 1` bytes read, whatever the file claims its size is.
 * Never throws.
 *
 * A file `listed` by discovery takes five system calls on Linux: open (the kernel refuses a link as
 * the last part), the descriptor's real path from /proc (inside the root, or the full checks below
 * decide), fstat (a regular file, its size), read, close. Any other file is first lstat-ed and its
 * real path resolved, and only then opened.
 */
export function readGuarded(file: string, options: GuardOptions): GuardedRead {
  if (options.listed && DESCRIPTOR_PATHS !== undefined) {
    const read = readListed(file, options)
    if (read !== undefined) return read
  }
  let fd: number | undefined
  try {
    // Synchronous on purpose: for small files one thread-pool round trip per call costs more than the read.
    const link = lstatSync(file, { throwIfNoEntry: !options.unseen })
    if (link === undefined) return ABSENT
    if (!link.isFile() && !link.isSymbolicLink())
      return options.unseen ? ABSENT : refuse('file-unreadable', NOT_REGULAR)
    let target: string
    try {
      target = realPath(file)
    } catch {
      return refuse('file-unreadable', 'a broken symbolic link or an unreadable path; it was not read')
    }
    if (!isInside(target, realRootCached(options.root))) return refuse('file-unreadable', LINK_OUTSIDE)
    fd = openSync(target, READ_FLAGS)
    return readOpen(fd, options.maxBytes, options.scratch)
  } catch (error) {
    return options.unseen && isGone(error) ? ABSENT : unreadable(error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Whether a file or a link is at `absolute` (what git listed may be gone, or be a submodule's folder). */
export function isFileOrLink(absolute: string): boolean {
  try {
    const stat = lstatSync(absolute, { throwIfNoEntry: false })
    return stat !== undefined && (stat.isFile() || stat.isSymbolicLink())
  } catch {
    return false
  }
}

/** A path with nothing there: absent, or a file where its path needs a folder. */
function isGone(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/**
 * The listed file read from its descriptor once the kernel says where it is: undefined when that is not
 * known to be inside the root (a link as the last part, a path /proc does not give, a path outside),
 * and then the full checks decide, as for any file.
 */
function readListed(file: string, options: GuardOptions): GuardedRead | undefined {
  let fd: number | undefined
  try {
    try {
      fd = openSync(file, READ_FLAGS)
    } catch (error) {
      // ELOOP: the last part is a link; the full checks vet where it points.
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') return undefined
      // A socket cannot be opened (ENXIO): not a regular file, which an unseen file is let off for.
      if (options.unseen && (isGone(error) || (error as NodeJS.ErrnoException).code === 'ENXIO')) return ABSENT
      throw error
    }
    let opened: string
    try {
      opened = readlinkSync(DESCRIPTOR_PATHS + String(fd))
    } catch {
      return undefined
    }
    if (!isInsideCanonical(opened, realRootCached(options.root))) return undefined
    return readOpen(fd, options.maxBytes, options.scratch, options.unseen)
  } catch (error) {
    return unreadable(error)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function unreadable(error: unknown): GuardedRead {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
  // A socket (or a device without a driver) cannot be opened: it is not a regular file either.
  if (code === 'ENXIO') return refuse('file-unreadable', NOT_REGULAR)
  // ELOOP: the last component became a symbolic link after the checks.
  return refuse('file-unreadable', `the file cannot be read (${code})`)
}

/**
 * Reads an open descriptor: a regular file only, within the cap. The caller closes it. Anything else is
 * refused, or answered absent when `absentIfNotFile` (an unseen file opened without following a link).
 */
function readOpen(fd: number, maxBytes: number, scratch?: Buffer, absentIfNotFile = false): GuardedRead {
  const stat = fstatSync(fd)
  if (!stat.isFile()) return absentIfNotFile ? ABSENT : refuse('file-unreadable', NOT_REGULAR)
  if (stat.size > maxBytes) return refuse('file-too-large', tooLarge(stat.size, maxBytes))
  // The size is only a claim (a file that grows, a special file that reports 0): read at most one byte more.
  // Sized by the claim, not zero-filled: only the bytes read are ever returned (64 KiB zeroed per file cost
  // more than the read at thousands of files).
  const wanted = Math.min(maxBytes + 1, stat.size + 1)
  const buffer =
    scratch !== undefined && wanted <= scratch.length ? scratch.subarray(0, wanted) : Buffer.allocUnsafe(wanted)
  let length = 0
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return refuse('file-too-large', tooLarge(length, maxBytes, true))
      // The claim was short (the file grew, or reports 0 like /proc's): the cap holds for what was read.
      const bytes = Buffer.concat([buffer, readRest(fd, maxBytes + 1 - length)])
      if (bytes.length > maxBytes) return refuse('file-too-large', tooLarge(bytes.length, maxBytes, true))
      return { bytes }
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null)
    if (n === 0) return { bytes: buffer.subarray(0, length) }
    length += n
    // Exactly the size fstat gave, one byte short of what was asked: the end, without one more read to hear it.
    if (length === stat.size && stat.size > 0) return { bytes: buffer.subarray(0, length) }
  }
}

/** Reads what follows a first full buffer, up to `limit` bytes (the caller refuses on `limit`). */
function readRest(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total))
    const n = readSync(fd, chunk, 0, chunk.length, null)
    if (n === 0) break
    chunks.push(chunk.subarray(0, n))
    total += n
  }
  return Buffer.concat(chunks)
}

/**
 * The text of a small file that is not a config (a plugin marketplace an adapter asks about), through the
 * guarded reader: undefined when it is not a regular file inside `root`, is over the config size cap, or cannot be read.
 */
export function readTextInside(file: string, root: string): string | undefined {
  return readGuarded(file, { root, maxBytes: MAX_FILE_BYTES }).bytes?.toString('utf8')
}

/** The roots' real paths: a run asks about a few roots (the repository, named files' folders), path after path. */
const realRoots = new Map<string, string>()

function realRootCached(root: string): string {
  let real = realRoots.get(root)
  if (real === undefined) {
    try {
      real = realPath(root)
    } catch {
      // Not there (yet): not remembered.
      return path.resolve(root)
    }
    if (realRoots.size >= 1000) realRoots.clear()
    realRoots.set(root, real)
  }
  return real
}

/**
 * Why a folder named inside the working folder (as written) is really elsewhere: a symbolic link on the
 * way leads out of it. Undefined when it stays inside, or was named outside it (that place is the user's choice).
 */
export function leavesWorkingFolder(folder: string, cwd: string): string | undefined {
  const top = path.resolve(cwd)
  if (!isInside(folder, top)) return undefined
  try {
    if (isInside(realPath(folder), realPath(top))) return undefined
    return 'a symbolic link on the way leads outside the working folder'
  } catch {
    return 'a broken symbolic link or an unreadable path on the way'
  }
}

/** Whether `target` is `root` or below it (both real paths). A name that only starts with `..` is inside. */
export function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target)
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/**
 * `isInside` for paths without `.`, `..` or doubled separators (what the kernel and realpath give): a
 * prefix test answers the common case, and `isInside` anything else (`path.relative` costs more than the
 * reader's system calls at thousands of files).
 */
function isInsideCanonical(target: string, root: string): boolean {
  if (
    target.startsWith(root) &&
    (target.length === root.length || target[root.length] === path.sep) &&
    !target.includes('..', root.length)
  )
    return true
  return isInside(target, root)
}

/** Symbolic links followed before a path is taken as unknowable (the kernel stops at 40). */
const MAX_LINKS = 40

/**
 * What a run has learned of the tree below one root, so that a question about `a/b/c` does not lstat
 * `a` and `a/b` again: a folder proven a real folder (no link) inside the root, a path proven absent.
 * The tree is taken as it was when first looked at; make one per run.
 */
export type InsideCache = Map<string, 'folder' | 'absent'>

/**
 * Whether a path relative to `root` exists, answered only from inside `root`: a path that leads outside
 * it (written with `..`, or through a symbolic link, dangling or not) is reported present, whatever is
 * there, so rules asking "does this script exist?" learn nothing about the machine and raise no "not
 * found" for what they cannot see. With `known`, what earlier questions proved is not looked at again.
 * Never throws.
 */
export function existsInside(root: string, relative: string, known: InsideCache = new Map()): boolean {
  const top = realRootCached(root)
  let parts = path.relative(root, path.resolve(root, relative)).split(path.sep).filter(Boolean)
  if (parts[0] === '..' || path.isAbsolute(parts.join(path.sep))) return true
  let current = top
  for (let links = 0; parts.length > 0;) {
    const next = path.join(current, parts.shift()!)
    const seen = known.get(next)
    if (seen === 'absent') return false
    if (seen === 'folder') {
      current = next
      continue
    }
    let stat
    try {
      // Absence is the common answer: told without an exception (building one costs more than the lstat).
      stat = lstatSync(next, { throwIfNoEntry: false })
    } catch {
      // A file on the way (nothing is below it), or unreadable.
      stat = undefined
    }
    if (stat === undefined) {
      // Absent, and every folder on the way was inside.
      known.set(next, 'absent')
      return false
    }
    if (!stat.isSymbolicLink()) {
      if (stat.isDirectory()) known.set(next, 'folder')
      current = next
      continue
    }
    if (++links > MAX_LINKS) return true
    let target: string
    try {
      target = readlinkSync(next)
    } catch {
      return true
    }
    // Where the link points, taken apart and walked like the rest: each step checked from inside.
    const resolved = path.resolve(current, target)
    if (!isInside(resolved, top)) return true
    parts = [...path.relative(top, resolved).split(path.sep).filter(Boolean), ...parts]
    current = top
  }
  return true
}

function tooLarge(size: number, max: number, grew = false): string {
  return grew
    ? `the file grew past the ${formatBytes(max)} limit for a config file while it was read; it was not read`
    : `the file is ${formatBytes(size)}, over the ${formatBytes(max)} limit for a config file; it was not read`
}

function fail(ruleId: string, message: string, offset = 0): { problems: ParseProblem[] } {
  return { problems: [{ ruleId, severity: 'error', message, offset, length: 1 }] }
}

/**
 * Reads a config file as UTF-8 text through the guarded reader, refusing (with a problem, never an
 * exception) anything that is not a regular file inside `root`, is too large, binary, not valid
 * UTF-8, or empty.
 */
export async function readConfigFile(
  absolutePath: string,
  root = path.dirname(absolutePath),
  listed = false
): Promise<ReadResult> {
  return readConfigFileSync(absolutePath, root, listed)
}

/**
 * What config files are read into when they fit (nearly all do): decoded at once into a string, their bytes
 * are not needed after, and a buffer per file (or per few files, from Node's pool) was the reader's largest
 * allocation at thousands of files.
 */
const CONFIG_SCRATCH = Buffer.allocUnsafe(64 * 1024)

/** `readConfigFile`, answered at once (the engine reads thousands of files, each a promise less). */
export function readConfigFileSync(absolutePath: string, root?: string, listed?: boolean): ReadResult
/**
 * An `unseen` file (`GuardOptions.unseen`): undefined when no file is there now. `maxBytes`: a user's own
 * file's larger limit (`MAX_USER_FILE_BYTES`).
 */
export function readConfigFileSync(
  absolutePath: string,
  root: string,
  listed: boolean,
  unseen: boolean,
  maxBytes?: number
): ReadResult | undefined
export function readConfigFileSync(
  absolutePath: string,
  root = path.dirname(absolutePath),
  listed = false,
  unseen = false,
  maxBytes = MAX_FILE_BYTES
): ReadResult | undefined {
  const read = readGuarded(absolutePath, { root, maxBytes, listed, unseen, scratch: CONFIG_SCRATCH })
  if (read.refusal) return read.refusal.absent ? undefined : fail(read.refusal.ruleId, read.refusal.reason)
  return decodeConfigBytes(read.bytes, maxBytes)
}

/**
 * One decoder for every file: a call without `stream` starts afresh, and a refusal leaves nothing behind
 * (making one per file cost more than decoding a small file).
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Decodes bytes already in memory: the checks of `readConfigFile` after the file system. */
export function decodeConfigBytes(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): ReadResult {
  if (bytes.length > maxBytes)
    return fail(
      'file-too-large',
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit for a config file; it was not read`
    )
  const nul = bytes.indexOf(0)
  if (nul !== -1)
    return {
      problems: [
        {
          ruleId: 'file-binary',
          severity: 'error',
          message: `the file is binary (a NUL byte at byte ${nul}), not a text config`,
          offset: 0,
          length: 1
        }
      ]
    }
  let text: string
  try {
    text = STRICT_UTF8.decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad))
    return {
      ...fail(
        'file-encoding',
        `the file is not valid UTF-8 (invalid byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}); save it as UTF-8`,
        prefix.length
      ),
      positionText: prefix
    }
  }
  const problems: ParseProblem[] = []
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    problems.push({
      ruleId: 'file-bom',
      severity: 'warning',
      message:
        'the file starts with a byte-order mark; hosts that read it with JSON.parse fail on it: save it as UTF-8 without BOM',
      offset: 0,
      length: 1
    })
  }
  if (text.trim() === '')
    return {
      problems: [
        ...problems,
        {
          ruleId: 'file-empty',
          severity: 'error',
          message: 'the file is empty; the host fails to load it',
          offset: 0,
          length: 1
        }
      ]
    }
  return { text, problems }
}

/** Byte offset of the first byte that breaks UTF-8 (the decoder only says that one exists). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1
    if (need < 0) return i
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i
    i += need + 1
  }
  return 0
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`
}
