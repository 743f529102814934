import { lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { HiddenPath } from './contain.js'
import { readGuarded } from '../read.js'

/**
 * The job's own files that a dry-run server could otherwise read or write, and which its isolation covers
 * (`HiddenPath`): a server is code from the configs, and a pull request's configs are the pull request's.
 *
 * - The runner's temporary folder (`RUNNER_TEMP`): the files through which a step sets the next steps'
 *   environment, PATH and outputs (`GITHUB_ENV`, `GITHUB_PATH`, …: a server that appends
 *   `NODE_OPTIONS=--require …` there runs its code in every later step, with that step's secrets), and the
 *   credentials `actions/checkout` keeps there since v6. Servers get an empty folder of their own instead.
 * - The `extraheader` `actions/checkout` (before v6) writes into the repository's `.git/config`: the job's
 *   token. Servers see a copy of that file without it (git servers still find their repository).
 * - `~/.git-credentials`, where git's `store` helper keeps passwords in the clear.
 */
export interface JobFiles {
  hide: HiddenPath[]
  /** Removes the copies made for `shownInstead`. */
  cleanup(): void
}

/** At most this much of `.git/config` is read (a real one is a few hundred bytes). */
const MAX_GIT_CONFIG_BYTES = 1024 * 1024

export function jobFilesToHide(env: NodeJS.ProcessEnv, cwd: string): JobFiles {
  const hide: HiddenPath[] = []
  let copies: string | undefined
  const runnerTemp = env.RUNNER_TEMP
  if (runnerTemp && path.isAbsolute(runnerTemp) && isKind(runnerTemp, 'folder') && !isInside(cwd, runnerTemp))
    hide.push({ path: runnerTemp, kind: 'folder', what: "the runner's temporary folder (RUNNER_TEMP)" })
  const gitConfig = repositoryGitConfig(cwd)
  if (gitConfig !== undefined) {
    const read = readGuarded(gitConfig, { root: path.dirname(gitConfig), maxBytes: MAX_GIT_CONFIG_BYTES })
    const text = read.bytes?.toString('utf8')
    if (text !== undefined && EXTRA_HEADER.test(text)) {
      copies ??= mkdtempSync(path.join(tmpdir(), 'mcpcop-hidden-'))
      const copy = path.join(copies, 'git-config')
      writeFileSync(copy, text.replace(EXTRA_HEADER_LINES, ''), { mode: 0o600 })
      hide.push({ path: gitConfig, kind: 'file', shownInstead: copy, what: "the checkout's token in .git/config" })
    }
  }
  const home = env.HOME
  if (home && path.isAbsolute(home)) {
    const store = path.join(home, '.git-credentials')
    if (isKind(store, 'file'))
      hide.push({ path: store, kind: 'file', what: "git's stored credentials (~/.git-credentials)" })
  }
  return {
    hide,
    cleanup: () => {
      if (copies !== undefined) rmSync(copies, { recursive: true, force: true })
    }
  }
}

/** A line that sets `http.<url>.extraheader` (the key is case-insensitive in git). */
const EXTRA_HEADER = /^[ \t]*extraheader[ \t]*=/im
const EXTRA_HEADER_LINES = /^[ \t]*extraheader[ \t]*=.*(?:\r?\n|$)/gim

/** The `.git/config` of the repository `cwd` is in (a `.git` folder, not a worktree's `.git` file), if any. */
function repositoryGitConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const config = path.join(dir, '.git', 'config')
    if (isKind(path.join(dir, '.git'), 'folder')) return isKind(config, 'file') ? config : undefined
    if (path.dirname(dir) === dir) return undefined
  }
}

function isKind(file: string, kind: HiddenPath['kind']): boolean {
  try {
    const stat = lstatSync(file)
    return kind === 'folder' ? stat.isDirectory() : stat.isFile()
  } catch {
    return false
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}
