import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import schema from '../../schemas/claude-desktop.schema.json' with { type: 'json' }
import type { HostAdapter } from './types.js'
import { isRecord } from './util.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * A server entry outside `mcpServers` (a bare map, or a misplaced closing brace). The file also holds
 * the app's own settings, so its top level is open and the schema cannot see it; none of the app's
 * settings is an object with a `command` or `url`.
 */
function misplacedServers(doc: ParsedDocument): Finding[] {
  if (!isRecord(doc.value)) return []
  return Object.entries(doc.value)
    .filter(
      ([key, entry]) =>
        key !== 'mcpServers' &&
        key !== 'servers' &&
        isRecord(entry) &&
        (typeof entry.command === 'string' || typeof entry.url === 'string')
    )
    .map(([key]) => ({
      ruleId: 'schema-required',
      severity: 'error' as const,
      message: `"${key}" looks like a server but sits outside "mcpServers": Claude Desktop reads servers only from "mcpServers", so it never starts it; move it into { "mcpServers": { ... } }`,
      range: doc.locate([key], true)
    }))
}

/**
 * Claude Desktop: repositories commit example copies of the app's `claude_desktop_config.json`.
 * Strict JSON; every entry is a local stdio process (remote entries are skipped, so they cannot
 * load); values are passed literally, with no placeholder expansion.
 */
export const claudeDesktop: HostAdapter = {
  id: 'claude-desktop',
  name: 'Claude Desktop',
  patterns: ['**/claude_desktop_config.json'],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => schema,
  check: (doc) => [...checkServersKey(doc, 'Claude Desktop', 'claude_desktop_config.json'), ...misplacedServers(doc)],
  normalise(value, context) {
    return normaliseMcpServers(value, 'claude-desktop', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      // Only a program can be started; a remote or unknown type is skipped by the app.
      const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry
      return { transport: startable ? 'stdio' : 'unknown', declaredType }
    })
  }
}
