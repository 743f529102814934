import type { ErrorObject } from 'ajv'
import { fillMessage } from '../message-template.js'
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

/** Whether a value is such a marker. */
export function isTemplateMarker(value: unknown): boolean {
  return typeof value === 'string' && TEMPLATE_MARKER.test(value)
}

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

/**
 * The schema checker's messages by id, one sentence each naming the value and the problem; `{{name}}` is
 * filled from the finding's data. The why and the fix (the schema's own explanation where it gives one)
 * go to `help`.
 */
export const SCHEMA_MESSAGES: Readonly<Record<string, string>> = {
  missing: '{{where}} is missing the required "{{key}}"',
  // A key the host refuses the file over; one it ignores but that is a near miss of a key it reads;
  // one it simply ignores (a note, or another host's key), which is harmless and only a notice.
  rejected: 'unknown key "{{key}}" in {{where}}: {{host}} rejects it',
  rejectedNear: 'unknown key "{{key}}" in {{where}}: {{host}} rejects it; did you mean "{{suggestion}}"?',
  misspelled: 'unknown key "{{key}}" in {{where}}: {{host}} ignores it; did you mean "{{suggestion}}"?',
  ignored: 'unknown key "{{key}}" in {{where}}: {{host}} ignores it',
  wrongType: '{{where}} must be {{expected}}, not {{actual}}',
  notAllowed: '{{where}} is {{value}}, but {{host}} accepts only {{allowed}}',
  notAllowedNear: '{{where}} is {{value}}, but {{host}} accepts only {{allowed}}; did you mean "{{suggestion}}"?',
  badFormat: '{{where}} is not {{format}}: {{value}}',
  empty: '{{where}} must not be empty',
  tooShort: '{{where}} is shorter than {{limit}} characters',
  tooLong: '{{where}} is {{length}} characters long; the limit is {{limit}}',
  badPattern: '{{where}} {{value}} does not match the expected form {{pattern}}',
  noShape: '{{where}} does not match any of the shapes {{host}} accepts',
  forbidden: '{{where}} is {{value}}, which {{host}} does not allow',
  invalid: '{{where}} {{problem}}'
}

/** A schema message with its data filled in. */
export function schemaMessage(messageId: string, data: Record<string, string | number>): string {
  return fillMessage(SCHEMA_MESSAGES[messageId], data)
}

/** A message template (`{{name}}`) with its data filled in: the schema's own, or a host adapter's. */

/** What a value of each format our schemas use is, in messages ("is not a valid URL"); another by its name. */
export const FORMAT_MEANINGS: Readonly<Record<string, string>> = {
  uri: 'URL',
  'uri-reference': 'URL',
  'uri-template': 'URL',
  'mcp-url': 'URL',
  'mcp-http-url': 'URL',
  'mcpb-url': 'URL',
  'url-as-written': 'URL',
  'mcpb-email': 'email'
}

/**
 * The keywords whose errors `toFinding` words itself (and `if`, whose errors `selectErrors` drops): their
 * precompiled errors leave out ajv's `message` (src/schema/compile.ts). Any other keyword's finding quotes it.
 */
export const KEYWORDS_WORDED_HERE: ReadonlySet<string> = new Set([
  'if',
  'required',
  'dependencies',
  'dependentRequired',
  'additionalProperties',
  'unevaluatedProperties',
  'type',
  'enum',
  'const',
  'format',
  'minLength',
  'maxLength',
  'pattern',
  'anyOf',
  'oneOf',
  'not'
])

