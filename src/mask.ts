import { Occurrences } from './occurrences.js'
import { findSecrets } from './secrets.js'
import { KNOWN_PREFIXES, VENDOR_FORMATS } from './secret-rules/vendors.js'
import type { Diagnostic } from './types.js'

/**
 * The one masking policy for every output (messages, code frames, annotations, summary, comment,
 * SARIF, JSON, the action's log): a detected secret is shown as at most its public prefix, `…`
 * and its last four characters (`ghp_…9f2c`, `…a1b2`), and as `***` when it is too short for
 * even that to be safe.
 */

/** Values shorter than this (after their prefix) show nothing of themselves. */
const MIN_SHOWN_LENGTH = 16

/** Each prefixed vendor format as a whole-value test: built when a run first masks a secret (most mask none). */
let anchored: readonly RegExp[] | undefined

function anchoredFormats(): readonly RegExp[] {
  anchored ??= VENDOR_FORMATS.filter((f) => f.prefix !== '').map((f) => new RegExp(`^(?:${f.pattern.source})$`))
  return anchored
}

/**
 * The public prefix of a credential, shown when masked: a vendor's when the value has that
 * vendor's whole format (so `pat` of `patrick…` is never shown), else one of the other known
 * formats' prefixes followed by a long token.
 */
function publicPrefix(value: string): string {
  const known = anchoredFormats().some((whole) => whole.test(value))
  for (const prefix of KNOWN_PREFIXES) {
    if (!value.startsWith(prefix)) continue
    // Of a value of no known format, only a prefix that ends in a separator is shown (`pat` of `patrick…` never).
    if (
      known ||
      (prefix.length >= 4 && /[-_.]$/.test(prefix) && /^[A-Za-z0-9_.=+/-]{16,}$/.test(value.slice(prefix.length)))
    )
      return prefix
  }
  return ''
}

/** A recognisable but harmless form of a secret: `ghp_…9f2c`, `…a1b2`, or `***`. */
export function maskSecret(value: string): string {
  const prefix = publicPrefix(value)
  const rest = value.slice(prefix.length)
  if (rest.length < MIN_SHOWN_LENGTH) return '***'
  return `${prefix}…${rest.slice(-4)}`
}

/** Replaces every occurrence of each secret in a text with its mask, longest secrets first. */
export function redact(text: string, secrets: Iterable<string>): string {
  return maskerFor(secrets)(text)
}

/**
 * Past this many secrets a text is searched for all of them in one pass (`Occurrences`) instead of for each in
 * turn: a file can hold thousands (one with 14,000 tokens took 47 s to report, searching each finding's message
 * and the output once per token).
 */
const SEARCHED_ONE_BY_ONE = 32

/** The masker of each collection of secrets, while it keeps its size (the run's set only grows). */
const maskers = new WeakMap<object, { size: number; mask: (text: string) => string }>()

function maskerFor(secrets: Iterable<string>): (text: string) => string {
  const size = secrets instanceof Set ? secrets.size : Array.isArray(secrets) ? secrets.length : undefined
  const cached = size === undefined ? undefined : maskers.get(secrets)
  if (cached !== undefined && cached.size === size) return cached.mask
  const ordered = [...secrets].sort((a, b) => b.length - a.length)
  const mask = ordered.length <= SEARCHED_ONE_BY_ONE ? oneByOne(ordered) : allAtOnce(ordered)
  if (size !== undefined) maskers.set(secrets, { size, mask })
  return mask
}

/** What masking replaces, in order: each secret, then (of one over several lines) each of its lines. */
function replaced(ordered: readonly string[]): string[][] {
  return ordered.map((secret) => {
    const own = secret.length >= 4 ? [secret] : []
    // A multi-line secret (a PEM key) may be shown line by line, as in a code frame.
    if (secret.includes('\n'))
      for (const line of secret.split(/\r?\n/)) {
        const part = line.trim()
        if (part.length >= 8) own.push(part)
      }
    return own
  })
}

function oneByOne(ordered: readonly string[]): (text: string) => string {
  const order = replaced(ordered).flat()
  return (text) => {
    let out = text
    for (const value of order) if (out.includes(value)) out = out.split(value).join(maskSecret(value))
    return out
  }
}

