import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs'
import path from 'node:path'
import { isInside, leavesWorkingFolder } from './read.js'

export interface GuardedWriteOptions {
  /** The working folder: a path written inside it must stay inside it. */
  cwd: string
  /**
   * The path comes from the repository (its settings file), not from the user: it must be inside the
   * working folder. A path the user names (`--output`, an action input) may be anywhere.
   */
  insideOnly?: boolean
  /** Never replace a file that is there (`--init`). */
  exclusive?: boolean
}

// Absent on Windows, where neither applies: 0 leaves the flag out.
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0
const O_NONBLOCK = constants.O_NONBLOCK ?? 0

const REASONS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a symbolic link, which mcpcop does not write through',
  ENXIO: 'it is not a regular file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long'
}

/**
 * The one way mcpcop writes a file (a report, the baseline, the tool lock, `--init`'s files). The
 * repository may hold links where a file is to be written (`report.sarif -> ~/.bashrc`, `.github -> /`):
 * a path written inside the working folder must stay inside it all the way (no link on the way leads
 * out), the file itself is never a link (opened without following one) and must be a regular file,
 * and missing folders are made only once the part of the path that exists is known to stay inside. A
 * path outside the working folder is the user's choice, and written as it is.
 * Returns why it could not write, or undefined when it did. Never throws.
 */
export function writeGuarded(file: string, text: string, options: GuardedWriteOptions): string | undefined {
  const absolute = path.resolve(options.cwd, file)
  const inside = isInside(absolute, path.resolve(options.cwd))
  if (options.insideOnly && !inside) return 'it is outside the working folder'
  let fd: number | undefined
  try {
    // A place the user names outside the working folder is theirs, as it is: `/dev/null`, `/dev/stdout`, a
    // link they keep in their home.
    if (!inside) {
      mkdirSync(path.dirname(absolute), { recursive: true })
      fd = openSync(absolute, options.exclusive ? 'wx' : 'w')
      writeText(fd, text)
      return undefined
    }
    const problem = prepareFolder(absolute, options.cwd)
    if (problem !== undefined) return problem
    const flags =
      constants.O_WRONLY |
      constants.O_CREAT |
      O_NOFOLLOW |
      O_NONBLOCK |
      (options.exclusive ? constants.O_EXCL : constants.O_TRUNC)
    // A FIFO is refused before anything is written to it (opened without blocking, and checked).
    const existing = lstatSync(absolute, { throwIfNoEntry: false })
    if (existing?.isDirectory()) return REASONS.EISDIR
    if (existing && !existing.isFile() && !existing.isSymbolicLink()) return REASONS.ENXIO
    fd = openSync(absolute, flags, 0o666)
    if (!fstatSync(fd).isFile()) return REASONS.ENXIO
    writeText(fd, text)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (options.exclusive && code === 'EEXIST') return 'it exists'
    return (code && REASONS[code]) ?? code ?? (error as Error).message
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** UTF-16 code units encoded at a time: a report of many MB is never copied whole into a buffer. */
const SLICE = 64 * 1024

/** Writes `text` as UTF-8, a slice at a time (the same bytes as encoding it whole). */
function writeText(fd: number, text: string): void {
  // At most 3 bytes per code unit (a pair's two units make 4).
  const buffer = Buffer.allocUnsafe(3 * Math.min(SLICE, text.length))
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + SLICE)
    // A slice ending between the two halves of a pair would encode each half alone, as U+FFFD.
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    const length = buffer.write(text.slice(start, end), 'utf8')
    for (let written = 0; written < length;) written += writeSync(fd, buffer, written, length - written)
    start = end
  }
}

/**
 * Makes the folders missing on the way to `file`, once the part of the path that is there is known to
 * stay inside the working folder (when it is written inside it). Returns why not, or undefined. Never throws.
 */
export function prepareFolder(file: string, cwd: string): string | undefined {
  try {
    const folder = path.dirname(path.resolve(cwd, file))
    const escape = leavesWorkingFolder(nearestExisting(folder), cwd)
    if (escape !== undefined) return escape
    mkdirSync(folder, { recursive: true })
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return (code && REASONS[code]) ?? code ?? (error as Error).message
  }
}

/** `folder`, or the nearest folder above it that is there. */
function nearestExisting(folder: string): string {
  let current = folder
  while (lstatSync(current, { throwIfNoEntry: false }) === undefined) {
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  return current
}
