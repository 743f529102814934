import { describePath } from '../schema/validate.js'
import type { HostId, Transport } from '../types.js'
import { endsInSse, entryOf, hasCommand, spelling } from './_transport.js'
import type { Rule, RuleReport } from './types.js'

/** Hosts that cannot load a typeless `url`, and what they do with it. */
const CONSEQUENCES: Partial<Record<HostId, string>> = {
  'claude-code':
    'Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\"")',
  'claude-plugin':
    'Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\"")',
  roo: "Roo Code does not guess the transport of a \"url\" and refuses the server (\"Configuration with 'url' must explicitly specify 'type' as 'sse' or 'streamable-http'\")",
  opencode: 'opencode requires "type" on every server and refuses the whole config without it',
  'copilot-agent':
    'the Copilot cloud agent requires "type" on every server and rejects the agent\'s configuration without it'
}

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
function fix(host: HostId, file: string, url: string): string {
  const likely = likelyTransport(url)
  const chosen = spelling(host, file, likely) ?? spelling(host, file, 'http') ?? 'http'
  const others = (['http', 'sse', 'ws'] as const)
    .map((t) => ({ t, value: spelling(host, file, t) }))
    .filter((o): o is { t: 'http' | 'sse' | 'ws'; value: string } => o.value !== undefined && o.value !== chosen)
    .filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)
    .map((o) => `"${o.value}" ${PURPOSE[o.t]}`)
  const sseOnly = likely === 'sse' && chosen === spelling(host, file, 'sse') && chosen !== spelling(host, file, 'http')
  const why = sseOnly ? ', since the path ends in /sse, a legacy SSE endpoint' : ''
  return `add "type": "${chosen}"${why}${others.length > 0 ? ` (or ${others.join(', ')})` : ''}`
}

/**
 * A remote server written with `url` but no `type`, in a host that needs the type to connect
 * (Claude Code, Roo Code, opencode, Copilot custom agents). Reported at the server's key, in place
 * of the schema's "missing required" error there. Disabled entries are reported too: these hosts
 * validate every entry, so a broken one fails even while switched off.
 */
export const urlWithoutType: Rule = {
  id: 'url-without-type',
  defaultSeverity: 'error',
  description: 'A remote server has a url but no "type" where its host needs one.',
  supersedes: ['schema-required'],
  checkFile({ doc, host, servers, path }) {
    const consequence = CONSEQUENCES[host.id]
    if (!consequence) return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      if (!entry || 'type' in entry || typeof entry.url !== 'string' || hasCommand(entry)) continue
      reports.push({
        message: `${describePath(server.pointer)} has a "url" but no "type": ${consequence}; ${fix(host.id, path, entry.url)}`,
        at: server.pointer,
        key: true,
        server: server.name
      })
    }
    return reports
  }
}
