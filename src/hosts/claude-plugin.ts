// Importing claude-code.js also registers the Claude Code schema whose server definition this one refers to.
import { CLAUDE_PLUGIN_SERVERS_PROFILE } from './claude-code.js'
import { typeMeaning, type HostProfile } from './profile.js'
import type { Server, Transport } from '../types.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap } from './util.js'

/** Inline servers mean what they mean in a plugin's `.mcp.json`; the manifest holds the plugin's other fields too. */
const PROFILE: HostProfile = { ...CLAUDE_PLUGIN_SERVERS_PROFILE, mcpOnly: false }

/** Claude Code's transport rule, as for .mcp.json: no `type` means stdio. */
function claudeTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  return {
    transport: declaredType === undefined ? 'stdio' : typeMeaning(PROFILE, declaredType)!.transport,
    declaredType
  }
}

/** The servers held inline in `mcpServers`: the map itself, or each map item of an array. */
function inlineServers(value: unknown, file: string): Server[] {
  const base = { host: 'claude-plugin' as const, file }
  const servers = isRecord(value) ? value.mcpServers : undefined
  if (isRecord(servers)) return normaliseServerMap(value, ['mcpServers'], base, claudeTransport)
  if (!Array.isArray(servers)) return []
  return servers.flatMap((_item: unknown, index) =>
    normaliseServerMap(value, ['mcpServers', index], base, claudeTransport)
  )
}

/**
 * Claude Code plugins: `.claude-plugin/plugin.json`, whose `mcpServers` holds servers inline (the
 * `.mcp.json` server shape) or points at a JSON file or an MCPB bundle. Only inline servers are
 * normalised; the referenced files are checked on their own.
 */
export const claudePlugin: HostAdapter = {
  id: 'claude-plugin',
  name: 'Claude Code',
  patterns: ['**/.claude-plugin/plugin.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-plugin'],
  normalise: (value, context) => inlineServers(value, context.path)
}
