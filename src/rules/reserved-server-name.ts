import type { Rule, RuleReport } from './types.js'

/**
 * A server named like one of Claude Code's built-in servers (`workspace`, `claude-in-chrome`,
 * `computer-use`, `Claude Preview`, `Claude Browser`): Claude Code skips it, so it never starts. Plugin
 * servers are namespaced and unaffected; no other host documents reserved names.
 */
export const reservedServerName: Rule = {
  id: 'reserved-server-name',
  defaultSeverity: 'error',
  description: 'A server name the host reserves and skips.',
  messages: {
    reserved: 'server "{{server}}" has a name {{host}} reserves for a built-in server, so it never starts'
  },
  checkFile({ host, profile, servers }) {
    // The names are the profile's; a plugin's servers are renamed `plugin:<plugin>:<name>` and reserve none.
    const reserved = profile.servers?.reservedNames ?? []
    // Most hosts reserve no name: no list of the servers to filter.
    if (reserved.length === 0) return []
    return servers
      .filter((server) => reserved.includes(server.name))
      .map((server): RuleReport => ({
        messageId: 'reserved',
        data: { server: server.name, host: host.name },
        help: `${host.name} skips an entry with the name of one of its built-in servers, without an error; rename it, e.g. "${server.name.toLowerCase().replace(/\s+/g, '-')}-mcp".`,
        at: server.pointer,
        key: true,
        server: server.name
      }))
  }
}
