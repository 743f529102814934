import { isRecord, valueAt } from '../../hosts/util.js'
import { childPointer } from '../../parse/source.js'
import { flagBefore } from '../../secrets.js'
import type { PointerPath, Server } from '../../types.js'

/**
 * What rules ask of one file's document, derived once per file on first use and dropped with it: the
 * way a linter walks a document once and hands every rule the nodes it asks for, instead of each rule
 * walking the whole value again.
 */

/** One string of a document, a value or a key, where it is and what it is the value of. */
export interface DocumentString {
  path: PointerPath
  value: string
  isKey: boolean
  /** The key or flag a value belongs to (`"--api-key", "x"` → `--api-key`); none for a key. */
  field?: string
  /** As `field`, but a `{ name, value }` pair's value (registry headers and variables) is named by its `name`. */
  name?: string
}

/** Every string of a value (keys included), in one iterative walk (no recursion on hostile depth). */
export function documentStrings(root: unknown): DocumentString[] {
  return walkStrings(root).strings
}

/** Where the strings inside one object or array lie in a walk's list, and the pointer the walk met it at. */
interface Block {
  path: PointerPath
  start: number
  end: number
}

/**
 * The walk: every string of `root`, and for each of `marked` (objects or arrays inside it), the block of
 * the list that holds the strings inside it (a node's strings are contiguous, since the walk finishes a
 * node before it goes on to the nodes beside it); null for one met twice (a YAML alias), whose place is
 * ambiguous.
 */
function walkStrings(
  root: unknown,
  marked?: ReadonlySet<unknown>
): { strings: DocumentString[]; blocks: Map<unknown, Block | null> } {
  const out: DocumentString[] = []
  const blocks = new Map<unknown, Block | null>()
  const stack: { node: unknown; path: PointerPath; field?: string; name?: string; ends?: Block }[] = [
    { node: root, path: [] }
  ]
  while (stack.length > 0) {
    const { node, path, field, name, ends } = stack.pop() as (typeof stack)[number]
    if (ends) {
      ends.end = out.length
      continue
    }
    if (typeof node === 'string') {
      out.push({ path, value: node, isKey: false, field, name })
      continue
    }
    if (marked?.has(node)) {
      if (blocks.has(node)) blocks.set(node, null)
      else {
        const block: Block = { path, start: out.length, end: out.length }
        blocks.set(node, block)
        stack.push({ node: undefined, path, ends: block })
      }
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const flag = flagBefore(node, i)
        stack.push({ node: node[i], path: childPointer(path, i), field: flag, name: flag })
      }
    } else if (isRecord(node)) {
      const pairName = typeof node.name === 'string' ? node.name : undefined
      const keys = Object.keys(node)
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]
        // A key and its value have the same pointer: one array for both (pointers are never changed).
        const at = childPointer(path, key)
        out.push({ path: at, value: key, isKey: true })
        const childName = pairName !== undefined && (key === 'value' || key === 'default') ? pairName : key
        stack.push({ node: node[key], path: at, field: key, name: childName })
      }
    }
  }
  return { strings: out, blocks }
}

/**
 * The strings inside the node at `base` (not the key that names it), in walk order, their paths
 * starting with `base` as given: what walking that node alone would give.
 */
export function stringsUnder(all: readonly DocumentString[], base: PointerPath): DocumentString[] {
  const out: DocumentString[] = []
  for (const node of all) {
    const { path } = node
    if (path.length < base.length || (node.isKey && path.length === base.length)) continue
    let same = true
    let inside = true
    for (let i = 0; i < base.length; i++) {
      if (path[i] === base[i]) continue
      same = false
      if (String(path[i]) !== String(base[i])) {
        inside = false
        break
      }
    }
    if (!inside) continue
    out.push(same ? node : { ...node, path: [...base, ...path.slice(base.length)] })
  }
  return out
}

/** The strings rules ask about, found once per file: the whole document's and each server entry's. */
export class DocumentStrings {
  private walked: readonly DocumentString[] | undefined
  /** Each server's entry, and where the walk put the strings inside it. */
  private entries = new Map<Server, unknown>()
  private blocks: ReadonlyMap<unknown, Block | null> | undefined
  private readonly byServer = new Map<Server, readonly DocumentString[]>()
  /** What rule helpers derived from the file, by the helper that derived it. */
  private readonly derived = new Map<object, unknown>()

  /** `servers`: the file's servers, whose entries' strings the walk marks as it goes (`of` then cuts them out). */
  constructor(
    private readonly document: { readonly value: unknown },
    private readonly servers: readonly Server[] = []
  ) {}

  /** Every string of the document, values and keys, with their pointers. */
  get all(): readonly DocumentString[] {
    if (this.walked === undefined) {
      const root = this.document.value
      const marked = new Set<unknown>()
      for (const server of this.servers) {
        const entry = valueAt(root, server.pointer)
        if (entry !== null && typeof entry === 'object') {
          this.entries.set(server, entry)
          marked.add(entry)
        }
      }
      const walk = walkStrings(root, marked)
      this.walked = walk.strings
      this.blocks = walk.blocks
    }
    return this.walked
  }

  /** The strings inside one server's entry. */
  of(server: Server): readonly DocumentString[] {
    let found = this.byServer.get(server)
    if (!found) this.byServer.set(server, (found = this.read(server)))
    return found
  }

  /**
   * What a rule helper derives from this file (its servers' launches, their placeholders), made on the first
   * rule's question and kept exactly as long as the file's strings; `key` names what it is (the helper).
   */
  derive<T>(key: object, make: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T
    const made = make()
    this.derived.set(key, made)
    return made
  }

  private read(server: Server): readonly DocumentString[] {
    const all = this.all
    const block = this.blocks?.get(this.entries.get(server))
    // The walk's block, where the walk met the entry at the server's pointer as spelled (else the pointer's spelling wins).
    if (block && samePointer(block.path, server.pointer)) return all.slice(block.start, block.end)
    return stringsUnder(all, server.pointer)
  }
}

function samePointer(a: PointerPath, b: PointerPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i])
}
