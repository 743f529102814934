import { diffWords } from 'diff'
import { revealInvisible } from '../report/escape.js'
import { canonicalJson } from './canonical.js'

/** One difference between two versions of a tool, prompt or resource, at a path in its definition. */
export interface FieldChange {
  /** `description`, `inputSchema.properties.note`, `annotations.readOnlyHint`, … */
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
}

// Paths beyond this depth are compared as whole values (a schema is rarely deeper).
const MAX_DEPTH = 12
// Unchanged words kept on each side of a change, so a long description shows only what moved.
const CONTEXT_WORDS = 6

/**
 * Every difference between two definitions, leaf by leaf: objects are followed key by key; strings,
 * numbers, booleans and arrays are compared whole. In path order, so the same change always reads
 * the same way.
 */
export function fieldChanges(before: unknown, after: unknown, path = '', depth = 0): FieldChange[] {
  if (canonicalJson(before) === canonicalJson(after)) return []
  if (isObject(before) && isObject(after) && depth < MAX_DEPTH) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((key) => {
      const at = path === '' ? key : `${path}.${key}`
      if (!Object.hasOwn(before, key)) return [{ path: at, kind: 'added' as const, after: after[key] }]
      if (!Object.hasOwn(after, key)) return [{ path: at, kind: 'removed' as const, before: before[key] }]
      return fieldChanges(before[key], after[key], at, depth + 1)
    })
  }
  return [{ path: path || '(value)', kind: 'changed', before, after }]
}

/**
 * One change as a line a reviewer reads: a word-level diff for text (`[-removed-]{+added+}`, the
 * markers of `git diff --word-diff=plain`), the compact JSON of anything else, invisible characters
 * written out (`\u{200B}`) so that a hidden change cannot pass unseen.
 */
export function describeChange(change: FieldChange, limit = 400): string {
  let text: string
  if (change.kind === 'added') text = `${change.path}: added ${shown(change.after)}`
  else if (change.kind === 'removed') text = `${change.path}: removed (was ${shown(change.before)})`
  else if (typeof change.before === 'string' && typeof change.after === 'string')
    text =
      revealInvisible(change.before).trim() === revealInvisible(change.after).trim()
        ? // Shown on one line, added padding or line breaks would look unchanged: count them instead.
          `${change.path}: only its blank space changed (${blanks(change.before)} → ${blanks(change.after)} blank characters)`
        : `${change.path}: "${wordDiff(change.before, change.after)}"`
  else text = `${change.path}: ${shown(change.before)} → ${shown(change.after)}`
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
}

/** A word-level diff of two texts, with long unchanged runs shortened to their ends. */
export function wordDiff(before: string, after: string): string {
  const [shownBefore, shownAfter] = [revealInvisible(before), revealInvisible(after)]
  const parts = diffWords(shownBefore, shownAfter)
  return parts
    .map((part, i) => {
      if (part.added) return `{+${part.value}+}`
      if (part.removed) return `[-${part.value}-]`
      return shorten(part.value, i === 0, i === parts.length - 1)
    })
    .join('')
}

/** Keeps a few words of unchanged text next to each change. */
function shorten(text: string, first: boolean, last: boolean): string {
  const words = text.split(/(\s+)/)
  const keep = CONTEXT_WORDS * 2
  if (words.length <= keep * 2 + 1) return text
  const head = first ? [] : words.slice(0, keep)
  const tail = last ? [] : words.slice(-keep)
  return `${head.join('')}…${tail.join('')}`
}

function blanks(text: string): number {
  return (text.match(/\s/g) ?? []).length
}

function shown(value: unknown): string {
  const json = canonicalJson(value)
  return revealInvisible(json.length > 200 ? `${json.slice(0, 199)}…` : json)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