/**
 * The same masking in one pass: every occurrence of every value found at once, then taken in the order the
 * values are replaced one by one (an occurrence that overlaps one already taken is gone, as it would be once
 * that one was replaced), left to right for each value.
 */
function allAtOnce(ordered: readonly string[]): (text: string) => string {
  const order = [...new Set(replaced(ordered).flat())]
  const masks = order.map((value) => maskSecret(value))
  const occurrences = new Occurrences(order)
  const maskOnce = (text: string): string => {
    if (text.length < 4) return text
    const found = occurrences.find(text)
    if (found.length === 0) return text
    found.sort((a, b) => a.pattern - b.pattern || a.start - b.start)
    const taken = new Uint8Array(text.length)
    const chosen: { pattern: number; start: number }[] = []
    for (const occurrence of found) {
      const end = occurrence.start + order[occurrence.pattern].length
      let free = true
      for (let i = occurrence.start; i < end && free; i++) free = taken[i] === 0
      if (!free) continue
      taken.fill(1, occurrence.start, end)
      chosen.push(occurrence)
    }
    chosen.sort((a, b) => a.start - b.start)
    let out = ''
    let copied = 0
    for (const { pattern, start } of chosen) {
      out += text.slice(copied, start) + masks[pattern]
      copied = start + order[pattern].length
    }
    return out + text.slice(copied)
  }
  // Replaced one by one, a short secret is also masked where it shows inside an earlier mask (`…abcd` holding
  // `abcd`): masking the result again until nothing changes hides it as well.
  return (text) => {
    let out = text
    for (let pass = 0; pass < 4; pass++) {
      const again = maskOnce(out)
      if (again === out) break
      out = again
    }
    return out
  }
}

/**
 * A value from a config, safe to quote in a message: every credential in it masked, then cut to
 * `max` characters (masking first, so a cut never leaves part of a secret in the clear).
 */
export function quotable(value: string, max = 80, name?: string): string {
  const masked = redact(
    value,
    findSecrets(value, name, 'mask').map((s) => s.value)
  )
  return masked.length > max ? `${masked.slice(0, max - 3)}...` : masked
}

/**
 * A deep copy of a JSON-like value with every secret masked in every string (keys included), for
 * structured outputs (SARIF, the JSON report) where masking the serialised text could miss a value
 * that serialisation escaped.
 */
export function redactDeep<T>(value: T, secrets: Iterable<string>): T {
  const list = [...secrets]
  if (list.length === 0) return value
  return maskDeep(value, (text) => redact(text, list))
}

/** A deep copy of a JSON-like value with `mask` applied to every string, keys included. */
export function maskDeep<T>(value: T, mask: (text: string) => string): T {
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

/** A header value and, of `Bearer x` / `Basic x`, the credential part: each is masked wherever it appears. */
export function headerSecrets(value: string): string[] {
  const space = value.indexOf(' ')
  return space > 0 ? [value, value.slice(space + 1).trim()] : [value]
}

/** Every credential-looking value in a text of any length (the scan has no length cut). */
export function credentialsIn(text: string): string[] {
  return findSecrets(text, undefined, 'mask').map((s) => s.value)
}

/** A text with every credential-looking value in it masked (`ghp_…9f2c`). */
export function maskCredentials(text: string): string {
  const found = credentialsIn(text)
  return found.length === 0 ? text : redact(text, found)
}

/** A finding with every secret masked in each text it carries: its message, its data and its help. */
export function maskDiagnostic(d: Diagnostic, secrets: Iterable<string>): Diagnostic {
  // A set or a list as it is, never a copy: its masker is made once for all findings.
  const values = secrets instanceof Set || Array.isArray(secrets) ? secrets : [...secrets]
  const masked: Diagnostic = { ...d, message: redact(d.message, values) }
  if (d.data)
    masked.data = Object.fromEntries(
      Object.entries(d.data).map(([key, value]) => [key, typeof value === 'string' ? redact(value, values) : value])
    )
  if (d.help !== undefined) masked.help = redact(d.help, values)
  return masked
}
