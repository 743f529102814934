import type { PointerPath } from '../../types.js'

/** One string found in a document, with where it is and whether it is a key. */
export interface StringNode {
  path: PointerPath
  value: string
  isKey: boolean
}

/** Every string value (and key) in a parsed document, iteratively (no recursion on hostile depth). */
export function* strings(value: unknown, base: PointerPath = []): Generator<StringNode> {
  const stack: { node: unknown; path: PointerPath }[] = [{ node: value, path: base }]
  while (stack.length > 0) {
    const { node, path } = stack.pop() as { node: unknown; path: PointerPath }
    if (typeof node === 'string') yield { path, value: node, isKey: false }
    else if (Array.isArray(node)) node.forEach((child, i) => stack.push({ node: child, path: [...path, i] }))
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        yield { path: [...path, key], value: key, isKey: true }
        stack.push({ node: child, path: [...path, key] })
      }
    }
  }
}

/** The value at a pointer, or undefined: the adapters' own lookup, so rules and hosts read a document alike. */
export { valueAt } from '../../hosts/util.js'
