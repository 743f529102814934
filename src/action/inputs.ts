import { DRY_RUN_DEFAULTS } from '../dryrun/defaults.js'
import { COMMENT_KEY_PATTERN } from '../github/comment-key.js'
import type { FailOn } from '../report/summary.js'
import type { Scope } from './scope.js'

/** When to keep a pull-request comment. */
export type CommentMode = 'auto' | 'always' | 'never'

/** The action's inputs, read and checked once (actions/checkout's input-helper shape). */
export interface ActionInputs {
  /** Files, directories and globs; empty: discover every config in the repository. */
  paths: string[]
  config?: string
  failOn: FailOn
  /** Which findings to report; undefined: `new` on pull requests and merge queues, `all` otherwise. */
  scope?: Scope
  dryRun: boolean
  /** Milliseconds each server gets (`dry-run-timeout`). */
  dryRunTimeoutMs: number
  dryRunConcurrency: number
  allowUntrustedDryRun: boolean
  comment: CommentMode
  commentKey: string
  /** The baseline file; undefined: `.mcpcop-baseline.json` next to the settings file, when present. */
  baseline?: string
  /** Where to write SARIF; undefined: no SARIF. */
  sarifFile?: string
  /** Where to write the JSON report; undefined: a file in the runner's temporary directory. */
  reportFile?: string
  githubToken: string
}

/** A bad input value; the message names the input, the value and what is expected. */
export class InputError extends Error {}

const FAIL_LEVELS: readonly FailOn[] = ['error', 'warning', 'notice', 'never']
const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never']
const SCOPES: readonly Scope[] = ['new', 'all']

/** The `paths` input's paths, one per line. */
function pathLines(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

/**
 * Whether the action checks its whole workspace (`paths` empty, or `.`), read from the environment as
 * `core.getInput` reads it: then the entry has git list the workspace while the action's code loads.
 */
export function checksWholeWorkspace(env: NodeJS.ProcessEnv): boolean {
  return pathLines(env.INPUT_PATHS ?? '').every((line) => line === '.')
}

/**
 * Reads every input through `get` (the action passes `core.getInput`) and checks it. Empty values
 * take the defaults of action.yml, so a local run without inputs behaves like the action.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const value = (name: string): string => get(name).trim()
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = value(name) || fallback
    if (!(allowed as readonly string[]).includes(raw))
      throw new InputError(`input "${name}" is "${raw}"; use one of ${allowed.join(', ')}`)
    return raw as T
  }
  const inputs: ActionInputs = {
    paths: pathLines(get('paths')),
    failOn: choice('fail-on', FAIL_LEVELS, 'error'),
    dryRun: boolean(value('dry-run'), 'dry-run'),
    dryRunTimeoutMs: wholeNumber(value('dry-run-timeout'), 'dry-run-timeout', DRY_RUN_DEFAULTS.timeoutMs),
    dryRunConcurrency: wholeNumber(value('dry-run-concurrency'), 'dry-run-concurrency', DRY_RUN_DEFAULTS.concurrency),
    allowUntrustedDryRun: boolean(value('allow-untrusted-dry-run'), 'allow-untrusted-dry-run'),
    comment: choice('comment', COMMENT_MODES, 'auto'),
    commentKey: value('comment-key') || 'default',
    githubToken: value('github-token')
  }
  if (!COMMENT_KEY_PATTERN.test(inputs.commentKey))
    throw new InputError(
      `input "comment-key" is "${inputs.commentKey}"; use letters, digits, ".", "_" and "-" only (at most 64)`
    )
  const scope = value('scope')
  if (scope) inputs.scope = choice('scope', SCOPES, 'new')
  const config = value('config')
  if (config) inputs.config = config
  const baseline = value('baseline')
  if (baseline) inputs.baseline = baseline
  const sarif = value('sarif-file')
  if (sarif) inputs.sarifFile = sarif
  const report = value('report-file')
  if (report) inputs.reportFile = report
  return inputs
}

// The YAML 1.2 core-schema booleans, exactly what core.getBooleanInput accepts; empty is false.
function boolean(raw: string, name: string): boolean {
  if (raw === '' || ['false', 'False', 'FALSE'].includes(raw)) return false
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  throw new InputError(`input "${name}" is "${raw}"; use true or false`)
}

function wholeNumber(raw: string, name: string, fallback: number): number {
  if (raw === '') return fallback
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0)
    throw new InputError(`input "${name}" is "${raw}"; use a whole number above 0`)
  return Number(raw)
}
