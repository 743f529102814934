import { redact } from '../secrets.js'

/**
 * A deep copy of a JSON-like value with every secret masked in every string (keys included), for
 * structured outputs (SARIF, the JSON report) where masking the serialised text could miss a value
 * that serialisation escaped.
 */
export function redactDeep<T>(value: T, secrets: Iterable<string>): T {
  const list = [...secrets]
  if (list.length === 0) return value
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redact(node, list)
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(node)) out[redact(key, list)] = walk(child)
      return out
    }
    return node
  }
  return walk(value) as T
}
