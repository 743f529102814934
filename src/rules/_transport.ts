import { isRecord } from '../hosts/util.js'
import type { ParsedDocument } from '../parse/source.js'
import { maskPlaceholders } from '../placeholders.js'
import type { HostId, PointerPath, Server, Transport } from '../types.js'
import { valueAt } from './walk.js'

/**
 * What the transport rules need to know about each host: the `type` values it accepts (as its
 * schema does) and how it spells each transport, plus the raw entry of a server for the keys the
 * normalised shape does not keep (a nested `transport`, which of `url`/`serverUrl` is written).
 */

/** The raw entry of a server in its document, when it is an object. */
export function entryOf(doc: ParsedDocument, server: Server): Record<string, unknown> | undefined {
  const entry = valueAt(doc.value, server.pointer)
  return isRecord(entry) ? entry : undefined
}

/** The keys hosts use for a remote server's endpoint, in the order hosts prefer them. */
const URL_KEYS = ['url', 'serverUrl', 'httpUrl'] as const

/** The key holding the entry's endpoint as written (`url`, Windsurf's `serverUrl`, Gemini's `httpUrl`). */
export function urlKeyOf(entry: Record<string, unknown>): string | undefined {
  return URL_KEYS.find((key) => typeof entry[key] === 'string')
}

/** Whether the entry has a string `command` (or opencode's command array). */
export function hasCommand(entry: Record<string, unknown>): boolean {
  return typeof entry.command === 'string' || Array.isArray(entry.command) || isRecord(entry.command)
}

/** The `type` values each host accepts, with what they mean there (from each host's schema). */
const CLAUDE_TYPES: Record<string, Transport> = {
  stdio: 'stdio',
  http: 'http',
  'streamable-http': 'http',
  sse: 'sse',
  ws: 'ws'
}
const COPILOT_TYPES: Record<string, Transport> = { local: 'stdio', stdio: 'stdio', http: 'http', sse: 'sse' }
const GEMINI_TYPES: Record<string, Transport> = { stdio: 'stdio', sse: 'sse', http: 'http' }
const VSCODE_TYPES: Record<string, Transport> = { stdio: 'stdio', http: 'http', sse: 'sse' }
const TYPES: Partial<Record<HostId, Record<string, Transport>>> = {
  'claude-code': CLAUDE_TYPES,
  'claude-plugin': CLAUDE_TYPES,
  'claude-desktop': { stdio: 'stdio' },
  junie: { stdio: 'stdio' },
  cursor: { stdio: 'stdio', sse: 'sse', http: 'http', 'streamable-http': 'http' },
  vscode: VSCODE_TYPES,
  'vscode-settings': VSCODE_TYPES,
  gemini: GEMINI_TYPES,
  'gemini-extension': GEMINI_TYPES,
  roo: { stdio: 'stdio', sse: 'sse', 'streamable-http': 'http' },
  amazonq: { stdio: 'stdio', http: 'http' },
  copilot: COPILOT_TYPES,
  'copilot-agent': COPILOT_TYPES,
  opencode: { local: 'stdio', remote: 'http' }
}
/** Continue spells Streamable HTTP `streamable-http` in YAML blocks and `http` in JSON drop-ins. */
const CONTINUE_YAML: Record<string, Transport> = { stdio: 'stdio', sse: 'sse', 'streamable-http': 'http' }
const CONTINUE_JSON: Record<string, Transport> = { stdio: 'stdio', sse: 'sse', http: 'http' }

/** The `type` values a host accepts in this file, or undefined when it reads no `type` (Kiro, Windsurf, Codex, Zed). */
export function typeValues(host: HostId, file: string): Record<string, Transport> | undefined {
  if (host === 'continue') return file.toLowerCase().endsWith('.json') ? CONTINUE_JSON : CONTINUE_YAML
  return TYPES[host]
}

/** The host's own spelling of a transport (its first accepted value with that meaning). */
export function spelling(host: HostId, file: string, meaning: Transport): string | undefined {
  const values = typeValues(host, file)
  if (!values) return undefined
  // opencode's "remote" tries Streamable HTTP and falls back to SSE, so it stands for both.
  if (host === 'opencode' && meaning === 'sse') return 'remote'
  return Object.keys(values).find((value) => values[value] === meaning)
}

/** Transport names that some host uses, with what they mean and who uses them. */
export const KNOWN_TYPES: Record<string, { meaning: Transport; owners: string }> = {
  stdio: { meaning: 'stdio', owners: 'most hosts' },
  local: { meaning: 'stdio', owners: 'opencode and GitHub Copilot' },
  http: { meaning: 'http', owners: 'Claude Code, VS Code, Cursor, Gemini CLI, GitHub Copilot and Amazon Q' },
  'streamable-http': { meaning: 'http', owners: 'Claude Code, Roo Code, Continue (YAML) and the MCP Registry' },
  streamableHttp: { meaning: 'http', owners: 'Cline' },
  streamable_http: { meaning: 'http', owners: 'Goose' },
  remote: { meaning: 'http', owners: 'opencode' },
  sse: { meaning: 'sse', owners: 'most hosts' },
  ws: { meaning: 'ws', owners: 'Claude Code' }
}

/** Human names of transports, for messages. */
export const TRANSPORT_NAMES: Record<Transport, string> = {
  stdio: 'a local (stdio) server',
  http: 'Streamable HTTP',
  sse: 'the legacy SSE transport',
  ws: 'WebSocket',
  unknown: 'an unknown transport'
}

/** Short names of transports: "Amazon Q has no SSE transport". */
export const TRANSPORT_SHORT: Record<Transport, string> = {
  stdio: 'stdio',
  http: 'Streamable HTTP',
  sse: 'SSE',
  ws: 'WebSocket',
  unknown: 'unknown'
}

/** Whether a URL's path ends in `/sse` (placeholders masked, query and fragment ignored). */
export function endsInSse(url: string): boolean {
  const masked = maskPlaceholders(url.trim())
  let path: string
  try {
    path = new URL(masked.startsWith('placeholder') ? `https://${masked}` : masked).pathname
  } catch {
    path = masked.replace(/[?#].*$/, '')
  }
  return /\/sse\/?$/i.test(path)
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or with `or`). */
export function quoteList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const quoted = values.map((v) => `"${v}"`)
  return quoted.length < 2
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`
}

/** The pointer of a key inside a server's entry. */
export function fieldOf(server: Server, key: string): PointerPath {
  return [...server.pointer, key]
}
