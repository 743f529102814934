import { codeFrameColumns } from '@babel/code-frame'
import { inspect } from 'node:util'
import type { Report, Severity } from '../types.js'
import { countBySeverity, plural } from './summary.js'

export interface StylishOptions {
  color: boolean
  /** File texts by path, for code frames; a diagnostic without its text gets none. */
  sources?: Map<string, string>
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green'

/**
 * ANSI styling by hand, from the codes util.styleText uses: since Node 22.13 styleText also checks
 * process.stdout and the environment and drops the colour, while the CLI has decided already
 * (--color, FORCE_COLOR, NO_COLOR, a report file).
 */
function style(name: Style, text: string): string {
  const [open, close] = inspect.colors[name] ?? [0, 0]
  return `\u001b[${open}m${text}\u001b[${close}m`
}

/**
 * The terminal format: `path:line:col  severity  message  rule-id`, then a code frame with the
 * exact range underlined, then a one-line total.
 */
export function formatStylish(report: Report, options: StylishOptions): string {
  const paint = (name: Style, text: string): string => (options.color ? style(name, text) : text)
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' }
  const out: string[] = []
  for (const d of report.diagnostics) {
    const where = paint('bold', `${d.file}:${d.line}:${d.column}`)
    out.push(`${where}  ${paint(severityStyle[d.severity], d.severity)}  ${d.message}  ${paint('dim', d.ruleId)}`)
    const text = options.sources?.get(d.file)
    if (text !== undefined && text.length > 0) {
      const sameLine = d.endLine === d.line
      const frame = codeFrameColumns(
        text,
        {
          start: { line: d.line, column: d.column },
          end: sameLine ? { line: d.endLine, column: d.endColumn } : undefined
        },
        { highlightCode: false, linesAbove: 1, linesBelow: 1, forceColor: false }
      )
      out.push(frame.replace(/^/gm, '  '), '')
    }
  }
  if (report.servers.length > 0) out.push(...serverTable(report, paint), '')
  const counts = countBySeverity(report.diagnostics)
  const files = plural(report.files.length, 'file')
  if (report.diagnostics.length === 0) {
    out.push(paint('green', `✔ no problems in ${files}`))
  } else {
    const total = `${plural(report.diagnostics.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}) in ${files}`
    out.push(paint(counts.error ? 'red' : 'yellow', `✖ ${total}`))
  }
  return out.join('\n') + '\n'
}

/**
 * A fixed-width table of dry-run results, one row per server. The problem column holds the failure
 * kind only: the full message is the diagnostic printed above at the server's key. A failed
 * server's last stderr lines follow its row.
 */
function serverTable(report: Report, paint: (style: Style, text: string) => string): string[] {
  const rows = report.servers.map((s) => [
    s.status,
    s.transport,
    `${(s.durationMs / 1000).toFixed(1)}s`,
    `${s.file} ${s.name}`,
    s.serverInfo ? `${s.serverInfo.name} ${s.serverInfo.version}` : '',
    s.protocolVersion ?? '',
    s.tools === undefined ? '' : plural(s.tools, 'tool'),
    s.error ? s.error.kind : ''
  ])
  const header = ['status', 'transport', 'time', 'server', 'implementation', 'protocol', 'tools', 'problem']
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i === header.length - 1 ? 0 : r[i].length)))
  )
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const out = [paint('bold', line(header))]
  report.servers.forEach((s, i) => {
    const text = line(rows[i])
    out.push(s.status === 'ok' ? text : paint(s.status === 'failed' ? 'red' : 'yellow', text))
    if (s.status === 'failed' && s.stderrTail)
      for (const tail of s.stderrTail.split('\n').slice(-5)) out.push(paint('dim', `    stderr │ ${tail}`))
  })
  const count = (status: string): number => report.servers.filter((s) => s.status === status).length
  out.push(
    `dry run: ${plural(report.servers.length, 'server')}, ${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped`
  )
  return out
}
