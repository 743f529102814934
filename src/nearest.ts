import { closest, distance } from 'fastest-levenshtein'
import { equivalentKeys } from './hosts/index.js'

/** The known name closest to a likely typo of it, if close enough to be the intended one (case, "-" and "_" aside). */
export function nearestName(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const loose = (name: string) => name.replace(/[-_]/g, '').toLowerCase()
  const same = candidates.find((c) => c.toLowerCase() === input.toLowerCase() || loose(c) === loose(input))
  if (same) return same
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
