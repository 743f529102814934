import { fingerprints } from '../compare/fingerprint.js'
import type { Diagnostic, Report, Severity } from '../types.js'
import { escapeMarkdown } from './escape.js'
import { redactDeep } from '../mask.js'
import { knownRuleIds, ruleInfo } from '../diagnostics.js'

/** The schema every file we write names: the OASIS SARIF 2.1.0 (errata 01) JSON schema. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

const INFORMATION_URI = 'https://github.com/mcpcop/mcpcop'

// The subset of SARIF 2.1.0 we write; field names and meanings are the specification's.
/** A SARIF `reportingDescriptor` (one rule). */
export interface SarifRule {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: SarifLevel }
  properties: { tags: string[]; precision: string; 'problem.severity': string }
}

/** A SARIF `result`. */
export interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: SarifLevel
  /**
   * `text` is the finding's one-sentence message, which code scanning shows as the alert's title (and in
   * pull-request annotations). `markdown` adds the finding's help (the why and this finding's fix) for
   * viewers that render Markdown; code scanning itself shows `text`, and the rule's `help` beside it.
   */
  message: { text: string; markdown?: string }
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string }
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number }
    }
  }[]
  partialFingerprints: Record<string, string>
  /** The server the finding is about, and (rules with messages) its message id and help as plain text. */
  properties?: { server?: string; messageId?: string; help?: string }
}

/** A SARIF log with one run. */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: {
    tool: {
      driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] }
    }
    automationDetails?: { id: string }
    columnKind: 'utf16CodeUnits'
    originalUriBaseIds: Record<string, { description: { text: string } }>
    results: SarifResult[]
  }[]
}

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifOptions {
  /** The tool's version, written as the driver's version. */
  version: string
  /** `runAutomationDetails.id` (for example `mcpcop/`), to keep this tool's alerts apart. */
  category?: string
  /** Values to mask wherever they appear (the report's messages are already masked). */
  secrets?: Iterable<string>
}

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' }
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'recommendation' }
// GitHub shows at most 1024 characters of a rule's descriptions (SARIF support for code scanning).
const MAX_DESCRIPTION = 1024

/**
 * The report as a SARIF 2.1.0 log for `github/codeql-action/upload-sarif`: every rule mcpcop
 * can report with its description and documentation link, and one result per diagnostic with its
 * exact region (SARIF's `endColumn` is exclusive, as the report's is).
 */
export function buildSarif(report: Report, options: SarifOptions): SarifLog {
  const ids = [...new Set([...knownRuleIds(), ...report.diagnostics.map((d) => d.ruleId)])].sort()
  const index = new Map(ids.map((id, i) => [id, i]))
  const rules = ids.map(sarifRule)
  const prints = fingerprints(report.diagnostics)
  const results = report.diagnostics.map((d, i): SarifResult => {
    const result: SarifResult = {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? -1,
      level: LEVEL[d.severity],
      message: messageOf(d),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(d.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: Math.max(d.line, d.endLine),
              endColumn: Math.max(1, d.endColumn)
            }
          }
        }
      ],
      partialFingerprints: { 'mcpcop/v1': prints[i] }
    }
    const properties: NonNullable<SarifResult['properties']> = {}
    if (d.server !== undefined) properties.server = d.server
    if (d.messageId !== undefined) properties.messageId = d.messageId
    if (d.help !== undefined) properties.help = d.help
    if (Object.keys(properties).length > 0) result.properties = properties
    return result
  })
  const run: SarifLog['runs'][number] = {
    tool: {
      driver: {
        name: 'mcpcop',
        version: options.version,
        semanticVersion: options.version,
        informationUri: INFORMATION_URI,
        rules
      }
    },
    columnKind: 'utf16CodeUnits',
    originalUriBaseIds: {
      '%SRCROOT%': { description: { text: 'The root of the repository (the directory mcpcop ran in).' } }
    },
    results
  }
  if (options.category) run.automationDetails = { id: options.category }
  const log: SarifLog = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }
  return redactDeep(log, options.secrets ?? [])
}

/** The SARIF log as JSON text. */
export function formatSarif(report: Report, options: SarifOptions): string {
  return JSON.stringify(buildSarif(report, options), null, 2) + '\n'
}

/** A result's message: the sentence as text, and with the finding's help as Markdown when it has help. */
function messageOf(d: Diagnostic): SarifResult['message'] {
  if (d.help === undefined) return { text: d.message }
  return { text: d.message, markdown: `${escapeMarkdown(d.message)}\n\n${escapeMarkdown(d.help)}` }
}

function sarifRule(id: string): SarifRule {
  const info = ruleInfo(id)
  const description = info.description.slice(0, MAX_DESCRIPTION)
  return {
    id,
    name: id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: info.helpUri,
    help: {
      text: `${info.description} See ${info.helpUri}`,
      markdown: `${info.description} See [the documentation](${info.helpUri}).`
    },
    defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
    properties: {
      tags: ['mcp', ...info.tags],
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[info.defaultSeverity]
    }
  }
}

/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}
