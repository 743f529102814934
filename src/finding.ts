import type { Diagnostic, Range, Server, Severity } from './types.js'

/** A diagnostic before it is tied to a file: what adapters, the schema step and rules produce. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  range: Range
  server?: string
  /** Which of its rule's messages this is, and the values it names. */
  messageId?: string
  data?: Record<string, string | number>
  /** Why it matters and how to fix it, when the message alone is short. */
  help?: string
}

/**
 * Longest message kept: messages quote keys and values from the file, and a 70 KB key quoted once
 * per finding would make every output grow with the square of the file.
 */
export const MAX_MESSAGE_CHARS = 1000

/** A message cut to MAX_MESSAGE_CHARS, with an ellipsis where it was cut. */
export function boundedMessage(message: string): string {
  return message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : message
}

/** Flattens a finding into the report's diagnostic shape. */
export function toDiagnostic(file: string, finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: boundedMessage(finding.message),
    file,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column
  }
  if (finding.server !== undefined) diagnostic.server = finding.server
  if (finding.messageId !== undefined) {
    diagnostic.messageId = finding.messageId
    diagnostic.data = Object.fromEntries(
      Object.entries(finding.data ?? {}).map(([key, value]) => [
        key,
        typeof value === 'string' ? boundedMessage(value) : value
      ])
    )
  }
  if (finding.help !== undefined) diagnostic.help = boundedMessage(finding.help)
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
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  )
}

/**
 * Alphabetical, ignoring case, then by code unit: the same on every machine, where `localeCompare` followed
 * the machine's locale, and loaded the collation data (15-30 ms) in every run that had two findings at one place.
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1
  return a < b ? -1 : 1
}

/** A diagnostic at the key of a server's entry in its config file. */
export function atServer(server: Server, ruleId: string, severity: Severity, message: string): Diagnostic {
  const range = server.keyRange ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  return {
    ruleId,
    severity,
    message,
    file: server.file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    server: server.name
  }
}
