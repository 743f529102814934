import type { HostProfile } from '../../hosts/profile.js'
import type { PointerPath, Server } from '../../types.js'
import type { FileRuleContext, MessageData, RuleReport } from '../types.js'
import { isCommandLine, shellScript, splitScript, splitWord, unwrap, type Word } from './shell-words.js'

/**
 * How a stdio server is started, read from the document so findings point at the exact word:
 * the program, its arguments, wrappers such as `cmd /c` and `wsl`, and inline shell scripts.
 * Shared by the "commands and paths" rules.
 */

/** Where a launch keeps the commands it runs, once asked (see `invocations`). */
const INVOCATIONS = Symbol('invocations')

/** A server's program and arguments, where they are written. */
export interface Launch {
  server: Server
  command?: Word
  args: Word[]
  cwd?: Word
  [INVOCATIONS]?: Word[][]
}

const REMOTE = new Set(['http', 'sse', 'ws'])

/** What the launch rules ask of one file's servers: each server's launch, found once per file. */
interface FileLaunches {
  byServer: Map<Server, Launch | undefined>
  /** Every launch, in the order of the servers. */
  all: readonly Launch[]
  /** The same, without the servers that are switched off. */
  enabled: readonly Launch[]
}

/**
 * Each file's launches, read on the first rule's question and kept with the file's strings, which live
 * exactly as long as the file's rules run (so nothing here outlives the file, and the servers need no copies).
 */
function launchesOf({ servers, profile, strings }: LaunchContext): FileLaunches {
  return strings.derive(launchesOf, () => readLaunches(servers, profile))
}

function readLaunches(servers: readonly Server[], profile: HostProfile): FileLaunches {
  const byServer = new Map<Server, Launch | undefined>()
  const all: Launch[] = []
  const enabled: Launch[] = []
  for (const server of servers) {
    const launch = readLaunch(server, profile)
    byServer.set(server, launch)
    if (!launch) continue
    all.push(launch)
    if (!server.disabled) enabled.push(launch)
  }
  return { byServer, all, enabled }
}

/** What the launch functions read of a rule's context. */
export type LaunchContext = Pick<FileRuleContext, 'servers' | 'profile' | 'strings'>

/**
 * The launch of one of the file's servers that starts a process, or undefined for a remote one. Each
 * word points at the string its adapter read it from (`command`, `args[i]`, opencode's `command[i]`,
 * Zed's nested `command.path`); a word the adapter built (a registry package's command line) points at the entry.
 */
export function launchOf(context: LaunchContext, server: Server): Launch | undefined {
  const { byServer } = launchesOf(context)
  return byServer.has(server) ? byServer.get(server) : readLaunch(server, context.profile)
}

function readLaunch(server: Server, profile: HostProfile): Launch | undefined {
  if (server.command === undefined) return undefined
  // A client connects to a remote entry's url and ignores its command; a server's manifest (a registry
  // package) keeps its command, which starts the process that then serves HTTP.
  if (REMOTE.has(server.transport) && profile.role !== 'manifest') return undefined
  const p = server.pointer
  const word = (value: string, at: PointerPath | undefined): Word =>
    at ? { value, at, whole: true } : { value, at: p, key: typeof p[p.length - 1] === 'string', whole: false }
  const launch: Launch = {
    server,
    command: word(server.command, server.fields.command),
    args: (server.args ?? []).map((arg, i) => word(arg, server.fields.args?.[i]))
  }
  if (server.cwd !== undefined) launch.cwd = word(server.cwd, server.fields.cwd)
  return launch
}

/** Every launch in a file, optionally without the servers that are switched off (the same list for every rule: read it only). */
export function launches(context: LaunchContext, options: { includeDisabled: boolean }): readonly Launch[] {
  const found = launchesOf(context)
  return options.includeDisabled ? found.all : found.enabled
}

/**
 * Every command a launch runs, each as its words: the program with its arguments (a whole command
 * line in `command` split into words, wrappers removed), then each simple command of an inline
 * shell script (`sh -c "npx -y pkg && …"`).
 */
export function invocations(launch: Launch): readonly (readonly Word[])[] {
  // Several rules ask about the same launch (a file's launches live as long as the file).
  return (launch[INVOCATIONS] ??= readInvocations(launch))
}

function readInvocations(launch: Launch): Word[][] {
  if (!launch.command) return []
  const head = isCommandLine(launch.command.value) ? splitWord(launch.command) : [launch.command]
  const argv = unwrap([...head, ...launch.args])
  const out = [argv]
  const script = shellScript(argv)
  if (script) {
    for (const words of splitScript(script.value)) {
      out.push(unwrap(words.map((value) => ({ ...script, value, whole: false }))))
    }
  }
  return out
}

/** The report fields for a word: where it is, and the server it belongs to. */
/**
 * A report function for rules that meet the same word more than once (a docker option seen through
 * `sh -c` and directly, a URL in two commands): it reports a word once per distinct `identity`.
 */
export function reporterOnce(
  reports: RuleReport[],
  identity: (word: Word, messageId: string, data: MessageData) => string
): (word: Word, server: Server, messageId: string, data: MessageData, help: string) => void {
  const seen = new Set<string>()
  return (word, server, messageId, data, help) => {
    const key = identity(word, messageId, data)
    if (seen.has(key)) return
    seen.add(key)
    reports.push({ messageId, data, help, ...reportAt(word, server) })
  }
}

export function reportAt(word: Word, server: Server): { at: PointerPath; key?: boolean; server: string } {
  return word.key ? { at: word.at, key: true, server: server.name } : { at: word.at, server: server.name }
}
