import { describePath } from '../schema/validate.js'
import type { HostId } from '../types.js'
import { endsInSse, entryOf } from './_transport.js'
import type { Rule, RuleReport } from './types.js'

const FALLBACK =
  'so every connection to an SSE-only endpoint starts with a failed request, and a server that answers that request oddly is never reached'

/** What each host does with a `url` that has no `type`, and the fix. */
const BEHAVIOUR: Partial<Record<HostId, { does: string; fix: string }>> = {
  gemini: {
    does: `Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all), ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  'gemini-extension': {
    does: `Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all), ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  cursor: {
    does: `Cursor connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  vscode: {
    does: `VS Code reads a "url" without "type" as "http": it tries Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  'vscode-settings': {
    does: `VS Code reads a "url" without "type" as "http": it tries Streamable HTTP and falls back to SSE only when that fails, ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  continue: {
    does: `Continue tries Streamable HTTP on a "url" without "type" and falls back to SSE only when that fails, ${FALLBACK}`,
    fix: 'add "type": "sse"'
  },
  copilot: {
    does: 'GitHub Copilot reads a "url" without "type" as "http" and connects with Streamable HTTP, which an SSE-only server does not answer',
    fix: 'add "type": "sse"'
  },
  codex: {
    does: 'Codex connects to every "url" with Streamable HTTP and has no SSE transport, so it cannot reach a server that offers only SSE',
    fix: 'point "url" at the server\'s Streamable HTTP endpoint (often /mcp), or bridge the SSE endpoint with command = "npx", args = ["-y", "mcp-remote", "<url>"]'
  }
}

/** The cloud agent's pasted JSON: the adapter already asks for its missing `type`. */
const isCloudAgentFile = (path: string): boolean => /(^|\/)\.github\/copilot-mcp\.json$/.test(path)

/**
 * A `url` whose path ends in `/sse` (a legacy SSE endpoint, by convention) with no `type`, in a
 * host that then speaks Streamable HTTP to it. Disabled servers are skipped.
 */
export const sseUrlWithoutType: Rule = {
  id: 'sse-url-without-type',
  defaultSeverity: 'warning',
  description: 'A typeless url ending in /sse where the host defaults to Streamable HTTP.',
  checkFile({ doc, host, servers, path }) {
    const behaviour = BEHAVIOUR[host.id]
    if (!behaviour || isCloudAgentFile(path)) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || server.disabled || server.transport !== 'http' || 'type' in entry) continue
      // Gemini's `httpUrl` wins over `url` and always means Streamable HTTP.
      if (typeof entry.url !== 'string' || typeof entry.httpUrl === 'string' || !endsInSse(entry.url)) continue
      const at = [...server.pointer, 'url']
      reports.push({
        message: `${describePath(at)} ends in /sse, the path of a legacy SSE endpoint, but the server has no "type": ${behaviour.does}; ${behaviour.fix}`,
        at,
        server: server.name
      })
    }
    return reports
  }
}
