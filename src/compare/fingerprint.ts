import { nodeCrypto } from '../lazy-crypto.js'
import { evidenceOf } from '../evidence.js'
import type { Diagnostic } from '../types.js'

/**
 * What makes a finding the same finding after lines move: its rule, file and server, and what was
 * found (the message's data when the rule gives it, else the message with positions left out). Not
 * its line or column, so inserting a server above it does not make it new.
 */
export function findingKey(d: Diagnostic): string {
  return [d.ruleId, d.file, d.server ?? '', whatWasFound(d)].join('\u0000')
}

// Data that only says where (a line, a column) would make a moved finding new.
const POSITION_DATA = /^(?:line|column|endLine|endColumn|.*(?:Line|Column))$/

/**
 * What changes from run to run in a text a program printed, though the problem does not: a dry-run
 * server's error line quoted in a finding ("[2026-12-02T04:31:55Z] pid 4127: config missing").
 */
const VOLATILE: readonly [RegExp, string][] = [
  [/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<time>'],
  [/\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g, '<time>'],
  [/\b(pid|process|thread)([ #:=]{1,3})\d+/gi, '$1$2<n>'],
  [/\b0x[0-9a-f]{6,}\b/gi, '<address>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, '<duration>']
]

function stable(value: unknown): unknown {
  if (typeof value !== 'string') return value
  let text = value
  for (const [pattern, replacement] of VOLATILE) text = text.replace(pattern, replacement)
  return text
}

function whatWasFound(d: Diagnostic): string {
  if (d.messageId !== undefined) {
    const data = Object.entries(d.data ?? {})
      .filter(([key]) => !POSITION_DATA.test(key))
      .map(([key, value]): [string, unknown] => [key, stable(value)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `${d.messageId}${JSON.stringify(data)}`
  }
  // "(first defined on line 3)", "at 4:12": where, not what.
  return d.message.replace(/\b(line|lines|column) \d+/g, '$1 #').replace(/\b\d+:\d+\b/g, '#:#')
}

/** A short, stable hash of a finding's key (64 bits, hex). */
export function hashKey(key: string): string {
  return nodeCrypto().createHash('sha256').update(key).digest('hex').slice(0, 16)
}

/**
 * The fingerprint of each diagnostic, in order: the hash of its key and, for identical findings in one
 * file, its occurrence (`:1`, `:2`, … in file order), as code scanning's `partialFingerprints` expect.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): string[] {
  const seen = new Map<string, number>()
  return diagnostics.map((d) => {
    const hash = hashKey(findingKey(d))
    const occurrence = (seen.get(hash) ?? 0) + 1
    seen.set(hash, occurrence)
    return `${hash}:${occurrence}`
  })
}

/** The part of a fingerprint without its occurrence. */
export function fingerprintHash(fingerprint: string): string {
  return fingerprint.replace(/:\d+$/, '')
}

/** Head findings split into those the base did not have and those it had. */
export interface Split {
  introduced: Diagnostic[]
  preexisting: Diagnostic[]
}

/**
 * The key findings are matched with the base by: `findingKey` and what the finding is about, whole, so that a
 * value the message shows cut short or masked cannot change behind a finding that was there before.
 */
function comparisonKey(d: Diagnostic): string {
  const evidence = evidenceOf(d)
  const key = findingKey(d)
  return evidence === undefined ? key : `${key}\u0000${evidence}`
}

/**
 * Matches findings at head with findings at base by key. Identical findings (same key) are matched
 * one for one, those on an unchanged line first (`context` gives a line's text), so when a pull
 * request adds a third copy of a finding, the copy on the new line is the one reported.
 */
export function splitByBase(
  head: readonly Diagnostic[],
  base: readonly Diagnostic[],
  context: { head(d: Diagnostic): string; base(d: Diagnostic): string } = { head: () => '', base: () => '' }
): Split {
  const remaining = new Map<string, string[]>()
  for (const d of base) {
    const key = comparisonKey(d)
    const list = remaining.get(key)
    if (list) list.push(context.base(d))
    else remaining.set(key, [context.base(d)])
  }
  const matched = new Set<Diagnostic>()
  const candidates = new Map<string, Diagnostic[]>()
  for (const d of head) {
    const key = comparisonKey(d)
    const list = candidates.get(key)
    if (list) list.push(d)
    else candidates.set(key, [d])
  }
  for (const [key, group] of candidates) {
    const pool = remaining.get(key)
    if (!pool) continue
    // First the findings whose line is unchanged, then any, in file order.
    for (const d of group) {
      const at = pool.indexOf(context.head(d))
      if (at === -1) continue
      pool.splice(at, 1)
      matched.add(d)
    }
    for (const d of group) {
      if (matched.has(d) || pool.length === 0) continue
      pool.shift()
      matched.add(d)
    }
  }
  return {
    introduced: head.filter((d) => !matched.has(d)),
    preexisting: head.filter((d) => matched.has(d))
  }
}
