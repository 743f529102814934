import { trimEndOf, trimStartOf } from '../text.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A server name the host loads but never starts a server under: Codex accepts
 * `[mcp_servers."my server"]` in its config and lists it, then refuses to start it ("Invalid MCP server
 * name"), since its tools' names are built from the server's. Which names each host takes is its
 * profile's `servers.validName`.
 */
export const invalidServerName: Rule = {
  id: 'invalid-server-name',
  defaultSeverity: 'error',
  description: 'A server name the host loads but never starts a server under.',
  messages: {
    invalid: 'server "{{server}}" has a name {{host}} does not start a server under: only {{allowed}} are allowed'
  },
  checkFile({ host, profile, servers }) {
    const valid = profile.servers?.validName
    if (!valid) return []
    return servers
      .filter((server) => !valid.pattern.test(server.name))
      .map((server): RuleReport => {
        const suggestion = trimStartOf(trimEndOf(server.name.replace(/[^a-zA-Z0-9_-]+/g, '-'), '-'), '-')
        return {
          messageId: 'invalid',
          data: { server: server.name, host: host.name, allowed: valid.written },
          help: `${host.name} loads the entry and lists it, but refuses to start it, so its tools are missing; rename it${suggestion ? `, e.g. "${suggestion}"` : ''}.`,
          at: server.pointer,
          key: true,
          server: server.name
        }
      })
  }
}
