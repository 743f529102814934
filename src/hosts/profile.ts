import type { PlaceholderSyntax } from '../placeholders.js'
import type { PointerPath, Transport } from '../types.js'

/**
 * A host profile: every fact about how one host reads its config file, as plain data on its adapter
 * (the way ESLint's language objects carry their facts). Rules, the dry run and docs/hosts.md read
 * these facts; none of them asks which host a file belongs to. Every fact is required, so TypeScript
 * and the completeness test in __tests__/hosts/profile.test.ts catch a host that lacks one; `null`
 * says "this host has no such thing" explicitly.
 */
export interface HostProfile {
  /**
   * What the file is: a client's server config, the client's settings (which define no server of
   * their own), or a server's own manifest describing how clients run it (MCP Registry, MCP bundle).
   */
  role: 'client' | 'settings' | 'manifest'
  /**
   * Where the host reads such a file: in the project, or only from each user's own settings folder,
   * in which case a committed copy is an example that every user adapts (Claude Desktop).
   */
  readFrom: 'project' | 'user-folder'
  /** The file holds nothing but MCP servers (so an empty one is pointless), rather than servers among other settings. */
  mcpOnly: boolean
  /** The folder a file belongs to, relative to the working directory ('' for the working directory itself). */
  projectRoot: (file: string) => string
  /** A file the host's pattern matches but that the host never reads, and why; null for a file it reads. */
  notRead: { because: string; readFrom: string } | null
  /** Where the host reads this format outside any repository: each user's own files, on each system (`mcpcop doctor`). */
  userFiles: readonly UserFile[]
  servers: ServerFacts | null
  transports: TransportFacts
  launch: LaunchFacts
  placeholders: PlaceholderFacts
  approvals: ApprovalFacts
}

/** A system `mcpcop doctor` knows the user-level files of, by Node's name for it. */
export type UserPlatform = 'linux' | 'darwin' | 'win32'

/**
 * One file in a user's own folders where the host reads its config. Its place on each system is a
 * list of path templates tried in order, the first that applies being the file: `~` is the home
 * folder (`%USERPROFILE%` on Windows), `${NAME}` an environment variable (a template naming an unset
 * one does not apply, which is how a variable moves a file: `${CODEX_HOME}/config.toml` before
 * `~/.codex/config.toml`), and `*` in a segment any one name (VS Code profiles).
 */
export interface UserFile {
  paths: Readonly<Partial<Record<UserPlatform, readonly string[]>>>
  /** What the host reads from it: its user-wide config, one set by an administrator, or an older place it still reads. */
  scope: 'user' | 'managed' | 'legacy'
  /** What a user should know about the file (shown by doctor and in docs/hosts.md), or null. */
  note: string | null
  /** Where the location is documented (a doc page, a source file with its commit). */
  source: string
  /** Systems where the location is not confirmed by the host's own docs or source, and why. */
  unconfirmed: Readonly<Partial<Record<UserPlatform, string>>>
}

/** Where the servers are. `null` for files that hold no named servers (settings, manifests). */
export interface ServerFacts {
  /** The pointer of the server map (or list) the host reads. */
  at: PointerPath
  /** A map from server name to entry, or a list of entries that carry their `name` (Continue). */
  shape: 'map' | 'list'
  /** Keys beside the server map that are this host's own settings, never another host's server map (Gemini's `mcp` policy). */
  ownKeys: readonly string[]
  /** Server names the host keeps for its built-in servers and skips. */
  reservedNames: readonly string[]
  /** The names the host starts a server under (any other is loaded but never started), and the source; null for any name. */
  validName: { pattern: RegExp; written: string; source: string } | null
  /** Where the file declares the inputs that `${input:id}` prompts for (VS Code), or null. */
  inputs: PointerPath | null
}

/** What a `type` value, or an entry without one, means to the host. */
export interface Meaning {
  /** The transport the host uses; `unknown` when it cannot load the entry. */
  transport: Transport
  /** For Streamable HTTP: the host retries over the older SSE transport when that fails. */
  sseFallback: boolean
}

export const STDIO: Meaning = { transport: 'stdio', sseFallback: false }
export const HTTP: Meaning = { transport: 'http', sseFallback: false }
/** Streamable HTTP first, then SSE when that fails. */
export const HTTP_THEN_SSE: Meaning = { transport: 'http', sseFallback: true }
export const SSE: Meaning = { transport: 'sse', sseFallback: false }
export const WS: Meaning = { transport: 'ws', sseFallback: false }
/** The host cannot load the entry. */
export const UNLOADABLE: Meaning = { transport: 'unknown', sseFallback: false }

