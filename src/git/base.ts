import { execFile } from 'node:child_process'
import path from 'node:path'

/**
 * Reads files as they are at another commit of the repository (the pull request's base), with git
 * itself: no shell, every call bounded in time and output, and a ref that cannot be read as an
 * option. Nothing here knows about mcpcop's settings or configs: give it a root, a ref and a path.
 */

/** What a file was at a ref. */
export type FileAtRef =
  | { status: 'found'; text: string }
  /** The ref is known and the file does not exist there (added since). */
  | { status: 'absent' }
  /** Could not tell: not a git work tree, the ref is not here (a shallow clone), too large, git failed. */
  | { status: 'unknown'; reason: string }

export interface ReadAtRefOptions {
  /** Larger files are not read (status unknown). Default 1 MiB. */
  maxBytes?: number
  /** Limit for each git call. Default 10 s. */
  timeoutMs?: number
  /**
   * When the ref is missing (a shallow checkout has only the merge commit), fetch just that commit
   * from `origin` with depth 1 before giving up. Default false.
   */
  fetchMissing?: boolean
}

/** The pull request's base commit: the event payload's `pull_request.base.sha`, else `origin/$GITHUB_BASE_REF`. */
export function baseRefOf(env: NodeJS.ProcessEnv, payload: Record<string, unknown>): string | undefined {
  const pr = payload.pull_request as { base?: { sha?: unknown } } | undefined
  const sha = pr?.base?.sha
  if (typeof sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha)) return sha
  const branch = env.GITHUB_BASE_REF
  return branch && isSafeRef(branch) ? `origin/${branch}` : undefined
}

/** A ref git cannot take for an option and that names nothing odd. */
export function isSafeRef(ref: string): boolean {
  return /^[A-Za-z0-9._/][A-Za-z0-9._/+-]*$/.test(ref) && !ref.includes('..') && ref.length <= 255
}

interface GitResult {
  ok: boolean
  stdout: Buffer
  error?: string
}

function git(root: string, args: string[], timeoutMs: number, maxBuffer = 64 * 1024): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      // Paths are paths, never pathspec magic (`:(glob)…`, `:!…`).
      ['--literal-pathspecs', '-c', 'core.fsmonitor=false', ...args],
      {
        cwd: root,
        timeout: timeoutMs,
        maxBuffer,
        encoding: 'buffer',
        windowsHide: true,
        // Never ask for a password, never page.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_ASKPASS: '', SSH_ASKPASS: '' }
      },
      (error, stdout, stderr) => {
        const message = error
          ? (stderr.toString('utf8').trim().split('\n')[0] || error.message).slice(0, 200)
          : undefined
        resolve({ ok: !error, stdout, error: message })
      }
    )
  })
}

/** The commit a ref names, or undefined when this repository does not have it. */
async function resolveCommit(root: string, ref: string, timeoutMs: number): Promise<string | undefined> {
  const result = await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], timeoutMs)
  const sha = result.stdout.toString('utf8').trim()
  return result.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined
}

/**
 * The text of `file` (relative to `root`, which is inside a git work tree) at `ref`. Never throws;
 * anything it cannot establish is `unknown`, with the reason.
 */
export async function readFileAtRef(
  root: string,
  ref: string,
  file: string,
  options: ReadAtRefOptions = {}
): Promise<FileAtRef> {
  const { file: _, ...found } = await readFirstFileAtRef(root, ref, [file], options)
  return found
}

/**
 * The first of `files` (relative to `root`, in order) that exists at `ref`, and its text: one
 * listing for all of them. `absent` when none does. Never throws.
 */
export async function readFirstFileAtRef(
  root: string,
  ref: string,
  files: readonly string[],
  options: ReadAtRefOptions = {}
): Promise<FileAtRef & { file?: string }> {
  const maxBytes = options.maxBytes ?? 1024 * 1024
  const timeoutMs = options.timeoutMs ?? 10_000
  if (!isSafeRef(ref)) return { status: 'unknown', reason: `"${ref}" is not a ref mcpcop reads` }
  const top = await git(root, ['rev-parse', '--show-toplevel'], timeoutMs)
  if (!top.ok) return { status: 'unknown', reason: 'not a git work tree' }
  const topLevel = top.stdout.toString('utf8').trim()
  const inTree = files.map((file) => ({
    file,
    relative: path.relative(topLevel, path.resolve(root, file)).split(path.sep).join('/')
  }))
  if (inTree.some(({ relative }) => relative.startsWith('../') || path.isAbsolute(relative)))
    return { status: 'unknown', reason: 'the file is outside the work tree' }
  let commit = await resolveCommit(root, ref, timeoutMs)
  if (!commit && options.fetchMissing) {
    const fetched = await git(root, ['fetch', '--no-tags', '--depth=1', 'origin', ref], timeoutMs)
    if (fetched.ok)
      commit = (await resolveCommit(root, ref, timeoutMs)) ?? (await resolveCommit(root, 'FETCH_HEAD', timeoutMs))
  }
  if (!commit)
    return { status: 'unknown', reason: `the commit ${ref} is not in this clone (fetch it, e.g. fetch-depth: 0)` }
  // `ls-tree` tells a missing path (no entry) from an error; `-z` keeps odd names intact.
  const listed = await git(
    root,
    ['ls-tree', '-z', '--long', '--full-tree', commit, '--', ...inTree.map((f) => f.relative)],
    timeoutMs
  )
  if (!listed.ok) return { status: 'unknown', reason: listed.error ?? 'git ls-tree failed' }
  const entries = new Map<string, RegExpExecArray>()
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\s+(\d+|-)\t([^]*)$/.exec(entry)
    if (match) entries.set(match[5], match)
  }
  const first = inTree.find(({ relative }) => entries.has(relative))
  if (!first) return { status: 'absent' }
  const match = entries.get(first.relative)!
  const file = first.file
  // A link's blob is its target's path, not a file's text.
  if (match[2] !== 'blob' || match[1] === '120000')
    return { status: 'unknown', reason: 'not a file at that commit', file }
  if (Number(match[4]) > maxBytes) return { status: 'unknown', reason: 'the file at that commit is too large', file }
  const blob = await git(root, ['cat-file', 'blob', match[3]], timeoutMs, maxBytes + 1)
  if (!blob.ok) return { status: 'unknown', reason: blob.error ?? 'git cat-file failed', file }
  return { status: 'found', text: blob.stdout.toString('utf8'), file }
}
