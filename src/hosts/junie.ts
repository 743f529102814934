import schema from '../../schemas/junie.schema.json' with { type: 'json' }
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * JetBrains Junie: `.junie/mcp/mcp.json`, strict JSON. JetBrains documents only stdio servers for
 * Junie, so every entry is a program to start and a remote entry has no transport Junie is known to use.
 */
export const junie: HostAdapter = {
  id: 'junie',
  name: 'Junie',
  patterns: ['**/.junie/mcp/mcp.json'],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => schema,
  check: (doc) => checkServersKey(doc, 'Junie', '.junie/mcp/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'junie', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry
      return { transport: startable ? 'stdio' : 'unknown', declaredType }
    })
  }
}
