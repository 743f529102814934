import { existsSync, readFileSync } from 'node:fs'
import { trimEndOf } from '../text.js'

/** What the action needs to know about the workflow run it is part of. */
export interface RunContext {
  /** `pull_request`, `push`, `merge_group`, ... (`GITHUB_EVENT_NAME`). */
  eventName: string
  /** The event payload (`GITHUB_EVENT_PATH`), `{}` when there is none. */
  payload: Record<string, unknown>
  owner: string
  repo: string
  /** The pull request the run is about, when the event has one. */
  pullRequest?: { number: number; fromFork: boolean }
  apiUrl: string
  serverUrl: string
  /** Link to this workflow run, when the runner says which one it is. */
  runUrl?: string
}

/**
 * Reads the run's context from the runner's environment variables and event file. Read on each
 * call (unlike `@actions/github`'s `context`, fixed when the module loads), so one process can
 * act for several runs, as the tests do.
 */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = trimEndOf(env.GITHUB_SERVER_URL || 'https://github.com', '/')
  const context: RunContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    apiUrl: trimEndOf(env.GITHUB_API_URL || 'https://api.github.com', '/'),
    serverUrl
  }
  const pullRequest = pullRequestOf(payload, `${owner}/${repo}`)
  if (pullRequest) context.pullRequest = pullRequest
  if (env.GITHUB_RUN_ID && owner && repo) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT)
    context.runUrl =
      `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` + (attempt > 1 ? `/attempts/${attempt}` : '')
  }
  return context
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file || !existsSync(file)) return {}
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * The pull request of `pull_request`/`pull_request_target` (and `issue_comment` on a pull request).
 * `push`, `merge_group`, `schedule` and the rest have none, so nothing is commented there.
 */
function pullRequestOf(payload: Record<string, unknown>, repository: string): RunContext['pullRequest'] {
  const pr = record(payload.pull_request)
  if (pr && typeof pr.number === 'number') {
    const head = record(record(pr.head)?.repo)
    const base = record(record(pr.base)?.repo)
    const headName = typeof head?.full_name === 'string' ? head.full_name : undefined
    const baseName = typeof base?.full_name === 'string' ? base.full_name : repository
    // A deleted fork leaves head.repo null: treat it as a fork, whose token is read-only.
    return { number: pr.number, fromFork: headName === undefined || headName.toLowerCase() !== baseName.toLowerCase() }
  }
  const issue = record(payload.issue)
  if (issue && typeof issue.number === 'number' && issue.pull_request !== undefined)
    return { number: issue.number, fromFork: false }
  return undefined
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}
