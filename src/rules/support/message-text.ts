/** How messages and suggested fixes write lists and assignments. */

/** A list of strings as a reader would write it in the config: `["-y", "pkg"]`. */
export function stringList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`
}

/** `key` set to `value` (JSON text) as the file's own syntax writes it: `"args": [...]`, `args = [...]`, `args: [...]`. */
export function assignment(
  file: { path: string; host: { syntax: string; syntaxFor?(path: string): string } },
  key: string,
  value: string
): string {
  const syntax = file.host.syntaxFor?.(file.path) ?? file.host.syntax
  if (syntax === 'toml') return `${key} = ${value}`
  if (syntax === 'yaml' || syntax === 'markdown-frontmatter') return `${key}: ${value}`
  return `"${key}": ${value}`
}

/**
 * Lists longer than this name their first items and count the rest: a message stays readable, and a crafted
 * file with thousands of names does not make every one of its findings repeat them all.
 */
export const MAX_LISTED = 10

/** `a`, `a and b`, `a, b and c`; past MAX_LISTED values, `a, b, … j and 5 more`. */
export function andList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return joinList(values.slice(0, MAX_LISTED), values.length, conjunction)
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or with `or`), cut as `andList` cuts a list. */
export function quoteList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const shown = values.slice(0, MAX_LISTED).map((v) => `"${v}"`)
  return joinList(shown, values.length, conjunction)
}

/** The shown values of a list of `total`, those not shown counted. */
function joinList(shown: readonly string[], total: number, conjunction: 'and' | 'or'): string {
  if (total > shown.length)
    return `${shown.join(', ')} ${conjunction} ${(total - shown.length).toLocaleString('en-US')} more`
  return shown.length < 2
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown[shown.length - 1]}`
}
