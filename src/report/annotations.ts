import { nodeCrypto } from '../lazy-crypto.js'
import { compareDiagnostics } from '../finding.js'
import type { Diagnostic, Report, Severity } from '../types.js'
import { ruleInfo } from '../diagnostics.js'
import { hasUnsafeCharacters, terminalSafe, terminalSafeLine } from './terminal.js'

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the rest
 * silently (actions/toolkit docs/problem-matchers.md, "Limitations"; the REST description of
 * checks/create repeats it for errors and warnings).
 */
export const ANNOTATIONS_PER_LEVEL = 10

/**
 * The properties of one workflow-command annotation, as `@actions/core` takes them. No file (nor lines) when
 * the path holds a character the log could act on: the message names the path then.
 */
export interface AnnotationProperties {
  title: string
  file?: string
  startLine?: number
  endLine?: number
  /** Only when the range is on one line: GitHub rejects columns on a multi-line annotation. */
  startColumn?: number
  /** The last column (inclusive), as GitHub reads it; the report's `endColumn` is exclusive. */
  endColumn?: number
}

/** One annotation to emit. */
export interface Annotation {
  level: Severity
  message: string
  properties: AnnotationProperties
  diagnostic: Diagnostic
}

/** Which diagnostics become annotations, in emission order, and which are left for the log. */
export interface AnnotationPlan {
  annotations: Annotation[]
  /** Diagnostics over the per-level limit, most important first; print them as plain lines. */
  overflow: Diagnostic[]
}

export interface AnnotationOptions {
  /** Annotations per level (default and maximum 10, what GitHub displays). */
  perLevel?: number
  /**
   * Keep one error slot free for the step's final failure message (`core.setFailed` is itself an
   * error annotation), so that the reason the check failed is always shown.
   */
  reserveErrorSlot?: boolean
  /** Slots already taken per level by other messages of the same step (a notice about the comment). */
  taken?: Partial<Record<Severity, number>>
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 }

/**
 * Within one severity, what to show first when not everything fits: leaked credentials, then other
 * security problems, then files the host cannot load at all, then entries it cannot load, then the
 * rest.
 */
function importance(d: Diagnostic): number {
  if (d.ruleId === 'hardcoded-secret') return -1
  const tags = ruleInfo(d.ruleId).tags
  if (tags.includes('security')) return 0
  if (tags.includes('syntax') || tags.includes('file')) return 1
  if (tags.includes('schema')) return 2
  if (tags.includes('rule')) return 3
  return 4
}

/** Diagnostics ordered most important first: by severity, then kind of problem, then position. */
export function rankDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || importance(a) - importance(b) || compareDiagnostics(a, b)
  )
}

/**
 * Whether a diagnostic's path can go in an annotation's `file`: the runner escapes only `%`, CR, LF, `:` and `,`
 * there, and shows the rest as it is (escape sequences, C1 controls, bidi overrides). Replacing them would
 * break the link to the file anyway.
 */
function fileIsSafe(d: Diagnostic): boolean {
  return !hasUnsafeCharacters(d.file)
}

/** The annotation properties of one diagnostic: exact range, columns only on a single line. */
export function annotationProperties(d: Diagnostic): AnnotationProperties {
  if (!fileIsSafe(d)) return { title: `mcpcop: ${d.ruleId}` }
  const properties: AnnotationProperties = {
    title: `mcpcop: ${d.ruleId}`,
    file: d.file,
    startLine: d.line,
    endLine: Math.max(d.line, d.endLine)
  }
  if (d.endLine === d.line) {
    properties.startColumn = d.column
    properties.endColumn = Math.max(d.column, d.endColumn - 1)
  }
  return properties
}

/** Picks the annotations GitHub will display (most important first, capped per level). */
export function planAnnotations(diagnostics: readonly Diagnostic[], options: AnnotationOptions = {}): AnnotationPlan {
  const perLevel = Math.min(ANNOTATIONS_PER_LEVEL, Math.max(0, options.perLevel ?? ANNOTATIONS_PER_LEVEL))
  const free = (level: Severity): number =>
    Math.max(0, perLevel - (options.taken?.[level] ?? 0) - (level === 'error' && options.reserveErrorSlot ? 1 : 0))
  const limits: Record<Severity, number> = { error: free('error'), warning: free('warning'), notice: free('notice') }
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  const overflow: Diagnostic[] = []
  for (const d of rankDiagnostics(diagnostics)) {
    if (used[d.severity] >= limits[d.severity]) {
      overflow.push(d)
      continue
    }
    used[d.severity]++
    // The log viewer renders ANSI sequences: none from a file may reach it, in annotations either.
    annotations.push({
      level: d.severity,
      // A path left out of the properties is named in the message, as the stylish format shows it.
      message: fileIsSafe(d)
        ? terminalSafe(d.message)
        : `${terminalSafeLine(d.file)}:${d.line}:${d.column}: ${terminalSafe(d.message)}`,
      properties: annotationProperties(d),
      diagnostic: d
    })
  }
  return { annotations, overflow }
}

/** One diagnostic as a plain log line, in the compiler-style form problem matchers read. */
export function plainLine(d: Diagnostic): string {
  return `${terminalSafeLine(d.file)}:${d.line}:${d.column}: ${d.severity}: ${terminalSafeLine(d.message)} [${d.ruleId}]`
}

/**
 * Text from configs (code frames, messages, paths) for a log that the runner reads for workflow
 * commands: printed between `::stop-commands::<token>` and `::<token>::`, as the toolkit advises,
 * with a fresh random token each time, so no line inside (`::error …`, `::add-mask::`,
 * `##[stop-commands]…`, a lone carriage return) is taken as a command.
 */
export function commandsStopped(text: string): string {
  const token = nodeCrypto().randomBytes(16).toString('hex')
  // A slice, not a copy: the text can be the whole log of findings.
  return `::stop-commands::${token}\n${text.endsWith('\n') ? text.slice(0, -1) : text}\n::${token}::`
}

// The runner's escaping of workflow commands (actions/toolkit packages/core/src/command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One annotation as a workflow command line (`::error file=…,line=…::message`). */
export function workflowCommand(annotation: Annotation): string {
  const p = annotation.properties
  const pairs: [string, string | number | undefined][] = [
    ['title', p.title],
    ['file', p.file],
    ['line', p.startLine],
    ['endLine', p.endLine],
    ['col', p.startColumn],
    ['endColumn', p.endColumn]
  ]
  const properties = pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',')
  return `::${annotation.level} ${properties}::${escapeData(annotation.message)}`
}

/**
 * The `github` format: workflow commands for the annotations GitHub will show, then the rest as
 * plain lines, so a CLI step in a workflow annotates the pull request like the action does.
 */
export function formatWorkflowCommands(report: Report, options: AnnotationOptions = {}): string {
  const plan = planAnnotations(report.diagnostics, options)
  const lines = plan.annotations.map(workflowCommand)
  if (plan.overflow.length > 0) {
    lines.push(
      `${plan.overflow.length} more finding(s) not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step):`
    )
    lines.push(commandsStopped(plan.overflow.map(plainLine).join('\n')))
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
