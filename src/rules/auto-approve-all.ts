import { isRecord } from '../hosts/util.js'
import { describePath } from '../schema/validate.js'
import type { PointerPath, Server } from '../types.js'
import type { Rule, RuleReport } from './types.js'
import { valueAt } from './walk.js'

/** What every message adds: the grant covers tools nobody reviewed, for everyone. */
const REACH =
  'for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds'

/** Hosts whose server entries carry a list of tools run without asking, where `"*"` means all of them. */
const TOOL_LISTS: Partial<Record<string, { key: string; hostName: string }>> = {
  roo: { key: 'alwaysAllow', hostName: 'Roo Code' },
  kiro: { key: 'autoApprove', hostName: 'Kiro' }
}

/** Amazon Q agent files list pre-approved tools at the top level, as `@server`, `@server/tool` or globs. */
const AMAZON_Q_AGENT = /(^|\/)\.amazonq\/(default\.json|cli-agents\/[^/]+\.json)$/

function wildcardEntries(doc: { value: unknown }, server: Server, key: string): PointerPath[] {
  const list = valueAt(doc.value, [...server.pointer, key])
  if (!Array.isArray(list)) return []
  return list.flatMap((item, index) => (item === '*' ? [[...server.pointer, key, index]] : []))
}

/** `@server` or `@server/*` (the server part may be a glob): every tool of the matching servers. */
function amazonQServerGrant(entry: string): string | undefined {
  const m = /^@([^/]+)(?:\/(.*))?$/.exec(entry)
  if (!m || (m[2] !== undefined && m[2] !== '*')) return undefined
  return m[1]
}

/** `mcp__server`, `mcp__server__*` or `mcp__*`: every tool of the matching servers. */
function claudeServerGrant(entry: string): string | undefined {
  const m = /^mcp__(.+)$/.exec(entry.trim())
  if (!m) return undefined
  const separator = m[1].indexOf('__')
  if (separator === -1) return m[1]
  return m[1].slice(separator + 2) === '*' ? m[1].slice(0, separator) : undefined
}

function serverPhrase(server: string): string {
  return /[*?]/.test(server) ? `every server matching "${server}"` : `"${server}"`
}

/**
 * Every tool of a server approved in advance, in each host's own terms: `alwaysAllow: ["*"]` (Roo
 * Code), `autoApprove: ["*"]` (Kiro), `trust: true` (Gemini CLI), `default_tools_approval_mode =
 * "approve"` (Codex), `"@server"` in an Amazon Q agent's `allowedTools`, and `"mcp__server"` in Claude
 * Code's `permissions.allow`. Disabled servers are skipped.
 */
export const autoApproveAll: Rule = {
  id: 'auto-approve-all',
  defaultSeverity: 'warning',
  description: 'Every tool of a server is approved without asking (autoApprove/alwaysAllow "*", trust: true).',
  checkFile({ doc, host, path, servers }) {
    const reports: RuleReport[] = []
    const active = servers.filter((s) => !s.disabled)
    const list = TOOL_LISTS[host.id]
    for (const server of active) {
      const entry = valueAt(doc.value, server.pointer)
      if (!isRecord(entry)) continue
      if (list) {
        for (const at of wildcardEntries(doc, server, list.key)) {
          reports.push({
            message: `${describePath(at.slice(0, -1))} contains "*": ${list.hostName} runs every tool of "${server.name}" without asking, ${REACH}; list only the tools you have checked, e.g. ["read_file", "search"]`,
            at,
            server: server.name
          })
        }
      }
      if (host.id === 'gemini' && entry.trust === true) {
        const at = [...server.pointer, 'trust']
        reports.push({
          message: `${describePath(at)} is true: Gemini CLI skips the confirmation of every tool call to "${server.name}", ${REACH}; remove "trust" so each call is confirmed, and narrow the server with "includeTools" if it offers more than you need`,
          at,
          server: server.name
        })
      }
      if (host.id === 'codex' && entry.default_tools_approval_mode === 'approve') {
        const at = [...server.pointer, 'default_tools_approval_mode']
        reports.push({
          message: `${describePath(at)} is "approve": Codex calls every tool of "${server.name}" without asking, ${REACH}; use "prompt", or "auto" (which asks for tools not marked read-only), and approve single tools under [mcp_servers.${server.name}.tools.<tool>]`,
          at,
          server: server.name
        })
      }
    }
    const root = doc.value
    if (host.id === 'amazonq' && AMAZON_Q_AGENT.test(path) && isRecord(root) && Array.isArray(root.allowedTools)) {
      root.allowedTools.forEach((item: unknown, index) => {
        const grant = typeof item === 'string' ? amazonQServerGrant(item) : undefined
        // A grant may name a server of the legacy mcp.json too; one naming a disabled server here does nothing.
        if (grant === undefined || servers.some((s) => s.name === grant && s.disabled)) return
        const at = ['allowedTools', index]
        const report: RuleReport = {
          message: `${describePath(at)} ("${String(item)}") lets Amazon Q use every tool of ${serverPhrase(grant)} without asking, ${REACH}; allow single tools instead, e.g. "@${grant.replace(/[*?]/g, 'server')}/read_file"`,
          at
        }
        if (servers.some((s) => s.name === grant)) report.server = grant
        reports.push(report)
      })
    }
    if (
      host.id === 'claude-settings' &&
      isRecord(root) &&
      isRecord(root.permissions) &&
      Array.isArray(root.permissions.allow)
    ) {
      root.permissions.allow.forEach((item: unknown, index) => {
        const grant = typeof item === 'string' ? claudeServerGrant(item) : undefined
        if (grant === undefined) return
        const at = ['permissions', 'allow', index]
        const what = grant === '*' ? 'every tool of every MCP server' : `every tool of ${serverPhrase(grant)}`
        const example = grant === '*' ? 'mcp__github__get_issue' : `mcp__${grant}__<tool>`
        reports.push({
          message: `${describePath(at)} ("${String(item)}") lets Claude Code call ${what} without asking, ${REACH}; allow single tools instead, e.g. "${example}"`,
          at
        })
      })
    }
    return reports
  }
}
