import { closeSync, constants, fstatSync, openSync, readSync, statSync, unlinkSync } from 'node:fs'
import type { ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { leavesWorkingFolder } from '../read.js'
import { foldersUpToWorkTree } from '../work-tree.js'
import { listWithoutGit } from './listing-in-process.js'

/** git's listing of a large work tree can be long; past this, the caller walks the folder instead. */
const MAX_LISTING_BYTES = 256 * 1024 * 1024

/**
 * A listing that takes longer than this is given up (git stopped, the folder walked instead): git lists
 * a million files in a few seconds, so only a stuck git (a hung network file system, a stopped process
 * holding what it reads) gets here, and the run must still end.
 */
export const LISTING_TIMEOUT_MS = 60_000

/** How `listWorkTree` bounds a listing, and where it takes git's output (tests set these). */
export interface ListingOptions {
  timeoutMs?: number
  maxBytes?: number
  /** The folder of the file git writes to (default: the system's temporary folder). */
  tempFolder?: string
  /** false: always start git, even where its answer can be read without it (`listWithoutGit`). */
  inProcess?: boolean
}

/**
 * The files under `dir` that git tracks, plus the untracked ones it does not ignore, as
 * `git ls-files -z --cached --others --exclude-standard` prints them (NUL-separated, relative to
 * `dir`); undefined when git is missing, fails (not a work tree) or prints too much. Asynchronous, so
 * git runs while this process does other work (loading the linter's code). Where git's answer can be read
 * without it (a small repository, listed from its root, with ordinary settings), no git is started.
 */
export async function listWorkTree(dir: string, options: ListingOptions = {}): Promise<Buffer | undefined> {
  const timeoutMs = options.timeoutMs ?? LISTING_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? MAX_LISTING_BYTES
  // Outside a work tree git only says so: no process, unless git's own variables place the repository.
  if (!foldersUpToWorkTree(dir) && process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined)
    return undefined
  if (options.inProcess !== false) {
    const reading = readWithoutGit(dir)
    // Where git must answer, it is started now, not after the caller has loaded its code.
    const listing = reading && (await reading)
    if (listing !== undefined) return listing.length > maxBytes ? undefined : listing
  }
  // Loaded here, not at import: `mcpcop --version` imports this module and starts no process. At once where
  // Node can (20.16, 22.3 and later): git is then started, and Node's process code loaded, before the caller
  // goes on to load the linter (which the CLI compiles whole: Node's own modules are better loaded before).
  const { spawn } =
    typeof process.getBuiltinModule === 'function'
      ? process.getBuiltinModule('node:child_process')
      : await import('node:child_process')
  const file = listingFile(options.tempFolder ?? tmpdir())
  return new Promise((resolve) => {
    let child: ChildProcess | undefined
    // Given up on: answered now, not when the output closes (a process git started could keep it open).
    const timer = setTimeout(() => {
      child?.kill('SIGKILL')
      child?.stdout?.destroy()
      answer(undefined)
    }, timeoutMs)
    // Written to a file, the listing is held to the same cap: its size is looked at while git runs (most
    // listings end before the first look).
    const watch =
      file === undefined
        ? undefined
        : setInterval(() => {
            if (fileSize(file) > maxBytes) child?.kill()
          }, SIZE_LOOK_MS)
    let answered = false
    const answer = (listing: Buffer | undefined): void => {
      if (answered) return
      answered = true
      clearTimeout(timer)
      clearInterval(watch)
      if (file !== undefined) closeSync(file)
      resolve(listing)
    }
    try {
      child = spawn(
        'git',
        // A repository's own config could name an fsmonitor program for git to run: never.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
        {
          cwd: dir,
          stdio: ['ignore', file ?? 'pipe', 'ignore'],
          // Listing must not write to the repository (no index refresh), nor wait for a lock.
          env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
          windowsHide: true
        }
      )
    } catch {
      answer(undefined)
      return
    }
    const running = child
    const chunks: Buffer[] = []
    let size = 0
    running.stdout?.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) running.kill()
      else chunks.push(chunk)
    })
    running.on('error', () => answer(undefined))
    running.on('close', (code) => {
      if (code !== 0) answer(undefined)
      else if (file === undefined) answer(size <= maxBytes ? Buffer.concat(chunks) : undefined)
      else answer(readListing(file, maxBytes))
    })
  })
}

