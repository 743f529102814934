import { spelling } from '../hosts/profile.js'
import { isRecord } from '../hosts/util.js'
import type { Transport } from '../types.js'
import { quoteList } from './support/message-text.js'
import { entryOf, hasCommand, knownType, urlKeyOf } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

/** What the nested object describes: its `type` if it names one, else what its keys imply. */
function nestedMeaning(nested: Record<string, unknown>): Transport | undefined {
  const type = typeof nested.type === 'string' ? nested.type : undefined
  const known = type === undefined ? undefined : knownType(type)
  if (known) return known.meaning
  if (typeof nested.url === 'string') return 'http'
  if (typeof nested.command === 'string') return 'stdio'
  return undefined
}

/**
 * The `type`/`url`/`command` of a server nested in a `"transport": { ... }` object (a shape from
 * SDK code and the MCP Registry, anthropics/claude-code#6204) that the host does not read (only Cline
 * does), so the entry has no transport of its own. Reported at the server's key, in place of the
 * schema's "missing required" error there.
 */
export const nestedTransport: Rule = {
  id: 'nested-transport',
  defaultSeverity: 'error',
  description: 'The transport is nested in a "transport" object that the host does not read.',
  supersedes: ['schema-required', 'schema-unknown-key@server'],
  messages: {
    nested: 'server "{{server}}" nests its transport in a "transport" object, which {{host}} does not read'
  },
  checkFile({ doc, host, profile, servers }) {
    // A server's own manifest (the MCP Registry's server.json) holds a legitimate `transport` object.
    if (profile.role === 'manifest') return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      const nested = entry?.transport
      if (!entry || !isRecord(nested) || hasCommand(entry) || urlKeyOf(entry)) continue
      // A host that reads the nested object (Cline, whose command line writes it) took its fields from there.
      const read = server.fields.type ?? server.fields.command ?? server.fields.url
      if (read?.[server.pointer.length] === 'transport') continue
      const keys = Object.keys(nested).filter((key) => key !== 'type')
      const meaning = nestedMeaning(nested)
      let fix: string
      if (meaning && meaning !== 'stdio' && profile.transports.stdioOnly) {
        fix = `${host.name} starts only local servers, so bridge the remote server with "command": "npx", "args": ["-y", "mcp-remote", "<url>"]`
      } else {
        const type = meaning ? spelling(profile, meaning) : undefined
        const moved =
          keys.length > 0
            ? `move ${quoteList(keys)} out of "transport" into the entry itself`
            : "write the transport's keys in the entry itself"
        fix = `${moved}${type ? `, with "type": "${type}"` : ''}, and remove "transport"`
      }
      reports.push({
        messageId: 'nested',
        data: { server: server.name, host: host.name },
        help: `The entry has no "command" or "url" of its own, so it cannot load; ${fix}.`,
        at: server.pointer,
        key: true,
        server: server.name
      })
    }
    return reports
  }
}
