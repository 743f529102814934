import { inspect } from 'node:util'
import { terminalSafeLine } from '../report/terminal.js'
import type { Server } from '../types.js'
import type { WhyEntry } from './catalogue.js'
import type { About, Explanation, Suspect } from './explain.js'

/** A server as `why` shows it: where it is configured and what it runs, masked. */
export interface ShownServer {
  /** The config file, relative to the working directory or with `~` for the home folder. */
  file: string
  name: string
  /** The command line or URL, secrets masked. */
  launch: string
  how: Suspect['how']
  reason: string
}

/** The JSON form of an explanation (`mcpcop why --format json`), version 1. */
export interface WhyReport {
  version: 1
  /** Hosts the text looks like it came from. */
  hosts: string[]
  /** A server the text names. */
  server?: string
  matches: {
    id: string
    title: string
    line: string
    about: About
    causes: WhyEntry['causes']
    checks: WhyEntry['checks']
    fix: WhyEntry['fix']
    texts: WhyEntry['texts']
    servers: ShownServer[]
  }[]
}

/** How a server starts, for a listing: `npx -y pkg` or its URL. */
export function launchOf(server: Server): string {
  if (server.transport === 'stdio' || server.command !== undefined)
    return [server.command ?? '', ...(server.args ?? [])].join(' ').trim()
  return server.url ?? ''
}

/** The report, with each match's servers already chosen and masked by the caller. */
export function whyReport(explanation: Explanation, servers: ShownServer[][]): WhyReport {
  return {
    version: 1,
    hosts: explanation.hosts,
    ...(explanation.server ? { server: explanation.server } : {}),
    matches: explanation.matches.map((m, i) => ({
      id: m.entry.id,
      title: m.entry.title,
      line: m.line,
      about: m.about,
      causes: m.entry.causes,
      checks: m.entry.checks,
      fix: m.entry.fix,
      texts: m.entry.texts,
      servers: servers[i] ?? []
    }))
  }
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green'

const PLATFORM: Record<string, string> = { win32: 'Windows', darwin: 'macOS' }

/** Servers listed by kind only: beyond this many, a count. */
const MAX_LISTED = 12

/** Fills `<command>`, `<port>`, `<host>`, `<package>` in a check with what the error named. */
export function filled(text: string, about: About): string {
  const port = about.endpoint ? /:(\d+)$/.exec(about.endpoint)?.[1] : undefined
  const host = about.host ?? (about.endpoint ? about.endpoint.replace(/:\d+$/, '') : undefined)
  const program = about.command?.split(/\s+/)[0]
  return text
    .replace(/<command>|<program>/g, (m) => program ?? m)
    .replace(/<port>/g, (m) => port ?? m)
    .replace(/<host>/g, (m) => host ?? m)
    .replace(/<package>/g, (m) => about.package ?? m)
}

/** The terminal form: the best explanation in full, then the other entries that matched by name. */
export function formatWhy(report: WhyReport, options: { color: boolean; where: string }): string {
  const paint = (name: Style, text: string): string => {
    if (!options.color) return text
    const [open, close] = inspect.colors[name] ?? [0, 0]
    return `\u001b[${open}m${text}\u001b[${close}m`
  }
  const [best, ...others] = report.matches
  if (!best)
    return (
      'mcpcop does not recognise this error. Run `npx mcpcop doctor` to start every configured server\n' +
      'the way its host does and see which one fails, and why.\n'
    )
  const out: string[] = []
  out.push(`${paint('bold', best.title)}  ${paint('dim', best.id)}`)
  out.push(`  matched: ${terminalSafeLine(best.line)}`)
  if (report.hosts.length > 0) out.push(`  looks like: ${report.hosts.join(', ')}`)
  out.push('', paint('bold', 'Likely causes'))
  for (const cause of best.causes) {
    const platform = cause.platform ? `(${PLATFORM[cause.platform]}) ` : ''
    out.push(`  ${cause.id}. ${platform}${filled(cause.text, best.about)}`)
  }
  out.push('', paint('bold', 'Checks that tell them apart'))
  for (const check of best.checks) {
    out.push(`  • ${filled(check.check, best.about)}`)
    out.push(`      ${paint('dim', '→')} ${check.tells}`)
  }
  out.push('', paint('bold', 'Fix'))
  for (const fix of best.fix) out.push(`  • ${filled(fix, best.about)}`)
  out.push('', ...serverLines(best.servers, options.where, paint))
  if (others.length > 0) {
    out.push('', paint('bold', 'Also matches'))
    for (const other of others) out.push(`  ${other.title}  ${paint('dim', `mcpcop why ${other.id}`)}`)
  }
  return out.join('\n') + '\n'
}

function serverLines(servers: ShownServer[], where: string, paint: (name: Style, text: string) => string): string[] {
  if (servers.length === 0) return [paint('dim', `No server configured ${where} matches this error.`)]
  const named = servers.every((s) => s.how === 'named')
  const out = [
    paint(
      'bold',
      named ? `Servers configured ${where} that it is about` : `It can be any of these servers configured ${where}`
    )
  ]
  const shown = servers.slice(0, MAX_LISTED)
  const fileWidth = Math.max(...shown.map((s) => terminalSafeLine(s.file).length))
  const nameWidth = Math.max(...shown.map((s) => terminalSafeLine(s.name).length))
  for (const s of shown)
    out.push(
      `  ${terminalSafeLine(s.file).padEnd(fileWidth)}  ${terminalSafeLine(s.name).padEnd(nameWidth)}  ${paint('dim', terminalSafeLine(s.launch))}  (${terminalSafeLine(s.reason)})`
    )
  if (servers.length > shown.length) out.push(`  … and ${servers.length - shown.length} more`)
  return out
}

/** The catalogue as a list (`mcpcop why` without a text). */
export function formatCatalogue(entries: readonly WhyEntry[]): string {
  const width = Math.max(...entries.map((e) => e.id.length))
  return (
    'Usage: mcpcop why "<error text>"   (or - to read it from standard input)\n' +
    '       mcpcop why <id>\n\nKnown errors:\n' +
    entries.map((e) => `  ${e.id.padEnd(width)}  ${e.title}`).join('\n') +
    '\n'
  )
}