/** The transports of a file that defines no server (a settings or permissions file). */
export const NO_TRANSPORTS: TransportFacts = {
  types: null,
  untyped: { command: UNLOADABLE, url: {} },
  commandAndUrl: null,
  stdioOnly: null
}

/**
 * What a `url` without `type` is to a host that takes every typeless entry for a stdio process: one it
 * cannot start, with `fails` saying so in its own words.
 */
export function urlAsStdio(fails: string): UntypedUrl {
  return { ...STDIO, fails, sseEndpoint: null }
}

/** How the host tells transports apart. */
export interface TransportFacts {
  /**
   * The `type` values the host accepts with what each means, what it does with any other (`otherwise`), and
   * what an entry with a url means when the host still loads it with another type (a command then starts a
   * process), or null when it does not; null when the host reads no `type`.
   */
  types: { values: Readonly<Record<string, Meaning>>; otherwise: string; others: Meaning | null } | null
  /** What an entry without a `type` is. */
  untyped: {
    /** An entry with a `command`. */
    command: Meaning
    /**
     * An entry with a url and no command, by the key that holds the url, in the order the host looks
     * for them (`url`; Windsurf's `serverUrl`; Gemini's `httpUrl` and `tcp`). Its keys are all the
     * keys this host reads an endpoint from.
     */
    url: Readonly<Record<string, UntypedUrl>>
  }
  /** What the host does with one entry that has both a command and a url: its refusal, or null when it uses one of them. */
  commandAndUrl: string | null
  /** For a host that starts only local processes: what it does with a remote entry, and where remote servers go instead. */
  stdioOnly: { does: string; instead: string } | null
}

export interface UntypedUrl extends Meaning {
  /** Why the host cannot use a typeless url (fixed by adding a `type`), or null when it can. */
  fails: string | null
  /** What the host does with a typeless url that ends in /sse and the fix, or null when that is fine. */
  sseEndpoint: { does: string; fix: string } | null
}

/** Values the host knows itself and substitutes or sets, besides environment variables. */
export type HostValue =
  /** the project folder of the file (see `projectRoot`) */
  | 'project'
  /** the project folder's name */
  | 'project-name'
  /** the folder holding the config file */
  | 'file-folder'
  /** the folder the host was started in: the repository being checked */
  | 'working-directory'
  | 'home'
  | 'path-separator'
  /** a value only the running host knows (its data folder, a user's answers) */
  | 'host-only'

/** How the host starts a local server. */
export interface LaunchFacts {
  /** Whether the host starts a stdio server in the entry's `cwd`, and the source that says so. */
  cwd: { honoured: boolean | 'unconfirmed'; source: string }
  /**
   * Where a server starts when no `cwd` applies: the project folder, or the host's own folder,
   * which has nothing to do with the repository (Claude Desktop), or inside the project's dev
   * container, where its command must exist in the image and not on the machine that runs mcpcop.
   */
  startsIn: 'project' | 'host-folder' | 'container'
  /** Variables the host adds to a stdio server's environment. */
  environment: Readonly<Record<string, HostValue>>
  /** `command` names the program (arguments in `args`), or is a list of the program and its arguments (opencode). */
  command: 'program' | 'argv'
  /**
   * Keys of an entry holding a command line the host runs itself, besides the server (Claude Code's
   * `headersHelper`, which prints the headers of a remote server): code a committed config runs as well.
   */
  helpers: readonly string[]
  /**
   * `env` names the host does not pass to a stdio server (upper case; it compares names in upper case), what it
   * does instead, and the source; null when it passes every entry.
   */
  droppedEnv: { names: readonly string[]; does: string; source: string } | null
}

