import type { PointerPath, Position, Range } from '../types.js'

/** Turns UTF-16 offsets into 1-based line/column positions; `\r\n`, `\n` and `\r` all end a line. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i)
      if (ch === 10) this.starts.push(i + 1)
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  /** The position of a character offset. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid] <= clamped) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: clamped - this.starts[lo] + 1 }
  }

  /** The range of `length` characters from `offset` (at least one character wide, so it shows). */
  range(offset: number, length: number): Range {
    const start = this.position(offset)
    const end = this.position(offset + Math.max(length, 0))
    if (end.line === start.line && end.column === start.column) end.column += 1
    return { start, end }
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]
  }

  get lineCount(): number {
    return this.starts.length
  }
}

/** Where one node of a document sits: its value and, for a member of an object, its key. */
export interface NodeSpan {
  key?: { offset: number; length: number }
  value: { offset: number; length: number }
}

/** One key of an object as it is written, repeats included (the parsed value keeps only the last). */
export interface WrittenKey {
  name: string
  offset: number
  length: number
}

/**
 * `base` followed by `tail`, in an array of exactly that length. A spread (`[...base, key]`) or a push leaves
 * room to grow: a server's field pointers, kept for the whole run, then take twice the memory (~200 bytes
 * each instead of ~90), and every young-generation collection copies them.
 */
export function pointerWith(base: PointerPath, ...tail: readonly (string | number)[]): PointerPath {
  const out = new Array<string | number>(base.length + tail.length)
  for (let i = 0; i < base.length; i++) out[i] = base[i]
  for (let i = 0; i < tail.length; i++) out[base.length + i] = tail[i]
  return out
}

/** `pointerWith` for one segment, without a list of the rest per call: the walks make one per node. */
export function childPointer(base: PointerPath, segment: string | number): PointerPath {
  const out = new Array<string | number>(base.length + 1)
  for (let i = 0; i < base.length; i++) out[i] = base[i]
  out[base.length] = segment
  return out
}

/** Encodes pointer segments as a JSON Pointer string (RFC 6901). */
export function pointerToString(path: PointerPath): string {
  let pointer = ''
  for (const segment of path) pointer += pointerSegment(segment)
  return pointer
}

