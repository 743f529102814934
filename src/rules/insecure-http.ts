import { hasPlaceholder } from '../placeholders.js'
import type { PointerPath } from '../types.js'
import { programName } from './support/shell-words.js'
import { argAt, fieldAt } from './support/fields.js'
import type { Rule, RuleReport } from './types.js'

/** Where an unencrypted URL leads: this machine, a private network, a public host, or nowhere real yet. */
export type Reach = 'local' | 'private' | 'public' | 'placeholder'

/** stdio bridges that connect to the URL in their arguments (`npx mcp-remote http://...`). */
const BRIDGES = new Set(['mcp-remote', 'supergateway', 'mcp-proxy'])

/** Whether a command or argument names a bridge (`mcp-remote@0.1.16`, `/usr/bin/mcp-proxy`). */
function isBridge(word: string): boolean {
  return BRIDGES.has(programName(word.replace(/@[^@/]*$/, '')))
}

/** Host names of documentation and templates (`your-server`, `example.com`, `*.test`): not a real address yet. */
const TEMPLATE_HOST =
  /(^|[.-])(your|my)([.-]|$)|^your|example|placeholder|changeme|hostname|xxx|\.(test|invalid|example)$/i

/** Suffixes that only resolve inside a local network (mDNS, home routers, docker/k8s internal names). */
const PRIVATE_SUFFIX = /\.(local|lan|internal|home|home\.arpa|localdomain|intranet|corp)$/

function ipv4(host: string): number[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!m) return undefined
  const parts = m.slice(1).map(Number)
  return parts.every((n) => n <= 255) ? parts : undefined
}

/** Classifies a URL's host name (already lower-case, without brackets or port). */
export function reachOf(host: string): Reach {
  if (host === '' || hasPlaceholder(host) || /[<>{}[\]%$]/.test(host) || TEMPLATE_HOST.test(host)) return 'placeholder'
  if (host === 'localhost' || host.endsWith('.localhost') || host === '0.0.0.0' || host === 'host.docker.internal')
    return 'local'
  const v4 = ipv4(host)
  if (v4) {
    const [a, b] = v4
    if (a === 127) return 'local'
    if (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    )
      return 'private'
    return 'public'
  }
  if (host.includes(':')) {
    if (host === '::1' || host === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(host)) return 'local'
    if (/^f[cd][0-9a-f]{0,2}:/.test(host) || /^fe[89ab][0-9a-f]?:/.test(host)) return 'private'
    return 'public'
  }
  // A single-label name (`jenkins`, `qdrant`) resolves only on a LAN or inside a compose network.
  if (!host.includes('.') || PRIVATE_SUFFIX.test(host)) return 'private'
  return 'public'
}

/**
 * The `host[:port]` of what follows `scheme://`, without the user and password, which people write
 * with `/` in them too (`http://user:pa/ss@host/`): never quote a piece of a password as the host.
 */
function hostAndPort(rest: string): string {
  const at = rest.indexOf('@')
  const slash = rest.indexOf('/')
  // An `@` after the first `/` ends a password only if what comes before that `/` has a `:` (`user:pa/ss@`)
  // that is not a port (`host:8080/path/@scope`).
  const userinfo = at !== -1 && (slash === -1 || at < slash || /^[^/]*:(?!\d{1,5}\/)/.test(rest.slice(0, slash + 1)))
  const afterUser = userinfo ? rest.slice(at + 1) : rest
  const end = afterUser.indexOf('/')
  return end === -1 ? afterUser : afterUser.slice(0, end)
}

/** The scheme and authority of a plain `http://` or `ws://` URL, with its reach; undefined for anything else. */
export function plainUrl(value: string): { scheme: 'http' | 'ws'; origin: string; reach: Reach } | undefined {
  const m = /^\s*(http|ws):\/\/([^?#\s]*)/i.exec(value)
  if (!m) return undefined
  const scheme = m[1].toLowerCase() as 'http' | 'ws'
  const authority = hostAndPort(m[2])
  const bracketed = /^\[([^\]]*)\]/.exec(authority)
  const host = (bracketed ? bracketed[1] : authority.replace(/:[^:]*$/, '')).toLowerCase().replace(/\.$/, '')
  return { scheme, origin: `${scheme}://${authority}`, reach: reachOf(host) }
}

/** Why an unencrypted connection matters and how to fix it, for the finding's help. */
function help(url: NonNullable<ReturnType<typeof plainUrl>>): string {
  const secure = url.scheme === 'http' ? 'https://' : 'wss://'
  const plain = url.scheme === 'http' ? 'Plain HTTP' : 'An unencrypted WebSocket (ws://)'
  if (url.reach === 'private') {
    return `${plain} to a private network address works only on that network, and anyone on it can read or change the traffic, tokens included; use ${secure} where the server offers it.`
  }
  return `${plain} sends every request, tool result and header (tokens included) across the network unencrypted, where it can be read or changed on the way; use ${secure}.`
}

/**
 * A remote server reached over plain `http://` (or `ws://`) on a host that is not this machine.
 * Loopback is fine; a private network address is a notice (still unencrypted on that network); a
 * host name that is only a template (`your-server`, `example.com`) or a placeholder is skipped.
 */
export const insecureHttp: Rule = {
  id: 'insecure-http',
  defaultSeverity: 'warning',
  description: 'A remote server reached over plain http:// on a non-local host.',
  messages: {
    public: '"{{origin}}" is unencrypted: requests, tool results and tokens can be read or changed on the way',
    private: '"{{origin}}" is unencrypted, on a private network address that works only on that network'
  },
  checkFile({ servers }) {
    const reports: RuleReport[] = []
    const report = (at: PointerPath, name: string, url: NonNullable<ReturnType<typeof plainUrl>>): void => {
      if (url.reach === 'local' || url.reach === 'placeholder') return
      const finding: RuleReport = {
        messageId: url.reach,
        data: { origin: url.origin },
        help: help(url),
        at,
        server: name
      }
      if (url.reach === 'private') finding.severity = 'notice'
      reports.push(finding)
    }
    for (const server of servers) {
      if (server.disabled) continue
      if (server.url !== undefined) {
        const url = plainUrl(server.url)
        if (url) report(fieldAt(server, 'url'), server.name, url)
      }
      // A stdio bridge such as mcp-remote carries the remote server's URL in its arguments.
      const args = server.args ?? []
      if (!isBridge(server.command ?? '') && !args.some(isBridge)) continue
      args.forEach((arg, index) => {
        const url = plainUrl(arg)
        if (url) report(argAt(server, index), server.name, url)
      })
    }
    return reports
  }
}
