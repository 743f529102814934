import schema from '../../schemas/claude-desktop.schema.json' with { type: 'json' }
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

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
  check: (doc) => checkServersKey(doc, 'Claude Desktop', 'claude_desktop_config.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'claude-desktop', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      // Only a program can be started; a remote or unknown type is skipped by the app.
      const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry
      return { transport: startable ? 'stdio' : 'unknown', declaredType }
    })
  }
}
