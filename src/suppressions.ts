import { compileGlob } from './glob.js'
import type { Diagnostic, Range } from './types.js'

/**
 * One finding (or a few) the project accepts, written in the settings file with the reason, and
 * optionally a date after which it must be looked at again. A suppression names its rule and at
 * least a file or a server; it never hides a file that cannot be read or checked.
 */
export interface Suppression {
  rule: string
  /** A path or glob, relative to the settings file's folder. */
  file?: string
  server?: string
  /** Why the finding is accepted: shown wherever the suppressed finding is counted. */
  reason: string
  /** The last day (YYYY-MM-DD, UTC) the suppression applies. */
  until?: string
  /** Where the entry is in the settings file. */
  range: Range
}

/** A finding left out by a suppression. */
export interface Suppressed {
  diagnostic: Diagnostic
  reason: string
}

export interface SuppressionOptions {
  /** The settings file (relative to the working directory), where problems with suppressions are reported. */
  settingsFile: string
  /** A checked file's path as the settings see it (relative to the settings file's folder). */
  fromSettings(file: string): string
  /** The files that were checked (relative to the working directory). */
  checkedFiles: readonly string[]
  /** Today, as YYYY-MM-DD (UTC). */
  today: string
  /**
   * Whether findings of this rule could have been made in this run: a dry-run or surface rule's
   * suppression is not unused in a run without a dry run.
   */
  couldReport(ruleId: string): boolean
}

export interface SuppressionOutcome {
  kept: Diagnostic[]
  suppressed: Suppressed[]
  /** An expired or unused suppression, as a finding at its entry in the settings file. */
  problems: Diagnostic[]
}

/**
 * Today's date in UTC, as the `until` dates are written (YYYY-MM-DD). From its UTC fields: the first
 * `toISOString` of a process costs ~1 ms of every run, these a tenth of that.
 */
export function todayUtc(now: Date = new Date()): string {
  const twoDigits = (n: number): string => String(n).padStart(2, '0')
  return `${String(now.getUTCFullYear()).padStart(4, '0')}-${twoDigits(now.getUTCMonth() + 1)}-${twoDigits(now.getUTCDate())}`
}

/**
 * Leaves out the findings that an active suppression matches, and reports each suppression that has
 * expired (its findings are back) or that matched nothing in the files it names (remove it).
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: readonly Suppression[],
  options: SuppressionOptions
): SuppressionOutcome {
  if (suppressions.length === 0) return { kept: [...diagnostics], suppressed: [], problems: [] }
  const active = suppressions.map((s) => ({
    s,
    expired: s.until !== undefined && s.until < options.today,
    match: s.file === undefined ? () => true : compileGlob(s.file),
    used: false
  }))
  const kept: Diagnostic[] = []
  const suppressed: Suppressed[] = []
  for (const d of diagnostics) {
    const by = active.find(
      (a) =>
        !a.expired &&
        a.s.rule === d.ruleId &&
        (a.s.server === undefined || a.s.server === d.server) &&
        a.match(options.fromSettings(d.file))
    )
    if (!by) {
      kept.push(d)
      continue
    }
    by.used = true
    suppressed.push({ diagnostic: d, reason: by.s.reason })
  }
  const problems: Diagnostic[] = []
  for (const a of active) {
    const at = { file: options.settingsFile, ...position(a.s.range) }
    if (a.expired) {
      problems.push({
        ruleId: 'suppression-expired',
        severity: 'warning',
        message: `suppression of ${describe(a.s)} expired on ${a.s.until}: fix the finding or renew the date`,
        ...at,
        messageId: 'expired',
        data: { rule: a.s.rule, until: a.s.until ?? '' }
      })
      continue
    }
    const inScope = a.s.file === undefined || options.checkedFiles.some((f) => a.match(options.fromSettings(f)))
    if (!a.used && inScope && options.couldReport(a.s.rule))
      problems.push({
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `suppression of ${describe(a.s)} matches no finding: remove it`,
        ...at,
        messageId: 'unused',
        data: { rule: a.s.rule }
      })
  }
  return { kept, suppressed, problems }
}

function describe(s: Suppression): string {
  const where = [s.server === undefined ? '' : `"${s.server}"`, s.file === undefined ? '' : `in ${s.file}`]
    .filter(Boolean)
    .join(' ')
  return `${s.rule}${where ? ` (${where})` : ''}`
}

function position(range: Range): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  return { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column }
}
