import { execFile } from 'node:child_process'

/**
 * What a pull request changed, as git sees it in the checkout: the commit to compare with, the paths
 * that differ from it, and each path's content there. Git itself does the work: no shell, every call
 * bounded in time and output, no diff drivers or text conversions (the pull request's
 * `.gitattributes` cannot name a program to run), and a commit id checked before it reaches git.
 */

/** One path that differs between the compared commit and the working tree. */
export interface ChangedPath {
  /** Relative to the repository root, with `/`. */
  path: string
  /** `added` at head, `deleted` at head, or `modified` (content or type). */
  status: 'added' | 'deleted' | 'modified'
}

/** What a file was at a commit. */
export type BlobAtCommit =
  | { status: 'found'; bytes: Buffer }
  /** The commit does not have the path. */
  | { status: 'absent' }
  /** Could not tell (too large, a symbolic link or folder there, git failed); `reason` says which. */
  | { status: 'unknown'; reason: string }

interface GitResult {
  ok: boolean
  stdout: Buffer
  error?: string
}

/** Limit for one git call; a fetch over the network gets more. */
const GIT_TIMEOUT_MS = 15_000
const FETCH_TIMEOUT_MS = 60_000

/** Runs git in `root`; never throws. */
export function git(
  root: string,
  args: string[],
  options: { timeoutMs?: number; maxBytes?: number } = {}
): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false', ...args],
      {
        cwd: root,
        timeout: options.timeoutMs ?? GIT_TIMEOUT_MS,
        maxBuffer: options.maxBytes ?? 16 * 1024 * 1024,
        encoding: 'buffer',
        windowsHide: true,
        // Never ask for a password, never page, never read a prompt from the terminal.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', GIT_ASKPASS: '', SSH_ASKPASS: '' }
      },
      (error, stdout, stderr) => {
        const message = error
          ? (stderr.toString('utf8').trim().split('\n').at(-1) || error.message).slice(0, 300)
          : undefined
        resolve({ ok: !error, stdout, error: message })
      }
    )
  })
}

/** A string `isCommitId` accepted (a brand, so that a string it rejects keeps its type). */
export type CommitId = string & { readonly [commitIdBrand]: true }
declare const commitIdBrand: unique symbol

/** A full commit id (SHA-1 or SHA-256), the only kind of ref this module passes to git. */
export function isCommitId(value: unknown): value is CommitId {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value)
}

/** The top of the work tree `cwd` is in, or undefined outside git. */
export async function workTreeRoot(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--show-toplevel'])
  return result.ok ? result.stdout.toString('utf8').trim() : undefined
}

/** Whether the repository has the commit. */
export async function hasCommit(root: string, commit: string): Promise<boolean> {
  if (!isCommitId(commit)) return false
  return (await git(root, ['cat-file', '-e', `${commit}^{commit}`])).ok
}

/**
 * Makes sure the repository has `commit`: a shallow checkout (actions/checkout's default depth 1) has
 * only the commit it checked out, so the base is fetched from `origin` with depth 1. Returns why not
 * when it cannot be had.
 */
export async function ensureCommit(root: string, commit: string): Promise<string | undefined> {
  if (!isCommitId(commit)) return `"${commit}" is not a commit id`
  if (await hasCommit(root, commit)) return undefined
  const fetched = await git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', commit], {
    timeoutMs: FETCH_TIMEOUT_MS
  })
  if (await hasCommit(root, commit)) return undefined
  return `the commit ${commit.slice(0, 12)} is not in this clone and could not be fetched from origin (${fetched.error ?? 'unknown error'})`
}

/** The best common ancestor of two commits, or undefined when the history at hand does not reach it. */
export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  const result = await git(root, ['merge-base', a, b])
  const sha = result.stdout.toString('utf8').trim()
  return result.ok && isCommitId(sha) ? sha : undefined
}

/**
 * The parents a commit records (two for the merge commit that `pull_request` checks out), read from
 * the commit itself, so a shallow clone, where git hides them, still tells them.
 */
export async function recordedParents(root: string, commit: string): Promise<string[]> {
  const result = await git(root, ['cat-file', 'commit', commit], { maxBytes: 1024 * 1024 })
  if (!result.ok) return []
  const header = result.stdout.toString('utf8').split('\n\n')[0]
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).filter(isCommitId)
}