/** One segment of a JSON Pointer, with its leading slash: `pointer + pointerSegment(key)` is the child's pointer. */
export function pointerSegment(segment: string | number): string {
  const text = String(segment)
  if (!text.includes('~') && !text.includes('/')) return '/' + text
  return '/' + text.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Decodes a JSON Pointer string, such as ajv's `instancePath`, into segments. */
export function pointerFromString(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/**
 * A range found the first time it is read: most servers' keys are never reported at, and finding one
 * is what makes a parser that reads only values worth it. Reads like any other range (own, enumerable
 * `start` and `end`, for property reads, spreads, `Object.keys` and `JSON.stringify`), so copies and
 * reports see a plain one; it cannot be changed.
 *
 * A proxy over a small state with one shared handler: a run makes one per server (30,000 at 10,000
 * files), and defining two accessor properties on each plain object cost 2-8 µs apiece (the object
 * turned into a dictionary), a proxy well under 1 µs.
 */
export function lazyRange(find: () => Range): Range {
  return lazyKeyRange({ locateOnce: find }, [])
}

/**
 * `lazyRange` of the key at `pointer` in `doc` (`doc.locateOnce(pointer, true)`), with no closure: a run keeps
 * one per server to its end, and its state holds the document and the pointer themselves.
 */
export function lazyKeyRange(doc: KeyLocator, pointer: PointerPath): Range {
  return new Proxy<LazyRangeState>({ doc, pointer, found: undefined }, LAZY_RANGE_HANDLER) as unknown as Range
}

/** What finds a lazy range: a document (see `ParsedDocument.locateOnce`). */
interface KeyLocator {
  locateOnce(path: PointerPath, preferKey: boolean): Range
}

interface LazyRangeState {
  doc: KeyLocator | undefined
  pointer: PointerPath | undefined
  found: Range | undefined
}

function foundRange(state: LazyRangeState): Range {
  if (state.found === undefined) {
    state.found = (state.doc as KeyLocator).locateOnce(state.pointer as PointerPath, true)
    state.doc = undefined
    state.pointer = undefined
  }
  return state.found
}

const isRangeKey = (key: PropertyKey): key is 'start' | 'end' => key === 'start' || key === 'end'

const LAZY_RANGE_HANDLER: ProxyHandler<LazyRangeState> = {
  get: (state, key) =>
    isRangeKey(key) ? foundRange(state)[key] : (Object.prototype as Record<PropertyKey, unknown>)[key],
  has: (_, key) => isRangeKey(key) || key in Object.prototype,
  ownKeys: () => ['start', 'end'],
  getOwnPropertyDescriptor: (state, key) =>
    isRangeKey(key)
      ? { value: foundRange(state)[key], enumerable: true, configurable: true, writable: false }
      : undefined,
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false
}

/** Where a document's nodes are, by path: recorded while parsing, or found in the text when first asked. */
export interface Positions {
  /** The span of the node at `path`, if it exists in the source. */
  span(path: PointerPath): NodeSpan | undefined
  /** The keys of the object at `path` as written, repeats included; undefined for anything else. */
  keysAt(path: PointerPath): readonly WrittenKey[] | undefined
}

/** Positions a parser recorded node by node, by JSON Pointer. */
export class RecordedPositions implements Positions {
  readonly spans = new Map<string, NodeSpan>()
  readonly keys = new Map<string, readonly WrittenKey[]>()

  span(path: PointerPath): NodeSpan | undefined {
    return this.spans.get(pointerToString(path))
  }

  keysAt(path: PointerPath): readonly WrittenKey[] | undefined {
    return this.keys.get(pointerToString(path))
  }

  /** Records where the node at `path` is. */
  record(path: PointerPath, span: NodeSpan): void {
    this.spans.set(pointerToString(path), span)
  }
}

/** A parsed config file: its value plus the position of every node, by JSON Pointer. */
export class ParsedDocument {
  private lineIndex: LineIndex | undefined
  /** Found on first use by `findPositions` (when a parser gave one), else recorded as the parser went. */
  private found: Positions | undefined
  private findPositions: (() => Positions) | undefined
  private restore: (() => ParsedDocument | undefined) | undefined
  private heldValue: unknown
  private valueReleased = false
  private released = false
  /**
   * The strict JSON text `JSON.parse` read the value from, when it was: the file's text itself, or (JSONC)
   * that text with its comments and trailing commas blanked out, offsets and line breaks kept. A line the
   * same in both holds no comment, and every string on it is one of the value's (JSON strings never span
   * lines): the masking reads such a line's strings from the value instead of scanning the line again.
   */
  jsonText?: string

  /**
   * `findPositions`, when given, finds the positions the first time one is asked for (most files are
   * reported on at a few nodes, or none); without it the parser records them (`record`, `recordKeys`).
   */
  constructor(
    readonly text: string,
    value: unknown,
    findPositions?: () => Positions,
    /**
     * What the parser knows of repeated keys: `impossible`, the syntax refuses them (TOML), so `keysAt`
     * has nothing to tell and finds no positions to say so; `none`, this text repeats no key (proven
     * while parsing it); `possible`, ask `keysAt`.
     */
    private readonly repeats: 'possible' | 'none' | 'impossible' = 'possible'
  ) {
    this.heldValue = value
    this.findPositions = findPositions
  }

  /** The parsed value; after `compact`, parsed again from the text on first use (a cross-file rule's question). */
  get value(): unknown {
    if (this.valueReleased) this.restoreFromText()
    return this.heldValue
  }

  set value(value: unknown) {
    this.heldValue = value
    this.valueReleased = false
  }

  /** Line starts, found on first use (most files are reported on without a line number being needed). */
  get lines(): LineIndex {
    return (this.lineIndex ??= new LineIndex(this.text))
  }

  /** Every node's position; after `compact`, found again by parsing the text anew. */
  private get positions(): Positions {
    if (this.released) this.restoreFromText()
    if (!this.found) {
      const find = this.findPositions
      this.findPositions = undefined
      this.found = find ? find() : new RecordedPositions()
    }
    return this.found
  }

  /** The positions a parser records into (it gave no `findPositions`). */
  private get recorded(): RecordedPositions {
    const positions = this.positions
    if (!(positions instanceof RecordedPositions)) throw new Error('this document finds its positions itself')
    return positions
  }

  /** Parses the text again for what `compact` let go of: the positions, the value. */
  private restoreFromText(): void {
    const again = this.restore?.()
    if (this.released) {
      this.found = again?.found
      this.findPositions = again?.findPositions
      this.released = false
    }
    if (this.valueReleased) {
      this.heldValue = again?.heldValue
      this.valueReleased = false
    }
    this.restore = undefined
  }

  /**
   * Lets go of the positions and the value once a file's own findings are made, keeping its text:
   * a run over many files then holds one file's at a time. A later `locate` or read of `value` (a
   * cross-file rule's) parses the text again with `reparse`.
   */
  compact(reparse: () => ParsedDocument | undefined): void {
    this.jsonText = undefined
    this.found = undefined
    this.findPositions = undefined
    this.released = true
    this.lineIndex = undefined
    this.heldValue = undefined
    this.valueReleased = true
    this.restore = reparse
  }

  /** Records where the node at `path` is; parsers call this once per node. */
  record(path: PointerPath, span: NodeSpan): void {
    this.recordAt(pointerToString(path), span)
  }

  /** `record` by the node's JSON Pointer, for a parser that builds pointers as it descends. */
  recordAt(pointer: string, span: NodeSpan): void {
    this.recorded.spans.set(pointer, span)
  }

  /**
   * Records the keys of the object at `path` as written (undefined: the node there is not an object as
   * written, e.g. a YAML alias). A repeated path, such as a duplicated key's value, keeps the last call.
   */
  recordKeys(path: PointerPath, keys: readonly WrittenKey[] | undefined): void {
    this.recordKeysAt(pointerToString(path), keys)
  }

  /** `recordKeys` by the node's JSON Pointer. */
  recordKeysAt(pointer: string, keys: readonly WrittenKey[] | undefined): void {
    if (keys) this.recorded.keys.set(pointer, keys)
    else this.recorded.keys.delete(pointer)
  }

  /**
   * Every key of the object at `path` as written, in order, repeats included; undefined where the
   * syntax cannot repeat a key (TOML refuses the file) or the node is not an object.
   */
  keysAt(path: PointerPath): readonly WrittenKey[] | undefined {
    return this.repeats === 'impossible' ? undefined : this.positions.keysAt(path)
  }

  /** Whether the text is known to repeat no key in any object (no need to read the written keys to find one). */
  get repeatsNoKey(): boolean {
    return this.repeats !== 'possible'
  }

  /** The same nodes over a longer text that starts with this one (front matter inside Markdown). */
  extendedTo(fullText: string): ParsedDocument {
    const positions = this.positions
    return new ParsedDocument(fullText, this.value, () => positions)
  }

  /** The exact span of the node at `path`, if it exists in the source. */
  span(path: PointerPath): NodeSpan | undefined {
    return this.positions.span(path)
  }

  /**
   * The range to report for `path`: the key when `preferKey` and the node is an object member, else
   * the value. A path that does not exist falls back to its nearest existing ancestor's key.
   */
  locate(path: PointerPath, preferKey = false): Range {
    const positions = this.positions
    for (let depth = path.length; depth >= 0; depth--) {
      const span = positions.span(depth === path.length ? path : path.slice(0, depth))
      if (!span) continue
      const exact = depth === path.length
      const part = (preferKey || !exact) && span.key ? span.key : span.value
      // A whole object or array can span many lines: point at its first line only.
      return this.firstLine(part.offset, part.length)
    }
    return this.lines.range(0, 1)
  }
  /**
   * `locate` for a late, one-off question: on a released document it parses the text again for this
   * answer only and keeps nothing, so a run that asks once per server holds no file's positions.
   */
  locateOnce(path: PointerPath, preferKey = false): Range {
    if (!this.released) return this.locate(path, preferKey)
    return this.restore?.()?.locate(path, preferKey) ?? this.lines.range(0, 1)
  }

  private firstLine(offset: number, length: number): Range {
    const range = this.lines.range(offset, length)
    if (range.end.line === range.start.line) return range
    const lineEnd = this.lines.lineStart(range.start.line + 1)
    const endOfText = this.text.slice(offset, lineEnd).replace(/\r?\n$|\r$/, '')
    return this.lines.range(offset, Math.max(1, endOfText.length))
  }
}