/** Which placeholders the host expands in an entry's strings. */
export interface PlaceholderFacts {
  syntaxes: readonly PlaceholderSyntax[]
  /** `${name}` variables the host fills itself, with what each holds. */
  variables: Readonly<Record<string, HostValue>>
  /** Prefixes of variables the host fills from its own settings (`${user_config.KEY}`), unknown before it runs. */
  variablePrefixes: readonly string[]
  /** The host knows every editor variable (VS Code), not only those in `variables`. */
  allEditorVariables: boolean
  /** Fields that name environment variables instead of using placeholders (Codex's `env_vars`). */
  variableFields: readonly { key: string; holds: 'name' | 'names' | 'values' }[]
  /**
   * For a host that expands no placeholders: how a value reaches a local (`stdio`) and a remote
   * server instead, with `{name}` for the variable; null where the generic advice fits.
   */
  withoutExpansion: { stdio: string; remote: string } | null
  /**
   * Variables the host sets for other files of its own only (Claude Code's plugin variables, set for a
   * plugin's servers, not a project's), who gets them, and what to write instead; null for none.
   */
  setElsewhere: { names: readonly string[]; for: string; instead: string } | null
  /**
   * The keys of an entry whose strings the host expands (Factory's droid: `env` and `headers` values only, so a
   * `${VAR}` in `args` reaches the server as written); null where it expands every string of the entry.
   */
  expandedIn: readonly string[] | null
  /**
   * Keys of an entry the host expands its own way instead of with `syntaxes` (the Amazon Q CLI passes
   * `command` through a shell-style expansion), with the syntaxes it takes there and whether a leading `~`
   * there is the home folder; such a key counts as expanded whatever `expandedIn` says. Empty for none.
   */
  fieldSyntaxes: Readonly<Record<string, FieldSyntaxes>>
  /**
   * Variables the host expands to an empty text on purpose in some keys of an entry (Claude Code keeps its
   * own credentials, proxies and package tokens from remote servers), matched without regard to case (the
   * upper-cased name), by name, by prefix or by pattern, even when set and even with a `:-default`; null
   * where it blanks none. A pattern is anything with a `test` (a regular expression, or a cheap test before a
   * costly one).
   */
  blanked: {
    names: readonly string[]
    prefixes: readonly string[]
    patterns: readonly Pick<RegExp, 'test'>[]
    fields: readonly string[]
    source: string
  } | null
}

/** How the host expands one key of an entry that it does not expand with the profile's `syntaxes`. */
export interface FieldSyntaxes {
  syntaxes: readonly PlaceholderSyntax[]
  /** A `~` that starts the value (alone or before `/`) is the user's home folder. */
  homeTilde: boolean
}

/** Where the file approves tools or servers in advance, so they run without asking. */
export interface ApprovalFacts {
  /** A per-server list of tools run without asking, where `"*"` means all of them. */
  toolList: string | null
  /** A per-server setting that approves every tool: its key and value, what the host then does, and the fix; `{server}` names the server. */
  serverSwitch: { key: string; value: unknown; effect: string; fix: string } | null
  /** A file-level list of grants, and how to read one (the server it covers, or undefined when it covers single tools). */
  fileGrants: {
    at: PointerPath
    verb: string
    serverOf(grant: string): string | undefined
    example(server: string): string
    /**
     * The project file whose servers the grants name (relative to the project folder), the user's own file
     * that may define them instead, and the server any grant names (one tool or all, no pattern), or
     * undefined; null where mcpcop does not compare grants with a file. A grant naming no server of that
     * file may name one of each user's own, so only a near miss of a defined name is taken for a typo.
     */
    namesServersOf: { file: string; userFile: string; serverNamed(grant: string): string | undefined } | null
    /**
     * Lists of the same file that the host consults before the grants, each read with `serverOf`: an entry
     * covering every tool of a server (or of all servers) holds a grant of that server back, as a denial
     * (deny) or a question asked every time (Claude Code's ask); empty where the host has none or mcpcop
     * does not read them.
     */
    heldBackBy: readonly PointerPath[]
  } | null
  /** Settings that approve the servers of another file by name (Claude Code's settings and `.mcp.json`). */
  projectServers: {
    /** That file, relative to the project folder. */
    file: string
    /** The key that approves all of them at once. */
    all: string
    approve: string
    reject: string
    /** The key that looks like a server map here but is not read. */
    ignoredServerMap: string
  } | null
  /**
   * Settings of this file that turn the host's approval prompts off for the whole agent: every tool,
   * MCP tools included, runs without asking. Only settings the host honours from a project file are
   * listed (Claude Code's `defaultMode: "bypassPermissions"` and Gemini CLI's `"yolo"` are ignored there).
   */
  agentSwitches: readonly AgentSwitch[]
}

