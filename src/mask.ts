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
  const whole = ordered.length <= SEARCHED_ONE_BY_ONE ? oneByOne(ordered) : allAtOnce(ordered)
  const cut = cutMasker(replaced(ordered).flat())
  const mask = (text: string): string => whole(cut(text))
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

/** The mark a shortened text carries where it was cut (a message, a value, a window on a line, a stream's tail). */
const CUT = '…'
/** Parts of a secret shorter than this at a cut are left: as in `redact`, hiding every `abc` protects nothing. */
const MIN_CUT_PART = 4

/**
 * Masks what is left of a secret where a text was cut: its start running into a `…` (a message cut to its
 * length limit) or its end running out of one (a stream's tail, a window on a line). Whole-value masking no
 * longer finds such a part, and texts are cut in many places before they are masked. The part becomes what
 * the secret's mask shows of that end (`ghp_` of `ghp_…9f2c`, `9f2c`, or `***`).
 */
function cutMasker(values: readonly string[]): (text: string) => string {
  // A secret over several lines is cut line by line: its lines are values of their own (see `replaced`).
  const usable = [...new Set(values)].filter((v) => v.length >= MIN_CUT_PART && !/[\r\n]/.test(v))
  if (usable.length === 0) return (text) => text
  const reverse = (text: string): string => text.split('').reverse().join('')
  const starts = [...usable].sort()
  const ends = usable.map(reverse).sort()
  // The longest secret that starts (ends) with each four characters: what a part reaching farther cannot be.
  const heads = new Map<string, number>()
  const tails = new Map<string, number>()
  for (const v of usable) {
    heads.set(v.slice(0, MIN_CUT_PART), Math.max(heads.get(v.slice(0, MIN_CUT_PART)) ?? 0, v.length))
    tails.set(v.slice(-MIN_CUT_PART), Math.max(tails.get(v.slice(-MIN_CUT_PART)) ?? 0, v.length))
  }
  // The first and last characters of secrets, by code unit: most places a part could start or end are ruled
  // out by one look-up, before a slice is made.
  const firsts = new Uint8Array(65536)
  const lasts = new Uint8Array(65536)
  for (const v of usable) {
    firsts[v.charCodeAt(0)] = 1
    lasts[v.charCodeAt(v.length - 1)] = 1
  }
  const longest = usable.reduce((max, v) => Math.max(max, v.length), 0)
  // Every mask is itself a `…` with a part of a secret on each side: found as a whole, it is passed over.
  const masks = new Set(usable.map((v) => maskSecret(v)).filter((m) => m.includes(CUT)))
  const maskHeads = [...new Set([...masks].map((m) => m.indexOf(CUT)))]
  const isMask = (text: string, at: number): boolean =>
    maskHeads.some((head) => at >= head && masks.has(text.slice(at - head, at + CUT.length + MIN_CUT_PART)))
  // The value in a sorted list that starts with `part`, if any: the first one not before it.
  const startingWith = (sorted: readonly string[], part: string): string | undefined => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (sorted[middle] < part) low = middle + 1
      else high = middle
    }
    return low < sorted.length && sorted[low].startsWith(part) ? sorted[low] : undefined
  }
  return (text) => {
    if (!text.includes(CUT)) return text
    let out = ''
    let copied = 0
    for (let at = text.indexOf(CUT); at !== -1; at = text.indexOf(CUT, Math.max(at + 1, copied))) {
      if (isMask(text, at)) continue
      // Before the mark: the longest run up to it that some secret starts with.
      for (let start = Math.max(copied, at - longest); start <= at - MIN_CUT_PART; start++) {
        if (firsts[text.charCodeAt(start)] === 0) continue
        if ((heads.get(text.slice(start, start + MIN_CUT_PART)) ?? 0) < at - start) continue
        const part = text.slice(start, at)
        const value = startingWith(starts, part)
        if (value === undefined) continue
        const mask = maskSecret(value)
        const shown = mask.includes(CUT) ? mask.slice(0, mask.indexOf(CUT)) : mask
        if (part !== shown) {
          out += text.slice(copied, start) + shown
          copied = at
        }
        break
      }
      // After the mark: the longest run from it that some secret ends with.
      const from = at + CUT.length
      for (let end = Math.min(text.length, from + longest); end - from >= MIN_CUT_PART; end--) {
        if (lasts[text.charCodeAt(end - 1)] === 0) continue
        if ((tails.get(text.slice(end - MIN_CUT_PART, end)) ?? 0) < end - from) continue
        const part = text.slice(from, end)
        const reversed = startingWith(ends, reverse(part))
        if (reversed === undefined) continue
        const mask = maskSecret(reverse(reversed))
        const shown = mask.includes(CUT) ? mask.slice(mask.indexOf(CUT) + CUT.length) : mask
        if (part !== shown) {
          out += text.slice(copied, from) + shown
          copied = end
        }
        break
      }
    }
    return out + text.slice(copied)
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
