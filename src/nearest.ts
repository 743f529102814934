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

/** Keys that mean the same (or the inverse) across hosts, suggested even though they are not typos. */
const CROSS_HOST_NAMES: Record<string, string[]> = {
  disabled: ['enabled'],
  enabled: ['disabled'],
  env: ['environment', 'envs'],
  environment: ['env'],
  servers: ['mcpServers', 'context_servers', 'mcp'],
  mcpServers: ['servers', 'context_servers', 'mcp'],
  serverUrl: ['url', 'httpUrl'],
  httpUrl: ['url'],
  alwaysAllow: ['autoApprove'],
  autoApprove: ['alwaysAllow']
}

/** The known name closest to a likely typo, if it is close enough to be the intended one. */
export function suggest(input: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined
  // `input` comes from the file: "constructor" must not find Object.prototype's.
  const equivalent = Object.hasOwn(CROSS_HOST_NAMES, input)
    ? CROSS_HOST_NAMES[input].find((name) => candidates.includes(name))
    : undefined
  if (equivalent) return equivalent
  return nearestName(input, candidates)
}
