import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/**
 * How a dry-run server is kept away from the job: where the system allows it, each server starts
 * in its own PID namespace with a fresh /proc (it cannot see, let alone read the environment of,
 * mcpcop or any process above it), as PID 1 of that namespace (when it ends, the kernel ends every
 * process it left behind, double-forked daemons and new sessions included), with no capabilities
 * and no way to gain any (no_new_privs: sudo and set-uid programs stop working), and with a cap
 * on the memory each process may allocate. Which mechanism works depends on the machine, so each
 * is tried for real, once, and the first that works is used:
 *
 * 1. running as root: `unshare` (util-linux) directly;
 * 2. unprivileged user namespaces allowed: `unshare --user --map-current-user` (not on Ubuntu 24.04,
 *    GitHub's ubuntu-latest, where AppArmor denies the namespace the capabilities to mount /proc);
 * 3. passwordless sudo (GitHub-hosted runners): `sudo -n unshare`, then back to our own uid;
 * 4. none of these: no isolation, and the report says so plainly.
 */

/** The mechanism in use. */
export type ContainmentKind = 'root-namespace' | 'user-namespace' | 'sudo-namespace' | 'none'

export interface Containment {
  kind: ContainmentKind
  /** Servers cannot read an ancestor's environment, and none of their processes outlives them. */
  isolated: boolean
  /** The cap on each server process's data segment (RLIMIT_DATA), when one is applied. */
  memoryLimitBytes?: number
  /** One sentence for the report: what holds, or plainly what does not. */
  summary: string
  /** The command line that starts `command args` inside the containment, and its environment. */
  wrap(command: string, args: readonly string[], env: Record<string, string>): Launch
}

export interface Launch {
  command: string
  args: string[]
  env: Record<string, string>
}

/** A path of the job that servers must not see or change as it is, covered inside their mount namespace only. */
export interface HiddenPath {
  path: string
  /**
   * `folder`: an empty folder in its place; `file`: `shownInstead` (default: an empty file); `overlay`: the same
   * folder, but what the server writes there goes to a layer of its own (kept in `shownInstead`, an empty
   * folder outside every overlay) and is gone when it ends.
   */
  kind: 'folder' | 'file' | 'overlay'
  shownInstead?: string
  /** What it is, for the report (never the path: nothing outside the repository is shown). */
  what: string
}

export interface ContainmentOptions {
  /** Cap on each server process's allocations. Default 2 GiB; 0 for none. */
  memoryLimitBytes?: number
  /** Paths covered in the servers' mount namespace (`jobFilesToHide`); where that cannot be done, the summary says so. */
  hide?: readonly HiddenPath[]
  /** Try only these mechanisms, in this order (tests). Default all, in the order above. */
  prefer?: ContainmentKind[]
  /** The uid and gid servers run as under sudo (default: ours). */
  uid?: number
  gid?: number
}

export const DEFAULT_MEMORY_LIMIT_BYTES = 2 * 1024 * 1024 * 1024

