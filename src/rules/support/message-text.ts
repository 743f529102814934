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

/** `a`, `a and b`, `a, b and c`. */
export function andList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return values.length < 2
    ? values.join('')
    : `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`
}

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"` (or with `or`). */
export function quoteList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return andList(
    values.map((v) => `"${v}"`),
    conjunction
  )
}
