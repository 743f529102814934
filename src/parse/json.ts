import type { Node, ParseError } from 'jsonc-parser'
import { parseTree } from 'jsonc-parser/lib/umd/impl/parser.js'
import { createScanner } from 'jsonc-parser/lib/umd/impl/scanner.js'
import {
  guardParse,
  MAX_NESTING_DEPTH,
  nestingProblem,
  parseProblem,
  setMember,
  type ParseProblem,
  type ParseResult
} from './problem.js'
import { StrictJsonPositions, writtenKeyCount } from './json-positions.js'
import { ParsedDocument, pointerSegment } from './source.js'

/**
 * Human wording for jsonc-parser's error codes, by number (`ParseErrorCode`: a const enum, which isolated
 * modules cannot read).
 */
const ERROR_TEXT: Record<number, string | undefined> = {
  1: 'unexpected character', // InvalidSymbol
  2: 'invalid number', // InvalidNumberFormat
  3: 'expected a property name in double quotes', // PropertyNameExpected
  4: 'expected a value', // ValueExpected
  5: "expected ':' after the property name", // ColonExpected
  6: "expected ',' between members", // CommaExpected
  7: "expected '}' to close the object", // CloseBraceExpected
  8: "expected ']' to close the array", // CloseBracketExpected
  9: 'unexpected content after the end of the document', // EndOfFileExpected
  10: 'comment', // InvalidCommentToken
  11: 'unterminated comment', // UnexpectedEndOfComment
  12: 'unterminated string', // UnexpectedEndOfString
  13: 'unterminated number', // UnexpectedEndOfNumber
  14: 'invalid unicode escape', // InvalidUnicode
  15: 'invalid escape character in string', // InvalidEscapeCharacter
  16: 'control character inside a string (escape it)' // InvalidCharacter
}

/** jsonc-parser's `ParseErrorCode.InvalidCommentToken`. */
const INVALID_COMMENT_TOKEN = 10

function describe(error: ParseError): string {
  return ERROR_TEXT[error.error] ?? `parse error ${error.error}`
}

export interface JsonOptions {
  /** The host reads strict JSON: comments and trailing commas make the whole file fail to load. */
  strict: boolean
  /** Name of the host, for messages about strictness. */
  hostName: string
  /**
   * JSONC read with comments stripped but trailing commas refused (Gemini): set, each trailing comma
   * is an error with this as its help. Ignored when `strict`, which refuses them already.
   */
  trailingCommaRefused?: string
}

/**
 * Parses JSON or JSONC into a value with a position for every node. Duplicate keys are reported (the
 * host keeps only the last one, silently); in a strict host, comments and trailing commas are errors.
 */
export function parseJson(text: string, options: JsonOptions): ParseResult {
  const strict = parseStrictJson(text, text)
  if (strict) return { doc: strict, problems: [] }
  // JSONC, for a host that reads comments (and, unless it refuses them, trailing commas) as whitespace:
  // the same, with those blanked out.
  if (!options.strict) {
    const blanked = blankedForStrict(text, !options.trailingCommaRefused)
    const doc = blanked === undefined ? undefined : parseStrictJson(blanked, text)
    if (doc) return { doc, problems: [] }
  }
  return guardParse(() => parseJsonRecording(text, options))
}

/**
 * The text with what the host reads as whitespace blanked out: every comment (its line breaks kept, so
 * every offset stays where it was) and, when `trailingCommas`, every comma right after a value and before
 * a closing bracket. Undefined when there is nothing to blank, or a block comment is not closed (an error
 * the full parse reports). Found on jsonc-parser's own tokens, so `"//"` or `",]"` in a string is never one.
 */
function blankedForStrict(text: string, trailingCommas: boolean): string | undefined {
  const scanner = createScanner(text, false)
  const blanks: { start: number; end: number }[] = []
  let previous = EOF
  let comma: number | undefined
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === WHITESPACE || kind === LINE_BREAK) continue
    const offset = scanner.getTokenOffset()
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
      if (scanner.getTokenError() !== NO_SCAN_ERROR) return undefined
      blanks.push({ start: offset, end: offset + scanner.getTokenLength() })
      continue
    }
    if (trailingCommas && comma !== undefined && (kind === CLOSE_BRACE || kind === CLOSE_BRACKET))
      blanks.push({ start: comma, end: comma + 1 })
    comma = kind === COMMA && ENDS_A_VALUE.has(previous) ? offset : undefined
    previous = kind
  }
  if (blanks.length === 0) return undefined
  // A comma's blank is found after the comments between it and its bracket.
  blanks.sort((a, b) => a.start - b.start)
  let blanked = ''
  let copied = 0
  for (const { start, end } of blanks) {
    blanked += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    copied = end
  }
  return blanked + text.slice(copied)
}

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read).
const OPEN_BRACE = 1
const CLOSE_BRACE = 2
const OPEN_BRACKET = 3
const CLOSE_BRACKET = 4
const COMMA = 5
const LINE_COMMENT = 12
const BLOCK_COMMENT = 13
const LINE_BREAK = 14
const WHITESPACE = 15
const EOF = 17
const NULL = 7
const TRUE = 8
const FALSE = 9
const STRING = 10
const NUMBER = 11
/** Tokens a value ends with: a comma after one of them and before a closing bracket is a trailing comma. */
const ENDS_A_VALUE = new Set([CLOSE_BRACE, CLOSE_BRACKET, NULL, TRUE, FALSE, STRING, NUMBER])
// jsonc-parser's ScanError.None.
const NO_SCAN_ERROR = 0