/** The commit a ref names (a branch, tag or commit id), or undefined when the repository has none. */
export async function resolveRef(root: string, ref: string): Promise<string | undefined> {
  if (ref === '' || ref.startsWith('-') || ref.length > 255) return undefined
  const result = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  const sha = result.stdout.toString('utf8').trim()
  return result.ok && isCommitId(sha) ? sha : undefined
}

/** The commit the work tree has checked out. */
export async function headCommit(root: string): Promise<string | undefined> {
  const result = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  const sha = result.stdout.toString('utf8').trim()
  return result.ok && isCommitId(sha) ? sha : undefined
}

/**
 * The paths whose content differs between `commit` and the work tree (what mcpcop reads), plus the
 * untracked files git does not ignore (new files not committed yet, on a developer's machine).
 * Renames are a deletion and an addition: each path is compared as what it is at each side.
 */
export async function changedPaths(root: string, commit: string): Promise<ChangedPath[] | string> {
  if (!isCommitId(commit)) return `"${commit}" is not a commit id`
  const diff = await git(root, [
    'diff',
    '--no-ext-diff',
    '--no-textconv',
    '--no-renames',
    '--ignore-submodules',
    '--name-status',
    '-z',
    commit,
    '--'
  ])
  if (!diff.ok) return `git diff failed: ${diff.error ?? 'unknown error'}`
  const out = new Map<string, ChangedPath>()
  const fields = diff.stdout.toString('utf8').split('\0')
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i]
    const path = fields[i + 1]
    const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified'
    out.set(path, { path, status })
  }
  const untracked = await git(root, ['ls-files', '-z', '--others', '--exclude-standard'])
  if (untracked.ok)
    for (const path of untracked.stdout.toString('utf8').split('\0'))
      if (path !== '' && !out.has(path)) out.set(path, { path, status: 'added' })
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * The content of each path at `commit`: found (up to `maxBytes`), absent, or unknown with the
 * reason. One `ls-tree` for all the paths, then one `cat-file` per file found.
 */
export async function blobsAt(
  root: string,
  commit: string,
  paths: readonly string[],
  maxBytes: number
): Promise<Map<string, BlobAtCommit>> {
  const out = new Map<string, BlobAtCommit>()
  if (paths.length === 0) return out
  const unknown = (reason: string): void => {
    for (const p of paths) if (!out.has(p)) out.set(p, { status: 'unknown', reason })
  }
  if (!isCommitId(commit)) {
    unknown(`"${commit}" is not a commit id`)
    return out
  }
  // `--full-tree` reads the paths from the repository root whatever the current folder; `:(literal)`
  // keeps a name with `*` or `:` from acting as a pattern.
  const listed = await git(root, [
    'ls-tree',
    '-z',
    '--long',
    '--full-tree',
    commit,
    '--',
    ...paths.map((p) => `:(literal)${p}`)
  ])
  if (!listed.ok) {
    unknown(listed.error ?? 'git ls-tree failed')
    return out
  }
  const entries = new Map<string, { mode: string; type: string; object: string; size: string }>()
  for (const line of listed.stdout.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\s+(\d+|-)\t(.*)$/s.exec(line)
    if (match) entries.set(match[5], { mode: match[1], type: match[2], object: match[3], size: match[4] })
  }
  for (const p of paths) {
    const entry = entries.get(p)
    if (!entry) {
      out.set(p, { status: 'absent' })
      continue
    }
    if (entry.type !== 'blob' || entry.mode === '120000') {
      out.set(p, { status: 'unknown', reason: 'not a regular file at that commit' })
      continue
    }
    if (Number(entry.size) > maxBytes) {
      out.set(p, { status: 'unknown', reason: 'too large at that commit' })
      continue
    }
    const blob = await git(root, ['cat-file', 'blob', entry.object], { maxBytes: maxBytes + 1 })
    out.set(
      p,
      blob.ok
        ? { status: 'found', bytes: blob.stdout }
        : { status: 'unknown', reason: blob.error ?? 'git cat-file failed' }
    )
  }
  return out
}
