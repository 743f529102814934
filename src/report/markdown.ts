import { hostById } from '../hosts/index.js'
import { redact } from '../mask.js'
import type { Suppressed } from '../suppressions.js'
import type { Diagnostic, Report, ServerResult, Severity, Surface } from '../types.js'
import { rankDiagnostics } from './annotations.js'
import { escapeMarkdown, fencedBlock, revealInvisible } from './escape.js'
import { ruleInfo } from '../diagnostics.js'
import { countBySeverity, plural, reachesFailLevel, type FailOn } from './summary.js'

/** Largest job summary GitHub accepts is 1 MiB per step; stay well below it. */
export const SUMMARY_MAX_BYTES = 900 * 1024
/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"); stay below it. */
export const COMMENT_MAX_CHARS = 60_000

export interface MarkdownOptions {
  failOn: FailOn
  /** Upper bound of the text in UTF-16 code units (a comment body). */
  maxChars?: number
  /** Upper bound of the text in UTF-8 bytes (a job summary). */
  maxBytes?: number
  /** Trusted Markdown saying where the complete results are, shown when something did not fit. */
  moreHint?: string
  /** Values to mask wherever they appear. */
  secrets?: Iterable<string>
  /** A hidden line appended at the end (the sticky comment's marker). */
  marker?: string
  /**
   * Scope `new`: the findings from before the change, listed in a collapsed section (the job summary)
   * or only counted (the comment). `report.diagnostics` are then the ones the change introduces.
   */
  preexisting?: readonly Diagnostic[] | number
  /** Caveats about the comparison with the base, shown under the verdict. */
  notes?: readonly string[]
  /** What the settings' suppressions and the baseline left out. */
  settled?: SettledSummary
  /** Findings the change introduces that the baseline hides: shown to the reviewer. */
  newlyBaselined?: readonly Diagnostic[]
  /**
   * Trusted Markdown shown after the findings (the tool lock's changes in a pull request). A section
   * that does not fit is left out and counted in the "not shown" note.
   */
  sections?: readonly string[]
}

