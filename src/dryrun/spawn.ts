import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { isExecutable, type Containment } from './contain.js'
import { ProcessTree, listProcesses, unwatch, watch } from './proctree.js'
import { TailBuffer } from './tail.js'

/** The programs containment starts a server through, which hold its pipes but are not the server. */
const LAUNCHERS = new Set(['unshare', 'sudo', 'setpriv', 'prlimit', 'env'])

/** How to start one stdio server. */
export interface SpawnOptions {
  command: string
  args: readonly string[]
  env: Record<string, string>
  cwd: string
  /** Bytes of stderr kept (the tail). Default 64 KiB. */
  stderrLimit?: number
  /** Time between SIGTERM and SIGKILL when stopping. Default 2000 ms. */
  graceMs?: number
  /** Start the server inside this containment (see contain.ts); default none. */
  containment?: Containment
}

/** How a process ended. */
export interface ExitInfo {
  code: number | null
  signal: NodeJS.Signals | null
}

const running = new Set<ServerProcess>()

/**
 * A server process we own: started in its own process group (its own session on Unix) with stdin,
 * stdout and stderr as pipes, never a terminal, so nothing waits for a person to type. `stop()`
 * ends it and every process it started.
 */
export class ServerProcess {
  readonly child: ChildProcess
  /** Resolves once the process runs; rejects with the spawn error (ENOENT, EACCES, ...). */
  readonly spawned: Promise<void>
  /** Resolves when the process itself has exited (its children may live on until `stop()`). */
  readonly exited: Promise<ExitInfo>
  /** How the process ended, once it has. */
  exit?: ExitInfo
  /** The end of stderr. */
  readonly stderr: TailBuffer
  private tree?: ProcessTree
  private stopping?: Promise<void>
  private readonly graceMs: number
  /** Started inside a PID namespace: its first process ignores SIGTERM, and killing it ends them all. */
  private readonly contained: boolean

