import equalModule from 'ajv/dist/runtime/equal.js'
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js'

// The helpers ajv's generated code calls, for the precompiled validators. They are CommonJS with an
// `exports.default`: Node hands the module object to a default import, a bundler the function itself.
const own = <T>(module: unknown): T => ((module as { default?: T }).default ?? module) as T

/** Length of a string in code points, as JSON Schema's minLength and maxLength count it. */
export const ucs2length = own<(text: string) => number>(ucs2lengthModule)
/** Deep equality, for enum, const and uniqueItems over objects. */
export const equal = own<(a: unknown, b: unknown) => boolean>(equalModule)
