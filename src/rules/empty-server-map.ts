import type { Rule } from './types.js'
import { valueAt } from './support/walk.js'

/**
 * A server map that is present but empty (`"mcpServers": {}`, `[mcp_servers]` alone, `mcpServers: []`):
 * the file defines no server. A file that serves other purposes too (Gemini or Zed settings,
 * opencode.json, Codex config.toml) and has no server key at all has nothing to report; a missing key in
 * an MCP-only file is the schema's concern. A notice: an empty map breaks nothing, and is sometimes a
 * deliberate placeholder.
 */
export const emptyServerMap: Rule = {
  id: 'empty-server-map',
  defaultSeverity: 'notice',
  preset: 'strict',
  description: 'A config file that defines no server.',
  messages: {
    empty: '"{{key}}" is empty, so {{host}} starts no server from this file'
  },
  checkFile({ doc, host, profile }) {
    const at = profile.servers?.at
    if (!at) return []
    const map = valueAt(doc.value, at)
    const empty = Array.isArray(map)
      ? map.length === 0
      : map !== null && typeof map === 'object' && Object.keys(map).length === 0
    if (!empty) return []
    const key = at.map(String).join('.')
    const fix = profile.mcpOnly
      ? 'add a server, or delete the file if the project needs none'
      : `add a server, or remove the empty "${key}"`
    return [
      {
        messageId: 'empty',
        data: { key, host: host.name },
        help: `The file defines no MCP server; ${fix}.`,
        at,
        key: true
      }
    ]
  }
}