  constructor(options: SpawnOptions) {
    this.graceMs = options.graceMs ?? 2000
    this.stderr = new TailBuffer(options.stderrLimit ?? 64 * 1024)
    // A command that is not there is started bare, so it fails as it always did, with nothing run.
    const launch =
      options.containment && isExecutable(options.command, options.env.PATH, options.cwd)
        ? options.containment.wrap(options.command, options.args, options.env)
        : { command: options.command, args: [...options.args], env: options.env }
    this.contained = launch.command !== options.command
    this.child = spawn(launch.command, launch.args, {
      cwd: options.cwd,
      env: launch.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // A new session and process group on Unix: we can signal the whole group, and the server
      // has no controlling terminal to prompt on.
      detached: true,
      shell: false,
      windowsHide: true
    })
    running.add(this)
    this.spawned = new Promise((resolve, reject) => {
      this.child.once('spawn', () => {
        if (this.child.pid !== undefined) {
          this.tree = new ProcessTree(this.child.pid)
          this.tree.refresh()
          watch(this.tree)
        }
        resolve()
      })
      this.child.once('error', (error) => {
        running.delete(this)
        reject(error)
      })
    })
    this.spawned.catch(() => {})
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal }
        resolve(this.exit)
      })
      this.child.once('error', () => {
        if (this.child.pid === undefined) resolve({ code: null, signal: null })
      })
    })
    this.child.stderr?.on('data', (chunk: Buffer) => this.stderr.push(chunk))
    // A server that closes stdin early must not crash us with EPIPE.
    this.child.stdin?.on('error', () => {})
    this.child.stdout?.on('error', () => {})
    this.child.stderr?.on('error', () => {})
  }

  /** The process id, once spawned. */
  get pid(): number | undefined {
    return this.child.pid
  }

  /**
   * Whether a contained server has let go of its stdout while it runs. In a PID namespace the
   * launcher (`unshare`, `sudo`) keeps its own copy of the pipe, so the server's close never reaches
   * us as an end of file: this looks in /proc for a process of the server, other than the launchers,
   * that still holds the pipe. False when that cannot be told (not contained, not Linux, the server
   * not started yet, its /proc entries unreadable).
   */
  stdoutAbandoned(): boolean {
    if (!this.contained || process.platform !== 'linux' || !this.tree || this.exit !== undefined) return false
    // Our end and the server's are two ends of a socket pair (libuv's stdio), with different
    // inodes: the server's end is what the launcher we started holds as its stdout.
    let pipe: string
    try {
      pipe = readlinkSync(`/proc/${this.child.pid}/fd/1`)
    } catch {
      return false // a launcher of another user (sudo): cannot tell
    }
    let examined = 0
    for (const pid of this.tree.alive()) {
      let name: string
      let fds: string[]
      try {
        name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
        if (LAUNCHERS.has(name)) continue
        fds = readdirSync(`/proc/${pid}/fd`)
      } catch {
        return false // unreadable or gone: cannot tell
      }
      examined++
      for (const entry of fds) {
        try {
          if (readlinkSync(`/proc/${pid}/fd/${entry}`) === pipe) return false
        } catch {
          // closed while we looked
        }
      }
    }
    return examined > 0
  }

  /** The processes this server started, as far as we have seen them. */
  get processTree(): ProcessTree | undefined {
    return this.tree
  }

  /**
   * Ends the server and everything it started: closes stdin, sends SIGTERM to the process group
   * and to every descendant we saw (some move to their own session), waits up to the grace
   * period, then sends SIGKILL to whatever is left and waits until it is gone. Idempotent.
   */
  stop(): Promise<void> {
    this.stopping ??= this.terminate()
    return this.stopping
  }

  private async terminate(): Promise<void> {
    try {
      await this.spawned
    } catch {
      return // never started
    }
    const tree = this.tree
    try {
      this.child.stdin?.end()
    } catch {
      // already closed
    }
    if (process.platform === 'win32' || !tree) {
      if (this.child.pid !== undefined && this.exit === undefined)
        spawnSync('taskkill', ['/pid', String(this.child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
      await this.exited
    } else if (this.contained) {
      // The server is PID 1 of its namespace (which ignores SIGTERM) and the launcher ignores it
      // too: a dry run needs no graceful exit, and SIGKILL to the namespace's first process ends
      // every process inside it at once.
      signalTree(tree, 'SIGKILL')
      await waitUntilGone(tree, this, 5000)
      unwatch(tree)
    } else {
      signalTree(tree, 'SIGTERM')
      if (!(await waitUntilGone(tree, this, this.graceMs))) {
        signalTree(tree, 'SIGKILL')
        await waitUntilGone(tree, this, 5000)
      }
      unwatch(tree)
    }
    this.child.stdout?.destroy()
    this.child.stderr?.destroy()
    running.delete(this)
  }
}

function signalTree(tree: ProcessTree, signal: NodeJS.Signals): void {
  const processes = listProcesses()
  const alive = tree.alive(processes)
  if (tree.groupIsOurs(processes)) trySignal(-tree.root, signal)
  for (const pid of alive) trySignal(pid, signal)
}

function trySignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone, or not ours to signal
  }
}

async function waitUntilGone(tree: ProcessTree, server: ServerProcess, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs
  for (;;) {
    if (server.exit !== undefined && tree.alive().length === 0) return true
    if (Date.now() >= deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/**
 * Kills every server process still running, at once and synchronously: for the moment our own
 * process is about to end (an exit or a signal), when there is no time to be polite.
 */
export function killAllNow(): void {
  for (const server of running) {
    const tree = server.processTree
    if (process.platform === 'win32') {
      if (server.pid !== undefined)
        spawnSync('taskkill', ['/pid', String(server.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true })
    } else if (tree) {
      signalTree(tree, 'SIGKILL')
    }
  }
  running.clear()
}

/** How many server processes are running now (for tests and the overall budget). */
export function runningCount(): number {
  return running.size
}
