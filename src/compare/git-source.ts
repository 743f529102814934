import { MAX_FILE_BYTES } from '../read.js'
import {
  blobsAt,
  changedPaths,
  ensureCommit,
  hasCommit,
  headCommit,
  isCommitId,
  mergeBase,
  recordedParents,
  resolveRef,
  workTreeRoot
} from '../git/changes.js'
import type { BaseSource } from './index.js'

export interface GitSourceOptions {
  /** Fetch the base commit from `origin` when the clone does not have it (a shallow checkout). */
  fetch: boolean
}

/**
 * The base read with git from the checkout in `cwd`. Compares with the merge base of the base commit
 * and HEAD, so that what the base branch gained since the pull request started is not taken for the
 * pull request's own change; on the merge commit `pull_request` checks out that is the base commit
 * itself. Returns why not when git cannot give the base.
 */
export async function gitBaseSource(
  cwd: string,
  baseCommit: string,
  options: GitSourceOptions
): Promise<BaseSource | string> {
  const root = await workTreeRoot(cwd)
  if (!root) return 'the workspace is not a git checkout'
  // A branch or tag (the CLI's --base main) is resolved here; the action passes a commit id.
  if (!isCommitId(baseCommit)) {
    const resolved = await resolveRef(root, baseCommit)
    if (!resolved) return `"${baseCommit}" names no commit in this repository`
    baseCommit = resolved
  }
  const missing = options.fetch
    ? await ensureCommit(root, baseCommit)
    : (await hasCommit(root, baseCommit))
      ? undefined
      : `the commit ${baseCommit.slice(0, 12)} is not in this clone`
  if (missing) return missing
  const head = await headCommit(root)
  let commit = baseCommit
  let note: string | undefined
  if (head && head !== baseCommit) {
    const parents = await recordedParents(root, head)
    const common = parents.includes(baseCommit) ? baseCommit : await mergeBase(root, baseCommit, head)
    if (common) commit = common
    else
      note =
        'the history between the base and this commit is not in this shallow clone, so the comparison is with the base ' +
        "commit itself: what the base branch changed since this branch started may count as this pull request's " +
        'change (check out with fetch-depth: 0 for an exact comparison)'
  }
  return {
    via: 'git',
    commit,
    root,
    note,
    async changed() {
      const result = await changedPaths(root, commit)
      if (typeof result === 'string') throw new Error(result)
      return result
    },
    read: (paths) => blobsAt(root, commit, paths, MAX_FILE_BYTES)
  }
}
