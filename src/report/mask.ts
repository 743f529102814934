import { findSecrets, redact } from '../secrets.js'

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

// The credential scan reads at most 8 KiB of a string at a time: read a long text in overlapping
// windows so that a token at its end is found too.
const WINDOW = 8192
const OVERLAP = 512

/** Every credential-looking value in a text of any length. */
export function credentialsIn(text: string): string[] {
  if (text.length <= WINDOW) return findSecrets(text).map((s) => s.value)
  const found = new Set<string>()
  for (let start = 0; start < text.length; start += WINDOW - OVERLAP)
    for (const s of findSecrets(text.slice(start, start + WINDOW))) found.add(s.value)
  return [...found]
}

/** A text with every credential-looking value in it masked (`ghp_…9f2c`). */
export function maskCredentials(text: string): string {
  const found = credentialsIn(text)
  return found.length === 0 ? text : redact(text, found)
}
