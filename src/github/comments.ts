import { getOctokit } from '@actions/github'
import { COMMENT_KEY_PATTERN } from './comment-key.js'

/** The fields of an issue comment the sticky-comment logic reads (REST `issue-comment`). */
export interface IssueComment {
  id: number
  body?: string
  html_url: string
  user: { login: string; type?: string } | null
  author_association?: string
}

/**
 * The three REST operations the action uses, behind a small port so the logic can be tested and
 * every GitHub call stays in this folder: `issues/list-comments` (page by page),
 * `issues/create-comment` and `issues/update-comment`.
 */
export interface CommentsPort {
  pages(issueNumber: number): AsyncIterable<IssueComment[]>
  create(issueNumber: number, body: string): Promise<IssueComment>
  update(commentId: number, body: string): Promise<IssueComment>
}

/** Where a repository's API is and how to authenticate to it. */
export interface RepositoryRef {
  owner: string
  repo: string
  apiUrl: string
  token: string
}

/** The port over Octokit (`@actions/github`), 100 comments per page (the API's maximum). */
export function octokitComments(ref: RepositoryRef): CommentsPort {
  const octokit = getOctokit(ref.token, { baseUrl: ref.apiUrl })
  const { owner, repo } = ref
  return {
    async *pages(issueNumber) {
      const iterator = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100
      })
      for await (const page of iterator) yield page.data
    },
    async create(issueNumber, body) {
      return (await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data
    },
    async update(commentId, body) {
      return (await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })).data
    }
  }
}

// In a module of its own so that the action checks its inputs without loading the GitHub client.
export { COMMENT_KEY_PATTERN }

/**
 * The hidden line that identifies the action's comment on a pull request; the key lets several
 * workflows (or several steps) each keep their own comment.
 */
export function commentMarker(key: string): string {
  if (!COMMENT_KEY_PATTERN.test(key))
    throw new Error(`comment key "${key}" may only hold letters, digits, ".", "_" and "-" (at most 64)`)
  return `<!-- mcpcop:sticky-comment key=${key} -->`
}

// Authors whose comment we take as ours: the workflow token's bot (or a GitHub App's), or someone
// with write access (a personal token). A stranger who copies the marker into a comment is ignored.
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR'])

function isOurs(comment: IssueComment, marker: string): boolean {
  if (!comment.body?.includes(marker)) return false
  return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '')
}

/** What happened to the sticky comment. */
export interface StickyOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'not-created'
  comment?: { id: number; url: string }
}

export interface StickyOptions {
  issueNumber: number
  /** The full body, marker included. */
  body: string
  marker: string
  /** Create the comment when there is none yet (false: only update an existing one). */
  create: boolean
}

/**
 * Keeps one comment per pull request and key: finds it by its marker (paging through the
 * comments, oldest first, until it appears), leaves it alone when the body is the same (no
 * notification noise), updates it in place otherwise, and creates it only when asked to.
 */
export async function upsertStickyComment(port: CommentsPort, options: StickyOptions): Promise<StickyOutcome> {
  let existing: IssueComment | undefined
  for await (const page of port.pages(options.issueNumber)) {
    existing = page.find((c) => isOurs(c, options.marker))
    if (existing) break
  }
  if (existing) {
    const comment = { id: existing.id, url: existing.html_url }
    if (existing.body === options.body) return { action: 'unchanged', comment }
    const updated = await port.update(existing.id, options.body)
    return { action: 'updated', comment: { id: updated.id, url: updated.html_url } }
  }
  if (!options.create) return { action: 'not-created' }
  const created = await port.create(options.issueNumber, options.body)
  return { action: 'created', comment: { id: created.id, url: created.html_url } }
}

/** The HTTP status of a failed API call, when it has one (Octokit's `RequestError`). */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Whether a failed call means the token may not write comments here: 403 "Resource not accessible
 * by integration", which a fork's pull request (read-only token) or a job without
 * `pull-requests: write` gets.
 */
export function isNoWriteAccess(error: unknown): boolean {
  return httpStatus(error) === 403
}
