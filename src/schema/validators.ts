import { VALIDATOR_MODULES, type SchemaId } from './compiled/index.js'
import type { Validator } from './validate.js'
// What every validator module imports (ajv-formats and ajv's runtime helpers), loaded here with the
// linter: the bundler then leaves it out of each validator's chunk instead of copying it into every one.
import './formats.js'
import './runtime.js'

const loaded = new Map<SchemaId, Validator>()
/** Each validator module's import, started once (by `prefetchValidators` or `loadValidators`). */
const importing = new Map<SchemaId, Promise<Validator>>()

function importValidator(id: SchemaId): Promise<Validator> {
  let validator = importing.get(id)
  if (validator === undefined) {
    validator = VALIDATOR_MODULES[id]().then((module) => module.default)
    importing.set(id, validator)
  }
  return validator
}

/**
 * Starts importing these validators without waiting for them: where Node reads a module's file
 * asynchronously (Node 20), the reads run while files are checked, instead of one wait per new host.
 * A failure surfaces when `loadValidators` asks for the validator, not here.
 */
export function prefetchValidators(ids: Iterable<SchemaId>): void {
  for (const id of ids) if (!loaded.has(id)) importValidator(id).catch(() => undefined)
}

/**
 * Loads the precompiled validators of these schemas (once each), so that `validatorFor` can hand
 * them out synchronously: a run loads only those of the schemas its files need.
 */
export async function loadValidators(ids: Iterable<SchemaId>): Promise<void> {
  // One at a time: each is a few milliseconds, and jest's ESM loader fails when two imports at once reach one
  // module not loaded yet (what validators share is imported above, so those imported ahead never do).
  for (const id of new Set(ids)) {
    if (loaded.has(id)) continue
    const validate = await importValidator(id)
    // Once loaded, `validatorFor` answers for it: the engine's load-and-check-again ends.
    if (typeof validate !== 'function') throw new Error(`the validator module of the schema "${id}" has no validator`)
    loaded.set(id, validate)
  }
}

/** The schemas whose validators this process has started to import (loaded or not), in that order. */
export function requestedValidators(): SchemaId[] {
  return [...importing.keys()]
}

/** The schemas whose validators this process has loaded, in the order it loaded them. */
export function loadedValidators(): SchemaId[] {
  return [...loaded.keys()]
}

/** Every validator: for callers of the synchronous `checkContent` that may meet any host. */
export function loadAllValidators(): Promise<void> {
  return loadValidators(Object.keys(VALIDATOR_MODULES) as SchemaId[])
}

/**
 * Thrown by `validatorFor` for a validator not loaded yet. The engine loads it and checks the file again:
 * which of a host's schemas a file needs (its version, its form) is known only once the file is parsed,
 * and a run should not load every version of a schema for one file of one version.
 */
export class ValidatorNotLoaded extends Error {
  constructor(readonly schema: SchemaId) {
    super(`the validator of the schema "${schema}" was not loaded`)
  }
}

/** A validator loaded by `loadValidators` (else `ValidatorNotLoaded`). */
export function validatorFor(id: SchemaId): Validator {
  const validate = loaded.get(id)
  if (!validate) throw new ValidatorNotLoaded(id)
  return validate
}
