import { closest, distance } from 'fastest-levenshtein'
import { equivalentKeys } from './hosts/index.js'

/**
 * Past this many known names only a difference of case, "-" or "_" is suggested: a typo among thousands of names
 * cannot be told from another of them, and comparing every finding's name with each would cost the square of a
 * crafted file's size.
 */
export const MAX_FUZZY_CANDIDATES = 200

/** Each list's names by their loose form, built once per list (rules ask about many names against the same one). */
const looseIndexes = new WeakMap<readonly string[], Map<string, string>>()

/** A name without case, "-" and "_": names that differ only there are one name to a reader. */
export const loose = (name: string): string => name.replace(/[-_]/g, '').toLowerCase()

function looseIndex(candidates: readonly string[]): Map<string, string> {
  let index = looseIndexes.get(candidates)
  if (!index) {
    index = new Map()
    // The first of the names sharing a loose form, as a search in order would find it.
    for (const name of candidates) if (!index.has(loose(name))) index.set(loose(name), name)
    looseIndexes.set(candidates, index)
  }
  return index
}

/** The known name closest to a likely typo of it, if close enough to be the intended one (case, "-" and "_" aside). */
export function nearestName(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const same = looseIndex(candidates).get(loose(input))
  if (same !== undefined) return same
  if (candidates.length > MAX_FUZZY_CANDIDATES) return undefined
  const best = closest(input, candidates)
  // Two edits catch most typos (a transposition counts two); long names get a third.
  const limit = best.length <= 3 ? 1 : best.length >= 10 ? 3 : 2
  return distance(input, best) <= limit ? best : undefined
}

/** The key a user most likely meant: another host's equivalent of it (`equivalentKeys`), else the nearest name. */
export function suggest(input: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined
  // `input` comes from the file: a Map has no inherited "constructor" to find.
  const equivalent = equivalentKeys()
    .get(input)
    ?.find((name) => candidates.includes(name))
  if (equivalent) return equivalent
  return nearestName(input, candidates)
}
