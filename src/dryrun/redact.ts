import { maskCredentials } from '../mask.js'

/**
 * Masks known secret values in text a server produced or a message quotes: a server that echoes
 * its token on stderr must not put it in a report. Values shorter than 4 characters are left
 * alone (masking "1" everywhere would hide everything and protect nothing).
 */
export function redactor(secrets: Iterable<string>): (text: string) => string {
  const values = [...new Set([...secrets].filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length)
  return (text) => {
    let out = text
    for (const value of values) if (out.includes(value)) out = out.split(value).join('***')
    return out
  }
}

/**
 * The values to mask for one server: header values and the credential part of `Bearer x` /
 * `Basic x`, the `env` values that came from the user's environment through a placeholder, and
 * the variables the user passed explicitly.
 */
export function secretValues(
  headers: Record<string, string>,
  resolvedEnv: Record<string, string>,
  rawEnv: Record<string, string> | undefined,
  passed: Iterable<string>
): string[] {
  const out: string[] = []
  for (const value of Object.values(headers)) {
    out.push(value)
    const space = value.indexOf(' ')
    if (space > 0) out.push(value.slice(space + 1).trim())
  }
  for (const [key, value] of Object.entries(resolvedEnv)) if (rawEnv?.[key] !== value) out.push(value)
  out.push(...passed)
  return out
}

/**
 * A copy of what a server listed with every string (keys included) masked: the values `redact`
 * knows (headers, passed variables), and anything that looks like a credential, masked the way the
 * rest of the report masks it. A server that puts a token in a tool description must not get it
 * into a report, a lock file or a pull-request comment.
 */
export function maskListed<T>(value: T, redact: (text: string) => string): T {
  const mask = (text: string): string => maskCredentials(redact(text))
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return mask(node)
    if (Array.isArray(node)) return node.map(walk)
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {}
      // Defined, not assigned: a key named "__proto__" stays a key and never becomes a prototype.
      for (const [key, child] of Object.entries(node))
        Object.defineProperty(out, mask(key), {
          value: walk(child),
          enumerable: true,
          writable: true,
          configurable: true
        })
      return out
    }
    return node
  }
  return walk(value) as T
}
