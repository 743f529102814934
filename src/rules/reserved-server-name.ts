import type { Rule, RuleReport } from './types.js'

/** Names Claude Code keeps for its own built-in servers and skips in `.mcp.json` (host-formats.md §2.1). */
const CLAUDE_CODE_RESERVED = new Set([
  'workspace',
  'claude-in-chrome',
  'computer-use',
  'Claude Preview',
  'Claude Browser'
])

/** A plugin's `.mcp.json` sits beside `.claude-plugin/plugin.json`; its servers are renamed `plugin:<plugin>:<name>`. */
function inPlugin(path: string, exists: (p: string) => boolean): boolean {
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
  return exists(`${dir}.claude-plugin/plugin.json`)
}

/**
 * A server named like one of Claude Code's built-in servers (`workspace`, `claude-in-chrome`,
 * `computer-use`, `Claude Preview`, `Claude Browser`): Claude Code skips it, so it never starts. Plugin
 * servers are namespaced and unaffected; no other host documents reserved names.
 */
export const reservedServerName: Rule = {
  id: 'reserved-server-name',
  defaultSeverity: 'error',
  description: 'A server name the host reserves and skips.',
  checkFile({ host, path, servers, exists }) {
    if (host.id !== 'claude-code' || inPlugin(path, exists)) return []
    return servers
      .filter((server) => CLAUDE_CODE_RESERVED.has(server.name))
      .map((server): RuleReport => ({
        message: `server "${server.name}" uses a name Claude Code reserves for a built-in server: Claude Code skips this entry, so the server never starts; rename it, e.g. "${server.name.toLowerCase().replace(/\s+/g, '-')}-mcp"`,
        at: server.pointer,
        key: true,
        server: server.name
      }))
  }
}
