import { realpathSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JsonObject, ServerResult, Surface } from '../types.js'
import { canonicalJson, sha256, sortedKeys } from './canonical.js'

/**
 * The tool lock: what each server offered when someone reviewed it, committed as
 * `mcp-servers.lock.json` like a package lock. Per config file and server name: the server's name
 * and version, its protocol version, and each tool, prompt, resource and resource template as its
 * canonical definition with the SHA-256 of that definition's canonical JSON.
 */

/** The format written; a larger one in a file was written by a newer mcpcop. */
export const LOCKFILE_VERSION = 1

export type ItemKind = 'tools' | 'prompts' | 'resources' | 'resourceTemplates'
export const ITEM_KINDS: readonly ItemKind[] = ['tools', 'prompts', 'resources', 'resourceTemplates']
export const ITEM_NOUN: Record<ItemKind, string> = {
  tools: 'tool',
  prompts: 'prompt',
  resources: 'resource',
  resourceTemplates: 'resource template'
}

/** One locked tool, prompt, resource or template. */
export interface LockedItem {
  /** SHA-256 of `canonicalJson(definition)`. */
  sha256: string
  /** What the server listed, with machine-specific paths made neutral, keys sorted. */
  definition: JsonObject
}

/** One locked server. Items are keyed by name (tools, prompts), URI (resources) or URI template. */
export interface LockedServer {
  serverInfo?: { name: string; version: string }
  protocolVersion?: string
  tools: Record<string, LockedItem>
  prompts: Record<string, LockedItem>
  resources: Record<string, LockedItem>
  resourceTemplates: Record<string, LockedItem>
}

/** The whole lock: servers by config file (relative to the repository root, with `/`), then by name. */
export interface Lock {
  lockfileVersion: number
  servers: Record<string, Record<string, LockedServer>>
}

/**
 * Makes what a server lists the same on every machine: the repository's absolute path becomes
 * `<repository>` and the home directory `~`, in every string (a filesystem server names the folders it
 * may use; a resource's URI holds its path). The longer paths are replaced first.
 */
export function machineNeutral(cwd: string, home: string = os.homedir()): (text: string) => string {
  const replacements: [string, string][] = []
  for (const dir of new Set([cwd, realpath(cwd)])) if (dir.length > 1) replacements.push([dir, '<repository>'])
  for (const dir of new Set([home, realpath(home)])) if (dir.length > 1) replacements.push([dir, '~'])
  replacements.sort((a, b) => b[0].length - a[0].length)
  return (text) => {
    let out = text
    for (const [from, to] of replacements) if (out.includes(from)) out = out.split(from).join(to)
    return out
  }
}

/** The lock entry of a server that answered every list; undefined for one that did not. */
export function lockedServer(result: ServerResult, neutral: (text: string) => string): LockedServer | undefined {
  if (!result.surface) return undefined
  const entry: LockedServer = { tools: {}, prompts: {}, resources: {}, resourceTemplates: {} }
  if (result.serverInfo) entry.serverInfo = { name: result.serverInfo.name, version: result.serverInfo.version }
  if (result.protocolVersion) entry.protocolVersion = result.protocolVersion
  for (const kind of ITEM_KINDS) entry[kind] = lockedItems(result.surface, kind, neutral)
  return entry
}

/** A locked item from its definition. */
export function lockedItem(definition: unknown): LockedItem {
  const canonical = sortedKeys(definition) as JsonObject
  return { sha256: sha256(canonicalJson(canonical)), definition: canonical }
}

/** The key an item is locked under: its name, or its URI for resources and templates. */
export function itemKey(kind: ItemKind, item: JsonObject): string {
  const key = kind === 'resources' ? item.uri : kind === 'resourceTemplates' ? item.uriTemplate : item.name
  return typeof key === 'string' ? key : String(item.name)
}

/** The name an item is shown by (resources and templates are keyed by URI, but named for people). */
export function itemName(kind: ItemKind, key: string, item: LockedItem | undefined): string {
  const name = item?.definition.name
  if (kind === 'tools' || kind === 'prompts' || typeof name !== 'string' || name === key) return key
  return `${name} (${key})`
}

function lockedItems(surface: Surface, kind: ItemKind, neutral: (text: string) => string): Record<string, LockedItem> {
  const out: Record<string, LockedItem> = {}
  for (const listed of surface[kind] as JsonObject[]) {
    const item = neutralStrings(listed, neutral) as JsonObject
    let key = itemKey(kind, item)
    // Two items under one key (a server's bug): keep both, the second as "name (2)".
    for (let n = 2; Object.hasOwn(out, key); n++) key = `${itemKey(kind, item)} (${n})`
    Object.defineProperty(out, key, {
      value: lockedItem(item),
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return out
}

/** A JSON value with `neutral` applied to every string in it (keys included). */
function neutralStrings(value: unknown, neutral: (text: string) => string): unknown {
  if (typeof value === 'string') return neutral(value)
  if (Array.isArray(value)) return value.map((item) => neutralStrings(item, neutral))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value))
      Object.defineProperty(out, neutral(key), {
        value: neutralStrings(child, neutral),
        enumerable: true,
        writable: true,
        configurable: true
      })
    return out
  }
  return value
}

/** The lock as written: canonical key order, two-space indentation, a final newline. */
export function serializeLock(lock: Lock): string {
  return `${JSON.stringify(sortedKeys(lock), null, 2)}\n`
}

/** How many items a locked server holds, as "12 tools, 1 prompt". */
export function describeCounts(entry: LockedServer): string {
  const parts = ITEM_KINDS.map((kind) => [kind, Object.keys(entry[kind]).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${ITEM_NOUN[kind]}${n === 1 ? '' : 's'}`)
  return parts.length > 0 ? parts.join(', ') : 'nothing'
}

function realpath(dir: string): string {
  try {
    return realpathSync(dir)
  } catch {
    return path.resolve(dir)
  }
}
