import module from 'node:module'
import os from 'node:os'
import path from 'node:path'

/** `module.enableCompileCache` (Node 22.1 and later; absent on Node 20). */
type EnableCompileCache = (directory?: string) => { status: number; directory?: string; message?: string }

/** What the decision reads: the environment, and where the user's own caches live. */
export interface CompileCacheSetting {
  env: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  home?: string
  enable?: EnableCompileCache
  /** The command lints: compile what it loads whole (below). */
  compileWhole?: boolean
  /** `v8.setFlagsFromString`, for tests. */
  setFlags?: (flags: string) => void
}

/**
 * Keeps V8's compiled code of the linter between runs, as npm does for its own CLI: on a developer's
 * machine every run after the first starts without compiling the chunks it loads again (with the whole
 * compilation below, one config −27% instructions on Node 24, the real corpus −23%; docs/PERFORMANCE.md).
 * Not in CI, where each job starts on a fresh machine and the cache would only be written, never read.
 * The cache is kept in the user's own cache folder, not in the shared temporary folder, where another
 * user of the machine could plant compiled code for us to run. `NODE_COMPILE_CACHE` and
 * `NODE_DISABLE_COMPILE_CACHE` still decide (Node reads them first). Returns the folder in use, or
 * undefined; never throws (a cache is never worth a failure).
 *
 * With `compileWhole` and a cache, the code loaded from now until `compileLazilyAgain` is compiled whole (V8's
 * `--no-lazy`): Node keeps what V8 compiled when it first read a chunk, so a function compiled lazily, on its first
 * call, would be compiled again on every run (over a quarter of a one-config run's instructions). Compiled whole
 * once, the CLI's and a lint's chunks come from the cache whole. src/cli.ts asks it for every command but
 * `--version` and `--help`; a command that turns out not to lint goes back to lazy compilation once the CLI's own
 * code is loaded.
 */
export function keepCompiledCode(setting: CompileCacheSetting): string | undefined {
  const enable = setting.enable ?? (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache
  if (enable === undefined || inCi(setting.env)) return undefined
  const folder = userCacheFolder(setting.env, setting.platform ?? process.platform, setting.home ?? safeHome())
  if (folder === undefined) return undefined
  try {
    const result = enable(path.join(folder, 'mcpcop', 'compile-cache'))
    // 1: enabled here; 2: already enabled (NODE_COMPILE_CACHE); 0 failed, 3 disabled.
    if (result.status !== 1 && result.status !== 2) return undefined
    if (setting.compileWhole) {
      // Node's own modules come compiled for V8's default flags, and one compiled whole from its source costs
      // more than the cache saves: those a command loads are loaded first (git's, the standard streams', which
      // Node loads when they are first asked for, and the argument parser, likewise).
      if (typeof process.getBuiltinModule === 'function') {
        process.getBuiltinModule('node:child_process')
        void process.getBuiltinModule('node:util').parseArgs
      }
      void process.stdout
      void process.stderr
      // node:v8 here, not at import: a run in CI keeps no cache and never needs it. `getBuiltinModule` is
      // there wherever `enableCompileCache` is (Node 22.8 and later).
      setFlags = setting.setFlags ?? process.getBuiltinModule('node:v8').setFlagsFromString
      setFlags('--no-lazy')
    }
    return result.directory
  } catch {
    return undefined
  }
}

/** How `keepCompiledCode` set V8's flags, while the code loaded is compiled whole; undefined otherwise. */
let setFlags: ((flags: string) => void) | undefined

/**
 * Ends what `keepCompiledCode` began for a lint, once the lint is done: what loads after it (reports, the dry
 * run, Node's own modules such as crypto, whose code comes with Node compiled for V8's default flags) is
 * compiled lazily again. Does nothing when nothing was begun (tests, Node 20, CI).
 */
export function compileLazilyAgain(): void {
  if (setFlags === undefined) return
  try {
    setFlags('--lazy')
  } catch {
    // Tuning only.
  }
  setFlags = undefined
}

/** The variables CI services set (GitHub, GitLab, CircleCI, Travis, Buildkite: CI; Azure: TF_BUILD; Jenkins: BUILD_ID). */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') return true
  return ['CONTINUOUS_INTEGRATION', 'BUILD_ID', 'BUILD_NUMBER', 'RUN_ID', 'TF_BUILD'].some((name) => Boolean(env[name]))
}

/** Where a user's caches go: XDG_CACHE_HOME (when absolute), else each platform's own folder in the home. */
function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string | undefined) {
  if (platform === 'win32')
    return env.LOCALAPPDATA && path.win32.isAbsolute(env.LOCALAPPDATA) ? env.LOCALAPPDATA : undefined
  const xdg = env.XDG_CACHE_HOME
  if (xdg && path.isAbsolute(xdg)) return xdg
  if (!home || !path.isAbsolute(home)) return undefined
  return platform === 'darwin' ? path.join(home, 'Library', 'Caches') : path.join(home, '.cache')
}

function safeHome(): string | undefined {
  try {
    return os.homedir()
  } catch {
    return undefined
  }
}
