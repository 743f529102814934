import path from 'node:path'
import { foldersUpToWorkTree } from '../work-tree.js'

/** git's listing of a large work tree can be long; past this, the caller walks the folder instead. */
const MAX_LISTING_BYTES = 256 * 1024 * 1024

/**
 * A listing that takes longer than this is given up (git stopped, the folder walked instead): git lists
 * a million files in a few seconds, so only a stuck git (a hung network file system, a stopped process
 * holding what it reads) gets here, and the run must still end.
 */
export const LISTING_TIMEOUT_MS = 60_000

/**
 * The files under `dir` that git tracks, plus the untracked ones it does not ignore, as
 * `git ls-files -z --cached --others --exclude-standard` prints them (NUL-separated, relative to
 * `dir`); undefined when git is missing, fails (not a work tree) or prints too much. Asynchronous, so
 * git runs while this process does other work (loading the linter's code).
 */
export async function listWorkTree(dir: string, timeoutMs = LISTING_TIMEOUT_MS): Promise<Buffer | undefined> {
  // Outside a work tree git only says so: no process, unless git's own variables place the repository.
  if (!foldersUpToWorkTree(dir) && process.env.GIT_DIR === undefined && process.env.GIT_WORK_TREE === undefined)
    return undefined
  // Loaded here, not at import: `mcpcop --version` imports this module and starts no process. At once where
  // Node can (20.16, 22.3 and later): git is then started, and Node's process code loaded, before the caller
  // goes on to load the linter (which the CLI compiles whole: Node's own modules are better loaded before).
  const { spawn } =
    typeof process.getBuiltinModule === 'function'
      ? process.getBuiltinModule('node:child_process')
      : await import('node:child_process')
  return new Promise((resolve) => {
    let child
    try {
      child = spawn(
        'git',
        // A repository's own config could name an fsmonitor program for git to run: never.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
        {
          cwd: dir,
          stdio: ['ignore', 'pipe', 'ignore'],
          // Listing must not write to the repository (no index refresh), nor wait for a lock.
          env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
          windowsHide: true
        }
      )
    } catch {
      resolve(undefined)
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    // Given up on: answered now, not when the output pipe closes (a process git started could keep it open).
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      child.stdout.destroy()
      resolve(undefined)
    }, timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_LISTING_BYTES) child.kill()
      else chunks.push(chunk)
    })
    child.on('error', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve(code === 0 && size <= MAX_LISTING_BYTES ? Buffer.concat(chunks) : undefined)
    })
  })
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
