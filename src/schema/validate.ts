import type { ErrorObject } from 'ajv'
import type { Finding } from '../finding.js'
import { describePath } from '../describe-path.js'
import { suggest } from '../nearest.js'
import { pointerFromString, type ParsedDocument } from '../parse/source.js'
import type { PointerPath, Severity } from '../types.js'
import { quotable } from '../mask.js'

/** A validator compiled by ajv (src/schema/compiled/): true, or false with its errors. */
export interface Validator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

/** Keeps the number of errors from one hostile file bounded. */
const MAX_ERRORS_PER_FILE = 200

export interface SchemaOptions {
  /** Severity of keys the schema does not know: a warning where the host ignores them. */
  unknownKeySeverity: Severity
  /** Name of the host, used in messages. */
  hostName: string
  /** Returns the server name for a pointer inside a server entry, for the `server` field. */
  serverAt?: (path: PointerPath) => string | undefined
  /**
   * The file is a template a release script fills in (a registry `server.json`): a whole value such
   * as `<AUTO_GENERATED>` stands for what will be written there, and is not judged by format or pattern.
   */
  templates?: boolean
}

/** A whole value that marks what a script writes later: `<AUTO_GENERATED>`, `<VERSION>`. */
const TEMPLATE_MARKER = /^<[A-Za-z0-9_ .-]{2,80}>$/

/**
 * Validates a parsed document with a precompiled validator (src/schema/compiled/) and maps every ajv
 * error to a finding at the node it is about.
 */
export function validateDocument(validate: Validator, doc: ParsedDocument, options: SchemaOptions): Finding[] {
  if (validate(doc.value)) return []
  const errors = selectErrors(validate.errors ?? []).filter(
    (e) =>
      !(
        options.templates &&
        (e.keyword === 'format' || e.keyword === 'pattern') &&
        typeof e.data === 'string' &&
        TEMPLATE_MARKER.test(e.data)
      )
  )
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const error of errors.slice(0, MAX_ERRORS_PER_FILE)) {
    const finding = toFinding(error, doc, options)
    const key = `${finding.range.start.line}:${finding.range.start.column}:${finding.message}`
    if (seen.has(key)) continue
    seen.add(key)
    findings.push(finding)
  }
  return findings
}

/**
 * Drops the noise ajv produces around conditional and union schemas: the summary error of `if`, and,
 * for `anyOf`/`oneOf`, keeps the errors of the branch that came closest (fewest errors) instead of all.
 */
function selectErrors(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors.filter((e) => e.keyword !== 'if')
  const unions = kept.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  for (const union of unions) {
    const prefix = union.schemaPath + '/'
    const inside = kept.filter((e) => e.schemaPath.startsWith(prefix))
    if (inside.length === 0) continue
    const byBranch = new Map<string, ErrorObject[]>()
    for (const e of inside) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e])
    }
    // A branch whose errors are all about the value's own type did not fit at all; prefer one that did.
    const ranked = [...byBranch.values()].sort((a, b) => score(a, union) - score(b, union))
    const best = ranked[0]
    const bestFits = best.every(
      (e) =>
        e.instancePath !== union.instancePath || (e.keyword !== 'type' && e.keyword !== 'const' && e.keyword !== 'enum')
    )
    const drop = new Set(inside.filter((e) => !(bestFits && best.includes(e))))
    if (bestFits) drop.add(union)
    kept = kept.filter((e) => !drop.has(e))
  }
  return kept
}

function score(branch: ErrorObject[], union: ErrorObject): number {
  const typeMismatch = branch.some(
    (e) => e.instancePath === union.instancePath && (e.keyword === 'type' || e.keyword === 'const')
  )
  return (typeMismatch ? 1000 : 0) + branch.length
}

