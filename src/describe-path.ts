import type { PointerPath } from './types.js'

/** `mcpServers.github.args[0]` style: how messages (schema checks, rules, settings) name a place in a document. */
export function describePath(path: PointerPath): string {
  if (path.length === 0) return 'the document'
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) out += `[${segment}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(String(segment))) out += (out ? '.' : '') + String(segment)
    else out += `['${String(segment).replace(/'/g, "\\'")}']`
  }
  return `"${out}"`
}
