import { isRecord } from '../hosts/util.js'
import { describePath } from '../describe-path.js'
import type { PointerPath, Server } from '../types.js'
import type { Rule, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

/** What every message adds: the grant covers tools nobody reviewed, for everyone. */
const REACH =
  'for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds'

function wildcardEntries(doc: { value: unknown }, server: Server, key: string): PointerPath[] {
  const list = valueAt(doc.value, [...server.pointer, key])
  if (!Array.isArray(list)) return []
  return list.flatMap((item, index) => (item === '*' ? [[...server.pointer, key, index]] : []))
}

function serverPhrase(server: string): string {
  return /[*?]/.test(server) ? `every server matching "${server}"` : `"${server}"`
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
  checkFile({ doc, host, profile, servers }) {
    const reports: RuleReport[] = []
    const { toolList, serverSwitch, fileGrants } = profile.approvals
    for (const server of servers.filter((s) => !s.disabled)) {
      const entry = valueAt(doc.value, server.pointer)
      if (!isRecord(entry)) continue
      if (toolList) {
        for (const at of wildcardEntries(doc, server, toolList)) {
          reports.push({
            message: `${describePath(at.slice(0, -1))} contains "*": ${host.name} runs every tool of "${server.name}" without asking, ${REACH}; list only the tools you have checked, e.g. ["read_file", "search"]`,
            at,
            server: server.name
          })
        }
      }
      if (serverSwitch && entry[serverSwitch.key] === serverSwitch.value) {
        const at = [...server.pointer, serverSwitch.key]
        const named = (text: string): string => text.replaceAll('{server}', server.name)
        reports.push({
          message: `${describePath(at)} is ${JSON.stringify(serverSwitch.value)}: ${host.name} ${named(serverSwitch.effect)}, ${REACH}; ${named(serverSwitch.fix)}`,
          at,
          server: server.name
        })
      }
    }
    const grants = fileGrants ? valueAt(doc.value, fileGrants.at) : undefined
    if (fileGrants && Array.isArray(grants)) {
      grants.forEach((item: unknown, index) => {
        const grant = typeof item === 'string' ? fileGrants.serverOf(item) : undefined
        // A grant may name a server of another file; one naming a server disabled here does nothing.
        if (grant === undefined || servers.some((s) => s.name === grant && s.disabled)) return
        const at = [...fileGrants.at, index]
        const what = grant === '*' ? 'every tool of every MCP server' : `every tool of ${serverPhrase(grant)}`
        const report: RuleReport = {
          message: `${describePath(at)} ("${String(item)}") lets ${host.name} ${fileGrants.verb} ${what} without asking, ${REACH}; allow single tools instead, e.g. "${fileGrants.example(grant)}"`,
          at
        }
        if (servers.some((s) => s.name === grant)) report.server = grant
        reports.push(report)
      })
    }
    return reports
  }
}
