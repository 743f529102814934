import { headerSecrets } from '../mask.js'
import { isPlaceholderValue } from '../secrets.js'
import type { Server } from '../types.js'

/** Shorter values are not registered: masking "1" or "true" everywhere hides the log, not a secret. */
const MIN_LENGTH = 6

/**
 * The values the action registers with `core.setSecret` before it prints anything, and masks in
 * every output: the credentials the engine found, plus every `env` and header value of every
 * server (and the credential part of `Bearer x`), which are secrets more often than not.
 * Placeholders (`${TOKEN}`) are not secrets.
 */
export function valuesToMask(found: Iterable<string>, servers: readonly Server[]): Set<string> {
  const out = new Set<string>()
  const add = (value: string): void => {
    // The runner masks line by line: a multi-line value (a PEM key) is registered per line too.
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim()
      if (trimmed.length >= MIN_LENGTH && !isPlaceholderValue(trimmed)) out.add(trimmed)
    }
  }
  for (const value of found) if (value.length >= 4) out.add(value)
  for (const server of servers) {
    for (const value of Object.values(server.env ?? {})) add(value)
    for (const value of Object.values(server.headers ?? {})) for (const part of headerSecrets(value)) add(part)
  }
  return out
}
