import { createRequire } from 'node:module'

// node:crypto is loaded on first use, not at import: a plain CLI run never hashes nor stops workflow
// commands, and loading it cost every start-up a few milliseconds.
const requireBuiltin = createRequire(import.meta.url)
let loaded: typeof import('node:crypto') | undefined

/** node:crypto, loaded the first time it is asked for. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= requireBuiltin('node:crypto') as typeof import('node:crypto'))
}
