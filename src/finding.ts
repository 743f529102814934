import type { Diagnostic, Range, Severity } from './types.js'

/** A diagnostic before it is tied to a file: what adapters, the schema step and rules produce. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  range: Range
  server?: string
}

/** Flattens a finding into the report's diagnostic shape. */
export function toDiagnostic(file: string, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column
  }
  if (finding.server !== undefined) diagnostic.server = finding.server
  return diagnostic
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/** Sorts diagnostics by file, line, column, then severity and rule, so every output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return (
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  )
}
