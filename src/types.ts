/**
 * Shared data shapes of the engine. These are the contracts that formatters, the CLI, the action and
 * users' scripts depend on (see the JSON report in the README): change them only with a version bump.
 */

import type { HostId } from './hosts/types.js'

export type { HostId }

/** How serious a finding is. Exactly these three strings appear in every output format. */
export type Severity = 'error' | 'warning' | 'notice'

/** A 1-based line and column (columns count UTF-16 code units, as editors and GitHub do). */
export interface Position {
  line: number
  column: number
}

/** A source range; `end` is exclusive, as in SARIF. */
export interface Range {
  start: Position
  end: Position
}

/** One finding, flat as in the JSON report. */
export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  /** Path relative to the working directory, with `/`. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The server the finding is about, when there is one. */
  server?: string
  /** Which of its rule's messages this is (stable: tests and fingerprints use it, not the text). */
  messageId?: string
  /** The values the message names (masked like the message). */
  data?: Record<string, string | number>
  /** Why it matters and how to fix it (masked like the message); the rule's doc has the rest. */
  help?: string
}

/** How a client talks to a server, in the host's own meaning of the entry. */
export type Transport = 'stdio' | 'http' | 'sse' | 'ws' | 'unknown'

/** A JSON Pointer as its decoded segments, e.g. `['mcpServers', 'github', 'command']`. */
export type PointerPath = readonly (string | number)[]

/**
 * Where each of a server's fields is written in its file, as the adapter read it (`command` may be
 * `command[0]` in opencode, `url` may be Windsurf's `serverUrl`). A field the adapter built rather than
 * read (a registry package's command line) has no pointer: findings about it go to the server's key.
 */
export interface FieldPointers {
  /** Where the transport is declared, when the entry names one. */
  type?: PointerPath
  command?: PointerPath
  /** One per item of `args`, in order. */
  args?: PointerPath[]
  /** The pointer of each variable's value, by name. */
  env?: Record<string, PointerPath>
  cwd?: PointerPath
  url?: PointerPath
  /** The pointer of each header's value, by name. */
  headers?: Record<string, PointerPath>
}

/**
 * One configured server, normalised from any host's format into one shape, with the meaning that host
 * gives the entry (a typeless `url` is stdio-and-broken for Claude Code, Streamable HTTP for Gemini).
 */
export interface Server {
  name: string
  host: HostId
  file: string
  /** Where the entry sits in its file; diagnostics about the server point at its key. */
  pointer: PointerPath
  /** Position of the entry's key (set by the engine), where findings about the whole server go. */
  keyRange?: Range
  transport: Transport
  /** The transport as written (`type`, `transport`, ...), when the entry names one. */
  declaredType?: string
  command?: string
  args?: string[]
  env?: Record<string, string>
  /** As written; whether the host starts the server there is its profile's `launch.cwd`. */
  cwd?: string
  url?: string
  headers?: Record<string, string>
  /** The entry is present but switched off (`disabled: true`, `enabled: false`). */
  disabled?: boolean
  /** Where each field above is written. */
  fields: FieldPointers
  /** For an entry of a user's file that applies to one project only (`~/.claude.json`'s local scope): that project's folder, as written. */
  project?: string
  /**
   * For a server of a user's own file (`mcpcop doctor`): the absolute folder its host is started in,
   * which stands for the project folder (its default working directory and `${workspaceFolder}`).
   */
  folder?: string
}

/** Any JSON object, as a server sent it. */
export type JsonObject = { [key: string]: unknown }

/**
 * A tool as the server listed it (`tools/list`, MCP `Tool`): the fields the MCP SDK knows, each as
 * sent. Only `name` and `inputSchema` are required by the protocol.
 */
export interface SurfaceTool extends JsonObject {
  name: string
  title?: string
  description?: string
  inputSchema: JsonObject
  outputSchema?: JsonObject
  annotations?: JsonObject
}

/** A prompt as the server listed it (`prompts/list`, MCP `Prompt`). */
export interface SurfacePrompt extends JsonObject {
  name: string
  title?: string
  description?: string
  arguments?: { name: string; title?: string; description?: string; required?: boolean }[]
}

/** A resource as the server listed it (`resources/list`, MCP `Resource`). */
export interface SurfaceResource extends JsonObject {
  name: string
  uri: string
  title?: string
  description?: string
  mimeType?: string
}

/** A resource template as the server listed it (`resources/templates/list`, MCP `ResourceTemplate`). */
export interface SurfaceResourceTemplate extends JsonObject {
  name: string
  uriTemplate: string
  title?: string
  description?: string
  mimeType?: string
}

/**
 * Everything a server offers to a host and its model, in the order listed. A kind the server does
 * not offer is an empty list. Secrets in any string are masked.
 */
export interface Surface {
  tools: SurfaceTool[]
  prompts: SurfacePrompt[]
  resources: SurfaceResource[]
  resourceTemplates: SurfaceResourceTemplate[]
}

/** The outcome of starting or connecting to one server in a dry run. */
export interface ServerResult {
  name: string
  file: string
  host: HostId
  transport: Transport
  status: 'ok' | 'failed' | 'skipped'
  durationMs: number
  serverInfo?: { name: string; version: string }
  protocolVersion?: string
  tools?: number
  prompts?: number
  resources?: number
  /** What the server offers, when it answered every list (status `ok`). */
  surface?: Surface
  /**
   * Why it failed or was skipped: the kind (one word, docs/dry-run.md), one sentence naming the cause,
   * and why it matters and how to fix it.
   */
  error?: { kind: string; message: string; help?: string }
  stderrTail?: string
}

/** One config file the run looked at. */
export interface FileReport {
  path: string
  host: HostId | null
  servers: string[]
}

/** Everything one run found: the input of every formatter. Version 1 of the JSON report. */
export interface Report {
  version: 1
  files: FileReport[]
  diagnostics: Diagnostic[]
  servers: ServerResult[]
  /**
   * With scope `new` (a pull request compared with its base): the findings that were there before the
   * change. `diagnostics` then holds only those the change introduces.
   */
  preexisting?: Diagnostic[]
}
