import type { PointerPath, Server, Transport } from '../types.js'

/** Narrowing helpers for adapters: config values are untrusted and may have any shape. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function asStringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined
}

/** A string map, keeping only string values (and numbers, written as text, as some hosts allow). */
export function asStringMap(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined
  const out: Record<string, string> = {}
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v
    else if (typeof v === 'number' || typeof v === 'boolean') out[key] = String(v)
  }
  return out
}

/** The server map under `key` of the document (or the document itself when `key` is empty). */
export function serverEntries(value: unknown, key: PointerPath): [string, unknown][] {
  let node = value
  for (const segment of key) node = isRecord(node) ? node[String(segment)] : undefined
  return isRecord(node) ? Object.entries(node) : []
}

/** Fields shared by the Claude-style `mcpServers` format that many hosts copied. */
export function commonFields(
  entry: Record<string, unknown>
): Pick<Server, 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers'> {
  const out: Pick<Server, 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers'> = {}
  const command = asString(entry.command)
  if (command !== undefined) out.command = command
  const args = asStringArray(entry.args)
  if (args) out.args = args
  const env = asStringMap(entry.env)
  if (env) out.env = env
  const cwd = asString(entry.cwd)
  if (cwd !== undefined) out.cwd = cwd
  const url = asString(entry.url)
  if (url !== undefined) out.url = url
  const headers = asStringMap(entry.headers)
  if (headers) out.headers = headers
  return out
}

/** Maps a declared transport name to ours; unknown names stay `unknown` so rules can explain them. */
export function transportFromType(type: string | undefined, aliases: Record<string, Transport>): Transport | undefined {
  if (type === undefined) return undefined
  return aliases[type] ?? 'unknown'
}

/** Builds the normalised servers of a Claude-style `mcpServers` map with a host's own transport rule. */
export function normaliseServerMap(
  value: unknown,
  mapPath: PointerPath,
  base: Pick<Server, 'host' | 'file'>,
  transportOf: (entry: Record<string, unknown>) => { transport: Transport; declaredType?: string }
): Server[] {
  const servers: Server[] = []
  for (const [name, entry] of serverEntries(value, mapPath)) {
    if (!isRecord(entry)) continue
    const { transport, declaredType } = transportOf(entry)
    const server: Server = { name, ...base, pointer: [...mapPath, name], transport, ...commonFields(entry) }
    if (declaredType !== undefined) server.declaredType = declaredType
    if (entry.disabled === true || entry.enabled === false) server.disabled = true
    servers.push(server)
  }
  return servers
}

/** Keys that only a server entry has, to tell a bare map of servers from a wrapper such as `servers`. */
const SERVER_KEYS = ['command', 'url', 'type', 'args', 'serverUrl', 'httpUrl', 'transport']

/**
 * Whether a document is a bare map of servers (`{ "github": { "type": "http", ... } }`), the form
 * plugins and some CLIs accept, rather than a wrapper object such as `{ "servers": { ... } }`.
 */
export function isBareServerMap(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || 'mcpServers' in value) return false
  const entries = Object.values(value)
  return entries.length > 0 && entries.every((entry) => isRecord(entry) && SERVER_KEYS.some((key) => key in entry))
}
