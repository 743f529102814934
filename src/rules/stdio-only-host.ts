import { describePath } from '../schema/validate.js'
import type { HostId } from '../types.js'
import { KNOWN_TYPES, entryOf, hasCommand, urlKeyOf } from './_transport.js'
import type { Rule, RuleReport } from './types.js'

const BRIDGE = 'bridge it with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]'

/** Hosts that start only local processes, what they do with a remote entry, and where remote servers go instead. */
const HOSTS: Partial<Record<HostId, { does: string; fix: string }>> = {
  'claude-desktop': {
    does: 'Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped")',
    fix: `add the remote server under Settings > Connectors instead, or ${BRIDGE}`
  },
  junie: {
    does: 'JetBrains documents only stdio servers for Junie, so it has no way to connect to this one',
    fix: BRIDGE
  }
}

/**
 * A remote server (a `url`, or a remote `type`) in a host that only starts local processes: Claude
 * Desktop and Junie. Reported where the schema reports the same problem (the remote `type`, or the
 * server's key for a url without a command), in place of that schema error. Disabled entries are skipped.
 */
export const stdioOnlyHost: Rule = {
  id: 'stdio-only-host',
  defaultSeverity: 'error',
  description: 'A remote (url) server in a host that only starts stdio servers (Claude Desktop, Junie).',
  supersedes: ['schema-required', 'schema-enum', 'schema-unknown-key@server'],
  checkFile({ doc, host, servers }) {
    const facts = HOSTS[host.id]
    if (!facts) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || server.disabled) continue
      const type = typeof entry.type === 'string' ? entry.type : undefined
      const meaning = type === undefined ? undefined : KNOWN_TYPES[type]?.meaning
      const remoteType = meaning !== undefined && meaning !== 'stdio'
      const urlKey = urlKeyOf(entry)
      if (remoteType) {
        const at = [...server.pointer, 'type']
        const fix = hasCommand(entry) ? 'remove "type" to start its "command"' : facts.fix
        reports.push({
          message: `${describePath(at)} is "${type}", a remote transport, but ${facts.does}; ${fix}`,
          at,
          server: server.name
        })
      } else if (urlKey && !hasCommand(entry)) {
        reports.push({
          message: `${describePath(server.pointer)} is a remote server (it has a "${urlKey}" and no "command"), but ${facts.does}; ${facts.fix}`,
          at: server.pointer,
          key: true,
          server: server.name
        })
      }
    }
    return reports
  }
}
