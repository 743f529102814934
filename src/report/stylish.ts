import { inspect } from 'node:util'
import { LineIndex } from '../parse/source.js'
import type { Diagnostic, Report, Severity } from '../types.js'
import { redact } from '../mask.js'
import { countBySeverity, plural } from './summary.js'
import { terminalSafe, terminalSafeLine } from './terminal.js'

export interface StylishOptions {
  color: boolean
  /** File texts by path, for code frames; a diagnostic without its text gets none. */
  sources?: Map<string, string>
  /**
   * Values masked in the source before a frame cuts its window, and in what a server said about
   * itself before the server table cuts it: a cut could split a secret in two, and masking the
   * printed text afterwards would no longer find it.
   */
  secrets?: Iterable<string>
  /** Sentences printed before the total (a changed settings file, a dry run without isolation). */
  notes?: string[]
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
  const indexes = new Map<string, LineIndex>()
  for (const d of report.diagnostics) {
    const where = paint('bold', `${terminalSafeLine(d.file)}:${d.line}:${d.column}`)
    out.push(
      `${where}  ${paint(severityStyle[d.severity], d.severity)}  ${terminalSafeLine(d.message)}  ${paint('dim', d.ruleId)}`
    )
    if (d.help !== undefined) out.push(paint('dim', `  ↳ ${terminalSafeLine(d.help)}`))
    const text = options.sources?.get(d.file)
    if (text !== undefined && text.length > 0) {
      let lines = indexes.get(d.file)
      if (!lines) indexes.set(d.file, (lines = new LineIndex(options.secrets ? redact(text, options.secrets) : text)))
      out.push(codeFrame(lines, d).replace(/^/gm, '  '), '')
    }
  }
  if (report.servers.length > 0) out.push(...serverTable(report, paint, options.secrets ?? []), '')
  for (const note of options.notes ?? []) out.push(paint('yellow', `⚠ ${terminalSafeLine(note)}`), '')
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
function serverTable(
  report: Report,
  paint: (style: Style, text: string) => string,
  secrets: Iterable<string>
): string[] {
  // What a server said about itself, masked before it is cut: masking the cut text could miss a secret cut in two.
  const cell = (text: string, max: number): string => {
    const masked = redact(text, secrets)
    return terminalSafeLine(masked.length > max ? `${masked.slice(0, max - 1)}…` : masked)
  }
  const rows = report.servers.map((s) => [
    s.status,
    s.transport,
    `${(s.durationMs / 1000).toFixed(1)}s`,
    terminalSafeLine(`${s.file} ${s.name}`),
    s.serverInfo ? cell(`${s.serverInfo.name} ${s.serverInfo.version}`, 80) : '',
    cell(s.protocolVersion ?? '', 40),
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
      for (const tail of s.stderrTail.split('\n').slice(-5))
        out.push(paint('dim', `    stderr │ ${terminalSafeLine(tail)}`))
  })
  const count = (status: string): number => report.servers.filter((s) => s.status === status).length
  out.push(
    `dry run: ${plural(report.servers.length, 'server')}, ${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped`
  )
  return out
}

/** Characters of a source line shown in a frame; a longer line shows a window around the column. */
export const FRAME_WIDTH = 160

/**
 * A code frame like @babel/code-frame's (the line before and after, `>` on the line, carets under
 * the range), but bounded whatever the file: only the lines it shows are read from the text, and a
 * long line shows FRAME_WIDTH characters around the column with `…` where it was cut, so a
 * one-line file with a thousand findings costs a thousand small frames, not a thousand copies of
 * the line.
 */
export function codeFrame(lines: LineIndex, d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const text = lines.text
  const first = Math.max(1, d.line - 1)
  const last = Math.min(lines.lineCount, d.line + 1)
  const gutter = String(last).length
  const lineText = (n: number): string => {
    const start = lines.lineStart(n)
    const end = n < lines.lineCount ? lines.lineStart(n + 1) : text.length
    let cut = Math.min(end, start + d.column + 4 * FRAME_WIDTH)
    // The line's break (\n, \r\n or \r, only ever at its end) is left out by looking at the last characters: a
    // pattern would scan the slice, as long as the column is far, for each finding of a one-line file.
    if (cut > start && text.charCodeAt(cut - 1) === 10) cut--
    if (cut > start && text.charCodeAt(cut - 1) === 13) cut--
    return text.slice(start, cut)
  }
  const column = Math.max(1, d.column)
  const full = lineText(d.line)
  // The window's first character, the same for all three lines so the columns stay aligned.
  const from =
    full.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(column - 1 - FRAME_WIDTH / 4, full.length - FRAME_WIDTH))
  const visible = (line: string): string => {
    const cut = line.slice(from, from + FRAME_WIDTH)
    return terminalSafe((from > 0 ? '…' : '') + cut + (line.length > from + FRAME_WIDTH ? '…' : ''))
  }
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const content = visible(n === d.line ? full : lineText(n))
    const number = String(n).padStart(gutter)
    out.push(`${n === d.line ? '>' : ' '} ${number} |${content ? ` ${content}` : ''}`)
    if (n !== d.line) continue
    const shown = full.slice(from, column - 1)
    const lead = (from > 0 ? ' ' : '') + shown.replace(/[^\t]/g, ' ')
    const wanted = d.endLine === d.line ? Math.max(1, d.endColumn - column) : 1
    const room = Math.max(1, FRAME_WIDTH - shown.length)
    out.push(`  ${' '.repeat(gutter)} | ${lead}${'^'.repeat(Math.min(wanted, room))}`)
  }
  return out.join('\n')
}
