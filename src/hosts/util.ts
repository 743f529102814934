import { childPointer, pointerWith } from '../parse/source.js'
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

/** The value at a pointer, or undefined. */
export function valueAt(value: unknown, path: PointerPath): unknown {
  let node = value
  // By index: asked per field of every server, where a `for…of` allocates a result per step until V8 optimises it.
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[String(path[i])]
  }
  return node
}

/** The server map under `key` of the document (or the document itself when `key` is empty). */
export function serverEntries(value: unknown, key: PointerPath): [string, unknown][] {
  const node = valueAt(value, key)
  return isRecord(node) ? Object.entries(node) : []
}

/** The fields every host normalises, and where each was written. */
export type ServerFields = Pick<Server, 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers' | 'fields'>

/**
 * Where an entry writes each field, relative to the entry, where a host spells it differently from
 * Claude's configs; `null` for a field the host does not read there.
 */
export interface FieldKeys {
  command?: PointerPath | null
  args?: PointerPath | null
  env?: PointerPath | null
  cwd?: PointerPath | null
  /** The keys a url may be written under, the first found wins (Windsurf's `serverUrl`, then `url`). */
  url?: readonly PointerPath[]
  headers?: PointerPath | null
}

/** The default spelling of a field, unless the host spells it otherwise (or not at all). */
function keyOf(keys: FieldKeys, field: 'command' | 'args' | 'env' | 'cwd' | 'headers'): PointerPath | null {
  const key = keys[field]
  return key === undefined ? [field] : key
}

/** A string field with its pointer. */
export function stringField(
  entry: Record<string, unknown>,
  base: PointerPath,
  path: PointerPath | null
): { value: string; pointer: PointerPath } | undefined {
  const value = path === null ? undefined : valueAt(entry, path)
  return typeof value === 'string' && path !== null ? { value, pointer: pointerWith(base, ...path) } : undefined
}

/** The strings of a list field, each with its pointer (other items are skipped, so indexes may differ). */
export function stringListField(
  entry: Record<string, unknown>,
  base: PointerPath,
  path: PointerPath | null
): { values: string[]; pointers: PointerPath[] } | undefined {
  const list = path === null ? undefined : valueAt(entry, path)
  if (!Array.isArray(list) || path === null) return undefined
  // Lists of exactly their length: a server keeps them to the end of the run (a pushed-to list has room to grow).
  let strings = 0
  for (let index = 0; index < list.length; index++) if (typeof list[index] === 'string') strings++
  const out = { values: new Array<string>(strings), pointers: new Array<PointerPath>(strings) }
  const at = pointerWith(base, ...path)
  let kept = 0
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index]
    if (typeof item !== 'string') continue
    out.values[kept] = item
    out.pointers[kept++] = childPointer(at, index)
  }
  return out
}

/** A map field of strings (numbers and booleans written as text, as some hosts allow), each with the pointer of its value. */
export function stringMapField(
  entry: Record<string, unknown>,
  base: PointerPath,
  path: PointerPath | null
): { values: Record<string, string>; pointers: Record<string, PointerPath> } | undefined {
  const map = path === null ? undefined : valueAt(entry, path)
  if (!isRecord(map) || path === null) return undefined
  const out = { values: {} as Record<string, string>, pointers: {} as Record<string, PointerPath> }
  const at = pointerWith(base, ...path)
  // By index over the keys: a loop per key of every server's map, where `Object.entries` and a `for…of` make an
  // entry and a result per key.
  const keys = Object.keys(map)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    const v = map[key]
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue
    out.values[key] = String(v)
    out.pointers[key] = childPointer(at, key)
  }
  return out
}

/**
 * The shared field reader: the fields of an entry written at `base` in its document, in the
 * Claude-style spelling many hosts copied (or the host's own `keys`), each with the pointer where it
 * is written, so rules point at the exact value without guessing spellings.
 */
export function commonFields(entry: Record<string, unknown>, base: PointerPath, keys: FieldKeys = {}): ServerFields {
  const out: ServerFields = { fields: {} }
  const command = stringField(entry, base, keyOf(keys, 'command'))
  if (command) {
    out.command = command.value
    out.fields.command = command.pointer
  }
  const args = stringListField(entry, base, keyOf(keys, 'args'))
  if (args) {
    out.args = args.values
    out.fields.args = args.pointers
  }
  const env = stringMapField(entry, base, keyOf(keys, 'env'))
  if (env) {
    out.env = env.values
    out.fields.env = env.pointers
  }
  const cwd = stringField(entry, base, keyOf(keys, 'cwd'))
  if (cwd) {
    out.cwd = cwd.value
    out.fields.cwd = cwd.pointer
  }
  for (const path of keys.url ?? [['url']]) {
    const url = stringField(entry, base, path)
    if (!url) continue
    out.url = url.value
    out.fields.url = url.pointer
    break
  }
  const headers = stringMapField(entry, base, keyOf(keys, 'headers'))
  if (headers) {
    out.headers = headers.values
    out.fields.headers = headers.pointers
  }
  return out
}

/** Maps a declared transport name to ours; unknown names stay `unknown` so rules can explain them. */
export function transportFromType(type: string | undefined, aliases: Record<string, Transport>): Transport | undefined {
  if (type === undefined) return undefined
  return aliases[type] ?? 'unknown'
}

/**
 * Builds the normalised servers of a Claude-style `mcpServers` map with a host's own transport rule
 * (and its own spelling of the fields, where it differs).
 */
export function normaliseServerMap(
  value: unknown,
  mapPath: PointerPath,
  base: Pick<Server, 'host' | 'file'>,
  transportOf: (entry: Record<string, unknown>) => { transport: Transport; declaredType?: string },
  keys: FieldKeys = {}
): Server[] {
  const servers: Server[] = []
  for (const [name, entry] of serverEntries(value, mapPath)) {
    if (!isRecord(entry)) continue
    const { transport, declaredType } = transportOf(entry)
    const pointer = pointerWith(mapPath, name)
    const server: Server = { name, ...base, pointer, transport, ...commonFields(entry, pointer, keys) }
    if (declaredType !== undefined) {
      server.declaredType = declaredType
      server.fields.type = pointerWith(pointer, 'type')
    }
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

/**
 * A `claimsText` test: whether a text names one of `keys`, or holds an escape (`\u`, `\x`) that could spell
 * one where the text does not show it (`"m\u0063p"` is `"mcp"` to a JSON parser).
 */
export function mayHoldKey(...keys: string[]): (text: string) => boolean {
  // Built when first asked: most runs meet no file a host cannot parse.
  let pattern: RegExp | undefined
  return (text) => {
    pattern ??= new RegExp(`${keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|\\\\[ux]`)
    return pattern.test(text)
  }
}
