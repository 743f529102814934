import { parse as parseTomlValue } from 'smol-toml'
import { parseTOML } from 'toml-eslint-parser'
import type { AST } from 'toml-eslint-parser'
import type { PointerPath } from '../types.js'
import {
  findExcessiveNesting,
  guardParse,
  MAX_NESTING_DEPTH,
  nestingProblem,
  setMember,
  type ParseProblem,
  type ParseResult
} from './problem.js'
import { ParsedDocument, RecordedPositions } from './source.js'

type Table = Record<string, unknown>

/** Parses TOML into a value with a position for every key and value. */
export function parseToml(text: string): ParseResult {
  return guardParse(() => parseTomlText(text))
}

function parseTomlText(text: string): ParseResult {
  const tooDeep = findExcessiveNesting(text, 'toml')
  if (tooDeep !== undefined) return { problems: [nestingProblem(tooDeep)] }
  const value = plainValue(text)
  if (value) return { doc: new ParsedDocument(text, value, () => tomlPositions(text), 'impossible'), problems: [] }
  return parseTomlRecording(text)
}

/**
 * The value of a TOML text from smol-toml, a parser made for values (several times faster than the
 * syntax tree below, which is built only when a position is asked for), as plain objects like every
 * other parser's. Undefined for anything the syntax tree path must explain or convert itself: a parse
 * error (its message and position), a date (converted there), nesting near the limit (its offset), a
 * byte order mark.
 */
function plainValue(text: string): Table | undefined {
  // smol-toml skips a byte order mark; toml-eslint-parser, and so mcpcop until now, reports it.
  if (text.charCodeAt(0) === 0xfeff) return undefined
  let parsed: unknown
  try {
    parsed = parseTomlValue(text, { integersAsBigInt: 'asNeeded' })
  } catch {
    return undefined
  }
  return toPlain(parsed, 0) as Table | undefined
}

/** Nesting past which the syntax tree path measures it (and reports where): far deeper than any config. */
const PLAIN_DEPTH = MAX_NESTING_DEPTH / 2

/** A parsed value rebuilt from smol-toml's objects (no prototype) as plain ones; undefined to give up. */
function toPlain(value: unknown, depth: number): unknown {
  if (typeof value === 'bigint') return Number(value)
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date || depth >= PLAIN_DEPTH) return undefined
  if (Array.isArray(value)) {
    const list: unknown[] = []
    for (const element of value) {
      const plain = toPlain(element, depth + 1)
      if (plain === undefined) return undefined
      list.push(plain)
    }
    return list
  }
  const table: Table = {}
  for (const key of Object.keys(value)) {
    const plain = toPlain((value as Table)[key], depth + 1)
    if (plain === undefined) return undefined
    setMember(table, key, plain)
  }
  return table
}

/** The positions of every key and value, from toml-eslint-parser's syntax tree. */
function tomlPositions(text: string): RecordedPositions {
  try {
    return recordTree(parseTOML(text), text).positions
  } catch {
    // Both parsers follow TOML 1.1 and agree on what they accept; were they ever not to, the file's
    // findings stay, at its first line.
    return new RecordedPositions()
  }
}

/**
 * Parses through the syntax tree: the value, every position, and the problem a text that fails it has.
 * Exported for the tests that hold the fast path's answers to it.
 */
export function parseTomlRecording(text: string): ParseResult {
  let ast: AST.TOMLProgram
  try {
    ast = parseTOML(text)
  } catch (error) {
    const e = error as { message?: string; index?: number }
    const duplicate = /multiple times/i.test(e.message ?? '')
    const problem: ParseProblem = {
      ruleId: duplicate ? 'duplicate-key' : 'syntax-error',
      severity: 'error',
      message: duplicate
        ? 'duplicate key: TOML does not allow a key or table to be defined twice, so the host refuses the whole file'
        : `invalid TOML: ${lowerFirst(e.message ?? 'cannot parse')}`,
      offset: e.index ?? 0,
      length: 1
    }
    return { problems: [problem] }
  }

  // Dotted keys nest without brackets (`env.k.k.k… = 1`): measure the depth on the syntax tree first.
  const deepKey = findDeepKey(ast)
  if (deepKey !== undefined) return { problems: [nestingProblem(deepKey)] }

  const { root, positions } = recordTree(ast, text)
  return { doc: new ParsedDocument(text, root, () => positions, 'impossible'), problems: [] }
}

