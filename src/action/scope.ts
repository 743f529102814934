import type { BaseSource, Comparison } from '../compare/index.js'
import type { LintResult } from '../engine.js'
import { isCommitId } from '../git/changes.js'
import type { RunContext } from '../github/context.js'
import type { Diagnostic } from '../types.js'

/** Which findings a run reports: those the pull request introduces, or all of them. */
export type Scope = 'new' | 'all'

/** Events whose run is about a change against a base: they report what the change introduces. */
const CHANGE_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group'])

/** `new` on pull requests and merge queues, `all` on push, schedule and the rest. */
export function defaultScope(eventName: string): Scope {
  return CHANGE_EVENTS.has(eventName) ? 'new' : 'all'
}

/** The base commit of the change the run is about: the pull request's base, or the merge group's. */
export function baseCommitOf(context: RunContext): string | undefined {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  const pr = record(context.payload.pull_request)
  const fromPr = record(pr?.base)?.sha
  if (isCommitId(fromPr)) return fromPr
  const group = record(context.payload.merge_group)?.base_sha
  return isCommitId(group) ? group : undefined
}

/** The findings a run reports, and those it only counts. */
export interface ScopedFindings {
  /** What to annotate, comment on and gate on. */
  reported: Diagnostic[]
  /** Findings from before the change (scope `new`), counted and listed in the summary only. */
  preexisting: Diagnostic[]
  comparison?: Comparison
  /** Why scope `new` could not compare with the base: every finding is reported. */
  unavailable?: string
  /** Findings this change introduces that the baseline hides (added to it, or matching a stale entry). */
  newlyBaselined?: Diagnostic[]
}

export interface ScopeOptions {
  scope: Scope
  context: RunContext
  cwd: string
  /** Static findings (after suppressions and the baseline). */
  diagnostics: Diagnostic[]
  /** Dry-run findings. */
  dynamic: Diagnostic[]
  /** Settings and baseline files (relative to `cwd`). */
  policyFiles: string[]
  /** The findings the baseline hid: those this change introduces are shown to the reviewer. */
  baselined?: Diagnostic[]
  /** The base through the GitHub API, when git cannot give it (needs a token). */
  apiSource?: (baseCommit: string) => Promise<BaseSource | string>
}

/**
 * With scope `new`, splits the findings into those the change introduces and those that were there
 * at its base: the base from git (fetching the one base commit into a shallow clone), else from the
 * GitHub API; when neither can give it, every finding is reported and `unavailable` says why.
 */
export async function scopeFindings(result: LintResult, options: ScopeOptions): Promise<ScopedFindings> {
  const all = [...options.diagnostics, ...options.dynamic]
  if (options.scope === 'all') return { reported: all, preexisting: [] }
  const baseCommit = baseCommitOf(options.context)
  if (!baseCommit)
    return {
      reported: all,
      preexisting: [],
      unavailable: `a "${options.context.eventName || 'unknown'}" event names no base commit to compare with`
    }
  // The comparison and git's history are loaded only when there is a base to compare with.
  const { compareWithBase } = await import('../compare/index.js')
  const { gitBaseSource } = await import('../compare/git-source.js')
  const reasons: string[] = []
  const sources: (() => Promise<BaseSource | string>)[] = [
    () => gitBaseSource(options.cwd, baseCommit, { fetch: true })
  ]
  if (options.apiSource) sources.push(() => options.apiSource!(baseCommit))
  for (const make of sources) {
    const source = await make()
    if (typeof source === 'string') {
      reasons.push(source)
      continue
    }
    try {
      const comparison = await compareWithBase(result, {
        cwd: options.cwd,
        source,
        diagnostics: options.diagnostics,
        dynamic: options.dynamic,
        policyFiles: options.policyFiles,
        hidden: options.baselined
      })
      const scoped: ScopedFindings = {
        reported: comparison.introduced,
        preexisting: comparison.preexisting,
        comparison
      }
      if (comparison.hiddenIntroduced.length > 0) scoped.newlyBaselined = comparison.hiddenIntroduced
      return scoped
    } catch (error) {
      reasons.push(`${source.via}: ${(error as Error).message}`)
    }
  }
  return { reported: all, preexisting: [], unavailable: reasons.join('; ') }
}
