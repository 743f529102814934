import { createHash } from 'node:crypto'

/**
 * Canonical JSON (RFC 8785, JSON Canonicalization Scheme, for the values JSON.parse produces):
 * object keys sorted by UTF-16 code units, no whitespace, strings and numbers as ECMAScript's
 * JSON.stringify writes them. The same value gives the same text on every machine, so its hash is
 * stable across runs, operating systems and Node versions.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`
  const entries = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort(compareCodeUnits)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
  return `{${entries.join(',')}}`
}

/** The value with every object's keys in canonical order (for writing it readably, indented). */
export function sortedKeys<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return (value as unknown[]).map((item) => sortedKeys(item)) as T
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort(compareCodeUnits)) {
    const child = (value as Record<string, unknown>)[key]
    // Defined, not assigned: a key named "__proto__" stays a key.
    if (child !== undefined)
      Object.defineProperty(out, key, {
        value: sortedKeys(child),
        enumerable: true,
        writable: true,
        configurable: true
      })
  }
  return out as T
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
