import type { Diagnostic, Severity } from '../types.js'

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