function toFinding(error: ErrorObject, doc: ParsedDocument, options: SchemaOptions): Finding {
  const path = pointerFromString(error.instancePath)
  const explain = explanation(error)
  const where = describePath(path)
  let ruleId: string
  let severity: Severity = 'error'
  let message: string
  let range = doc.locate(path)

  switch (error.keyword) {
    case 'required':
    case 'dependencies':
    case 'dependentRequired': {
      const missing = String((error.params as { missingProperty?: string }).missingProperty)
      ruleId = 'schema-required'
      message = `${path.length ? where : 'the file'} is missing the required "${missing}"`
      range = doc.locate(path, true)
      break
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(
        (error.params as { additionalProperty?: string; unevaluatedProperty?: string }).additionalProperty ??
          (error.params as { unevaluatedProperty?: string }).unevaluatedProperty
      )
      ruleId = 'schema-unknown-key'
      severity = options.unknownKeySeverity
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {})
      const suggestion = suggest(extra, known)
      const fate = severity === 'error' ? `${options.hostName} rejects it` : `${options.hostName} ignores it`
      message =
        `unknown key "${extra}" in ${path.length ? where : 'the top level'}: ${fate}` +
        (suggestion ? `; did you mean "${suggestion}"?` : '')
      range = doc.locate([...path, extra], true)
      break
    }
    case 'type': {
      ruleId = 'schema-type'
      const expected = String((error.params as { type?: string | string[] }).type)
        .split(',')
        .join(' or ')
      message = `${where} must be ${withArticle(expected)}, not ${describeValue(error.data)}`
      break
    }
    case 'enum':
    case 'const': {
      ruleId = 'schema-enum'
      const allowed =
        error.keyword === 'enum'
          ? ((error.params as { allowedValues: unknown[] }).allowedValues ?? [])
          : [(error.params as { allowedValue: unknown }).allowedValue]
      const shown = allowed.map((v) => JSON.stringify(v)).join(', ')
      const suggestion =
        typeof error.data === 'string'
          ? suggest(
              error.data,
              allowed.filter((v): v is string => typeof v === 'string')
            )
          : undefined
      message =
        `${where} is ${JSON.stringify(truncate(error.data))}, but ${options.hostName} accepts only ${allowed.length > 1 ? 'one of ' : ''}${shown}` +
        (suggestion ? `; did you mean "${suggestion}"?` : '')
      break
    }
    case 'format': {
      ruleId = 'schema-format'
      const format = String((error.params as { format?: string }).format)
      const what = format.includes('url') || format.includes('uri') ? 'a valid URL' : `a valid ${format}`
      message = `${where} is not ${what}: ${JSON.stringify(truncate(error.data))}`
      break
    }
    case 'minLength':
      ruleId = 'schema-value'
      message =
        (error.params as { limit: number }).limit === 1
          ? `${where} must not be empty`
          : `${where} is shorter than ${(error.params as { limit: number }).limit} characters`
      break
    case 'maxLength':
      ruleId = 'schema-value'
      message = `${where} is ${String(error.data).length} characters long; the limit is ${(error.params as { limit: number }).limit}`
      break
    case 'pattern':
      ruleId = 'schema-value'
      message = `${where} ${JSON.stringify(truncate(error.data))} does not match the expected form ${(error.params as { pattern: string }).pattern}`
      break
    case 'anyOf':
    case 'oneOf':
      ruleId = 'schema-shape'
      message = `${where} does not match any of the shapes ${options.hostName} accepts`
      break
    default:
      ruleId = 'schema-value'
      message = `${where} ${error.message ?? 'is invalid'}`
  }
  if (explain) message += `: ${explain}`
  const finding: Finding = { ruleId, severity, message, range }
  const server = options.serverAt?.(path)
  if (server !== undefined) finding.server = server
  return finding
}

/** The schema's own `errorMessage` (a VS Code convention) explains why, where the schema gives one. */
function explanation(error: ErrorObject): string | undefined {
  const parent = error.parentSchema
  const text: unknown = parent?.errorMessage
  return typeof text === 'string' ? text : undefined
}

function withArticle(type: string): string {
  const words: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'a boolean (true or false)',
    null: 'null'
  }
  return words[type] ?? type
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`
  // What is left of a parsed value is a number, a boolean or a bigint, never an object.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return `the ${typeof value} ${String(value)}`
}

/** A string quoted in a message: credentials masked first, so that the cut never leaves part of one in the clear. */
function truncate(value: unknown): unknown {
  return typeof value === 'string' ? quotable(value, 80) : value
}
