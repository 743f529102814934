import type { PointerPath } from '../types.js'
import type { NodeSpan, Positions, WrittenKey } from './source.js'

/** One member of an object or element of an array, as written. */
interface Member {
  /** The key as parsed (objects only). */
  name?: string
  key?: { offset: number; length: number }
  value: { offset: number; length: number }
}

/**
 * Positions in a text that `JSON.parse` accepted, found when first asked for by reading only the
 * containers on the way to the node asked about. Strict JSON has one way to write everything (no
 * comments, no trailing commas, four whitespace characters), so skipping a value needs no tokenizer:
 * a string ends at its first unescaped quote, a container at its matching bracket outside strings.
 * Each container read keeps its members, so the nodes of one file cost one read of each container
 * on their way. Linear in the text for every question; nesting was bounded before this is built.
 */
export class StrictJsonPositions implements Positions {
  /** Members of each container read so far, by the offset of its opening bracket. */
  private readonly members = new Map<number, Member[]>()
  /** The members of each object read so far, by name. */
  private readonly byName = new Map<number, Map<string, Member>>()
  private readonly root: { offset: number; length: number }

  constructor(private readonly text: string) {
    const start = this.skipSpace(0)
    this.root = { offset: start, length: this.valueEnd(start) - start }
  }

  span(path: PointerPath): NodeSpan | undefined {
    if (path.length === 0) return { key: undefined, value: this.root }
    let node: Member = { value: this.root }
    for (const segment of path) {
      const child = this.child(node.value.offset, segment)
      if (!child) return undefined
      node = child
    }
    return { key: node.key, value: node.value }
  }

  keysAt(path: PointerPath): readonly WrittenKey[] | undefined {
    const span = this.span(path)
    if (!span || this.text.charCodeAt(span.value.offset) !== OPEN_BRACE) return undefined
    return this.membersOf(span.value.offset).map((m) => ({
      name: m.name as string,
      offset: (m.key as Member['value']).offset,
      length: (m.key as Member['value']).length
    }))
  }

  /** The member `segment` names in the container whose value starts at `offset`, if it is one. */
  private child(offset: number, segment: string | number): Member | undefined {
    const open = this.text.charCodeAt(offset)
    if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return undefined
    const members = this.membersOf(offset)
    const name = String(segment)
    if (open === OPEN_BRACKET) return /^(0|[1-9][0-9]*)$/.test(name) ? members[Number(name)] : undefined
    let named = this.byName.get(offset)
    if (!named) {
      // Names are unique: texts that repeat a key get the full parse, which reports them.
      named = new Map(members.map((member) => [member.name as string, member]))
      this.byName.set(offset, named)
    }
    return named.get(name)
  }

  private membersOf(offset: number): Member[] {
    let members = this.members.get(offset)
    if (members) return members
    members = []
    const isObject = this.text.charCodeAt(offset) === OPEN_BRACE
    let i = this.skipSpace(offset + 1)
    while (i < this.text.length) {
      const ch = this.text.charCodeAt(i)
      if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) break
      if (ch === COMMA) {
        i = this.skipSpace(i + 1)
        continue
      }
      const from = i
      if (isObject) {
        const keyEnd = this.stringEnd(i)
        const raw = this.text.slice(i, keyEnd)
        const name = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
        const valueStart = this.skipSpace(this.skipSpace(keyEnd) + 1)
        const valueEnd = this.valueEnd(valueStart)
        members.push({
          name,
          key: { offset: i, length: keyEnd - i },
          value: { offset: valueStart, length: valueEnd - valueStart }
        })
        i = this.skipSpace(valueEnd)
      } else {
        const valueEnd = this.valueEnd(i)
        members.push({ value: { offset: i, length: valueEnd - i } })
        i = this.skipSpace(valueEnd)
      }
      // Never reached on a text JSON.parse accepted; a guard against looping on one it did not.
      if (i <= from) break
    }
    this.members.set(offset, members)
    return members
  }

  /** The offset just past the value starting at `offset`. */
  private valueEnd(offset: number): number {
    const ch = this.text.charCodeAt(offset)
    if (ch === QUOTE) return this.stringEnd(offset)
    if (ch === OPEN_BRACE || ch === OPEN_BRACKET) return this.containerEnd(offset)
    SCALAR_END.lastIndex = offset
    SCALAR_END.test(this.text)
    return SCALAR_END.lastIndex
  }

  private stringEnd(offset: number): number {
    return stringEnd(this.text, offset)
  }

  /** The offset just past the object or array whose opening bracket is at `offset`. */
  private containerEnd(offset: number): number {
    let depth = 0
    STRUCTURE.lastIndex = offset
    // `test` rather than `exec`: no match object per bracket and string (each match is one character).
    while (STRUCTURE.test(this.text)) {
      const at = STRUCTURE.lastIndex - 1
      const ch = this.text.charCodeAt(at)
      if (ch === QUOTE) STRUCTURE.lastIndex = this.stringEnd(at)
      else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) depth++
      else if (--depth === 0) return at + 1
    }
    return this.text.length
  }

  private skipSpace(offset: number): number {
    if (offset >= this.text.length) return this.text.length
    SPACE.lastIndex = offset
    SPACE.test(this.text)
    return SPACE.lastIndex
  }
}

/** The offset just past the JSON string whose opening quote is at `offset`: its first quote not escaped. */
function stringEnd(text: string, offset: number): number {
  let quote = text.indexOf('"', offset + 1)
  while (quote !== -1) {
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    quote = text.indexOf('"', quote + 1)
  }
  return text.length
}

/**
 * How many keys a strict JSON text writes: its colons outside strings. Fewer keys in the parsed value
 * than this means some object repeats a key (JSON.parse keeps the last silently).
 */
export function writtenKeyCount(text: string): number {
  let count = 0
  KEY_OR_STRING.lastIndex = 0
  // `test` rather than `exec`: no match object per string.
  while (KEY_OR_STRING.test(text)) {
    const at = KEY_OR_STRING.lastIndex - 1
    if (text.charCodeAt(at) === QUOTE) KEY_OR_STRING.lastIndex = stringEnd(text, at)
    else count++
  }
  return count
}

const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const QUOTE = 0x22
const BACKSLASH = 0x5c
/** JSON's whitespace, and nothing else (sticky: matches where `lastIndex` is, possibly nothing). */
const SPACE = /[ \t\n\r]*/y
/** A number, `true`, `false` or `null` runs to the next whitespace or punctuation. */
const SCALAR_END = /[^ \t\n\r,\]}]*/y
const STRUCTURE = /["{}[\]]/g
const KEY_OR_STRING = /[":]/g
