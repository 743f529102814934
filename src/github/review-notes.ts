import { settingsChangeNote } from '../config.js'
import type { LintResult } from '../engine.js'
import { baseRefOf, readFileAtRef } from '../git/base.js'
import type { DryRunOutput } from '../dryrun/index.js'
import { readRunContext } from './context.js'

export interface ReviewNoteOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Fetch the base commit when a shallow checkout lacks it (in a workflow run, not on a laptop). */
  fetchMissing: boolean
}

/**
 * What a reviewer of a pull request must be told besides the findings: that the pull request
 * brings its own mcpcop settings (and what they leave out or turn off), and that a dry run could
 * not isolate the servers it started. Empty outside a pull request and when all is as usual.
 */
export async function reviewNotes(
  result: LintResult,
  options: ReviewNoteOptions,
  containment?: DryRunOutput['containment']
): Promise<string[]> {
  const notes: string[] = []
  if (result.settings) {
    const ref = baseRefOf(options.env, readRunContext(options.env).payload)
    const base = ref
      ? await readFileAtRef(options.cwd, ref, result.settings.file, {
          maxBytes: 256 * 1024,
          fetchMissing: options.fetchMissing
        })
      : undefined
    const note = settingsChangeNote(result.settings, result.config, base)
    if (note) notes.push(note)
  }
  if (containment && !containment.isolated) notes.push(containment.summary)
  return notes
}
