import type { Severity } from '../types.js'
import type { ParsedDocument } from './source.js'

/** A problem found while reading or parsing, located by character offset in the text. */
export interface ParseProblem {
  ruleId: string
  severity: Severity
  message: string
  offset: number
  length: number
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
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/**
 * Finds where bracket nesting first passes `MAX_NESTING_DEPTH`, skipping strings and comments. Linear
 * and iterative, so a 10,000-deep file costs nothing and cannot overflow our stack.
 */
export function findExcessiveNesting(text: string, opening = '{[', closing = '}]'): number | undefined {
  let depth = 0
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = ''
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (opening.includes(ch)) {
      if (++depth > MAX_NESTING_DEPTH) return i
    } else if (closing.includes(ch)) depth = Math.max(0, depth - 1)
    else if (ch === '\n') quote = ''
  }
  return undefined
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
