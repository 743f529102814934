import { spelling, type HostProfile } from '../hosts/profile.js'
import type { Transport } from '../types.js'
import { endsInSse, entryOf, hasCommand } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

/** The transport the URL most likely speaks: `/sse` paths are legacy SSE endpoints, `ws://` WebSockets. */
function likelyTransport(url: string): Transport {
  if (/^\s*wss?:\/\//i.test(url)) return 'ws'
  return endsInSse(url) ? 'sse' : 'http'
}

/** What each transport is for, in the alternatives a fix offers. */
const PURPOSE: Partial<Record<Transport, string>> = {
  http: 'for Streamable HTTP',
  sse: 'for a legacy SSE endpoint',
  ws: 'for a WebSocket'
}

/** `add "type": "http" (or "sse" for a legacy SSE endpoint)`, in the host's own spelling. */
function fix(profile: HostProfile, url: string): string {
  const likely = likelyTransport(url)
  const chosen = spelling(profile, likely) ?? spelling(profile, 'http') ?? 'http'
  const others = (['http', 'sse', 'ws'] as const)
    .map((t) => ({ t, value: spelling(profile, t) }))
    .filter((o): o is { t: 'http' | 'sse' | 'ws'; value: string } => o.value !== undefined && o.value !== chosen)
    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)
    .map((o) => `"${o.value}" ${PURPOSE[o.t]}`)
  const sseOnly = likely === 'sse' && chosen === spelling(profile, 'sse') && chosen !== spelling(profile, 'http')
  const why = sseOnly ? ', since the path ends in /sse, a legacy SSE endpoint' : ''
  return `add "type": "${chosen}"${why}${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`
}

/** A host's own text as the start of a sentence (host names keep their case: "opencode"). */
function sentence(text: string): string {
  return text.replace(/^the /, 'The ')
}

/**
 * A remote server written with `url` but no `type`, in a host that needs the type to connect (its
 * profile says why a typeless url fails: Claude Code, opencode, Copilot custom agents). Reported at the server's key, in place
 * of the schema's "missing required" error there. Disabled entries are reported too: these hosts
 * validate every entry, so a broken one fails even while switched off.
 */
export const urlWithoutType: Rule = {
  id: 'url-without-type',
  defaultSeverity: 'error',
  description: 'A remote server has a url but no "type" where its host needs one.',
  supersedes: ['schema-required'],
  messages: {
    noType: 'server "{{server}}" has a "url" but no "type", so {{host}} cannot connect to it'
  },
  checkFile({ doc, host, profile, servers }) {
    const consequence = profile.transports.untyped.url.url?.fails
    if (!consequence) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || 'type' in entry || typeof entry.url !== 'string' || hasCommand(entry)) continue
      reports.push({
        messageId: 'noType',
        data: { server: server.name, host: host.name },
        help: `${sentence(consequence)}; ${fix(profile, entry.url)}.`,
        at: server.pointer,
        key: true,
        server: server.name
      })
    }
    return reports
  }
}
