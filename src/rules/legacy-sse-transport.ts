import { spelling } from '../hosts/profile.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A server declared with the legacy HTTP+SSE transport (`"type": "sse"`) in a host that also speaks
 * Streamable HTTP. The MCP specification replaced HTTP+SSE with Streamable HTTP in its 2025-03-26
 * revision, and hosts document SSE as deprecated (Claude Code: "Use HTTP servers instead, where
 * available"). Only an explicit type is reported, and only where the host names the replacement, since
 * the fix is to change it; many servers still offer SSE alone, so this is a notice in `strict`.
 */
export const legacySseTransport: Rule = {
  id: 'legacy-sse-transport',
  defaultSeverity: 'notice',
  preset: 'strict',
  description: 'A server uses the deprecated HTTP+SSE transport where the host speaks Streamable HTTP.',
  messages: {
    legacy: 'server "{{server}}" uses the deprecated SSE transport ("{{type}}")'
  },
  checkFile({ host, profile, servers }) {
    const http = spelling(profile, 'http')
    if (http === undefined) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled || server.transport !== 'sse' || !server.declaredType || !server.fields.type) continue
      reports.push({
        messageId: 'legacy',
        data: { server: server.name, type: server.declaredType },
        help: `The MCP specification replaced HTTP+SSE with Streamable HTTP (2025-03-26), and ${host.name} may drop SSE. If the server offers Streamable HTTP (often at /mcp instead of /sse), point the url there with "type": "${http}"; if it offers only SSE, keep it.`,
        at: server.fields.type,
        server: server.name
      })
    }
    return reports
  }
}
