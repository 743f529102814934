import { entryOf, hasCommand, knownType, urlKeyOf } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A remote server (a `url`, or a remote `type`) in a host that only starts local processes (Claude
 * Desktop, Junie: their profiles' `stdioOnly`). Reported where the schema reports the same problem
 * (the remote `type`, or the server's key for a url without a command), in place of that schema
 * error. Disabled entries are skipped.
 */
export const stdioOnlyHost: Rule = {
  id: 'stdio-only-host',
  defaultSeverity: 'error',
  description: 'A remote (url) server in a host that only starts stdio servers (Claude Desktop, Junie).',
  supersedes: ['schema-required', 'schema-enum', 'schema-unknown-key@server'],
  messages: {
    remoteType: 'server "{{server}}" has the remote type "{{type}}", but {{host}} starts only local (stdio) servers',
    remoteUrl: 'server "{{server}}" is remote ("{{key}}", no "command"), but {{host}} starts only local (stdio) servers'
  },
  checkFile({ doc, host, profile, servers }) {
    const facts = profile.transports.stdioOnly
    if (!facts) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || server.disabled) continue
      const type = typeof entry.type === 'string' ? entry.type : undefined
      const meaning = type === undefined ? undefined : knownType(type)?.meaning
      const remoteType = meaning !== undefined && meaning !== 'stdio'
      const urlKey = urlKeyOf(entry)
      if (remoteType) {
        const at = [...server.pointer, 'type']
        const fix = hasCommand(entry) ? 'remove "type" to start its "command"' : facts.instead
        reports.push({
          messageId: 'remoteType',
          data: { server: server.name, type: type ?? '', host: host.name },
          help: `${facts.does}; ${fix}.`,
          at,
          server: server.name
        })
      } else if (urlKey && !hasCommand(entry)) {
        reports.push({
          messageId: 'remoteUrl',
          data: { server: server.name, key: urlKey, host: host.name },
          help: `${facts.does}; ${facts.instead}.`,
          at: server.pointer,
          key: true,
          server: server.name
        })
      }
    }
    return reports
  }
}