/** What one pass of the scanner learns before parsing. */
interface PreScan {
  /** Where bracket nesting first passes the limit. */
  tooDeep?: number
  /** Whether the text holds a comment or a comma right before a closing bracket (what strict JSON refuses). */
  commentOrTrailingComma: boolean
}

/**
 * Where bracket nesting first passes the limit, and whether there is anything a strict host refuses,
 * counted on the tokens of jsonc-parser's own scanner, so strings and comments (`// it's`) are read
 * exactly as the parser reads them. Linear, iterative.
 */
function preScan(text: string): PreScan {
  const scanner = createScanner(text, false)
  let depth = 0
  let commentOrTrailingComma = false
  let afterComma = false
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === WHITESPACE || kind === LINE_BREAK) continue
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
      commentOrTrailingComma = true
      continue
    }
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > MAX_NESTING_DEPTH) return { tooDeep: scanner.getTokenOffset(), commentOrTrailingComma }
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) {
      depth = Math.max(0, depth - 1)
      if (afterComma) commentOrTrailingComma = true
    }
    afterComma = kind === COMMA
  }
  return { commentOrTrailingComma }
}

/**
 * `json` (the file's text, or that text with its comments blanked out) parsed as strict JSON, positions
 * read from it, for the document of `text`. Most config files are strict JSON without a repeated key: `JSON.parse` reads them several times faster
 * than a parser that records positions, and their positions are found only if a finding asks for one.
 * Anything else (comments, trailing commas, a syntax error, a repeated key, deep nesting) gets the full
 * parse below, which explains it; a text this accepts has no problem that parse would report. Nothing
 * here can throw but `JSON.parse`'s refusal, and the depth is measured here: no `guardParse` needed.
 */
function parseStrictJson(json: string, text: string): ParsedDocument | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  const keys = keyCountWithin(value, MAX_NESTING_DEPTH)
  if (keys === undefined || keys !== writtenKeyCount(json)) return undefined
  // The key counts agree: no object of this text repeats a key.
  const doc = new ParsedDocument(text, value, () => new StrictJsonPositions(json), 'none')
  doc.jsonText = json
  return doc
}

/** How many keys the objects of a parsed value hold, or undefined if it nests `max` levels or deeper. */
function keyCountWithin(value: unknown, max: number): number | undefined {
  const keys = keysBelow(value, max)
  return keys < 0 ? undefined : keys
}

/**
 * `keyCountWithin`, -1 for too deep. Recursive without allocating (a work list of pairs was a third of the
 * function's cost): the recursion stops `depthLeft` levels down, at most `MAX_NESTING_DEPTH` frames.
 */
function keysBelow(node: unknown, depthLeft: number): number {
  if (node === null || typeof node !== 'object') return 0
  if (depthLeft <= 0) return -1
  let keys = 0
  if (Array.isArray(node)) {
    for (const child of node) {
      const below = keysBelow(child, depthLeft - 1)
      if (below < 0) return -1
      keys += below
    }
    return keys
  }
  // JSON.parse makes plain objects: their own keys (`__proto__` too) are what `for in` lists.
  for (const key in node) {
    keys++
    const below = keysBelow((node as Record<string, unknown>)[key], depthLeft - 1)
    if (below < 0) return -1
    keys += below
  }
  return keys
}

/**
 * The full parse: jsonc-parser's tree, with every node's position recorded, and every problem explained.
 * Exported for the tests that hold the fast path's answers to it.
 */
