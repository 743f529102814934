/**
 * Real git repositories for tests: a base commit and a head commit, as a pull request has them,
 * with a fixed identity and none of the machine's git settings.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { write } from './files.js'

export { write }

/** Runs git in `cwd` without user or system settings; returns its output. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8'
  }).trim()
}

/** Commits everything in the work tree; returns the commit id. */
export function commit(root: string, message: string): string {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', message)
  return git(root, 'rev-parse', 'HEAD')
}

/**
 * Leaves `file` unmerged, as a merge conflict does: committed as `theirs` on a branch and as `ours` on `main`
 * (checked out), then merged. git then lists the file once per stage.
 */
export function mergeConflict(root: string, file: string, ours: string, theirs: string): void {
  git(root, 'checkout', '-qb', 'other')
  write(root, { [file]: theirs })
  git(root, 'commit', '-qam', 'other')
  git(root, 'checkout', '-q', 'main')
  write(root, { [file]: ours })
  git(root, 'commit', '-qam', 'main')
  try {
    git(root, 'merge', '-q', 'other')
  } catch {
    return
  }
  throw new Error(`merging ${file} did not conflict`)
}

/** A repository with a base commit and, on a branch from it, a head commit: a pull request. */
export interface PullRequestRepo {
  root: string
  base: string
  head: string
}

/** Creates the base commit from `base`, then the head commit with `change` applied (checked out). */
export function pullRequestRepo(base: Record<string, string>, change: Record<string, string | null>): PullRequestRepo {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-pr-'))
  git(root, 'init', '-q', '-b', 'main')
  write(root, base)
  const baseCommit = commit(root, 'base')
  git(root, 'checkout', '-q', '-b', 'feature')
  write(root, change)
  const head = commit(root, 'change')
  return { root, base: baseCommit, head }
}

/**
 * A depth-1 clone of `origin` at `ref`, as actions/checkout makes by default: the base commit is not
 * in it and has to be fetched.
 */
export function shallowClone(origin: string, ref: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-shallow-'))
  git(root, 'init', '-q')
  git(root, 'remote', 'add', 'origin', `file://${origin}`)
  git(root, '-c', 'protocol.file.allow=always', 'fetch', '-q', '--depth=1', 'origin', ref)
  git(root, 'checkout', '-q', '--detach', 'FETCH_HEAD')
  return root
}