/** One setting that turns every approval prompt of the host off (see `ApprovalFacts.agentSwitches`). */
export interface AgentSwitch {
  /** Where the setting is. */
  at: PointerPath
  /**
   * `at` holds a list of rules read in order, the first that applies deciding (Amp's permission entries): the
   * switch is the first item that turns approvals off, unless an item before it holds back every later one
   * (`holdsBack`: a rule that asks or rejects); null for a single setting. The rule walks the list once, so a
   * list of any length costs linear time.
   */
  list: { holdsBack(item: unknown): boolean } | null
  /**
   * Whether the value found there (for a list, one item) turns approvals off, read as the host reads it (its
   * case, its spaces), given the whole file (a switch that needs a second setting of the same file, as Codex's
   * does).
   */
  turnsOff(value: unknown, file: unknown): boolean
  /** What the host then does, after its name: "runs every tool and command without asking". */
  effect: string
  /** When the host honours the setting in a project file ("once the folder is trusted"), or null for always. */
  honouredWhen: string | null
  /** How to approve what the team has checked instead, with the host's own keys. */
  fix: string
  /** Where the facts come from (a source file with its commit, a bundle with its version). */
  source: string
}

/**
 * The folder a config file belongs to: the directory above the first dot-folder of its path
 * (`a/.vscode/mcp.json` belongs to `a`, `.kiro/settings/mcp.json` to ``), else the file's folder.
 */
export function aboveDotFolder(file: string): string {
  const dirs = file.split('/').slice(0, -1)
  const dot = dirs.findIndex((d) => d.startsWith('.') && d !== '.' && d !== '..')
  return (dot === -1 ? dirs : dirs.slice(0, dot)).join('/')
}

/**
 * What a declared `type` means to the host (for a `type` it does not know but still loads, what it means beside
 * a url), or undefined when the host reads no `type`.
 */
export function typeMeaning(profile: HostProfile, type: string): Meaning | undefined {
  const types = profile.transports.types
  if (!types) return undefined
  return Object.hasOwn(types.values, type) ? types.values[type] : (types.others ?? UNLOADABLE)
}

/**
 * The host's own spelling of a transport: its first `type` value with that meaning. Where no value
 * means SSE, a Streamable HTTP value that falls back to SSE stands for it (opencode's `remote`).
 */
export function spelling(profile: HostProfile, meaning: Transport): string | undefined {
  const values = Object.entries(profile.transports.types?.values ?? {})
  const exact = values.find(([, m]) => m.transport === meaning)
  if (exact) return exact[0]
  if (meaning === 'sse') return values.find(([, m]) => m.transport === 'http' && m.sseFallback)?.[0]
  return undefined
}

/** A user file at the same place on every system (`~` being `%USERPROFILE%` on Windows). */
export function onEverySystem(paths: readonly string[]): UserFile['paths'] {
  return { linux: paths, darwin: paths, win32: paths }
}

/**
 * The placeholder facts of a host that expands `syntaxes` and nothing else: no variables of its own,
 * no fields naming variables, and the generic advice where it expands none.
 */
export function expandsOnly(syntaxes: readonly PlaceholderSyntax[]): PlaceholderFacts {
  return {
    syntaxes,
    variables: {},
    variablePrefixes: [],
    allEditorVariables: false,
    variableFields: [],
    withoutExpansion: null,
    setElsewhere: null,
    expandedIn: null,
    fieldSyntaxes: {},
    blanked: null
  }
}

/** How most hosts start a local server: `command` is the program, run in the project folder, with no variables of the host's. */
export function startsInProject(cwd: LaunchFacts['cwd']): LaunchFacts {
  return { cwd, startsIn: 'project', environment: {}, command: 'program', helpers: [], droppedEnv: null }
}

/** For a file that approves nothing in advance. */
export const NO_APPROVALS: ApprovalFacts = {
  toolList: null,
  serverSwitch: null,
  fileGrants: null,
  projectServers: null,
  agentSwitches: []
}

/** The usual way to reach a remote server from a host that starts only local processes. */
export const BRIDGE_REMOTE = 'bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'

