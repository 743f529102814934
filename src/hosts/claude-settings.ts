import schema from '../../schemas/claude-settings.schema.json' with { type: 'json' }
import type { HostAdapter } from './types.js'

/**
 * Claude Code settings files, for their MCP approval keys (`enableAllProjectMcpServers`,
 * `enabledMcpjsonServers`, allow and deny lists). They define no server: those live in `.mcp.json`.
 */
export const claudeSettings: HostAdapter = {
  id: 'claude-settings',
  name: 'Claude Code',
  patterns: ['**/.claude/settings.json', '**/.claude/settings.local.json'],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => schema,
  normalise: () => []
}
