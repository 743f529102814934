import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** One live process, as much as we need to follow a server's descendants. */
export interface ProcessInfo {
  pid: number
  ppid: number
  pgid: number
  /** Start time as the OS reports it: with the pid, tells a process from a later one reusing its pid. */
  start: string
}

/**
 * Every live (non-zombie) process: from /proc on Linux, from `ps` on macOS and the BSDs, and none on
 * Windows (where `taskkill /T` walks the tree instead).
 */
export function listProcesses(platform: NodeJS.Platform = process.platform): Map<number, ProcessInfo> {
  if (platform === 'win32') return new Map()
  if (platform === 'linux') {
    try {
      return fromProc()
    } catch {
      // /proc not mounted (some containers): fall back to ps.
    }
  }
  return fromPs()
}

function fromProc(): Map<number, ProcessInfo> {
  const out = new Map<number, ProcessInfo>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // exited while we listed
    }
    const fields = statFields(stat)
    const state = fields[0]
    if (state === 'Z' || state === 'X') continue
    const pid = Number(entry)
    out.set(pid, { pid, ppid: Number(fields[1]), pgid: Number(fields[2]), start: fields[19] })
  }
  return out
}

/**
 * The fields of a `/proc/<pid>/stat` line after the command name, from the state on (the parent is the
 * second): the name is in parentheses and may itself contain spaces and parentheses.
 */
export function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

function fromPs(): Map<number, ProcessInfo> {
  const out = new Map<number, ProcessInfo>()
  let text: string
  try {
    text = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,stat=,lstart='], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000
    })
  } catch {
    return out
  }
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line)
    if (!match || match[4].startsWith('Z')) continue
    const pid = Number(match[1])
    out.set(pid, { pid, ppid: Number(match[2]), pgid: Number(match[3]), start: match[5].trim() })
  }
  return out
}

/**
 * The processes one server started: its root, everything descended from it, and everything in its
 * process group. Refreshed while the server runs, so a grandchild that moved to its own session
 * (and would escape a group kill) is still known when the time comes to kill it.
 */
export class ProcessTree {
  private readonly known = new Map<number, string>()

  constructor(readonly root: number) {}

  /** Adds the current descendants and group members to the known set. */
  refresh(processes: Map<number, ProcessInfo> = listProcesses()): void {
    const rootInfo = processes.get(this.root)
    if (rootInfo && !this.known.has(this.root)) this.known.set(this.root, rootInfo.start)
    const group = this.groupIsOurs(processes)
    let grew = true
    while (grew) {
      grew = false
      for (const info of processes.values()) {
        if (this.known.has(info.pid)) continue
        const child = this.known.has(info.ppid) && processes.get(info.ppid)?.start === this.known.get(info.ppid)
        if (child || (group && info.pgid === this.root)) {
          this.known.set(info.pid, info.start)
          grew = true
        }
      }
    }
  }

  /**
   * Whether the process group numbered like our root is still the one our root created: a pid
   * cannot be reused while its group has members, so only a new process that took the root's pid
   * (a different start time) means the number now belongs to someone else.
   */
  groupIsOurs(processes: Map<number, ProcessInfo> = listProcesses()): boolean {
    const rootInfo = processes.get(this.root)
    const rootStart = this.known.get(this.root)
    return rootInfo === undefined || rootStart === undefined || rootInfo.start === rootStart
  }

  /** Known processes still alive (same pid and start time), plus any live member of the group. */
  alive(processes: Map<number, ProcessInfo> = listProcesses()): number[] {
    this.refresh(processes)
    return [...this.known].filter(([pid, start]) => processes.get(pid)?.start === start).map(([pid]) => pid)
  }
}

const watched = new Set<ProcessTree>()
let timer: NodeJS.Timeout | undefined

/** Follows a tree in the background (one shared poll for all running servers) until `unwatch`. */
export function watch(tree: ProcessTree, intervalMs = 200): void {
  watched.add(tree)
  timer ??= setInterval(() => {
    const processes = listProcesses()
    for (const t of watched) t.refresh(processes)
  }, intervalMs).unref()
}

/** Stops following a tree. */
export function unwatch(tree: ProcessTree): void {
  watched.delete(tree)
  if (watched.size === 0 && timer) {
    clearInterval(timer)
    timer = undefined
  }
}
