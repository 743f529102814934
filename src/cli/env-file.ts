import path from 'node:path'
import { parse } from 'dotenv'
import { isDeniedVariable } from '../dryrun/env.js'
import { MAX_FILE_BYTES, readGuarded } from '../read.js'

/** The variables of `--env-file` files, or why they cannot be used. */
export type EnvFiles = { variables: Record<string, string>; problem?: undefined } | { problem: string }

/**
 * Reads dotenv files (`NAME=value` lines, `#` comments, quotes, `export`) for the dry run; a later
 * file wins over an earlier one. Their values are secrets: a problem names the file and variable
 * names, never a value or a line of the file.
 */
export function readEnvFiles(cwd: string, files: readonly string[]): EnvFiles {
  const variables: Record<string, string> = Object.create(null) as Record<string, string>
  for (const file of files) {
    const absolute = path.resolve(cwd, file)
    // The user names this file, wherever it is; it must still be a regular file of a sane size.
    const read = readGuarded(absolute, { root: path.parse(absolute).root, maxBytes: MAX_FILE_BYTES })
    if (read.refusal) return { problem: `--env-file ${JSON.stringify(file)}: ${read.refusal.reason}` }
    const parsed = parse(read.bytes)
    const denied = Object.keys(parsed).filter(isDeniedVariable)
    if (denied.length > 0)
      return {
        problem: `--env-file ${JSON.stringify(file)} sets ${denied.join(', ')}: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers`
      }
    Object.assign(variables, parsed)
  }
  return { variables }
}
