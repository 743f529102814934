import { endsInSse, entryOf } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

const FALLBACK =
  'so every connection to an SSE-only endpoint starts with a failed request, and a server that answers that request oddly is never reached'

/**
 * A `url` whose path ends in `/sse` (a legacy SSE endpoint, by convention) with no `type`, in a
 * host that then speaks Streamable HTTP to it (its profile says what it does with such a url).
 * Disabled servers are skipped.
 */
export const sseUrlWithoutType: Rule = {
  id: 'sse-url-without-type',
  defaultSeverity: 'warning',
  description: 'A typeless url ending in /sse where the host defaults to Streamable HTTP.',
  messages: {
    noType: '{{host}} tries Streamable HTTP on server "{{server}}": its url ends in /sse but it has no "type"'
  },
  checkFile({ doc, host, profile, servers }) {
    const url = profile.transports.untyped.url.url
    const endpoint = url?.sseEndpoint
    if (!url || !endpoint) return []
    const does = url.sseFallback ? `${endpoint.does}, ${FALLBACK}` : endpoint.does
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || server.disabled || server.transport !== 'http' || 'type' in entry) continue
      // Gemini's `httpUrl` wins over `url` and always means Streamable HTTP.
      if (typeof entry.url !== 'string' || server.fields.url?.at(-1) !== 'url' || !endsInSse(entry.url)) continue
      const at = [...server.pointer, 'url']
      reports.push({
        messageId: 'noType',
        data: { host: host.name, server: server.name },
        help: `A path ending in /sse is, by convention, a legacy SSE endpoint. ${does}; ${endpoint.fix}.`,
        at,
        server: server.name
      })
    }
    return reports
  }
}
