import type { Ignore } from 'ignore'

/**
 * A `.gitignore`'s rules and the folder it is in, as a path relative to the walk's root with a trailing `/`
 * ('' for the root). Both walks (discovery's outside a work tree, and the listing read without git) carry the
 * scopes above each folder.
 */
export interface IgnoreScope {
  folder: string
  rules: Ignore
}

/** Whether a path (relative to the walk's root; a folder's ends in `/`) is excluded by one of the scopes above it. */
export function isIgnored(scopes: readonly IgnoreScope[], relative: string): boolean {
  for (const scope of scopes) if (ignores(scope.rules, relative.slice(scope.folder.length))) return true
  return false
}

function ignores(rules: Ignore, relative: string): boolean {
  try {
    return rules.ignores(relative)
  } catch {
    // A path the library refuses (it throws on some relative forms) is not ignored.
    return false
  }
}
