import { fillMessage } from '../message-template.js'
import type { Severity } from '../types.js'
import type { ParsedDocument } from './source.js'

/** A problem found while reading or parsing, located by character offset in the text. */
export interface ParseProblem {
  ruleId: string
  severity: Severity
  message: string
  offset: number
  length: number
  /** Which of PARSE_MESSAGES this is, the values it names, and the why and the fix (as rules give them). */
  messageId?: keyof typeof PARSE_MESSAGES
  data?: Record<string, string>
  help?: string
}

/** The parsers' own messages by id, one sentence each; the why and the fix go to a problem's help. */
export const PARSE_MESSAGES = {
  comment: '{{host}} reads this file as strict JSON, which has no comments',
  trailingComma: '{{host}} reads this file as strict JSON, which has no trailing commas',
  refusedTrailingComma: '{{host}} cannot read the trailing comma here',
  duplicateKey: 'duplicate key "{{key}}": only one of its values is used'
} as const

/** A problem with one of PARSE_MESSAGES, its sentence filled from `data`. */
export function parseProblem(
  problem: Omit<ParseProblem, 'message' | 'messageId' | 'data' | 'help'>,
  messageId: keyof typeof PARSE_MESSAGES,
  data: Record<string, string>,
  help: string
): ParseProblem {
  return { ...problem, message: fillMessage(PARSE_MESSAGES[messageId], data), messageId, data, help }
}

/** What a parser gives back: the document (absent when the text cannot be read as data) and problems. */
export interface ParseResult {
  doc?: ParsedDocument
  problems: ParseProblem[]
}

/** Deeper nesting than this is refused before parsing: no MCP config needs it, and it could exhaust the stack. */
export const MAX_NESTING_DEPTH = 100

/** Sets a member on a plain object without ever touching its prototype (`__proto__` stays a plain key). */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  // On a plain object only __proto__ has a setter (Object.prototype's): any other key assigned is the same
  // own, enumerable, writable, configurable property, and assigning is several times cheaper per member.
  // An array (a TOML container) keeps defineProperty, which refuses to redefine its length.
  if (key === '__proto__' || Array.isArray(target))
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/** How a syntax marks comments and quoted strings, for the nesting pre-scan. */
export type ScanSyntax = 'yaml' | 'toml'

/**
 * Finds where bracket nesting first passes `MAX_NESTING_DEPTH`, skipping strings and `#` comments.
 * Linear and iterative, so a 10,000-deep file costs nothing and cannot overflow our stack. A fast
 * first line of defence only: parsing is guarded again (`guardParse`) and the parsed value's depth
 * is checked (`valueTooDeep`), so a text this scan misreads still cannot take the run down.
 */
export function findExcessiveNesting(text: string, syntax: ScanSyntax = 'yaml'): number | undefined {
  // Read by character code: a one-character string and a regular expression test per character cost
  // more than the parse of a small file.
  const toml = syntax === 'toml'
  let depth = 0
  let quote = 0
  let previous = LINE_FEED
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (quote !== 0) {
      if (ch === BACKSLASH && quote === DOUBLE_QUOTE) i++
      else if (ch === quote) quote = 0
      // A TOML string (other than a multi-line one, which this scan reads as several) ends with its line.
      else if (ch === LINE_FEED && toml) quote = 0
      continue
    }
    if (ch === HASH && (toml || isWhitespace(previous))) {
      // A comment runs to the end of the line; quotes and brackets in it mean nothing.
      const end = text.indexOf('\n', i)
      if (end === -1) return undefined
      i = end
      previous = LINE_FEED
      continue
    }
    if ((ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) && (toml || opensYamlScalar(text, i))) quote = ch
    else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      if (++depth > MAX_NESTING_DEPTH) return i
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) depth = Math.max(0, depth - 1)
    previous = ch === SPACE || ch === TAB ? SPACE : ch
  }
  return undefined
}

const TAB = 0x09
const LINE_FEED = 0x0a
const SPACE = 0x20
const DOUBLE_QUOTE = 0x22
const HASH = 0x23
const SINGLE_QUOTE = 0x27
const OPEN_BRACKET = 0x5b
const BACKSLASH = 0x5c
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d

/** What `/\s/` matches, by character code: JavaScript's white space and line terminators. */
function isWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** In YAML a quote starts a quoted scalar only where a scalar starts (`it's` is plain text). */
function opensYamlScalar(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || '\n\r:-[{,?'.includes(text[i])
}

/**
 * Whether a parsed value nests deeper than `max` (objects and arrays), checked iteratively: the
 * last word on depth whatever the syntax (TOML dotted keys and YAML aliases nest without brackets).
 */
export function valueTooDeep(value: unknown, max = MAX_NESTING_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object' || seen.has(current)) continue
    if (depth >= max) return true
    seen.add(current)
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return false
}

/**
 * Runs a parser and turns a stack overflow or any other exception inside it into a problem at the
 * start of the file, so that one file can never end the run (and the other files' findings with it).
 */
export function guardParse(parse: () => ParseResult): ParseResult {
  let result: ParseResult
  try {
    result = parse()
  } catch (error) {
    if (error instanceof RangeError) return { problems: [nestingProblem(0)] }
    return {
      problems: [
        {
          ruleId: 'internal-error',
          severity: 'error',
          message: `mcpcop could not parse this file: ${String((error as Error)?.message ?? error).slice(0, 200)}`,
          offset: 0,
          length: 1
        }
      ]
    }
  }
  if (result.doc && valueTooDeep(result.doc.value)) return { problems: [nestingProblem(0)] }
  return result
}

/** The problem reported for a file nested deeper than we parse. */
export function nestingProblem(offset: number): ParseProblem {
  return {
    ruleId: 'nesting-too-deep',
    severity: 'error',
    message: `nesting is deeper than ${MAX_NESTING_DEPTH} levels; no MCP config needs this, so the file was not parsed`,
    offset,
    length: 1
  }
}

/** Convenience for parsers: a document is used only when no error-level problem stopped parsing. */
export function result(doc: ParsedDocument | undefined, problems: ParseProblem[]): ParseResult {
  return doc ? { doc, problems } : { problems }
}
