import type { Diagnostic, Severity } from '../types.js'
import { terminalSafeLine } from './terminal.js'

/** Counts of diagnostics per severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const d of diagnostics) counts[d.severity]++
  return counts
}

/** `1 error`, `2 warnings`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The level at which findings fail the run. */
export type FailOn = 'error' | 'warning' | 'notice' | 'never'

/** Whether the findings reach the `fail-on` level. */
export function reachesFailLevel(diagnostics: readonly Diagnostic[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const order: Severity[] = ['error', 'warning', 'notice']
  const limit = order.indexOf(failOn)
  return diagnostics.some((d) => order.indexOf(d.severity) <= limit)
}

/**
 * What to say of the configs the settings' `ignore` left out (`LintResult.ignored`), so that none is taken for
 * absent: each one the user named, and, when nothing was checked, how many were found. Paths are from the
 * tree, so made safe for a terminal or a CI log. `where`: the searched paths, as the user wrote them.
 */
export function ignoredConfigNotes(
  ignored: readonly { path: string; explicit: boolean }[],
  settingsFile: string | undefined,
  checkedFiles: number,
  where?: string
): { named: string[]; noneChecked?: string } {
  const settings = terminalSafeLine(settingsFile ?? 'the settings file')
  const named = ignored
    .filter((file) => file.explicit)
    .map((file) => `${terminalSafeLine(file.path)} is ignored by "ignore" in ${settings}; it was not checked`)
  const found = ignored.length - named.length
  if (checkedFiles > 0 || found === 0) return { named }
  const inWhere = where === undefined ? '' : ` in ${where}`
  return {
    named,
    noneChecked: `no MCP config checked${inWhere}: the ${plural(found, 'config')} found ${found === 1 ? 'is' : 'are'} ignored by "ignore" in ${settings}`
  }
}
