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
 *
 * The settings file and the findings are both a pull request's: the time taken grows with the files
 * times the suppressions, and the findings, never with the findings times the suppressions (3,000
 * suppressions over 15,000 findings took 6 s when each finding was tried against each suppression).
 * Each file's path is matched against each suppression's glob once; a finding then looks up the
 * suppressions of its rule (for its server, and for any server) in the order the settings give them.
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
  // The live suppressions of each rule, for any server and by server, each list in the settings' order.
  const byRule = new Map<string, { anyServer: number[]; byServer: Map<string, number[]> }>()
  active.forEach((a, index) => {
    if (a.expired) return
    let lists = byRule.get(a.s.rule)
    if (!lists) byRule.set(a.s.rule, (lists = { anyServer: [], byServer: new Map() }))
    if (a.s.server === undefined) lists.anyServer.push(index)
    else {
      const list = lists.byServer.get(a.s.server)
      if (list) list.push(index)
      else lists.byServer.set(a.s.server, [index])
    }
  })
  // The findings of each file: its path is matched once against each suppression.
  const byFile = new Map<string, number[]>()
  diagnostics.forEach((d, index) => {
    const list = byFile.get(d.file)
    if (list) list.push(index)
    else byFile.set(d.file, [index])
  })
  const suppressedBy = new Array<number>(diagnostics.length).fill(-1)
  for (const [file, indices] of byFile) {
    const settingsPath = options.fromSettings(file)
    const matches = active.map((a) => !a.expired && a.match(settingsPath))
    // The first suppression of a list whose file matches this one, found once per list.
    const firstOf = new Map<number[], number>()
    const first = (list: number[] | undefined): number => {
      if (list === undefined) return -1
      let found = firstOf.get(list)
      if (found === undefined) firstOf.set(list, (found = list.find((index) => matches[index]) ?? -1))
      return found
    }
    for (const index of indices) {
      const d = diagnostics[index]
      const lists = byRule.get(d.ruleId)
      if (!lists) continue
      const forAny = first(lists.anyServer)
      const forServer = d.server === undefined ? -1 : first(lists.byServer.get(d.server))
      // The first in the settings' order, as a reader of the file would take it.
      suppressedBy[index] = forAny === -1 ? forServer : forServer === -1 ? forAny : Math.min(forAny, forServer)
    }
  }
  const kept: Diagnostic[] = []
  const suppressed: Suppressed[] = []
  diagnostics.forEach((d, index) => {
    const by = active[suppressedBy[index]]
    if (!by) {
      kept.push(d)
      return
    }
    by.used = true
    suppressed.push({ diagnostic: d, reason: by.s.reason })
  })
  // Which suppressions name a file this run checked: each checked path matched once against each.
  // (An expired one is reported as expired, whatever its scope.)
  const inScope = active.map((a) => a.s.file === undefined || a.expired)
  let outOfScope = inScope.filter((known) => !known).length
  for (const file of options.checkedFiles) {
    if (outOfScope === 0) break
    const settingsPath = options.fromSettings(file)
    active.forEach((a, index) => {
      if (inScope[index] || !a.match(settingsPath)) return
      inScope[index] = true
      outOfScope--
    })
  }
  const problems: Diagnostic[] = []
  active.forEach((a, index) => {
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
      return
    }
    if (!a.used && inScope[index] && options.couldReport(a.s.rule))
      problems.push({
        ruleId: 'suppression-unused',
        severity: 'warning',
        message: `suppression of ${describe(a.s)} matches no finding: remove it`,
        ...at,
        messageId: 'unused',
        data: { rule: a.s.rule }
      })
  })
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