/** The absolute path of a program on PATH (or in the usual system folders), if it is there. */
function which(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/bin', '/bin', '/usr/sbin', '/sbin']
  for (const dir of dirs) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

interface Tools {
  unshare: string
  setpriv: string
  prlimit?: string
  env: string
  sudo?: string
  sh?: string
  mount?: string
  mkdir?: string
  chown?: string
  chmod?: string
}

function tools(): Tools | undefined {
  const unshare = which('unshare')
  const setpriv = which('setpriv')
  const env = which('env')
  if (!unshare || !setpriv || !env) return undefined
  return {
    unshare,
    setpriv,
    env,
    prlimit: which('prlimit'),
    sudo: which('sudo'),
    sh: which('sh'),
    mount: which('mount'),
    mkdir: which('mkdir'),
    chown: which('chown'),
    chmod: which('chmod')
  }
}

/**
 * Run inside the namespace, before the privileges are dropped: covers each hidden path (triples of kind,
 * path and what to show instead), then runs the rest of the command line. A cover that fails stops the
 * server from starting (exit 125): it never runs with the job's files in view.
 */
const COVER_SCRIPT = [
  'mount=$1; mkdir=$2; chown=$3; chmod=$4; shift 4',
  'while [ "$#" -gt 0 ] && [ "$1" != -- ]; do',
  '  case "$1" in',
  // The layer's top takes the folder's owner and mode: the overlay shows it as the folder itself.
  '  overlay) "$mount" -t tmpfs -o mode=0755,size=2g mcpcop-layer "$3" && "$mkdir" "$3/upper" "$3/work" &&',
  '    "$chown" --reference="$2" "$3/upper" && "$chmod" --reference="$2" "$3/upper" &&',
  '    "$mount" -t overlay mcpcop-overlay -o "lowerdir=$2,upperdir=$3/upper,workdir=$3/work" "$2" || exit 125 ;;',
  '  folder) "$mount" -t tmpfs -o mode=1777,size=64m mcpcop-hidden "$2" || exit 125 ;;',
  '  *) "$mount" --bind "$3" "$2" || exit 125 ;;',
  '  esac',
  '  shift 3',
  'done',
  'shift',
  // The folder the server starts in was entered before the mounts: entered again, it is the covered one.
  'cd "$PWD" || exit 125',
  'exec "$@"'
].join('\n')

/** The command line that covers `hide` and then runs `rest`, or `rest` alone when there is nothing to cover. */
function covering(t: Tools, hide: readonly HiddenPath[], rest: string[]): string[] {
  if (hide.length === 0 || !canCover(t)) return rest
  const triples = hide.flatMap((h) => [h.kind, h.path, h.kind === 'folder' ? '-' : (h.shownInstead ?? '/dev/null')])
  return [t.sh, '-c', COVER_SCRIPT, 'mcpcop-cover', t.mount, t.mkdir, t.chown, t.chmod, ...triples, '--', ...rest]
}

/** Whether the programs the covering shell runs are all here. */
function canCover(t: Tools): t is Tools & Required<Pick<Tools, 'sh' | 'mount' | 'mkdir' | 'chown' | 'chmod'>> {
  return (
    t.sh !== undefined &&
    t.mount !== undefined &&
    t.mkdir !== undefined &&
    t.chown !== undefined &&
    t.chmod !== undefined
  )
}

// Namespaces: a new PID namespace with its own /proc (which needs a mount namespace), PID 1 is
// the server, and the namespace dies with the unshare process that holds it.
const NAMESPACE = ['--pid', '--fork', '--kill-child', '--mount-proc']
// No capabilities now or after exec, none to regain through set-uid programs.
const NO_PRIVILEGES = ['--no-new-privs', '--inh-caps=-all', '--bounding-set=-all']

function memoryLimit(t: Tools, bytes: number): string[] {
  if (bytes <= 0 || !t.prlimit) return []
  return [t.prlimit, `--data=${bytes}`, '--']
}

function build(
  kind: ContainmentKind,
  t: Tools,
  memoryBytes: number,
  uid: number,
  gid: number,
  hide: readonly HiddenPath[] = []
): Containment['wrap'] {
  const limit = memoryLimit(t, memoryBytes)
  switch (kind) {
    case 'root-namespace':
      return (command, args, env) => ({
        command: t.unshare,
        args: [
          ...NAMESPACE,
          '--',
          ...covering(t, hide, [t.setpriv, ...NO_PRIVILEGES, '--', ...limit, command, ...args])
        ],
        env
      })
    case 'user-namespace':
      return (command, args, env) => ({
        command: t.unshare,
        args: [
          '--user',
          '--map-current-user',
          // Covering mounts from a shell: the namespace's capabilities must survive its exec (setpriv drops them after).
          ...(hide.length > 0 ? ['--keep-caps'] : []),
          ...NAMESPACE,
          '--',
          ...covering(t, hide, [t.setpriv, ...NO_PRIVILEGES, '--', ...limit, command, ...args])
        ],
        env
      })
    case 'sudo-namespace':
      // sudo replaces the environment (and PATH with its secure_path), so `env -i` sets the
      // server's own again after the switch back to our uid: the values are on a command line
      // for the instant before `env` runs the server.
      return (command, args, env) => ({
        command: t.sudo as string,
        args: [
          '-n',
          '--',
          t.unshare,
          ...NAMESPACE,
          '--',
          ...covering(t, hide, [
            t.setpriv,
            `--reuid=${uid}`,
            `--regid=${gid}`,
            '--init-groups',
            ...NO_PRIVILEGES,
            '--',
            t.env,
            '-i',
            ...Object.entries(env)
              .filter(([name]) => name !== '' && !name.includes('='))
              .map(([name, value]) => `${name}=${value}`),
            ...(limit.length > 0 ? limit : [t.env]),
            command,
            ...args
          ])
        ],
        env: {}
      })
    default:
      return (command, args, env) => ({ command, args: [...args], env })
  }
}

/** Starts `true` through a mechanism: whether it works here. */
function works(wrap: Containment['wrap'], t: Tools): boolean {
  const launch = wrap(which('true') ?? '/bin/true', [], { PATH: process.env.PATH ?? '/usr/bin:/bin' })
  const result = spawnSync(launch.command, launch.args, {
    env: launch.env,
    stdio: 'ignore',
    timeout: 5000
  })
  void t
  return result.status === 0
}

const cache = new Map<string, Containment>()

/**
 * The best containment this machine allows, found by starting a process through each mechanism
 * in turn (once per process and set of options).
 */
export function detectContainment(options: ContainmentOptions = {}): Containment {
  const memoryBytes = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT_BYTES
  const key = JSON.stringify(options)
  const known = cache.get(key)
  if (known) return known
  const result = detect(options, memoryBytes)
  cache.set(key, result)
  return result
}

function detect(options: ContainmentOptions, memoryBytes: number): Containment {
  const none: Containment = {
    kind: 'none',
    isolated: false,
    summary:
      'Dry-run servers ran without isolation (no PID namespace could be made here): they could read this ' +
      "job's environment through /proc and leave processes behind. Run the dry run in a job without secrets.",
    wrap: build('none', {} as Tools, 0, 0, 0)
  }
  if (process.platform !== 'linux') return none
  const t = tools()
  if (!t) return none
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const uid = options.uid ?? process.getuid?.() ?? 0
  const gid = options.gid ?? process.getgid?.() ?? 0
  const order: ContainmentKind[] = options.prefer ?? ['root-namespace', 'user-namespace', 'sudo-namespace']
  const hide = options.hide ?? []
  const covers = hide.length > 0 && canCover(t)
  // The first mechanism that works and also covers the job's files (`hide`); failing that, the first that works.
  let uncovered: Containment | undefined
  for (const kind of order) {
    if (kind === 'none') break
    if (kind === 'root-namespace' && !isRoot) continue
    if (kind === 'sudo-namespace' && !t.sudo) continue
    const bare = build(kind, t, memoryBytes, uid, gid)
    if (!works(bare, t)) continue
    const covered = covers ? build(kind, t, memoryBytes, uid, gid, hide) : undefined
    if (covered && works(covered, t)) return isolated(kind, t, memoryBytes, covered, [])
    uncovered ??= isolated(kind, t, memoryBytes, bare, hide)
    if (!covers) break
  }
  return uncovered ?? none
}

/** An isolating mechanism; `notHidden`: what it could not cover, which its summary names. */
function isolated(
  kind: ContainmentKind,
  t: Tools,
  memoryBytes: number,
  wrap: Containment['wrap'],
  notHidden: readonly HiddenPath[]
): Containment {
  const limited = memoryBytes > 0 && t.prlimit !== undefined
  return {
    kind,
    isolated: true,
    ...(limited ? { memoryLimitBytes: memoryBytes } : {}),
    summary:
      `Dry-run servers ran isolated (${DESCRIPTION[kind]}): they could not see this job's processes or ` +
      `their environment, and none of their processes outlived them` +
      (limited
        ? `; each process could allocate at most ${formatGiB(memoryBytes)}.`
        : '; no memory cap (prlimit missing).') +
      (notHidden.length > 0
        ? ` These could not be hidden from them here: ${notHidden.map((h) => h.what).join('; ')}.`
        : ''),
    wrap
  }
}

const DESCRIPTION: Record<ContainmentKind, string> = {
  'root-namespace': 'own PID namespace, no capabilities',
  'user-namespace': 'own user and PID namespace, no capabilities',
  'sudo-namespace': 'own PID namespace through sudo, back to the job user, no capabilities',
  none: 'none'
}

function formatGiB(bytes: number): string {
  const gib = bytes / 1024 ** 3
  return gib >= 1 ? `${Number(gib.toFixed(1))} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`
}

/**
 * Whether `command` names an executable file as spawn would find it (a path is taken relative to
 * `cwd`; a bare name is looked up on `pathVariable`). A command that is not there is started
 * without containment, so that it fails exactly as before (ENOENT, EACCES) with nothing run.
 */
export function isExecutable(command: string, pathVariable: string | undefined, cwd: string): boolean {
  const executable = (file: string): boolean => {
    try {
      accessSync(file, constants.X_OK)
      return statSync(file).isFile()
    } catch {
      return false
    }
  }
  if (command.includes('/')) return executable(path.resolve(cwd, command))
  return (pathVariable ?? '')
    .split(path.delimiter)
    .some((dir) => dir !== '' && executable(path.resolve(cwd, dir, command)))
}
