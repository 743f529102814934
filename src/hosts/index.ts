import picomatch from 'picomatch'
import type { HostId, Transport } from '../types.js'
import { LINE_BREAK } from '../text.js'
import { claudeCode } from './claude-code.js'
import { claudeSettings } from './claude-settings.js'
import { claudeUser } from './claude-user.js'
import { claudePlugin } from './claude-plugin.js'
import { claudeMarketplace } from './claude-marketplace.js'
import { claudeDesktop } from './claude-desktop.js'
import { cursor } from './cursor.js'
import { cursorCli } from './cursor-cli.js'
import { vscode } from './vscode.js'
import { vscodeSettings } from './vscode-settings.js'
import { gemini } from './gemini.js'
import { geminiExtension } from './gemini-extension.js'
import { codex } from './codex.js'
import { zed } from './zed.js'
import { opencode } from './opencode.js'
import { roo } from './roo.js'
import { kiro } from './kiro.js'
import { amazonQ } from './amazonq.js'
import { junie } from './junie.js'
import { continueDev } from './continue.js'
import { copilot } from './copilot.js'
import { copilotAgent } from './copilot-agent.js'
import { windsurf } from './windsurf.js'
import { kilocode } from './kilocode.js'
import { kilo } from './kilo.js'
import { crush } from './crush.js'
import { qwen } from './qwen.js'
import { amp } from './amp.js'
import { factory } from './factory.js'
import { devcontainer } from './devcontainer.js'
import { cline } from './cline.js'
import { goose } from './goose.js'
import { lmstudio } from './lmstudio.js'
import { registry } from './registry.js'
import { mcpb } from './mcpb.js'
import type { HostProfile } from './profile.js'
import type { FileContext, HostAdapter } from './types.js'

/**
 * Every host format we know, in detection order: when two patterns match one path, the first
 * adapter that claims the file wins (specific paths before generic names such as `mcp.json`).
 */
export const HOSTS: readonly HostAdapter[] = [
  claudeCode,
  claudeUser,
  claudeSettings,
  claudePlugin,
  claudeMarketplace,
  claudeDesktop,
  cursor,
  cursorCli,
  vscode,
  vscodeSettings,
  gemini,
  geminiExtension,
  codex,
  zed,
  opencode,
  roo,
  kiro,
  amazonQ,
  junie,
  continueDev,
  copilot,
  copilotAgent,
  windsurf,
  kilocode,
  kilo,
  crush,
  qwen,
  amp,
  factory,
  devcontainer,
  cline,
  goose,
  lmstudio,
  registry,
  mcpb
]

const byId = new Map<HostId, HostAdapter>(HOSTS.map((host) => [host.id, host]))
/** Characters that make a path segment a glob rather than a literal name. */
const GLOB = /[*?[\]{}()!+@]/

/**
 * A matcher for a host's patterns, as picomatch matches them with `dot: true`, that compiles as little as
 * it can: on a plain path, a pattern with no glob (`**\/.cursor/mcp.json`) is a suffix test, and a glob
 * pattern first needs its literal folders (`.amazonq/cli-agents/` of `**\/.amazonq/cli-agents/*.json`) in
 * the path before picomatch, compiled on first need, decides. Most paths of a repository are turned away
 * by string tests alone, and a run compiles only the glob patterns its paths come near.
 */
export function lazyMatcher(patterns: readonly string[]): (path: string, plain?: boolean, name?: string) => boolean {
  // When every pattern ends in a literal file name (such as `.mcp.json`), a path with another name cannot match.
  const names = patterns.map((pattern) => pattern.slice(pattern.lastIndexOf('/') + 1))
  const literalNames = names.every((name) => !GLOB.test(name)) ? new Set(names) : undefined
  const tests = patterns.map(patternTest)
  return (path, plain = isPlainPath(path), name = path.slice(path.lastIndexOf('/') + 1)) =>
    (!literalNames || literalNames.has(name)) && tests.some((test) => test(path, plain))
}