/** What the summary says about findings the project settled (suppressed or baselined). */
export interface SettledSummary {
  suppressed: readonly Suppressed[]
  settingsFile?: string
  baselined: number
  baselineFile?: string
  /** Baselined findings no longer found. */
  gone: number
  /** Whether some of them are dry-run findings, which only a run with --dry-run writes again. */
  goneNeedsDryRun?: boolean
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' }
const STATUS_ICON: Record<ServerResult['status'], string> = { ok: '✅', failed: '❌', skipped: '⏭️' }
// Room kept for the "not shown" note and the marker, so that adding them never breaks the limit.
const RESERVE = 1024

/** One row or block of output, measured before it is given room. */
interface Piece {
  text: string
  /** The file whose findings table the row belongs to. */
  group?: string
}

/**
 * The job summary and pull-request comment: a verdict, the findings per file (most important
 * first when they do not all fit), the dry-run table and the files checked. Every string from a
 * config is masked and escaped; the result stays under the given size with a "not shown" note.
 */
export function formatMarkdown(report: Report, options: MarkdownOptions): string {
  const secrets = [...(options.secrets ?? [])]
  const text = (value: string): string => escapeMarkdown(redact(value, secrets))
  const counts = countBySeverity(report.diagnostics)
  const failing = reachesFailLevel(report.diagnostics, options.failOn)
  const failedServers = report.servers.filter((s) => s.status === 'failed').length

  const head: string[] = []
  const files = plural(report.files.length, 'MCP config file')
  const before = options.preexisting
  const beforeCount = typeof before === 'number' ? before : (before?.length ?? 0)
  const compared = before !== undefined
  const beforeLine =
    beforeCount > 0
      ? ` ${plural(beforeCount, 'pre-existing finding')}, not introduced by this change, ${beforeCount === 1 ? 'is' : 'are'} ${typeof before === 'number' ? 'listed in the job summary' : 'listed below'}.`
      : ''
  if (report.diagnostics.length === 0 && (compared || failedServers === 0)) {
    head.push(
      `## ✅ mcpcop: ${compared ? 'no new problems' : 'all clear'}`,
      '',
      report.files.length === 0
        ? 'No MCP config files were found.'
        : compared
          ? `This change introduces no problems in ${files}.${beforeLine}`
          : `No problems in ${files}.`
    )
  } else {
    const problemFiles = new Set(report.diagnostics.map((d) => d.file)).size
    head.push(
      `## ${failing ? '❌' : '⚠️'} mcpcop: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`,
      ''
    )
    head.push(
      (compared
        ? `Introduced by this change, in ${problemFiles} of ${files}.`
        : `Found in ${problemFiles} of ${files}.`) +
        (failedServers > 0 && !compared ? ` ${plural(failedServers, 'server')} failed the dry run.` : '') +
        beforeLine
    )
  }
  const settled = options.settled
  if (settled) {
    const left: string[] = []
    if (settled.suppressed.length > 0)
      left.push(
        `${plural(settled.suppressed.length, 'finding')} suppressed in \`${text(settled.settingsFile ?? 'the settings')}\``
      )
    if (settled.baselined > 0)
      left.push(`${plural(settled.baselined, 'finding')} in the baseline \`${text(settled.baselineFile ?? '')}\``)
    if (left.length > 0)
      head.push(
        '',
        `${left.join(' and ')} ${left.length > 1 || settled.suppressed.length + settled.baselined > 1 ? 'are' : 'is'} not reported.`
      )
    if (settled.gone > 0)
      head.push(
        '',
        `${plural(settled.gone, 'baselined finding')} no longer ${settled.gone === 1 ? 'occurs' : 'occur'}: run \`npx mcpcop --write-baseline${settled.goneNeedsDryRun ? ' --dry-run' : ''}\` to shrink the baseline.`
      )
  }
  for (const note of options.notes ?? []) head.push('', `> Note: ${text(note)}`)
  head.push(
    '',
    failing
      ? `This check fails: findings reach \`fail-on: ${options.failOn}\`.`
      : `This check passes (\`fail-on: ${options.failOn}\`).`
  )

  // Candidates in the order they get room: findings (most important first), servers, details, files. A
  // finding's row is made when it is its turn, so rows that cannot fit are never made.
  const findings = rankDiagnostics(report.diagnostics)
  const servers = report.servers.map((s): Piece & { s: ServerResult } => ({ text: serverRow(s, text), s }))
  const details = report.servers
    .filter((s) => s.status !== 'ok' && s.stderrTail)
    .map((s): Piece & { s: ServerResult } => ({ text: stderrDetails(s, text, secrets), s }))
  const offers = report.servers
    .filter((s) => s.surface && surfaceSize(s.surface) > 0)
    .map((s): Piece & { s: ServerResult } => ({ text: surfaceDetails(s, text), s }))
  const fileCounts = countsByFile(report.diagnostics)
  const fileRows = report.files.map((f): Piece => ({
    text: `| ${text(f.path)} | ${f.host ? text(hostById(f.host)?.name ?? f.host) : '—'} | ${f.servers.length > 0 ? text(f.servers.join(', ')) : '—'} | ${fileCounts(f.path)} |`
  }))

  const limitChars = options.maxChars ?? Infinity
  const limitBytes = options.maxBytes ?? Infinity
  let chars = 0
  let bytes = 0
  const take = (value: string): boolean => {
    const c = value.length + 1
    const b = Buffer.byteLength(value) + 1
    if (chars + c > limitChars - RESERVE || bytes + b > limitBytes - RESERVE) return false
    chars += c
    bytes += b
    return true
  }
  const added = options.newlyBaselined ?? []
  if (added.length > 0) {
    head.push(
      '',
      `### ⚠️ New findings hidden by the baseline`,
      '',
      `This change brings ${plural(added.length, 'finding')} that the baseline hides, so ${added.length === 1 ? 'it is' : 'they are'} not reported:`,
      '',
      '| | file | line | rule | message |',
      '| --- | --- | --- | --- | --- |',
      ...rankDiagnostics(added)
        .slice(0, 50)
        .map((d) => preexistingRow(d, text))
    )
    if (added.length > 50) head.push(`| | … ${added.length - 50} more | | | |`)
  }
  take(head.join('\n'))

  // Each group (a file's findings, the dry-run table, the files table) costs its heading once.
  const shownFindings: (Piece & { d: Diagnostic })[] = []
  const openedFiles = new Set<string>()
  const findingsHeading = '\n### Findings\n'
  let findingsOpened = false
  let stopped = false
  for (const d of findings) {
    const piece = { text: findingRow(d, text), group: d.file, d }
    let cost = piece.text
    if (!findingsOpened) cost = `${findingsHeading}\n${cost}`
    if (!openedFiles.has(piece.group)) cost = `${groupHeader(piece.group, report, text, fileCounts)}\n${cost}`
    if (!take(cost)) {
      stopped = true
      break
    }
    findingsOpened = true
    openedFiles.add(piece.group)
    shownFindings.push(piece)
  }
  // Trusted sections (the tool lock's changes): after the findings, before the dry-run table.
  const sections = options.sections ?? []
  const shownSections = stopped ? [] : sections.filter((section) => take(`\n${section}`))
  const shownServers: typeof servers = []
  const serverHeading = `\n### Dry run: ${serverTally(report.servers)}\n\n| status | server | file | transport | time | implementation | protocol | tools | problem |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`
  if (!stopped && servers.length > 0 && take(serverHeading)) {
    for (const piece of servers) {
      if (!take(piece.text)) break
      shownServers.push(piece)
    }
  }
  const shownDetails: typeof details = []
  const shownServerResults = new Set(shownServers.map((p) => p.s))
  for (const piece of [...details, ...offers]) {
    if (shownServerResults.has(piece.s) && take(piece.text)) shownDetails.push(piece)
  }
  // Pre-existing findings (scope `new`): collapsed, after everything the change introduced.
  const beforeList = Array.isArray(before) ? rankDiagnostics(before) : []
  const beforeRows: string[] = []
  const beforeHeading = `\n<details><summary>${plural(beforeList.length, 'pre-existing finding')}, not introduced by this change</summary>\n\n| | file | line | rule | message |\n| --- | --- | --- | --- | --- |`
  if (beforeList.length > 0 && !stopped && take(beforeHeading + '\n\n</details>')) {
    for (const d of beforeList) {
      const row = preexistingRow(d, text)
      if (!take(row)) break
      beforeRows.push(row)
    }
  }
  const suppressedRows: string[] = []
  const suppressedList = settled?.suppressed ?? []
  const suppressedHeading = `\n<details><summary>${plural(suppressedList.length, 'suppressed finding')}</summary>\n\n| file | line | rule | reason |\n| --- | --- | --- | --- |`
  if (suppressedList.length > 0 && !stopped && take(suppressedHeading + '\n\n</details>')) {
    for (const { diagnostic: d, reason } of suppressedList) {
      const row = `| ${text(d.file)} | ${d.line}:${d.column} | ${text(d.ruleId)} | ${text(reason)} |`
      if (!take(row)) break
      suppressedRows.push(row)
    }
  }
  const shownFiles: Piece[] = []
  const filesHeading = `\n<details><summary>${plural(report.files.length, 'file')} checked</summary>\n\n| file | host | servers | findings |\n| --- | --- | --- | --- |`
  if (
    fileRows.length > 0 &&
    shownFindings.length === findings.length &&
    shownServers.length === servers.length &&
    take(filesHeading + '\n\n</details>')
  ) {
    for (const piece of fileRows) {
      if (!take(piece.text)) break
      shownFiles.push(piece)
    }
  }

  const out = [...head]
  if (shownFindings.length > 0) {
    out.push('', '### Findings')
    // Shown findings are grouped by file, in file and line order.
    const byFile = new Map<string, (typeof shownFindings)[number][]>()
    for (const piece of shownFindings) {
      const list = byFile.get(piece.d.file)
      if (list) list.push(piece)
      else byFile.set(piece.d.file, [piece])
    }
    for (const file of [...byFile.keys()].sort()) {
      out.push(groupHeader(file, report, text, fileCounts))
      const rows = byFile.get(file)!.sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column)
      out.push(...rows.map((piece) => piece.text))
    }
  }
  for (const section of shownSections) out.push('', section.trimEnd())
  if (shownServers.length > 0) {
    out.push(serverHeading, ...shownServers.map((p) => p.text))
    for (const piece of shownDetails) out.push('', piece.text)
  }
  if (beforeRows.length > 0) {
    out.push(beforeHeading, ...beforeRows)
    if (beforeRows.length < beforeList.length) out.push(`| | … ${beforeList.length - beforeRows.length} more | | | |`)
    out.push('', '</details>')
  }
  if (suppressedRows.length > 0) {
    out.push(suppressedHeading, ...suppressedRows)
    if (suppressedRows.length < suppressedList.length)
      out.push(`| … ${suppressedList.length - suppressedRows.length} more | | | |`)
    out.push('', '</details>')
  }
  if (shownFiles.length > 0) {
    out.push(filesHeading, ...shownFiles.map((p) => p.text))
    if (shownFiles.length < fileRows.length) out.push(`| … ${fileRows.length - shownFiles.length} more | | | |`)
    out.push('', '</details>')
  }
  const missing = [
    [findings.length - shownFindings.length, 'finding'],
    [servers.length - shownServers.length, 'dry-run result'],
    [sections.length - shownSections.length, 'section']
  ] as const
  const notShown = missing.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun))
  if (notShown.length > 0) {
    out.push(
      '',
      `> **${notShown.join(' and ')} not shown** here (size limit).` + (options.moreHint ? ` ${options.moreHint}` : '')
    )
  }
  if (options.marker) out.push('', options.marker)
  return out.join('\n') + '\n'
}

