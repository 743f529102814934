import { assertSafeDryRun, UnsafeDryRunError } from '../../src/dryrun/guard.js'

const base = { id: 1, full_name: 'owner/repo' }
const fork = { id: 2, full_name: 'stranger/repo' }
const prTarget = (head: unknown) => ({
  eventName: 'pull_request_target',
  payload: { repository: base, pull_request: { head: { repo: head, sha: 'abc' } } }
})
const deny = { allowUntrustedDryRun: false }

describe('assertSafeDryRun', () => {
  test('refuses pull_request_target for a fork, naming the fork, the risk and both ways out', () => {
    expect(() => assertSafeDryRun(prTarget(fork), deny)).toThrow(UnsafeDryRunError)
    expect(() => assertSafeDryRun(prTarget(fork), deny)).toThrow(
      'refusing to dry-run: this "pull_request_target" run has this repository\'s token and secrets, and the MCP configs come from the fork "stranger/repo"; a dry run executes the commands those configs name, so they could steal them (a "pwn request"). Run mcpcop with dry-run on "pull_request" instead, where fork pull requests get a read-only token and no secrets, or set "allow-untrusted-dry-run: true" if you accept the risk.'
    )
  })

  test('allows pull_request_target for a fork when allow-untrusted-dry-run is set', () => {
    expect(() => assertSafeDryRun(prTarget(fork), { allowUntrustedDryRun: true })).not.toThrow()
  })

  test('allows pull_request_target for a branch of the same repository', () => {
    expect(() => assertSafeDryRun(prTarget(base), deny)).not.toThrow()
  })

  test('compares repositories by name, case-insensitively, when ids are missing', () => {
    const sameByName = {
      eventName: 'pull_request_target',
      payload: {
        repository: { full_name: 'Owner/Repo' },
        pull_request: { head: { repo: { full_name: 'owner/repo' } } }
      }
    }
    expect(() => assertSafeDryRun(sameByName, deny)).not.toThrow()
    const forkByName = {
      eventName: 'pull_request_target',
      payload: {
        repository: { full_name: 'owner/repo' },
        pull_request: { head: { repo: { full_name: 'stranger/repo' } } }
      }
    }
    expect(() => assertSafeDryRun(forkByName, deny)).toThrow('the fork "stranger/repo"')
  })

  test('refuses pull_request_target when the fork was deleted (head.repo is null)', () => {
    expect(() => assertSafeDryRun(prTarget(null), deny)).toThrow('come from a fork that no longer exists;')
  })

  test('allows plain pull_request from a fork: it has a read-only token and no secrets', () => {
    expect(() =>
      assertSafeDryRun(
        { eventName: 'pull_request', payload: { repository: base, pull_request: { head: { repo: fork } } } },
        deny
      )
    ).not.toThrow()
  })

  test('allows push, schedule and workflow_dispatch', () => {
    for (const eventName of ['push', 'schedule', 'workflow_dispatch'])
      expect(() => assertSafeDryRun({ eventName, payload: { repository: base } }, deny)).not.toThrow()
  })

  test('refuses workflow_run triggered by a fork pull request, allows one from the same repository or a push', () => {
    const run = (event: string, head: unknown) => ({
      eventName: 'workflow_run',
      payload: { repository: base, workflow_run: { event, head_repository: head } }
    })
    expect(() => assertSafeDryRun(run('pull_request', fork), deny)).toThrow(
      'this "workflow_run" run has this repository\'s token and secrets, and the MCP configs come from the fork "stranger/repo"'
    )
    expect(() => assertSafeDryRun(run('pull_request', base), deny)).not.toThrow()
    expect(() => assertSafeDryRun(run('push', fork), deny)).not.toThrow()
  })

  test('refuses issue_comment on a pull request (its origin is unknown) but not on an issue', () => {
    const comment = (issue: object) => ({ eventName: 'issue_comment', payload: { repository: base, issue } })
    expect(() =>
      assertSafeDryRun(comment({ number: 3, pull_request: { url: 'https://api.github.com/x' } }), deny)
    ).toThrow('come from a pull request that may come from a fork (the event does not say)')
    expect(() => assertSafeDryRun(comment({ number: 3 }), deny)).not.toThrow()
  })
})
