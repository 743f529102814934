import { spelling } from '../hosts/profile.js'
import { quoteList } from './support/message-text.js'
import { TRANSPORT_NAMES, TRANSPORT_SHORT, entryOf, knownType } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A `type` value that another host uses (`streamableHttp` from Cline, `streamable-http` from
 * Claude Code or Roo Code, `local`/`remote` from opencode, ...) in a host that spells the transport
 * differently. Only values some host really uses are reported here; other unknown values stay the
 * schema's "schema-enum" finding, which this rule replaces at the same place. Values a host accepts
 * are never reported (`streamable-http` is valid in Claude Code, Roo Code and Cursor). Where the host still
 * loads such an entry, choosing the transport by its keys (VS Code, Gemini CLI), it is a warning, and so is a
 * value no host uses (the schema's error there would be a false one).
 */
export const foreignTransportType: Rule = {
  id: 'foreign-transport-type',
  defaultSeverity: 'error',
  description: 'A "type" value that belongs to another host (streamableHttp, local, remote ...).',
  supersedes: ['schema-enum'],
  messages: {
    foreign: '"{{type}}" is another host\'s name for {{transport}}, which {{host}} does not know',
    unknown: '"{{type}}" is no transport {{host}} knows, so it reads the entry by its keys'
  },
  checkFile({ doc, host, profile, servers }) {
    const types = profile.transports.types
    if (!types) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const type = entryOf(doc, server)?.type
      if (typeof type !== 'string' || Object.hasOwn(types.values, type)) continue
      const known = knownType(type, host.name)
      if (!known) {
        // No host's type; where the host still loads the entry, the schema's error would be a false one.
        if (types.others)
          reports.push({
            messageId: 'unknown',
            data: { type, host: host.name },
            help: `${host.name} does not know it and ${types.otherwise}: write ${quoteList(Object.keys(types.values), 'or')}.`,
            severity: 'warning',
            at: [...server.pointer, 'type'],
            server: server.name
          })
        continue
      }
      // A remote type in a host that starts only local processes is stdio-only-host's finding.
      if (profile.transports.stdioOnly && known.meaning !== 'stdio') continue
      const at = [...server.pointer, 'type']
      const spelled = spelling(profile, known.meaning)
      const fix = spelled
        ? `write "type": "${spelled}"`
        : `${host.name} has no ${TRANSPORT_SHORT[known.meaning]} transport: use ${quoteList(Object.keys(types.values), 'or')}`
      const report: RuleReport = {
        messageId: 'foreign',
        data: { type, transport: TRANSPORT_NAMES[known.meaning], host: host.name },
        help: `"${type}" is used by ${known.owners}; ${host.name} does not know it and ${types.otherwise}: ${fix}.`,
        at,
        server: server.name
      }
      // A host that reads such an entry by its keys still starts the server: worth fixing, not a broken config.
      if (types.others) report.severity = 'warning'
      reports.push(report)
    }
    return reports
  }
}