function preexistingRow(d: Diagnostic, text: (s: string) => string): string {
  const rule = ruleInfo(d.ruleId)
  return `| ${ICON[d.severity]} ${d.severity} | ${text(d.file)} | ${d.line}:${d.column} | [${text(d.ruleId)}](${rule.helpUri}) | ${messageCell(d, text)} |`
}

function findingRow(d: Diagnostic, text: (s: string) => string): string {
  const rule = ruleInfo(d.ruleId)
  return `| ${ICON[d.severity]} ${d.severity} | ${d.line}:${d.column} | [${text(d.ruleId)}](${rule.helpUri}) | ${messageCell(d, text)} |`
}

/** A finding's one sentence, with its why and fix folded away behind it when it has them. */
function messageCell(d: Diagnostic, text: (s: string) => string): string {
  if (d.help === undefined) return text(d.message)
  return `${text(d.message)}<details><summary>why, and how to fix</summary>${text(d.help)}</details>`
}

/** A file's heading and the head of its findings table. */
function groupHeader(
  file: string,
  report: Report,
  text: (s: string) => string,
  counts: (file: string) => string
): string {
  const host = report.files.find((f) => f.path === file)?.host
  const name = host ? (hostById(host)?.name ?? host) : undefined
  const heading = `**${text(file)}**${name ? ` · ${text(name)}` : ''} · ${counts(file)}`
  return `\n${heading}\n\n| | line | rule | message |\n| --- | --- | --- | --- |`
}

