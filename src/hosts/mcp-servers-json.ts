import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import { describePath } from '../describe-path.js'
import type { HostId, Server, Transport } from '../types.js'
import { asString, isRecord, normaliseServerMap, serverEntries } from './util.js'

/**
 * Helpers for the Claude-style `{ "mcpServers": { "<name>": { ... } } }` files that Claude Desktop,
 * Cursor, Roo Code, Kiro, Amazon Q, Junie and Windsurf read. Each host gives the same keys its own
 * meaning, so the transport rule stays in each adapter; what is shared is the file's shape.
 */

/** Where the server map sits in every file of this family. */
export const MCP_SERVERS = ['mcpServers'] as const

/**
 * VS Code's `servers` key in a file whose host reads only `mcpServers`: the host loads none of those
 * servers and says nothing, so the mistake (common when a config is copied from VS Code) goes unseen.
 */
export function checkServersKey(doc: ParsedDocument, hostName: string, fileName: string): Finding[] {
  const root = doc.value
  if (!isRecord(root) || !('servers' in root)) return []
  const count = serverEntries(root, ['servers']).length
  const what = count === 1 ? 'the 1 server under it is' : `the ${count} servers under it are`
  const fix = 'mcpServers' in root ? 'move them into "mcpServers"' : 'rename the key to "mcpServers"'
  return [
    {
      ruleId: 'schema-unknown-key',
      severity: 'error',
      message: `${hostName} ignores "servers" in ${fileName}: "servers" is VS Code's key and ${hostName} reads servers only from "mcpServers", so ${what} never started; ${fix}`,
      range: doc.locate(['servers'], true)
    }
  ]
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
