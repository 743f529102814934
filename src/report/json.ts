import type { Report } from '../types.js'

/** The machine-readable report (version 1), exactly as documented in the README. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
