import { serverMapKeys } from '../hosts/index.js'
import { isRecord } from '../hosts/util.js'
import { andList, quoteList } from './support/message-text.js'
import { withoutVariants } from './support/transport.js'
import { valueAt } from './support/walk.js'
import type { Rule, RuleReport } from './types.js'

/** Whose key a server-map key is: "VS Code's key", "the key of Claude Code and most other hosts". */
function owner(names: readonly string[]): string {
  const hosts = withoutVariants(names)
  if (hosts.length === 1) return `${hosts[0]}'s key`
  return hosts.length > 3 ? `the key of ${hosts[0]} and most other hosts` : `the key of ${andList(hosts)}`
}

/** Keys that only a server entry has. */
const SERVER_KEYS = ['command', 'url', 'serverUrl', 'httpUrl', 'type', 'args']

const isServerLike = (entry: unknown): boolean => isRecord(entry) && SERVER_KEYS.some((key) => key in entry)

/** The names of the servers under a foreign key (a map, or Continue's list), or undefined if it holds none. */
function serverNames(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    if (!value.some(isServerLike)) return value.length === 0 ? [] : undefined
    return value
      .filter(isServerLike)
      .map((item, i) =>
        typeof (item as Record<string, unknown>).name === 'string'
          ? String((item as Record<string, unknown>).name)
          : `#${i + 1}`
      )
  }
  if (!isRecord(value)) return undefined
  const entries = Object.entries(value)
  if (entries.length === 0) return []
  return entries.some(([, entry]) => isServerLike(entry))
    ? entries.filter(([, entry]) => isRecord(entry)).map(([name]) => name)
    : undefined
}

/** `the 1 server under it ("github") is`, `the 4 servers under it ("a", "b", "c", ...) are`. */
function lost(names: string[]): string {
  const shown =
    names.length > 3
      ? `${names
          .slice(0, 3)
          .map((n) => `"${n}"`)
          .join(', ')}, ...`
      : quoteList(names)
  return names.length === 1
    ? `the 1 server under it (${shown}) is`
    : `the ${names.length} servers under it (${shown}) are`
}

/**
 * Servers written under another host's key (`servers` in a Cursor or Claude file, `mcpServers` in
 * `.vscode/mcp.json`, `context_servers` outside Zed, ...): the host reads only its own key and
 * silently starts none of them. An empty map under the wrong key loses nothing and is a warning.
 * Replaces the adapters' own unknown-key finding at the same key.
 */
export const wrongServersKey: Rule = {
  id: 'wrong-servers-key',
  defaultSeverity: 'error',
  description: 'The server map is under the key of another host ("servers" vs "mcpServers").',
  supersedes: ['schema-unknown-key', 'schema-required', 'schema-required@file'],
  messages: {
    wrongKey: '{{host}} starts no server under "{{key}}": it reads servers only from "{{expected}}"',
    emptyMap: '{{host}} ignores the empty "{{key}}" map: it reads servers only from "{{expected}}"'
  },
  checkFile({ doc, host, profile }) {
    if (!profile.servers) return []
    const at = profile.servers.at
    const expected = { container: at.slice(0, -1), key: String(at[at.length - 1]) }
    const container = valueAt(doc.value, expected.container)
    if (!isRecord(container)) return []
    const reports: RuleReport[] = []
    const ownKeys = profile.servers.ownKeys
    // `forEach`: a `for…of` over the map's entries allocates an entry and a result per key, for every file.
    serverMapKeys().forEach((hosts, key) => {
      // The host's own settings beside its map (Gemini's `mcp` policy) are no other host's map.
      if (key === expected.key || !(key in container) || ownKeys.includes(key)) return
      const names = serverNames(container[key])
      if (names === undefined || (key === 'mcp' && names.length === 0)) return
      const at = [...expected.container, key]
      const data = { host: host.name, key, expected: expected.key }
      if (names.length === 0) {
        reports.push({
          messageId: 'emptyMap',
          data,
          help: `"${key}" is ${owner(hosts)}; an empty map there loses nothing but reads as if servers could go in it: rename it to "${expected.key}" or remove it.`,
          at,
          key: true,
          severity: 'warning'
        })
        return
      }
      const fix =
        expected.key in container
          ? `move ${names.length === 1 ? 'it' : 'them'} into "${expected.key}"`
          : `rename the key to "${expected.key}"`
      reports.push({
        messageId: 'wrongKey',
        data,
        help: `"${key}" is ${owner(hosts)}; ${host.name} does not complain about it, so ${lost(names)} silently never started: ${fix}.`,
        at,
        key: true
      })
    })
    return reports
  }
}
