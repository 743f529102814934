import { describePath } from '../schema/validate.js'
import type { HostId } from '../types.js'
import {
  KNOWN_TYPES,
  TRANSPORT_NAMES,
  TRANSPORT_SHORT,
  entryOf,
  quoteList,
  spelling,
  typeValues
} from './_transport.js'
import type { Rule, RuleReport } from './types.js'

/** What a host does with a server whose `type` it does not know, where it is more than "cannot load it". */
const CONSEQUENCES: Partial<Record<HostId, string>> = {
  'claude-code': 'skips the server',
  'claude-plugin': 'skips the server',
  'claude-desktop': 'skips the server',
  roo: "refuses the whole file (\"Server type must be 'stdio', 'sse', or 'streamable-http'\")",
  opencode: 'refuses the whole config',
  amazonq: 'fails to read the file'
}

/** Hosts that start only local processes: a remote type there is stdio-only-host's finding. */
const STDIO_ONLY = new Set<HostId>(['claude-desktop', 'junie'])

/**
 * A `type` value that another host uses (`streamableHttp` from Cline, `streamable-http` from
 * Claude Code or Roo Code, `local`/`remote` from opencode, ...) in a host that spells the transport
 * differently. Only values some host really uses are reported here; other unknown values stay the
 * schema's "schema-enum" finding, which this rule replaces at the same place. Values a host accepts
 * are never reported (`streamable-http` is valid in Claude Code, Roo Code and Cursor).
 */
export const foreignTransportType: Rule = {
  id: 'foreign-transport-type',
  defaultSeverity: 'error',
  description: 'A "type" value that belongs to another host (streamableHttp, local, remote ...).',
  supersedes: ['schema-enum'],
  checkFile({ doc, host, servers, path }) {
    const values = typeValues(host.id, path)
    if (!values) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const type = entryOf(doc, server)?.type
      if (typeof type !== 'string' || Object.hasOwn(values, type) || !Object.hasOwn(KNOWN_TYPES, type)) continue
      const { meaning, owners } = KNOWN_TYPES[type]
      if (STDIO_ONLY.has(host.id) && meaning !== 'stdio') continue
      const at = [...server.pointer, 'type']
      const spelled = spelling(host.id, path, meaning)
      const consequence = CONSEQUENCES[host.id] ?? 'cannot load the server'
      const fix = spelled
        ? `write "type": "${spelled}"`
        : `${host.name} has no ${TRANSPORT_SHORT[meaning]} transport: use ${quoteList(Object.keys(values), 'or')}`
      reports.push({
        message: `${describePath(at)} is "${type}", a name for ${TRANSPORT_NAMES[meaning]} used by ${owners}; ${host.name} does not know it and ${consequence}: ${fix}`,
        at,
        server: server.name
      })
    }
    return reports
  }
}
