import { isRecord } from '../hosts/util.js'
import type { PointerPath, Server } from '../types.js'
import type { MessageData, Rule, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

/** What every finding's help says first: the grant covers tools nobody reviewed, for everyone. */
const REACH =
  'The approval holds for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds'

function wildcardEntries(doc: { value: unknown }, server: Server, key: string): PointerPath[] {
  const list = valueAt(doc.value, [...server.pointer, key])
  if (!Array.isArray(list)) return []
  return list.flatMap((item, index) => (item === '*' ? [[...server.pointer, key, index]] : []))
}

/** Which message a file-level grant gets: all servers, servers matching a pattern, or one server. */
function grantMessage(grant: string): string {
  if (grant === '*') return 'grantAll'
  return /[*?]/.test(grant) ? 'grantPattern' : 'grantServer'
}

/**
 * Every tool of a server approved in advance, in each host's own terms (its profile's approvals):
 * `alwaysAllow: ["*"]` (Roo Code), `autoApprove: ["*"]` (Kiro), `trust: true` (Gemini CLI),
 * `default_tools_approval_mode = "approve"` (Codex), `"@server"` in an Amazon Q agent's `allowedTools`,
 * and `"mcp__server"` in Claude Code's `permissions.allow`. Disabled servers are skipped.
 */
export const autoApproveAll: Rule = {
  id: 'auto-approve-all',
  defaultSeverity: 'warning',
  description: 'Every tool of a server is approved without asking (autoApprove/alwaysAllow "*", trust: true).',
  messages: {
    wildcard: '"{{key}}" contains "*", so {{host}} runs every tool of "{{server}}" without asking',
    serverSwitch: '"{{key}}" is {{value}}, so {{host}} runs every tool of "{{server}}" without asking',
    grantServer: '"{{grant}}" lets {{host}} {{verb}} every tool of "{{server}}" without asking',
    grantPattern: '"{{grant}}" lets {{host}} {{verb}} every tool of every server matching "{{server}}" without asking',
    grantAll: '"{{grant}}" lets {{host}} {{verb}} every tool of every MCP server without asking'
  },
  checkFile({ doc, host, profile, servers }) {
    const reports: RuleReport[] = []
    const { toolList, serverSwitch, fileGrants } = profile.approvals
    for (const server of servers.filter((s) => !s.disabled)) {
      const entry = valueAt(doc.value, server.pointer)
      if (!isRecord(entry)) continue
      if (toolList) {
        for (const at of wildcardEntries(doc, server, toolList)) {
          reports.push({
            messageId: 'wildcard',
            data: { key: toolList, host: host.name, server: server.name },
            help: `${REACH}; list only the tools you have checked, e.g. ["read_file", "search"].`,
            at,
            server: server.name
          })
        }
      }
      if (serverSwitch && entry[serverSwitch.key] === serverSwitch.value) {
        const at = [...server.pointer, serverSwitch.key]
        const named = (text: string): string => text.replaceAll('{server}', server.name)
        reports.push({
          messageId: 'serverSwitch',
          data: {
            key: serverSwitch.key,
            value: JSON.stringify(serverSwitch.value),
            host: host.name,
            server: server.name
          },
          help: `${host.name} ${named(serverSwitch.effect)}. ${REACH}; ${named(serverSwitch.fix)}.`,
          at,
          server: server.name
        })
      }
    }
    const grants = fileGrants ? valueAt(doc.value, fileGrants.at) : undefined
    if (fileGrants && Array.isArray(grants)) {
      // Servers whose every tool a list the host reads first (deny, ask) covers.
      const heldBack = new Set(
        fileGrants.heldBackBy.flatMap((at) => {
          const list = valueAt(doc.value, at)
          return (Array.isArray(list) ? list : []).map((d: unknown) =>
            typeof d === 'string' ? fileGrants.serverOf(d) : undefined
          )
        })
      )
      const disabled = new Set(servers.filter((s) => s.disabled).map((s) => s.name))
      grants.forEach((item: unknown, index) => {
        const grant = typeof item === 'string' ? fileGrants.serverOf(item) : undefined
        // A grant may name a server of another file; one naming a server disabled here does nothing.
        if (grant === undefined || disabled.has(grant)) return
        // A denial of, or a question for, every tool of the server (or of every server) beats the grant.
        if (heldBack.has('*') || heldBack.has(grant)) return
        const at = [...fileGrants.at, index]
        const messageId = grantMessage(grant)
        const data: MessageData = { grant: String(item), host: host.name, verb: fileGrants.verb }
        if (messageId !== 'grantAll') data.server = grant
        const report: RuleReport = {
          messageId,
          data,
          help: `${REACH}; allow single tools instead, e.g. "${fileGrants.example(grant)}".`,
          at
        }
        if (servers.some((s) => s.name === grant)) report.server = grant
        reports.push(report)
      })
    }
    return reports
  }
}
