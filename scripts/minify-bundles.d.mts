/** A bundled chunk's code without whitespace and comments (licences and module markers kept), nothing renamed. */
export function minifyChunk(code: string): Promise<string>
