import type { AnySchemaObject, ErrorObject } from 'ajv'
import equalModule from 'ajv/dist/runtime/equal.js'
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js'

// The helpers ajv's generated code calls, for the precompiled validators. They are CommonJS with an
// `exports.default`: Node hands the module object to a default import, a bundler the function itself.
const own = <T>(module: unknown): T => ((module as { default?: T }).default ?? module) as T

/** Length of a string in code points, as JSON Schema's minLength and maxLength count it. */
export const ucs2length = own<(text: string) => number>(ucs2lengthModule)
/** Deep equality, for enum, const and uniqueItems over objects. */
export const equal = own<(a: unknown, b: unknown) => boolean>(equalModule)

/**
 * Appends one error to a precompiled validator's errors (`null` before the first) and returns them: the
 * object ajv's generated code writes, with the fields validate.ts reads, in ajv's order. `message` is
 * ajv's text, left out where validate.ts words the keyword itself (src/schema/compile.ts).
 */
export function pushError(
  errors: ErrorObject[] | null,
  instancePath: string,
  schemaPath: string,
  keyword: string,
  params: Record<string, unknown>,
  parentSchema: AnySchemaObject,
  data: unknown,
  message?: string
): ErrorObject[] {
  const error: ErrorObject = { instancePath, schemaPath, keyword, params, message, parentSchema, data }
  if (errors === null) return [error]
  errors.push(error)
  return errors
}

/**
 * Appends the empty error ajv writes inside a subschema whose errors it discards (under `not`, or an
 * `if` condition) and drops once the subschema is decided.
 */
export function pushBlankError(errors: ErrorObject[] | null): ErrorObject[] {
  const error = {} as ErrorObject
  if (errors === null) return [error]
  errors.push(error)
  return errors
}