/** "1 error, 2 warnings" per file (counted once for all files). */
function countsByFile(diagnostics: readonly Diagnostic[]): (file: string) => string {
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  return (file) => {
    const counts = countBySeverity(byFile.get(file) ?? [])
    const parts = (['error', 'warning', 'notice'] as const)
      .filter((s) => counts[s] > 0)
      .map((s) => plural(counts[s], s))
    return parts.length > 0 ? parts.join(', ') : 'no problems'
  }
}

function serverTally(servers: readonly ServerResult[]): string {
  const count = (status: ServerResult['status']): number => servers.filter((s) => s.status === status).length
  return `${count('ok')} ok, ${count('failed')} failed, ${count('skipped')} skipped`
}

function serverRow(s: ServerResult, text: (value: string) => string): string {
  const cells = [
    `${STATUS_ICON[s.status]} ${s.status}`,
    text(s.name),
    text(s.file),
    s.transport,
    `${(s.durationMs / 1000).toFixed(1)}s`,
    s.serverInfo ? text(`${s.serverInfo.name} ${s.serverInfo.version}`) : '',
    s.protocolVersion ? text(s.protocolVersion) : '',
    s.tools === undefined ? '' : plural(s.tools, 'tool'),
    s.error ? text(`${s.error.kind}: ${s.error.message}`) : ''
  ]
  return `| ${cells.join(' | ')} |`
}

// Names beyond this many per kind are counted, not listed: the summary is for reading.
const MAX_NAMES = 100

function surfaceSize(surface: Surface): number {
  return surface.tools.length + surface.prompts.length + surface.resources.length + surface.resourceTemplates.length
}

/** A collapsed list of what a server offers, by kind, with each name as code. */
function surfaceDetails(s: ServerResult, text: (value: string) => string): string {
  const surface = s.surface!
  const kinds: [string, string, { name: string }[]][] = [
    ['tool', 'Tools', surface.tools],
    ['prompt', 'Prompts', surface.prompts],
    ['resource', 'Resources', surface.resources],
    ['resource template', 'Resource templates', surface.resourceTemplates]
  ]
  const present = kinds.filter(([, , items]) => items.length > 0)
  const counts = present.map(([noun, , items]) => plural(items.length, noun)).join(', ')
  const lines = present.map(([, label, items]) => {
    const names = items.slice(0, MAX_NAMES).map((item) => `<code>${text(revealInvisible(item.name))}</code>`)
    if (items.length > MAX_NAMES) names.push(`… ${items.length - MAX_NAMES} more`)
    return `${label}: ${names.join(', ')}`
  })
  return `<details><summary>${text(s.name)} (${text(s.file)}) offers ${counts}</summary>\n\n${lines.join('<br>\n')}\n\n</details>`
}

function stderrDetails(s: ServerResult, text: (value: string) => string, secrets: string[]): string {
  return `<details><summary>stderr of ${text(s.name)} (${text(s.file)})</summary>\n\n${fencedBlock(redact(s.stderrTail ?? '', secrets), 'text')}\n\n</details>`
}