export function parseJsonRecording(text: string, options: JsonOptions): ParseResult {
  const scan = preScan(text)
  if (scan.tooDeep !== undefined) return { problems: [nestingProblem(scan.tooDeep)] }

  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true })
  if (errors.length > 0 || !root) {
    const first = errors[0]
    const problem: ParseProblem = first
      ? {
          ruleId: 'syntax-error',
          severity: 'error',
          message: `invalid JSON: ${describe(first)}`,
          offset: first.offset,
          length: first.length
        }
      : { ruleId: 'syntax-error', severity: 'error', message: 'the file holds no JSON value', offset: 0, length: 1 }
    if (errors.length > 1)
      problem.message += ` (and ${errors.length - 1} more syntax error${errors.length > 2 ? 's' : ''} after it)`
    return { problems: [problem] }
  }

  const problems: ParseProblem[] = []
  // A text the lenient parse read without error fails the strict one only for a comment or a trailing comma.
  if (scan.commentOrTrailingComma) {
    if (options.strict) problems.push(...strictnessProblems(text, options.hostName))
    else if (options.trailingCommaRefused)
      problems.push(...trailingCommaProblems(text, options.hostName, options.trailingCommaRefused))
  }
  const doc = new ParsedDocument(text, undefined)
  const value = build(root, '', doc, problems)
  doc.value = value
  return { doc, problems }
}

/** Comments and trailing commas, which a JSONC parser accepts but a strict host does not. */
function strictnessProblems(text: string, hostName: string): ParseProblem[] {
  const strictErrors: ParseError[] = []
  parseTree(text, strictErrors, { allowTrailingComma: false, disallowComments: true })
  const seen = new Set<number>()
  return strictErrors.flatMap((error) => {
    const isComment = error.error === INVALID_COMMENT_TOKEN
    const what = isComment ? 'a comment' : 'a trailing comma'
    // For a trailing comma the parser points at the closing bracket; step back to the comma itself.
    let offset = error.offset
    if (!isComment) {
      let i = offset - 1
      while (i >= 0 && /\s/.test(text[i])) i--
      if (text[i] === ',') offset = i
    }
    // One stray comma can raise several parser errors; report it once.
    if (seen.has(offset)) return []
    seen.add(offset)
    return parseProblem(
      { ruleId: 'strict-json', severity: 'error', offset, length: isComment ? error.length : 1 },
      isComment ? 'comment' : 'trailingComma',
      { host: hostName },
      `${hostName} parses this file with a strict JSON parser, so ${what} makes the whole file fail to load and none of its servers start; remove it.`
    )
  })
}

/** Each comma right before a closing bracket, found on the scanner's tokens (so never one inside a string or comment). */
function trailingCommaProblems(text: string, hostName: string, why: string): ParseProblem[] {
  const scanner = createScanner(text, true)
  const problems: ParseProblem[] = []
  let comma: number | undefined
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if ((token === CLOSE_BRACE || token === CLOSE_BRACKET) && comma !== undefined)
      problems.push(
        parseProblem(
          { ruleId: 'strict-json', severity: 'error', offset: comma, length: 1 },
          'refusedTrailingComma',
          { host: hostName },
          `${why}.`
        )
      )
    comma = token === COMMA ? scanner.getTokenOffset() : undefined
  }
  return problems
}

/** The value of `node`, recording every node's span and written keys under its JSON Pointer as it descends. */
function build(node: Node, pointer: string, doc: ParsedDocument, problems: ParseProblem[]): unknown {
  const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined
  doc.recordAt(pointer, {
    key: keyNode ? { offset: keyNode.offset, length: keyNode.length } : undefined,
    value: { offset: node.offset, length: node.length }
  })
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {}
      const seen = new Map<string, Node>()
      doc.recordKeysAt(
        pointer,
        (node.children ?? []).flatMap((property) => {
          const key = property.children?.[0]
          return key ? [{ name: String(key.value), offset: key.offset, length: key.length }] : []
        })
      )
      for (const property of node.children ?? []) {
        const [key, child] = property.children ?? []
        if (!key || !child) continue
        const name = String(key.value)
        const earlier = seen.get(name)
        if (earlier) {
          const line = doc.lines.position(earlier.offset).line
          problems.push(
            parseProblem(
              { ruleId: 'duplicate-key', severity: 'error', offset: key.offset, length: key.length },
              'duplicateKey',
              { key: name },
              `It is first defined on line ${line}; hosts silently keep only the last one, so the first is lost: remove one, or merge them.`
            )
          )
        }
        seen.set(name, key)
        setMember(object, name, build(child, pointer + pointerSegment(name), doc, problems))
      }
      return object
    }
    case 'array':
      doc.recordKeysAt(pointer, undefined)
      return (node.children ?? []).map((child, index) => build(child, `${pointer}/${index}`, doc, problems))
    default:
      doc.recordKeysAt(pointer, undefined)
      return node.value
  }
}
