import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import schema from '../../schemas/claude-code.schema.json' with { type: 'json' }
import type { Transport } from '../types.js'
import { registerSchemas } from '../schema/validate.js'
import type { FileContext, HostAdapter } from './types.js'
import { asString, isBareServerMap, normaliseServerMap } from './util.js'

const TRANSPORTS: Record<string, Transport> = {
  stdio: 'stdio',
  http: 'http',
  'streamable-http': 'http',
  sse: 'sse',
  ws: 'ws'
}

/** A plugin's `.mcp.json` sits beside `.claude-plugin/plugin.json`, and may be a bare server map. */
function isPluginRoot(context: FileContext): boolean {
  const dir = context.path.includes('/') ? context.path.slice(0, context.path.lastIndexOf('/') + 1) : ''
  return context.exists(`${dir}.claude-plugin/plugin.json`)
}

/** Whether the document is a bare map of servers (the form official plugins commit). */
const isBareMap = isBareServerMap

/** The bare-map form validates each member as a server. */
const bareMapSchema = {
  $id: schema.$id.replace('.schema.json', '-bare-map.schema.json'),
  type: 'object',
  additionalProperties: { $ref: `${schema.$id}#/definitions/server` }
}
registerSchemas(schema)

/**
 * Claude Code: `.mcp.json` at the project root (and in plugins). A server without `type` is started
 * as stdio, so a typeless `url` is a broken stdio entry, not a remote one.
 */
export const claudeCode: HostAdapter = {
  id: 'claude-code',
  name: 'Claude Code',
  patterns: ['**/.mcp.json'],
  syntax: 'json',
  placeholders: ['dollar-brace'],
  schemaFor(value, context) {
    // A bare map outside a plugin is reported once by check(); its servers are still validated.
    void context
    return isBareMap(value) ? bareMapSchema : schema
  },
  check(doc: ParsedDocument, context: FileContext): Finding[] {
    if (isBareMap(doc.value) && !isPluginRoot(context)) {
      return [
        {
          ruleId: 'schema-required',
          severity: 'error',
          message:
            'this .mcp.json is a bare map of servers without the "mcpServers" wrapper; Claude Code accepts that form only in a plugin (beside .claude-plugin/plugin.json), so here it loads no server: wrap the servers in { "mcpServers": { ... } }',
          range: doc.locate([])
        }
      ]
    }
    return []
  },
  normalise(value, context) {
    const mapPath = isBareMap(value) ? [] : ['mcpServers']
    return normaliseServerMap(value, mapPath, { host: 'claude-code', file: context.path }, (entry) => {
      const declaredType = asString(entry.type)
      return { transport: declaredType === undefined ? 'stdio' : (TRANSPORTS[declaredType] ?? 'unknown'), declaredType }
    })
  }
}
