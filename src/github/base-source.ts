import { getOctokit } from '@actions/github'
import type { BaseSource } from '../compare/index.js'
import type { BlobAtCommit, ChangedPath } from '../git/changes.js'
import { httpStatus, type RepositoryRef } from './comments.js'

/** GitHub lists at most 3,000 files of a pull request (`pulls/list-files`). */
const MAX_LISTED_FILES = 3000

/**
 * The pull request's base read through the GitHub REST API, for when git in the checkout cannot give
 * it (no git checkout, or a shallow clone that cannot fetch): the changed files from `pulls/list-files`
 * and each file's base version from `repos/get-content` at the base commit. Needs a token that may read
 * the repository's contents (`contents: read`, which GITHUB_TOKEN has by default).
 */
export function apiBaseSource(
  ref: RepositoryRef,
  options: { pullNumber: number; baseCommit: string; root: string; maxBytes: number }
): BaseSource {
  const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl })
  const { owner, repo } = ref
  return {
    via: 'the GitHub API',
    commit: options.baseCommit,
    root: options.root,
    async changed() {
      const out = new Map<string, ChangedPath>()
      let listed = 0
      const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: options.pullNumber,
        per_page: 100
      })
      for await (const page of pages) {
        for (const file of page.data) {
          listed++
          if (file.status === 'renamed' && file.previous_filename)
            out.set(file.previous_filename, { path: file.previous_filename, status: 'deleted' })
          const status = file.status === 'added' ? 'added' : file.status === 'removed' ? 'deleted' : 'modified'
          out.set(file.filename, { path: file.filename, status: file.status === 'renamed' ? 'added' : status })
        }
      }
      // The list stops at 3,000 files: past that, what changed is not known.
      if (listed >= MAX_LISTED_FILES) throw new Error(`the pull request changes ${MAX_LISTED_FILES} files or more`)
      return [...out.values()]
    },
    async read(paths) {
      const out = new Map<string, BlobAtCommit>()
      for (const path of paths) out.set(path, await readAt(path))
      return out
    }
  }

  async function readAt(path: string): Promise<BlobAtCommit> {
    try {
      const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: options.baseCommit })
      if (Array.isArray(data) || data.type !== 'file')
        return { status: 'unknown', reason: 'not a regular file at that commit' }
      // Above 1 MB the API leaves `content` empty (encoding "none").
      if (data.size > options.maxBytes || data.encoding !== 'base64')
        return { status: 'unknown', reason: 'too large at that commit' }
      return { status: 'found', bytes: Buffer.from(data.content, 'base64') }
    } catch (error) {
      if (httpStatus(error) === 404) return { status: 'absent' }
      return { status: 'unknown', reason: `the GitHub API answered ${httpStatus(error) ?? (error as Error).message}` }
    }
  }
}
