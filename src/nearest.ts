import { closest, distance } from 'fastest-levenshtein'

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
