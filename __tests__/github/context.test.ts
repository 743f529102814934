import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readRunContext } from '../../src/github/context.js'

function eventFile(payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}

const BASE = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '42'
}

describe('readRunContext', () => {
  it('reads the pull request of a pull_request event and the run link', () => {
    const payload = {
      pull_request: {
        number: 5,
        head: { repo: { full_name: 'octo-org/octo-repo' } },
        base: { repo: { full_name: 'octo-org/octo-repo' } }
      }
    }
    const context = readRunContext({
      ...BASE,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(payload)
    })
    expect(context).toEqual({
      eventName: 'pull_request',
      payload,
      owner: 'octo-org',
      repo: 'octo-repo',
      pullRequest: { number: 5, fromFork: false },
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/octo-org/octo-repo/actions/runs/42'
    })
  })

  it('tells a fork pull request (also one whose fork was deleted) by its head repository', () => {
    const fork = {
      pull_request: {
        number: 9,
        head: { repo: { full_name: 'mallory/octo-repo' } },
        base: { repo: { full_name: 'octo-org/octo-repo' } }
      }
    }
    expect(
      readRunContext({ ...BASE, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(fork) }).pullRequest
    ).toEqual({ number: 9, fromFork: true })
    const deleted = {
      pull_request: { number: 10, head: { repo: null }, base: { repo: { full_name: 'octo-org/octo-repo' } } }
    }
    expect(
      readRunContext({ ...BASE, GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: eventFile(deleted) })
        .pullRequest
    ).toEqual({ number: 10, fromFork: true })
  })

  it('finds no pull request on push, merge_group and schedule', () => {
    expect(
      readRunContext({
        ...BASE,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: eventFile({ ref: 'refs/heads/main', head_commit: { id: 'abc' } })
      }).pullRequest
    ).toBeUndefined()
    const mergeGroup = {
      merge_group: {
        head_sha: 'abc',
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-5-abc',
        base_ref: 'refs/heads/main'
      }
    }
    expect(
      readRunContext({ ...BASE, GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: eventFile(mergeGroup) })
        .pullRequest
    ).toBeUndefined()
    expect(
      readRunContext({
        ...BASE,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventFile({ schedule: '0 0 * * *' })
      }).pullRequest
    ).toBeUndefined()
  })

  it('reads a comment on a pull request as that pull request', () => {
    const payload = {
      issue: { number: 12, pull_request: { url: 'https://api.github.com/repos/octo-org/octo-repo/pulls/12' } }
    }
    expect(
      readRunContext({ ...BASE, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventFile(payload) }).pullRequest
    ).toEqual({ number: 12, fromFork: false })
  })

  it('copes with no event file, an unreadable one and a re-run attempt', () => {
    const missing = readRunContext({
      ...BASE,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: '/nonexistent/event.json',
      GITHUB_RUN_ATTEMPT: '3'
    })
    expect(missing.payload).toEqual({})
    expect(missing.runUrl).toBe('https://github.com/octo-org/octo-repo/actions/runs/42/attempts/3')
    const garbage = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-event-')), 'event.json')
    writeFileSync(garbage, '{ not json')
    expect(readRunContext({ ...BASE, GITHUB_EVENT_PATH: garbage }).payload).toEqual({})
    expect(readRunContext({}).apiUrl).toBe('https://api.github.com')
  })
})
