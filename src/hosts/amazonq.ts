import schema from '../../schemas/amazonq.schema.json' with { type: 'json' }
import { registerSchemas } from '../schema/validate.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, hasText, normaliseMcpServers } from './mcp-servers-json.js'

registerSchemas(schema)

/** Agent files validate their `mcpServers` with the same server definition as `.amazonq/mcp.json`. */
const agentSchema = {
  $id: schema.$id.replace('.schema.json', '-agent.schema.json'),
  $ref: `${schema.$id}#/definitions/agent`
}

/** Agent files (`.amazonq/default.json`, `.amazonq/cli-agents/*.json`), as opposed to the legacy `mcp.json`. */
const AGENT_FILE = /(^|\/)\.amazonq\/(default\.json|cli-agents\/[^/]+\.json)$/

/** The file's name as messages show it: from `.amazonq/` on, or the base name. */
function displayName(path: string): string {
  const at = path.lastIndexOf('.amazonq/')
  return at >= 0 ? path.slice(at) : path.slice(path.lastIndexOf('/') + 1)
}

/**
 * Amazon Q Developer (IDE and CLI): `.amazonq/mcp.json`, and `mcpServers` in the agent files
 * `.amazonq/default.json` and `.amazonq/cli-agents/*.json`. Strict JSON read by serde, so unknown
 * keys are ignored and missing strings default to "": the IDE writes `"url": ""` beside a command
 * and `"command": ""` in disabled stubs, and both load.
 */
export const amazonQ: HostAdapter = {
  id: 'amazonq',
  name: 'Amazon Q',
  patterns: ['**/.amazonq/mcp.json', '**/.amazonq/default.json', '**/.amazonq/cli-agents/*.json'],
  syntax: 'json',
  placeholders: ['env-colon'],
  schemaFor: (_value, context) => (AGENT_FILE.test(context.path) ? agentSchema : schema),
  check: (doc, context) => checkServersKey(doc, 'Amazon Q', displayName(context.path)),
  normalise(value, context) {
    return normaliseMcpServers(value, 'amazonq', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      if (entry.type !== undefined)
        return {
          transport: declaredType === 'stdio' ? 'stdio' : declaredType === 'http' ? 'http' : 'unknown',
          declaredType
        }
      // Without a type a command wins; a lone url is a remote server.
      if (hasText(entry, 'command') || !hasText(entry, 'url')) return { transport: 'stdio' }
      return { transport: 'http' }
    })
  }
}
