import { isRecord } from '../../hosts/util.js'
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
  const out: DocumentString[] = []
  const stack: { node: unknown; path: PointerPath; field?: string; name?: string }[] = [{ node: root, path: [] }]
  while (stack.length > 0) {
    const { node, path, field, name } = stack.pop() as (typeof stack)[number]
    if (typeof node === 'string') out.push({ path, value: node, isKey: false, field, name })
    else if (Array.isArray(node))
      node.forEach((child, i) => {
        const flag = flagBefore(node, i)
        stack.push({ node: child, path: [...path, i], field: flag, name: flag })
      })
    else if (isRecord(node)) {
      const pairName = typeof node.name === 'string' ? node.name : undefined
      for (const [key, child] of Object.entries(node)) {
        // A key and its value have the same pointer: one array for both (pointers are never changed).
        const at = [...path, key]
        out.push({ path: at, value: key, isKey: true })
        const childName = pairName !== undefined && (key === 'value' || key === 'default') ? pairName : key
        stack.push({ node: child, path: at, field: key, name: childName })
      }
    }
  }
  return out
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
  private readonly byServer = new Map<Server, readonly DocumentString[]>()

  constructor(private readonly document: { readonly value: unknown }) {}

  /** Every string of the document, values and keys, with their pointers. */
  get all(): readonly DocumentString[] {
    return (this.walked ??= documentStrings(this.document.value))
  }

  /** The strings inside one server's entry. */
  of(server: Server): readonly DocumentString[] {
    let found = this.byServer.get(server)
    if (!found) this.byServer.set(server, (found = stringsUnder(this.all, server.pointer)))
    return found
  }
}
