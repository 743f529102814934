import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { HiddenPath } from './contain.js'
import { isInside, readGuarded } from '../read.js'
import { foldersUpToWorkTree } from '../work-tree.js'
import { statFields } from './proctree.js'

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
 * - A self-hosted runner's own credentials (`.credentials`, `.credentials_rsaparams` in the folder it is
 *   installed in): with them a server could register as the runner and be sent later jobs, with their secrets.
 * - Under a runner, what a server writes into the folders later steps run code from is kept from them: the
 *   home folder (`~/.gitconfig`'s hooks, `~/.npmrc`), the runner's work folder (`_actions`, whose code the
 *   earlier actions' post steps run with their inputs, the checkout), the tool cache (the `node` and `python`
 *   later steps run) and the runner's own folder. Each is overlaid: the server reads it as it is and writes
 *   into a layer of its own, gone when it ends (npx's downloads included).
 */
export interface JobFiles {
  hide: HiddenPath[]
  /** Removes the copies made for `shownInstead`. */
  cleanup(): void
}

/** At most this much of `.git/config` is read (a real one is a few hundred bytes). */
const MAX_GIT_CONFIG_BYTES = 1024 * 1024

/** `runner`: the folder of the Actions runner this job runs under (`runnerFolder`), or null for none. */
export function jobFilesToHide(env: NodeJS.ProcessEnv, cwd: string, runner = runnerFolder() ?? null): JobFiles {
  const hide: HiddenPath[] = []
  let copies: string | undefined
  const scratch = (): string => (copies ??= mkdtempSync(path.join(scratchParent(env), 'mcpcop-hidden-')))
  // First the overlays, outermost first: what is covered next is covered on top of them.
  if (runner !== null || env.RUNNER_TEMP) {
    const overlaid: string[] = []
    const layers: [folder: string | undefined, what: string][] = [
      [env.HOME, 'the home folder'],
      [env.RUNNER_WORKSPACE && path.dirname(env.RUNNER_WORKSPACE), "the runner's work folder"],
      [env.RUNNER_TOOL_CACHE, "the runner's tool cache"],
      [runner ?? undefined, "the runner's own folder"]
    ]
    // An outer folder first (a self-hosted runner's folder holds its work folder): the ones inside it need no layer of their own.
    const outerFirst = layers
      .map(([folder, what]) => [overlayable(folder) ? path.resolve(folder) : undefined, what] as const)
      .sort(([a], [b]) => (a?.length ?? 0) - (b?.length ?? 0))
    for (const [folder, what] of outerFirst) {
      if (folder === undefined || overlaid.some((outer) => isInside(folder, outer))) continue
      const layer = path.join(scratch(), `layer-${overlaid.length}`)
      mkdirSync(layer)
      overlaid.push(folder)
      hide.push({ path: folder, kind: 'overlay', shownInstead: layer, what: `their writes to ${what}` })
    }
  }
  const runnerTemp = env.RUNNER_TEMP
  if (runnerTemp && path.isAbsolute(runnerTemp) && isKind(runnerTemp, 'folder') && !isInside(cwd, runnerTemp))
    hide.push({ path: runnerTemp, kind: 'folder', what: "the runner's temporary folder (RUNNER_TEMP)" })
  const gitConfig = repositoryGitConfig(cwd)
  if (gitConfig !== undefined) {
    const read = readGuarded(gitConfig, { root: path.dirname(gitConfig), maxBytes: MAX_GIT_CONFIG_BYTES })
    const text = read.bytes?.toString('utf8')
    if (text !== undefined && EXTRA_HEADER.test(text)) {
      const copy = path.join(scratch(), 'git-config')
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
  if (runner !== null)
    for (const name of RUNNER_CREDENTIALS) {
      const file = path.join(runner, name)
      if (isKind(file, 'file')) hide.push({ path: file, kind: 'file', what: `the runner's own credentials (${name})` })
    }
  return {
    hide,
    cleanup: () => {
      if (copies !== undefined) rmSync(copies, { recursive: true, force: true })
    }
  }
}

/**
 * A folder an overlay can be mounted on: absolute, not the root, a real folder, and without the characters
 * that separate the overlay's mount options.
 */
function overlayable(folder: string | undefined): folder is string {
  return (
    folder !== undefined &&
    folder !== '' &&
    path.isAbsolute(folder) &&
    path.dirname(folder) !== folder &&
    !/[,:\\]/.test(folder) &&
    isKind(folder, 'folder')
  )
}

/** Where the layers and copies are made: outside the folders that are overlaid (/tmp on a runner). */
function scratchParent(env: NodeJS.ProcessEnv): string {
  const inHome = (folder: string): boolean => env.HOME !== undefined && isInside(folder, env.HOME)
  return isKind('/tmp', 'folder') && !inHome('/tmp') ? '/tmp' : tmpdir()
}

/** A line that sets `http.<url>.extraheader` (the key is case-insensitive in git). */
const EXTRA_HEADER = /^[ \t]*extraheader[ \t]*=/im
const EXTRA_HEADER_LINES = /^[ \t]*extraheader[ \t]*=.*(?:\r?\n|$)/gim

/** The `.git/config` of the work tree `cwd` is in (a clone's `.git` folder, not a worktree's `.git` file), if any. */
function repositoryGitConfig(cwd: string): string | undefined {
  const top = foldersUpToWorkTree(cwd)?.at(-1)
  if (top === undefined || !isKind(path.join(top, '.git'), 'folder')) return undefined
  const config = path.join(top, '.git', 'config')
  return isKind(config, 'file') ? config : undefined
}

function isKind(file: string, kind: 'folder' | 'file'): boolean {
  try {
    const stat = lstatSync(file)
    return kind === 'folder' ? stat.isDirectory() : stat.isFile()
  } catch {
    return false
  }
}

/** What a runner keeps to prove it is itself to GitHub (its OAuth client and RSA key). */
const RUNNER_CREDENTIALS = ['.credentials', '.credentials_rsaparams']
/** The runner's programs, in `<install folder>/bin/`: the one running this job, and its listener. */
const RUNNER_PROGRAMS = new Set(['Runner.Worker', 'Runner.Listener'])

/**
 * The folder the Actions runner running this job is installed in: an ancestor process whose program is
 * `<folder>/bin/Runner.Worker` (read from `/proc`, which holds our own ancestors' programs on Linux). Undefined
 * when there is none (a developer's machine, another CI) or `/proc` cannot tell.
 */
export function runnerFolder(proc = '/proc', from = process.ppid): string | undefined {
  let pid = from
  for (let steps = 0; pid > 1 && steps < 64; steps++) {
    let program: string | undefined
    try {
      program = readlinkSync(path.join(proc, String(pid), 'exe'))
    } catch {
      program = undefined
    }
    if (program !== undefined && RUNNER_PROGRAMS.has(path.basename(program))) return path.dirname(path.dirname(program))
    pid = parentOf(proc, pid)
  }
  return undefined
}

/** A process's parent from `/proc/<pid>/stat` (the field after the state, past the name's closing parenthesis). */
function parentOf(proc: string, pid: number): number {
  try {
    return Number(statFields(readFileSync(path.join(proc, String(pid), 'stat'), 'utf8'))[1]) || 0
  } catch {
    return 0
  }
}