/** Every fact of a profile, by name: a fact missing here fails to compile, a fact missing on a host fails missingFacts(). */
const FACTS: { readonly [K in keyof HostProfile]-?: readonly (keyof NonNullable<HostProfile[K]>)[] } = {
  role: [],
  readFrom: [],
  mcpOnly: [],
  projectRoot: [],
  notRead: ['because', 'readFrom'],
  userFiles: [],
  servers: ['at', 'shape', 'ownKeys', 'reservedNames', 'validName', 'inputs'],
  transports: ['types', 'untyped', 'commandAndUrl', 'stdioOnly'],
  launch: ['cwd', 'startsIn', 'environment', 'command', 'helpers', 'droppedEnv'],
  placeholders: [
    'syntaxes',
    'variables',
    'variablePrefixes',
    'allEditorVariables',
    'variableFields',
    'withoutExpansion',
    'setElsewhere',
    'expandedIn',
    'fieldSyntaxes',
    'blanked'
  ],
  approvals: ['toolList', 'serverSwitch', 'fileGrants', 'projectServers', 'agentSwitches']
}

/**
 * The facts a profile lacks (`undefined` where a value or an explicit `null` belongs), as dotted
 * names. TypeScript catches these in typed code; this catches profiles built by spreading or casting.
 */
export function missingFacts(profile: HostProfile): string[] {
  const missing: string[] = []
  for (const [fact, parts] of Object.entries(FACTS) as [keyof HostProfile, readonly string[]][]) {
    const value = profile[fact] as unknown
    if (value === undefined) missing.push(fact)
    else if (value !== null && typeof value === 'object')
      for (const part of parts)
        if ((value as Record<string, unknown>)[part] === undefined) missing.push(`${fact}.${part}`)
  }
  const types = profile.transports?.types
  if (types)
    for (const part of ['values', 'otherwise', 'others'] as const)
      if (types[part] === undefined) missing.push(`transports.types.${part}`)
  const untyped = profile.transports?.untyped
  if (untyped) {
    if (untyped.command === undefined) missing.push('transports.untyped.command')
    if (untyped.url === undefined) missing.push('transports.untyped.url')
    for (const [key, meaning] of Object.entries(untyped.url ?? {}))
      for (const part of ['transport', 'sseFallback', 'fails', 'sseEndpoint'] as const)
        if (meaning[part] === undefined) missing.push(`transports.untyped.url.${key}.${part}`)
  }
  return missing
}

/** The first of the host's own `${name}` variables that holds one of these values, as written (`${workspaceFolder}`). */
export function variableFor(profile: HostProfile, ...values: HostValue[]): string | undefined {
  for (const value of values) {
    const name = Object.entries(profile.placeholders.variables).find(([, held]) => held === value)?.[0]
    if (name !== undefined) return `\${${name}}`
  }
  return undefined
}

/** How the host expands the entry's key `field` its own way (see `fieldSyntaxes`); undefined for the usual way. */
export function fieldSyntaxesOf(
  placeholders: Pick<PlaceholderFacts, 'fieldSyntaxes'>,
  field: string
): FieldSyntaxes | undefined {
  return Object.hasOwn(placeholders.fieldSyntaxes, field) ? placeholders.fieldSyntaxes[field] : undefined
}

/** A `~` that starts a value, alone or before `/`: the home folder in a key whose `homeTilde` says so. */
export const LEADING_HOME_TILDE = /^~(?:\/|$)/

/** Whether the host expands placeholders in the entry's key `field` at all (see `expandedIn`, `fieldSyntaxes`). */
export function expandsKey(
  placeholders: Pick<PlaceholderFacts, 'expandedIn' | 'fieldSyntaxes'>,
  field: string
): boolean {
  if (fieldSyntaxesOf(placeholders, field) !== undefined) return true
  return placeholders.expandedIn === null || placeholders.expandedIn.includes(field)
}

/** The placeholder syntaxes the host expands in the entry's key `field` (whether it expands that key aside). */
export function syntaxesIn(
  placeholders: Pick<PlaceholderFacts, 'syntaxes' | 'fieldSyntaxes'>,
  field: string
): readonly PlaceholderSyntax[] {
  return fieldSyntaxesOf(placeholders, field)?.syntaxes ?? placeholders.syntaxes
}

/** Whether the host expands `${name}` to an empty text in the entry's key `field` (see `blanked`). */
export function blankedIn(placeholders: Pick<PlaceholderFacts, 'blanked'>, name: string, field: string): boolean {
  const blanked = placeholders.blanked
  if (!blanked?.fields.includes(field)) return false
  const upper = name.toUpperCase()
  return (
    blanked.names.includes(upper) ||
    blanked.prefixes.some((prefix) => upper.startsWith(prefix)) ||
    blanked.patterns.some((pattern) => pattern.test(upper))
  )
}