/** The value of a syntax tree, and the position of every key and value in it. */
function recordTree(ast: AST.TOMLProgram, text: string): { root: Table; positions: RecordedPositions } {
  const doc = new RecordedPositions()
  const root: Table = {}
  doc.record([], { value: { offset: 0, length: Math.max(1, text.length) } })
  const top = ast.body[0]
  for (const item of top.body) {
    if (item.type === 'TOMLKeyValue') addKeyValue(item, root, [], doc)
    else addTable(item, root, doc)
  }
  return { root, positions: doc }
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

function keyName(key: AST.TOMLBare | AST.TOMLQuoted): string {
  return key.type === 'TOMLBare' ? key.name : key.value
}

function span(node: { range: [number, number] }): { offset: number; length: number } {
  return { offset: node.range[0], length: Math.max(1, node.range[1] - node.range[0]) }
}

/** Walks `[a.b.c]` / `[[a.b]]` headers, creating the tables they name. */
function addTable(table: AST.TOMLTable, root: Table, doc: RecordedPositions): void {
  let target: unknown = root
  const path: (string | number)[] = []
  const resolved = table.resolvedKey
  const names = table.key.keys
  let nameIndex = 0
  for (let i = 0; i < resolved.length; i++) {
    const segment = resolved[i]
    path.push(segment)
    if (typeof segment === 'number') {
      const list = target as unknown[]
      if (list[segment] === undefined) list[segment] = {}
      target = list[segment]
      continue
    }
    const keyNode = names[nameIndex++]
    const container = target as Table
    const isLastName = !resolved.slice(i + 1).some((s) => typeof s === 'string')
    const isArrayTable = table.kind === 'array' && isLastName
    if (!Object.prototype.hasOwnProperty.call(container, segment)) setMember(container, segment, isArrayTable ? [] : {})
    if (keyNode && (isLastName || !doc.span(path))) {
      doc.record(path, { key: span(keyNode), value: isLastName && !isArrayTable ? span(table) : span(keyNode) })
    }
    target = container[segment]
  }
  if (table.kind === 'array') doc.record(path, { value: span(table) })
  for (const item of table.body) addKeyValue(item, target as Table, path, doc)
}

function addKeyValue(item: AST.TOMLKeyValue, container: Table, base: PointerPath, doc: RecordedPositions): void {
  let target = container
  const path: (string | number)[] = [...base]
  const keys = item.key.keys
  keys.forEach((keyNode, index) => {
    const name = keyName(keyNode)
    path.push(name)
    if (index === keys.length - 1) {
      doc.record([...path], { key: span(keyNode), value: span(item.value) })
      setMember(target, name, toValue(item.value, [...path], doc))
      return
    }
    if (!Object.prototype.hasOwnProperty.call(target, name)) setMember(target, name, {})
    if (!doc.span(path)) doc.record([...path], { key: span(keyNode), value: span(keyNode) })
    target = target[name] as Table
  })
}

function toValue(node: AST.TOMLContentNode, path: PointerPath, doc: RecordedPositions): unknown {
  switch (node.type) {
    case 'TOMLArray':
      return node.elements.map((element, index) => {
        doc.record([...path, index], { value: span(element) })
        return toValue(element, [...path, index], doc)
      })
    case 'TOMLInlineTable': {
      const table: Table = {}
      for (const member of node.body) addKeyValue(member, table, path, doc)
      return table
    }
    case 'TOMLValue':
      if (node.kind === 'integer') return Number(node.value)
      if (
        node.kind === 'offset-date-time' ||
        node.kind === 'local-date-time' ||
        node.kind === 'local-date' ||
        node.kind === 'local-time'
      )
        return node.datetime ? String(node.datetime) : String(node.value)
      return node.value
  }
}

/** Offset of the first key that nests deeper than MAX_NESTING_DEPTH, through tables, dotted keys and inline values. */
function findDeepKey(ast: AST.TOMLProgram): number | undefined {
  type Item = { node: AST.TOMLKeyValue | AST.TOMLContentNode; depth: number }
  const pending: Item[] = []
  for (const item of ast.body[0].body) {
    if (item.type === 'TOMLKeyValue') pending.push({ node: item, depth: 0 })
    else {
      const depth = item.resolvedKey.length
      if (depth > MAX_NESTING_DEPTH) return item.range[0]
      for (const member of item.body) pending.push({ node: member, depth })
    }
  }
  while (pending.length > 0) {
    const { node, depth } = pending.pop() as Item
    if (node.type === 'TOMLKeyValue') {
      const below = depth + node.key.keys.length
      if (below > MAX_NESTING_DEPTH) return node.range[0]
      pending.push({ node: node.value, depth: below })
    } else if (node.type === 'TOMLArray') {
      if (depth + 1 > MAX_NESTING_DEPTH) return node.range[0]
      for (const element of node.elements) pending.push({ node: element, depth: depth + 1 })
    } else if (node.type === 'TOMLInlineTable') {
      for (const member of node.body) pending.push({ node: member, depth })
    }
  }
  return undefined
}
