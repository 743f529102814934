import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import { describePath } from '../describe-path.js'
import { fillMessage } from '../message-template.js'
import type { HostId, PointerPath, Server, Transport } from '../types.js'
import { asString, isRecord, normaliseServerMap, serverEntries } from './util.js'

/**
 * Helpers for the Claude-style `{ "mcpServers": { "<name>": { ... } } }` files that Claude Desktop,
 * Cursor, Roo Code, Kiro, Amazon Q, Junie and Windsurf read. Each host gives the same keys its own
 * meaning, so the transport rule stays in each adapter; what is shared is the file's shape.
 */

/** Where the server map sits in every file of this family. */
export const MCP_SERVERS = ['mcpServers'] as const

/**
 * The messages about a server map under another host's key, one sentence each (worded as the
 * `wrong-servers-key` rule's, which replaces these findings when it runs); why and the fix go to help.
 */
export const FOREIGN_KEY_MESSAGES = {
  wrongKey: '{{host}} starts no server under "{{key}}": it reads servers only from "{{expected}}"',
  emptyMap: '{{host}} ignores the empty "{{key}}" map: it reads servers only from "{{expected}}"'
} as const

/**
 * A server map under `key` where the host reads only `expected`, in `where` (a file, or a setting):
 * an error when it holds servers the host never starts; an empty (or malformed) map loses no server,
 * so it only deserves the usual unknown-key warning.
 */
export function foreignKeyFinding(
  doc: ParsedDocument,
  at: PointerPath,
  names: { host: string; key: string; expected: string; where: string },
  count: number,
  /** Whether the container also has the expected key (then the fix is to move, not rename). */
  both: boolean
): Finding {
  const { host, key, expected, where } = names
  const data = { host, key, expected }
  const messageId = count === 0 ? 'emptyMap' : 'wrongKey'
  const servers = count === 1 ? 'the 1 server under it is' : `the ${count} servers under it are`
  const fix =
    count > 0 && both ? `move ${count === 1 ? 'it' : 'them'} into "${expected}"` : `rename the key to "${expected}"`
  const lost = count === 0 ? '' : `, so ${servers} never started`
  return {
    ruleId: 'schema-unknown-key',
    severity: count === 0 ? 'warning' : 'error',
    message: fillMessage(FOREIGN_KEY_MESSAGES[messageId], data),
    messageId,
    data,
    help: `"${key}" is ${key === 'servers' ? "VS Code's key" : 'the key of Claude Code and most other hosts'}; ${host} reads servers only from "${expected}" in ${where}${lost}: ${fix}.`,
    range: doc.locate([...at, key], true)
  }
}

/**
 * VS Code's `servers` key in a file whose host reads only `mcpServers`: the host loads none of those
 * servers and says nothing, so the mistake (common when a config is copied from VS Code) goes unseen.
 */
export function checkServersKey(doc: ParsedDocument, hostName: string, fileName: string): Finding[] {
  const root = doc.value
  if (!isRecord(root) || !('servers' in root)) return []
  const count = serverEntries(root, ['servers']).length
  const names = { host: hostName, key: 'servers', expected: 'mcpServers', where: fileName }
  return [foreignKeyFinding(doc, [], names, count, 'mcpServers' in root)]
}

/** A host's reading of one entry: the transport it uses and the `type` as written, if any. */
export type TransportRule = (entry: Record<string, unknown>) => { transport: Transport; declaredType?: string }

/** The `type` string as written, or undefined (a non-string `type` is a schema error, not a name). */
export function declaredTypeOf(entry: Record<string, unknown>): string | undefined {
  return asString(entry.type)
}

/** Whether a key holds a string with at least one character (several hosts default missing keys to ""). */
export function hasText(entry: Record<string, unknown>, key: string): boolean {
  return typeof entry[key] === 'string' && entry[key].length > 0
}

/** The servers under `mcpServers`, in the host's own meaning (none when the file has only `servers`). */
export function normaliseMcpServers(value: unknown, host: HostId, file: string, transportOf: TransportRule): Server[] {
  return normaliseServerMap(value, MCP_SERVERS, { host, file }, transportOf)
}

/** Builds a finding about one key of one server, in the shape the schema step gives its own. */
export function serverKeyFinding(
  doc: ParsedDocument,
  name: string,
  key: string,
  ruleId: string,
  message: (where: string) => string
): Finding {
  return {
    ruleId,
    severity: 'error',
    message: message(describePath([...MCP_SERVERS, name, key])),
    range: doc.locate([...MCP_SERVERS, name, key], true),
    server: name
  }
}