function patternTest(pattern: string): (path: string, plain: boolean) => boolean {
  const anywhere = pattern.startsWith('**/')
  const body = anywhere ? pattern.slice(3) : pattern
  let compiled: ((path: string) => boolean) | undefined
  const decide = (path: string) => (compiled ??= picomatch(pattern, { dot: true }))(path)
  if (!GLOB.test(body)) {
    const suffix = `/${body}`
    return (path, plain) => (plain ? path === body || (anywhere && path.endsWith(suffix)) : decide(path))
  }
  const segments = body.split('/')
  const folders = segments.slice(
    0,
    segments.findIndex((segment) => GLOB.test(segment))
  )
  const prefix = folders.length > 0 ? `${folders.join('/')}/` : ''
  const inner = `/${prefix}`
  return (path, plain) => {
    // A plain path the pattern matches holds its literal folders, at the start or after a slash.
    if (plain && prefix && !path.startsWith(prefix) && !(anywhere && path.includes(inner))) return false
    return decide(path)
  }
}

/** A relative path with no empty, `.` or `..` segment and no backslash: one the string tests read like picomatch. */
function isPlainPath(path: string): boolean {
  return PLAIN_PATH.test(path)
}
const PLAIN_PATH = /^(?!.*(?:^|\/)\.{0,2}(?:\/|$))[^\\]*$/

/**
 * What finds the hosts of a path: each host's matcher, the file names its patterns end in (see `literalNames`),
 * the matchers that may take a file of each name, and what a glob name must end in. `lowerCase` builds it from
 * the patterns in lower case, for paths put in lower case (see `hostsForPath`).
 */
interface HostIndex {
  matchers: readonly HostMatcher[]
  /** The matchers that take any file name, in detection order. */
  anyName: readonly HostMatcher[]
  /**
   * The matchers that may take a file of each name, in detection order: those naming it, and those that
   * take any name. A file of another name meets only the latter (most files of a repository: none match).
   */
  byName: ReadonlyMap<string, readonly HostMatcher[]>
  /**
   * What the name of a file taken by a host with a glob name must end in: the literal end of each such
   * pattern's name (`.json` of `cli-agents/*.json`, `.agent.md` of `*.agent.md`). Undefined when one of those
   * names ends in a glob (then any name may be taken).
   */
  anyNameEnds: readonly string[] | undefined
}

interface HostMatcher {
  host: HostAdapter
  match: (path: string, plain?: boolean, name?: string) => boolean
  names: string[] | undefined
}

function hostIndex(lowerCase: boolean): HostIndex {
  const matchers = HOSTS.map((host) => {
    const patterns = lowerCase ? host.patterns.map((pattern) => pattern.toLowerCase()) : host.patterns
    return { host, match: lazyMatcher(patterns), names: literalNames(patterns) }
  })
  const anyName = matchers.filter(({ names }) => names === undefined)
  const byName = new Map<string, HostMatcher[]>()
  for (const name of new Set(matchers.flatMap(({ names }) => names ?? [])))
    byName.set(
      name,
      matchers.filter(({ names }) => names?.includes(name) ?? true)
    )
  const ends = anyName.flatMap(({ host }) =>
    host.patterns.map((pattern) => {
      const name = pattern.slice(pattern.lastIndexOf('/') + 1)
      let literal = name.length
      while (literal > 0 && !GLOB.test(name[literal - 1])) literal--
      return lowerCase ? name.slice(literal).toLowerCase() : name.slice(literal)
    })
  )
  return { matchers, anyName, byName, anyNameEnds: ends.includes('') ? undefined : [...new Set(ends)] }
}

/** The file name each pattern ends in, or undefined for a host with a glob name (`*.agent.md`): it may take any file. */
function literalNames(patterns: readonly string[]): string[] | undefined {
  const names = patterns.map((pattern) => pattern.slice(pattern.lastIndexOf('/') + 1))
  return names.every((name) => !GLOB.test(name)) ? names : undefined
}