function toFinding(error: ErrorObject, doc: ParsedDocument, options: SchemaOptions): Finding {
  const path = pointerFromString(error.instancePath)
  const explain = explanation(error)
  const where = describePath(path)
  const host = options.hostName
  let ruleId: string
  let severity: Severity = 'error'
  let messageId: string
  let data: Record<string, string | number>
  let help: string
  // Where the finding points: the value at the error's path, unless its case says otherwise (found once).
  let range: Finding['range'] | undefined

  switch (error.keyword) {
    case 'required':
    case 'dependencies':
    case 'dependentRequired': {
      const missing = String((error.params as { missingProperty?: string }).missingProperty)
      ruleId = 'schema-required'
      messageId = 'missing'
      data = { where: path.length ? where : 'the file', key: missing }
      help = `${host} needs "${missing}" here and cannot load ${path.length ? 'this entry' : 'the file'} without it; add it.`
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
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {})
      const suggestion = suggest(extra, known)
      const rejected = options.unknownKeySeverity === 'error'
      data = { key: extra, where: path.length ? where : 'the top level', host }
      if (suggestion) data.suggestion = suggestion
      if (rejected) {
        severity = 'error'
        messageId = suggestion ? 'rejectedNear' : 'rejected'
        help = `${host} allows only the keys it knows here and refuses the file over any other; ${suggestion ? `rename it to "${suggestion}"` : 'remove it'}.`
      } else if (suggestion) {
        // A near miss of a key the host reads: what the author meant silently does not happen.
        severity = options.unknownKeySeverity
        messageId = 'misspelled'
        help = `${host} does not read "${extra}", so what it was meant to do does not happen; if you meant "${suggestion}", rename it.`
      } else {
        // A key the host skips (a note, or a setting of another host): the file works as written.
        severity = 'notice'
        messageId = 'ignored'
        help = `${host} does not read "${extra}" here, so it has no effect; remove it unless it is a note for people.`
      }
      range = doc.locate([...path, extra], true)
      break
    }
    case 'type': {
      ruleId = 'schema-type'
      const expected = String((error.params as { type?: string | string[] }).type)
        .split(',')
        .join(' or ')
      messageId = 'wrongType'
      data = { where, expected: withArticle(expected), actual: describeValue(error.data) }
      help = `${host} cannot read a value of another type here; write ${withArticle(expected)}.`
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
      messageId = suggestion ? 'notAllowedNear' : 'notAllowed'
      data = {
        where,
        value: JSON.stringify(truncate(error.data)),
        host,
        allowed: `${allowed.length > 1 ? 'one of ' : ''}${shown}`
      }
      if (suggestion) data.suggestion = suggestion
      help = `${host} does not know any other value here and refuses or misreads the setting; use ${allowed.length > 1 ? 'one of ' : ''}${shown}.`
      break
    }
    case 'format': {
      ruleId = 'schema-format'
      const format = String((error.params as { format?: string }).format)
      const what = `a valid ${FORMAT_MEANINGS[format] ?? format}`
      messageId = 'badFormat'
      data = { where, format: what, value: JSON.stringify(truncate(error.data)) }
      help = `${host} cannot use it as ${what}; correct it.`
      break
    }
    case 'minLength': {
      ruleId = 'schema-value'
      const limit = (error.params as { limit: number }).limit
      messageId = limit === 1 ? 'empty' : 'tooShort'
      data = limit === 1 ? { where } : { where, limit }
      help = `${host} does not accept ${limit === 1 ? 'an empty value' : 'a value this short'} here; fill it in.`
      break
    }
    case 'maxLength':
      ruleId = 'schema-value'
      messageId = 'tooLong'
      data = { where, length: String(error.data).length, limit: (error.params as { limit: number }).limit }
      help = `${host} does not accept a value this long here; shorten it.`
      break
    case 'pattern':
      ruleId = 'schema-value'
      messageId = 'badPattern'
      data = {
        where,
        value: JSON.stringify(truncate(error.data)),
        pattern: (error.params as { pattern: string }).pattern
      }
      help = `${host} accepts only values of this form here; correct it.`
      break
    case 'anyOf':
    case 'oneOf':
      ruleId = 'schema-shape'
      messageId = 'noShape'
      data = { where, host }
      help = `${host} cannot load it in this shape; compare it with the shapes its documentation shows.`
      break
    case 'not':
      // ajv says "must NOT be valid"; the schema's explanation (in help) says what is excluded.
      ruleId = 'schema-value'
      messageId = 'forbidden'
      data = { where, value: JSON.stringify(truncate(error.data)), host }
      help = `${host} does not allow this value here; change it.`
      break
    default:
      ruleId = 'schema-value'
      messageId = 'invalid'
      data = { where, problem: error.message ?? 'is invalid' }
      help = `${host}'s schema does not allow this value; correct it.`
  }
  // The schema's own explanation says why, before the generic fix.
  if (explain)
    help = `${explain.charAt(0).toUpperCase()}${explain.slice(1)}${/[.?!]$/.test(explain) ? '' : '.'} ${help}`
  range ??= doc.locate(path)
  const finding: Finding = { ruleId, severity, message: schemaMessage(messageId, data), range, messageId, data, help }
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
