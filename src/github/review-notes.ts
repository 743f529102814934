import {
  type BaseSettings,
  prepareSettingsFile,
  settingsCandidates,
  settingsChangeNote,
  settingsFromBytes
} from '../config.js'
import { knownRuleIds } from '../diagnostics.js'
import type { LintResult } from '../engine.js'
import { baseRefOf, readFirstFileAtRef } from '../git/base.js'
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
 * changes mcpcop's settings (brings its own, changes or removes the base's, and what that leaves
 * out, turns off or no longer does), and that a dry run could not isolate the servers it started.
 * Empty outside a pull request and when all is as usual.
 */
export async function reviewNotes(
  result: LintResult,
  options: ReviewNoteOptions,
  containment?: DryRunOutput['containment']
): Promise<string[]> {
  const notes: string[] = []
  const ref = baseRefOf(options.env, readRunContext(options.env).payload)
  if (ref) {
    const head = result.settings && { ...result.settings, config: result.config }
    // Where the base's settings were looked for: the settings file named, else every place the lookup tries.
    const lookup = settingsCandidates(options.cwd)
    const candidates = head && !lookup.includes(head.file) ? [head.file] : lookup
    const found = await readFirstFileAtRef(options.cwd, ref, candidates, {
      maxBytes: 256 * 1024,
      fetchMissing: options.fetchMissing
    })
    let base: BaseSettings
    // The note quotes both settings files: what either holds is masked (the base's is committed too).
    const secrets = [...result.secrets]
    if (found.status === 'found' && found.file !== undefined) {
      await prepareSettingsFile(found.file, found.text)
      const loaded = settingsFromBytes(Buffer.from(found.text, 'utf8'), found.file, knownRuleIds())
      base = { status: 'found', settings: { file: found.file, text: found.text, config: loaded.config } }
      secrets.push(...(loaded.secrets ?? []))
    } else base = found.status === 'unknown' ? { status: 'unknown', reason: found.reason } : { status: 'absent' }
    const note = settingsChangeNote(head, base, secrets)
    if (note) notes.push(note)
  }
  if (containment && !containment.isolated) notes.push(containment.summary)
  return notes
}