/** The index of the patterns as written, found once at start-up. */
const exact = hostIndex(false)
/** The index of the patterns in lower case, built when first needed. */
let ignoringCase: HostIndex | undefined

/** Line breaks, which no host pattern holds and whose `**` does not cross (see `hostsForPath`). */
const LINE_BREAKS = new RegExp(LINE_BREAK.source, 'g')

/** Whether a host with a glob name may take a file of this name (one without line breaks). */
function anyNameMayTake(index: HostIndex, name: string): boolean {
  if (index.anyName.length === 0) return false
  if (index.anyNameEnds === undefined) return true
  for (const end of index.anyNameEnds) if (name.endsWith(end)) return true
  return false
}

/**
 * Whether some host may take a file of this name (the last segment of its path): false settles it, true
 * leaves it to `hostsForPath`. A set lookup and a few `endsWith`: most files of a repository (sources,
 * `package.json`) are turned away here, before their paths are matched or even made strings of their own.
 * Letter case aside (see `hostsForPath`).
 */
export function mayBeHostFileName(name: string): boolean {
  if (exact.byName.has(name) || LINE_BREAK.test(name) || anyNameMayTake(exact, name)) return true
  // Again regardless of case, without a string of its own: this runs for every file of a repository. A name
  // without capitals is settled (the patterns' names have none).
  if (!CAPITAL.test(name)) return false
  if (LOWER_NAME_LENGTHS.has(name.length) && LOWER_NAMES.has(foldCase(name))) return true
  for (let i = 0; i < LOWER_ENDS.length; i++) if (endsWithIgnoringCase(name, LOWER_ENDS[i])) return true
  return false
}

/** Whether `text` ends with `end` (in lower case), ASCII letters compared regardless of case. */
function endsWithIgnoringCase(text: string, end: string): boolean {
  const offset = text.length - end.length
  if (offset < 0) return false
  for (let i = 0; i < end.length; i++) {
    const code = text.charCodeAt(offset + i)
    if (foldCode(code) !== end.charCodeAt(i)) return false
  }
  return true
}

const lowerCase = (texts: Iterable<string>): string[] => [...texts].map((text) => text.toLowerCase())
/** The file names and glob names' ends of every pattern, in lower case (`mayBeHostFileName`'s second look). */
const LOWER_NAMES = new Set(lowerCase(exact.byName.keys()))
const LOWER_ENDS =
  exact.anyName.length === 0 ? [] : exact.anyNameEnds === undefined ? [''] : lowerCase(exact.anyNameEnds)
const LOWER_NAME_LENGTHS = new Set([...LOWER_NAMES].map((name) => name.length))
/**
 * What a file system that ignores case may take for an ASCII letter of a host's file name: the capitals, the Kelvin
 * sign (macOS folds it to `k`) and the long s (Windows takes it for `s`).
 */
const CAPITAL = /[A-Z\u212A\u017F]/

/** A path or name as the file systems that ignore case compare it with a host's (ASCII, lower-case) patterns. */
function foldCase(text: string): string {
  return text.toLowerCase().replace(LONG_S, 's')
}
const LONG_S = /\u017F/g

/** `foldCase` of one UTF-16 unit. */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32
  return code === 0x212a ? 107 : code === 0x17f ? 115 : code
}
if ([...exact.byName.keys(), ...(exact.anyNameEnds ?? [])].some((name) => CAPITAL.test(name)))
  // `mayBeHostFileName` and `hostsForPath` take a name without capitals for settled.
  throw new Error('a host pattern names a file with capitals')

/**
 * The literal folders a path must hold (in lower case) for a pattern to match it regardless of case, when its
 * name may be any (`.amazonq/cli-agents/` of `**\/.amazonq/cli-agents/*.json`): of every such pattern, and of
 * those with capitals of their own (`.continue/mcpservers/`), which may match a path that has none.
 */
