import { inspect } from 'node:util'
import { hostById } from '../hosts/index.js'
import { formatStylish } from '../report/stylish.js'
import { plural } from '../report/summary.js'
import { redact } from '../mask.js'
import type { Server } from '../types.js'
import { terminalSafeLine } from '../report/terminal.js'
import { launchOf } from '../why/format.js'
import { NOT_READ_RULE, type DoctorResult, type DoctorServer, type Entry, type Scope } from './index.js'

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green'

type Status = DoctorServer['status'] | 'unchecked' | 'not-read'

const MARK: Record<Status, string> = { ok: '✔', failed: '✘', skipped: '–', unchecked: '·', 'not-read': '!' }

const STYLE: Record<Status, Style> = {
  ok: 'green',
  failed: 'red',
  skipped: 'yellow',
  unchecked: 'dim',
  'not-read': 'yellow'
}

/** Longest command line or URL shown in the table. */
const MAX_LAUNCH = 70
/** Longest cause shown (a PATH can be long); the JSON report has it whole. */
const MAX_CAUSE = 240

/**
 * Doctor's own messages (a server its host does not read) name the cause, then after the last `: `
 * outside quotes, the fix; the dry run's give them apart (message and help). Returns the
 * two parts, or the whole message as the cause when it has no such colon.
 */
export function causeAndFix(message: string): { cause: string; fix?: string } {
  let quotes = 0
  let split = -1
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '"') quotes++
    else if (message[i] === ':' && message[i + 1] === ' ' && quotes % 2 === 0) split = i
  }
  if (split <= 0) return { cause: message }
  return { cause: message.slice(0, split), fix: message.slice(split + 2) }
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

const SCOPE: Record<Scope, string> = {
  project: 'this folder',
  user: 'user',
  local: 'local',
  managed: 'managed',
  legacy: 'legacy'
}

/** The group line of a config file (and, in a user's file, of one project's entries). */
function header(entry: Entry): string {
  const host = hostById(entry.server.host)?.name ?? entry.server.host
  if (entry.scope !== 'local') return `${host}, ${SCOPE[entry.scope]}`
  return `${host}, local to ${entry.project}${entry.current ? ' (this folder)' : ''}`
}

/**
 * The terminal form of `mcpcop doctor`: one health table grouped by config file, like `claude mcp
 * list`, with the cause and the fix under each server that failed; then the findings of the lint.
 */
export function formatDoctor(result: DoctorResult, options: { color: boolean }): string {
  const paint = (name: Style, text: string): string => {
    if (!options.color) return text
    const [open, close] = inspect.colors[name] ?? [0, 0]
    return `\u001b[${open}m${text}\u001b[${close}m`
  }
  const { report, entries, secrets } = result
  const shown = (text: string): string => terminalSafeLine(redact(text, secrets))
  const out: string[] = []
  const locations = report.doctor.locations
  const found = locations.reduce((n, l) => n + l.found.length, 0)
  out.push(
    paint(
      'dim',
      `${plural(locations.length, 'user-level location')} of ${new Set(locations.map((l) => l.host)).size} hosts checked (${report.doctor.platform}): ${plural(found, 'file')} found; and the current folder`
    ),
    ''
  )
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const key = `${entry.server.file}\u0000${entry.project ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }
  if (groups.size === 0) out.push(paint('dim', 'No MCP server is configured on this machine or in this folder.'), '')
  for (const rows of groups.values()) {
    out.push(`${paint('bold', shown(rows[0].server.file))}  ${paint('dim', shown(header(rows[0])))}`)
    const nameWidth = Math.max(...rows.map((r) => shown(r.server.name).length))
    for (const { server, health, notRead } of rows) {
      const status: Status = notRead
        ? 'not-read'
        : server.disabled && !health
          ? 'skipped'
          : (health?.status ?? 'unchecked')
      const launch = paint('dim', cut(shown(launchOf(server)), MAX_LAUNCH))
      out.push(`  ${paint(STYLE[status], MARK[status])} ${shown(server.name).padEnd(nameWidth)}  ${launch}`)
      out.push(...detail(server, health, shown, paint))
    }
    out.push('')
  }
  out.push(summary(result))
  out.push('')
  // The findings of the lint. The dry run's own findings are the table above, not repeated here.
  const findings = report.diagnostics.filter((d) => !d.ruleId.startsWith('dry-run-') && d.ruleId !== NOT_READ_RULE)
  const files = { ...report, diagnostics: findings, servers: [] }
  out.push(formatStylish(files, { color: options.color, sources: result.sources }).trimEnd())
  return out.join('\n') + '\n'
}

function detail(
  server: Server,
  health: DoctorServer | undefined,
  shown: (text: string) => string,
  paint: (name: Style, text: string) => string
): string[] {
  const indent = '      '
  const label = (name: string): string => paint('dim', name.padEnd(9))
  if (!health) return server.disabled ? [`${indent}${label('status')}switched off in the config`] : []
  if (health.status === 'ok') {
    const offers = [
      health.tools === undefined ? undefined : plural(health.tools, 'tool'),
      health.prompts ? plural(health.prompts, 'prompt') : undefined,
      health.resources ? plural(health.resources, 'resource') : undefined
    ].filter(Boolean)
    const info = health.serverInfo ? `${shown(health.serverInfo.name)} ${shown(health.serverInfo.version)}` : undefined
    return [
      `${indent}${label('ok')}${[info, ...offers, `${(health.durationMs / 1000).toFixed(1)} s`].filter(Boolean).join(' · ')}`
    ]
  }
  const lines: string[] = []
  if (health.error) {
    // The dry run's own fix speaks of CI (--pass-env, setup steps); the catalogue's speaks to this machine.
    const { cause, fix } =
      health.error.help === undefined
        ? causeAndFix(health.error.message)
        : { cause: health.error.message, fix: health.error.help }
    if (health.error.kind !== 'not-read')
      lines.push(`${indent}${label(health.status === 'failed' ? 'failed' : 'skipped')}${health.error.kind}`)
    lines.push(`${indent}${label('cause')}${cut(shown(cause), MAX_CAUSE)}`)
    const advice = health.fix ?? fix
    if (advice) lines.push(`${indent}${label('fix')}${shown(advice)}`)
  }
  const last = health.stderrTail
    ?.split('\n')
    .filter((l) => l.trim())
    .at(-1)
  if (last !== undefined && health.status === 'failed') lines.push(`${indent}${label('stderr')}${shown(last)}`)
  if (health.why) lines.push(`${indent}${label('more')}mcpcop why ${health.why}`)
  return lines
}

function summary(result: DoctorResult): string {
  const { entries } = result
  const notRead = entries.filter((e) => e.notRead !== undefined).length
  const unread = notRead > 0 ? `, ${notRead} not read by their host` : ''
  if (!result.report.doctor.dryRun)
    return `${plural(entries.length, 'server')} configured${unread}; none started (--no-dry-run)`
  const count = (status: string): number =>
    entries.filter((e) => e.notRead === undefined && e.health?.status === status).length
  return `${plural(entries.length, 'server')}: ${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped${unread}`
}
