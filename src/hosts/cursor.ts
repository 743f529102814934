import schema from '../../schemas/cursor.schema.json' with { type: 'json' }
import type { Transport } from '../types.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

const TRANSPORTS: Record<string, Transport> = { stdio: 'stdio', sse: 'sse', http: 'http', 'streamable-http': 'http' }

/**
 * Cursor (IDE and cursor-agent CLI): `.cursor/mcp.json`, strict JSON. A declared `type` wins;
 * otherwise `command` means stdio and a `url` means Streamable HTTP (with an SSE fallback).
 */
export const cursor: HostAdapter = {
  id: 'cursor',
  name: 'Cursor',
  patterns: ['**/.cursor/mcp.json'],
  syntax: 'json',
  placeholders: ['env-colon', 'editor-variable'],
  schemaFor: () => schema,
  check: (doc) => checkServersKey(doc, 'Cursor', '.cursor/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'cursor', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      if (entry.type !== undefined)
        return {
          transport: declaredType === undefined ? 'unknown' : (TRANSPORTS[declaredType] ?? 'unknown'),
          declaredType
        }
      if ('command' in entry) return { transport: 'stdio' }
      return { transport: 'url' in entry ? 'http' : 'unknown' }
    })
  }
}