function literalFolders(patterns: readonly string[]): string[] {
  return patterns.map((pattern) => {
    const segments = pattern
      .replace(/^\*\*\//, '')
      .toLowerCase()
      .split('/')
    const glob = segments.findIndex((segment) => GLOB.test(segment))
    const literal = segments.slice(0, glob === -1 ? segments.length - 1 : glob)
    return literal.length > 0 ? `${literal.join('/')}/` : ''
  })
}
/** The folders of the patterns with capitals of their own, in lower case (`.continue/mcpservers/`). */
const CAPITALS_FOLDERS = [
  ...new Set(literalFolders(HOSTS.flatMap((host) => host.patterns).filter((pattern) => /[A-Z]/.test(pattern))))
]
/** Those folders and the glob-named hosts', at the start of a path in lower case or after a slash. */
const LOWER_FOLDERS = new RegExp(
  `(?:^|/)(?:${[
    ...new Set([...literalFolders(exact.anyName.flatMap(({ host }) => host.patterns)), ...CAPITALS_FOLDERS])
  ]
    .map((folder) => folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`
)

/**
 * The adapters whose file patterns match a path relative to a discovery root, in detection order. Where none
 * matches as written, those whose patterns match it regardless of letter case: the file systems of macOS and
 * Windows ignore case by default, so a host there opening `.cursor/mcp.json` reads a committed
 * `.Cursor/MCP.json` (the `file-name-case` rule reports the spelling; the file is checked as the host reads it).
 */
export function hostsForPath(relativePath: string): readonly HostAdapter[] {
  // No host pattern holds a line break, and the patterns' `**` does not cross one: a folder named
  // "a\nb" must still be searched like any other.
  const matchable = relativePath.replace(LINE_BREAKS, '_')
  const hosts = hostsIn(exact, matchable)
  if (hosts !== NO_HOSTS) return hosts
  // Again in lower case, only where it may match: a host's file name in another case (under folders in any
  // case), or the folders of a glob-named host or of a pattern's own capitals. A path without capitals is
  // settled without a string of its own: this runs for every JSON and YAML file of a repository.
  if (!CAPITAL.test(matchable)) {
    // Only a pattern's own capitals may make a difference (`.continue/mcpServers/`).
    for (let i = 0; i < CAPITALS_FOLDERS.length; i++)
      if (matchable.includes(CAPITALS_FOLDERS[i])) return hostsIn((ignoringCase ??= hostIndex(true)), matchable)
    return NO_HOSTS
  }
  const folded = foldCase(matchable)
  if (!LOWER_NAMES.has(folded.slice(folded.lastIndexOf('/') + 1)) && !LOWER_FOLDERS.test(folded)) return NO_HOSTS
  return hostsIn((ignoringCase ??= hostIndex(true)), folded)
}

/**
 * The host's pattern that matches a path only when letter case is ignored (`**\/.cursor/mcp.json` for
 * `.Cursor/MCP.json`); undefined when one of its patterns matches the path as written, or none does at all.
 */
export function patternMatchedIgnoringCase(host: HostAdapter, relativePath: string): string | undefined {
  // Asked of every file checked: most paths have no capitals, and then only a pattern's own capitals may differ.
  if (!CAPITAL.test(relativePath) && !CAPITALS_FOLDERS.some((folder) => relativePath.includes(folder))) return undefined
  const matchable = relativePath.replace(LINE_BREAKS, '_')
  if (hostsIn(exact, matchable).includes(host)) return undefined
  const lower = foldCase(matchable)
  return host.patterns.find((pattern) => lazyMatcher([pattern.toLowerCase()])(lower))
}

function hostsIn(index: HostIndex, matchable: string): readonly HostAdapter[] {
  const name = matchable.slice(matchable.lastIndexOf('/') + 1)
  const named = index.byName.get(name)
  if (named === undefined && !anyNameMayTake(index, name)) return NO_HOSTS
  const candidates = named ?? index.anyName
  const plain = isPlainPath(matchable)
  let hosts: HostAdapter[] | undefined
  for (const { host, match } of candidates) if (match(matchable, plain, name)) (hosts ??= []).push(host)
  if (!hosts) return NO_HOSTS
  // Discovery keeps each file's hosts to the end of the run: one shared list per host, not one per file.
  return (hosts.length === 1 && ALONE.get(hosts[0])) || hosts
}

/** The adapter with this id, if any. */
export function hostById(id: string): HostAdapter | undefined {
  return byId.get(id as HostId)
}

const NO_HOSTS: readonly HostAdapter[] = Object.freeze([])
/** For each host, the list that holds it alone. */
const ALONE = new Map<HostAdapter, readonly HostAdapter[]>(HOSTS.map((host) => [host, Object.freeze([host])]))

/** The profile the host reads one file with (its variant for that file, where it has several). */
export function profileOf(host: HostAdapter, context: FileContext, value?: unknown): HostProfile {
  return host.profileFor?.(context, value) ?? host.profile
}

/**
 * Every profile a host reads files with: its own, and the variant of each kind of file it reads
 * differently (found by asking for one path per file pattern).
 */
export function profilesOf(host: HostAdapter): HostProfile[] {
  const paths = host.patterns.map((p) =>
    p
      .replace(/^\*\*\//, '')
      .replace(/\*\*\//g, '')
      .replace(/\*/g, 'x')
  )
  return [...new Set([host.profile, ...paths.map((path) => profileOf(host, { path, exists: () => false }))])]
}

/** Facts across hosts, for messages that say which host uses what and for shapes copied between hosts. */
function acrossHosts(): {
  urlKeys: string[]
  typeNames: Map<string, { meaning: Transport; owners: string[] }>
  serverMapKeys: Map<string, string[]>
} {
  const urlKeys: string[] = []
  const typeNames = new Map<string, { meaning: Transport; owners: string[] }>()
  const serverMapKeys = new Map<string, string[]>()
  const add = (map: Map<string, string[]>, key: string, owner: string): void => {
    const owners = map.get(key) ?? []
    if (!owners.includes(owner)) map.set(key, [...owners, owner])
  }
  for (const host of HOSTS) {
    for (const profile of profilesOf(host)) {
      for (const key of Object.keys(profile.transports.untyped.url)) if (!urlKeys.includes(key)) urlKeys.push(key)
      for (const [type, meaning] of Object.entries(profile.transports.types?.values ?? {})) {
        const known = typeNames.get(type) ?? { meaning: meaning.transport, owners: [] }
        if (!known.owners.includes(host.name)) known.owners.push(host.name)
        typeNames.set(type, known)
      }
      const key = profile.servers?.at[profile.servers.at.length - 1]
      if (key !== undefined) add(serverMapKeys, String(key), host.name)
    }
  }
  // Clients mcpcop reads no file of, whose spellings turn up in configs copied from them.
  for (const [type, meaning, owner] of [
    ['streamableHttp', 'http', 'Cline'],
    ['streamable_http', 'http', 'Goose']
  ] as const)
    typeNames.set(type, { meaning, owners: [owner] })
  return { urlKeys, typeNames, serverMapKeys }
}

/** Computed on first use: most runs never ask, and evaluating every profile at load costs start-up time. */
let across: ReturnType<typeof acrossHosts> | undefined
let equivalents: ReadonlyMap<string, readonly string[]> | undefined

/** Every key some host reads a remote server's endpoint from (`url`, `httpUrl`, `tcp`, `serverUrl`). */
export function urlKeys(): readonly string[] {
  return (across ??= acrossHosts()).urlKeys
}

/** Every `type` value some client uses, with what it means there and the clients that use it. */
export function typeNames(): ReadonlyMap<string, { meaning: Transport; owners: readonly string[] }> {
  return (across ??= acrossHosts()).typeNames
}

/** Every key a host reads its server map from, with the hosts that do. */
export function serverMapKeys(): ReadonlyMap<string, readonly string[]> {
  return (across ??= acrossHosts()).serverMapKeys
}

/**
 * Keys that mean the same (or the inverse) in another host's file, each with its equivalents in order
 * of preference: suggested for an unknown key even though they are not typos of it. The server map,
 * endpoint and approved-tools keys come from the profiles; the others are named by no profile fact.
 */
export function equivalentKeys(): ReadonlyMap<string, readonly string[]> {
  return (equivalents ??= readEquivalentKeys())
}

function readEquivalentKeys(): Map<string, string[]> {
  const toolLists = [...new Set(HOSTS.flatMap((host) => profilesOf(host).flatMap((p) => p.approvals.toolList ?? [])))]
  const groups: string[][] = [
    [...serverMapKeys().keys()],
    [...urlKeys()],
    toolLists,
    // Switched off by `disabled: true` in most hosts, by `enabled: false` in opencode and Goose.
    ['disabled', 'enabled'],
    // A local server's variables: `env` in most hosts, `environment` in opencode, `envs` in Goose.
    ['env', 'environment', 'envs']
  ]
  const out = new Map<string, string[]>()
  for (const group of groups)
    for (const key of group) out.set(key, [...(out.get(key) ?? []), ...group.filter((other) => other !== key)])
  return out
}

/**
 * The folders hosts read files in (`.cursor`, `.kiro/settings`, `.devcontainer/<name>`), as regular expressions
 * that ignore case: a path that matches one is a place where a link to a folder, or a submodule, puts files a
 * host reads (`.cursor -> config` makes `config/mcp.json` Cursor's). A pattern's `**\/` at its start is left out:
 * a file a `**\/name` pattern takes is found at its real path too.
 */
function hostFolderPattern(): RegExp {
  const anywhere = new Set<string>()
  const atRoot = new Set<string>()
  for (const pattern of HOSTS.flatMap((host) => host.patterns)) {
    const floating = pattern.startsWith('**/')
    const folders = (floating ? pattern.slice(3) : pattern).split('/').slice(0, -1)
    const parts: string[] = []
    for (const folder of folders) {
      const deeper = folder === '**'
      parts.push(deeper ? '.*' : folder === '*' ? '[^/]*' : folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      ;(floating ? anywhere : atRoot).add(parts.join('/'))
      if (deeper) break
    }
  }
  const alternatives = (set: Set<string>): string => [...set].map((part) => `(?:${part})`).join('|')
  return new RegExp(`^(?:.*/)?(?:${alternatives(anywhere)})$|^(?:${alternatives(atRoot)})$`, 'iu')
}
let hostFolders: RegExp | undefined

/** Whether a path relative to a discovery root is a folder some host reads files in (see `hostFolderPattern`). */
export function mayBeHostFolder(relativePath: string): boolean {
  return (hostFolders ??= hostFolderPattern()).test(relativePath)
}

/**
 * The last segments of the host folders that are written out (`.cursor`, `settings`), in lower case: a cheap first
 * look at every path of a repository, before `mayBeHostFolder`. Under `FOLDERS_OF_ANY_NAME` a folder of any name
 * is one.
 */
const HOST_FOLDER_NAMES = new Set(
  HOSTS.flatMap((host) => host.patterns)
    .flatMap((pattern) => pattern.split('/').slice(0, -1))
    .filter((segment) => !GLOB.test(segment))
    .map((segment) => segment.toLowerCase())
)

/** Folders under which a host reads folders of any name (`.devcontainer/*\/`, `.continue/mcpServers/**\/`), as written. */
export const FOLDERS_OF_ANY_NAME: readonly string[] = [
  ...new Set(
    HOSTS.flatMap((host) => host.patterns).flatMap((pattern) => {
      const segments = pattern.replace(/^\*\*\//, '').split('/')
      const glob = segments.findIndex((segment, i) => i < segments.length - 1 && (segment === '*' || segment === '**'))
      return glob > 0 ? [`${segments.slice(0, glob).join('/')}/`] : []
    })
  )
]

/** Whether a file name may name a host folder (the last segment of `mayBeHostFolder`'s paths written out). */
export function mayBeHostFolderName(name: string): boolean {
  return HOST_FOLDER_NAMES.has(name) || (CAPITAL.test(name) && HOST_FOLDER_NAMES.has(foldCase(name)))
}
