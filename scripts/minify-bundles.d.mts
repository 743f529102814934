/** A bundled chunk's code without whitespace and comments (licences and module markers kept), nothing renamed. */
export function minifyChunk(code: string): Promise<string>
/** The code with each arrow function of its module table that can be one written as a parenthesized function. */
export function eagerModuleFunctions(code: string): string
