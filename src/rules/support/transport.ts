import { typeNames, urlKeys } from '../../hosts/index.js'
import { isRecord } from '../../hosts/util.js'
import type { ParsedDocument } from '../../parse/source.js'
import { maskPlaceholders } from '../../placeholders.js'
import type { Server, Transport } from '../../types.js'
import { andList } from './message-text.js'
import { valueAt } from './walk.js'

/**
 * What the transport rules share: the raw entry of a server (for keys the normalised shape does not
 * keep, such as a nested `transport`), which of the url keys it writes, and how to name transports and
 * the hosts that use a `type` value in messages. What each host accepts is its profile's.
 */

/** The raw entry of a server in its document, when it is an object. */
export function entryOf(doc: ParsedDocument, server: Server): Record<string, unknown> | undefined {
  const entry = valueAt(doc.value, server.pointer)
  return isRecord(entry) ? entry : undefined
}

/** The key holding the entry's endpoint as written (`url`, Gemini's `httpUrl` or `tcp`, Windsurf's `serverUrl`). */
export function urlKeyOf(entry: Record<string, unknown>, keys: readonly string[] = urlKeys()): string | undefined {
  return keys.find((key) => typeof entry[key] === 'string')
}

/** Whether the entry has a string `command` (or opencode's command array, or Zed's nested one). */
export function hasCommand(entry: Record<string, unknown>): boolean {
  return typeof entry.command === 'string' || Array.isArray(entry.command) || isRecord(entry.command)
}

/** Host names without their variants: "GitHub Copilot custom agent" adds nothing beside "GitHub Copilot". */
export function withoutVariants(hosts: readonly string[]): string[] {
  return hosts.filter((h) => !hosts.some((other) => other !== h && h.startsWith(`${other} `)))
}

/**
 * What a `type` value some host uses means, and the other hosts that use it ("most hosts" when many
 * do); `except` is the host of the file, which may use the value in files of another kind.
 */
export function knownType(type: string, except?: string): { meaning: Transport; owners: string } | undefined {
  const known = typeNames().get(type)
  if (!known) return undefined
  const owners = withoutVariants(known.owners).filter((o) => o !== except)
  const shown = owners.length > 7 ? 'most hosts' : andList(owners)
  return { meaning: known.meaning, owners: shown }
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
    const query = masked.search(/[?#]/)
    path = query === -1 ? masked : masked.slice(0, query)
  }
  return /\/sse\/?$/i.test(path)
}
