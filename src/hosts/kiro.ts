import schema from '../../schemas/kiro.schema.json' with { type: 'json' }
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * Kiro (IDE and CLI, the renamed Amazon Q Developer CLI): `.kiro/settings/mcp.json`, strict JSON.
 * Kiro reads no `type`: `command` means a local stdio server and `url` a remote (HTTP) one.
 */
export const kiro: HostAdapter = {
  id: 'kiro',
  name: 'Kiro',
  patterns: ['**/.kiro/settings/mcp.json'],
  syntax: 'json',
  placeholders: ['dollar-brace'],
  schemaFor: () => schema,
  check: (doc) => checkServersKey(doc, 'Kiro', '.kiro/settings/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'kiro', context.path, (entry) => ({
      transport: 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown',
      declaredType: declaredTypeOf(entry)
    }))
  }
}