/** `listWithoutGit`, with any surprise on the way (a folder removed mid-walk, one not readable) left to git. */
function readWithoutGit(dir: string): Promise<Buffer | undefined> | undefined {
  try {
    return listWithoutGit(dir)?.catch(() => undefined)
  } catch {
    return undefined
  }
}

/**
 * A file for git to write the listing to, open for reading and already unlinked (nothing is left
 * behind, and no other process can open it by its name); undefined on Windows (an open file cannot be
 * unlinked there) or when the temporary folder cannot take it, and then git writes to a pipe. With a file,
 * starting git costs this process about half as much (no pipe, stream or socket to set up: ~4 ms of a
 * one-config run's main thread), and reading the listing is one read.
 */
function listingFile(folder: string): number | undefined {
  // A relative TMPDIR would put the file somewhere in the repository being checked: a pipe then.
  if (process.platform === 'win32' || !path.isAbsolute(folder)) return undefined
  // Created, never followed or reused: another user's file or link of that name makes this one fail.
  const name = path.join(
    folder,
    `mcpcop-ls-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  )
  let fd: number | undefined
  try {
    fd = openSync(name, constants.O_RDWR | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
    unlinkSync(name)
    return fd
  } catch {
    if (fd !== undefined) closeSync(fd)
    return undefined
  }
}

/** How often the size of a listing written to a file is looked at while git runs. */
const SIZE_LOOK_MS = 100

function fileSize(file: number): number {
  try {
    return fstatSync(file).size
  } catch {
    return 0
  }
}

/** What git wrote to `file`, read from its start; undefined past `maxBytes` or when it cannot be read. */
function readListing(file: number, maxBytes: number): Buffer | undefined {
  try {
    const size = fstatSync(file).size
    if (size > maxBytes) return undefined
    const listing = Buffer.allocUnsafe(size)
    let read = 0
    while (read < size) {
      const n = readSync(file, listing, read, size - read, read)
      if (n === 0) break
      read += n
    }
    return listing.subarray(0, read)
  } catch {
    return undefined
  }
}
/** Listings started ahead of time, by folder, each taken once. */
const started = new Map<string, Promise<Buffer | undefined>>()

/**
 * Starts listing `dir` now, for `takeListing` to pick up later: the CLI starts it before it loads the
 * linter's code, so that git runs while that code is read and compiled.
 */
export function startListing(dir: string): void {
  const listing = listWorkTree(dir)
  // Never taken (the run turned out not to list this folder): its failure is nobody's.
  listing.catch(() => undefined)
  started.set(path.resolve(dir), listing)
}

/** The listing started for `dir`, if one was (and not taken yet). */
export function takeListing(dir: string): Promise<Buffer | undefined> | undefined {
  const key = path.resolve(dir)
  const listing = started.get(key)
  started.delete(key)
  return listing
}

/** At most this many folders are listed ahead at once; discovery lists any others in turn, as it meets them. */
const LISTED_AHEAD = 4

/**
 * Only the first paths of a command line are looked at (a system call each, before the linter loads): one that
 * names a thousand files (`mcpcop $(git ls-files '*.json')`) starts linting as soon as before.
 */
const LOOKED_AT_AHEAD = 16

/**
 * Starts listing the folders among the paths a command line names (from `cwd`), for discovery to take:
 * only what discovery would list itself (a folder, not one that a link on the way leads out of the
 * working folder, each once), so that no git runs anywhere a lint would not. A glob or a file is left
 * to discovery.
 */
export function startListings(inputs: readonly string[], cwd: string): void {
  const folders = new Set<string>()
  for (const input of inputs.slice(0, LOOKED_AT_AHEAD)) {
    if (folders.size === LISTED_AHEAD) break
    const absolute = path.resolve(cwd, input)
    try {
      if (!statSync(absolute).isDirectory()) continue
    } catch {
      continue
    }
    if (leavesWorkingFolder(absolute, cwd) === undefined) folders.add(absolute)
  }
  for (const folder of folders) startListing(folder)
}
