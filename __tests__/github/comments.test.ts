import {
  commentMarker,
  httpStatus,
  isNoWriteAccess,
  octokitComments,
  upsertStickyComment,
  type CommentsPort
} from '../../src/github/comments.js'
import { EXTRACT, startFakeGitHub, type FakeGitHub } from './server.js'

const MARKER = commentMarker('default')

describe('the local GitHub REST server', () => {
  let gh: FakeGitHub
  beforeEach(async () => (gh = await startFakeGitHub()))
  afterEach(async () => gh.close())

  it('serves the operations of the committed extract of @octokit/openapi', () => {
    expect(EXTRACT['x-extract']).toEqual(
      expect.objectContaining({
        package: '@octokit/openapi',
        version: '23.0.2',
        operations: [
          'issues/list-comments',
          'issues/create-comment',
          'issues/update-comment',
          'pulls/list-files',
          'repos/get-content'
        ]
      })
    )
  })

  it('records a request whose body breaks the description, and answers 422', async () => {
    const response = await fetch(`${gh.url}/repos/octo-org/octo-repo/issues/1/comments`, {
      method: 'POST',
      headers: { authorization: 'token t', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 42 })
    })
    expect(response.status).toBe(422)
    expect(gh.violations).toEqual([
      expect.stringMatching(
        /^issues\/create-comment \(POST \/repos\/octo-org\/octo-repo\/issues\/1\/comments\): request body: .*must be string/
      )
    ])
  })

  it('records a response that breaks the description (so a wrong fixture cannot pass unnoticed)', async () => {
    gh.seed(1, [{ authorAssociation: 'SPONSOR' as 'NONE' }])
    await fetch(`${gh.url}/repos/octo-org/octo-repo/issues/1/comments`, { headers: { authorization: 'token t' } })
    expect(gh.violations).toEqual([
      expect.stringMatching(
        /^issues\/list-comments 200 response: .*"instancePath":"\/0\/author_association".*must be equal to one of the allowed values/
      )
    ])
  })

  it('records a request without a token and a query parameter the operation does not take', async () => {
    await fetch(`${gh.url}/repos/octo-org/octo-repo/issues/1/comments?per_page=100&sort=created`)
    expect(gh.violations).toEqual([
      'issues/list-comments (GET /repos/octo-org/octo-repo/issues/1/comments): no token in the Authorization header',
      'issues/list-comments (GET /repos/octo-org/octo-repo/issues/1/comments): unknown query parameter "sort"'
    ])
  })
})

describe('upsertStickyComment over Octokit', () => {
  let gh: FakeGitHub
  let port: CommentsPort
  const issue = 7

  async function start(readOnly = false): Promise<void> {
    gh = await startFakeGitHub({ readOnly })
    port = octokitComments({ owner: gh.owner, repo: gh.repo, apiUrl: gh.url, token: 'ghs_test' })
  }
  afterEach(async () => {
    // Every request and response of every test matched GitHub's description.
    expect(gh.violations).toEqual([])
    await gh.close()
  })

  it('creates the comment when there is none', async () => {
    await start()
    gh.seed(issue, [{ body: 'looks good to me' }])
    const outcome = await upsertStickyComment(port, {
      issueNumber: issue,
      body: `report\n\n${MARKER}\n`,
      marker: MARKER,
      create: true
    })
    expect(outcome.action).toBe('created')
    expect(outcome.comment?.url).toBe(
      `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${gh.comments(issue)[1].id}`
    )
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201'
    ])
    expect(gh.requests[0].query).toEqual({ per_page: '100' })
    expect(gh.comments(issue)[1].body).toBe(`report\n\n${MARKER}\n`)
  })

  it('finds its comment on the second page and updates it in place, stopping there', async () => {
    await start()
    gh.seed(
      issue,
      Array.from({ length: 120 }, (_, i) => ({ body: `comment ${i}` }))
    )
    const [ours] = gh.seed(issue, [
      { body: `old report\n${MARKER}`, login: 'github-actions[bot]', userType: 'Bot', authorAssociation: 'NONE' }
    ])
    gh.seed(
      issue,
      Array.from({ length: 150 }, (_, i) => ({ body: `later ${i}` }))
    )
    const outcome = await upsertStickyComment(port, {
      issueNumber: issue,
      body: `new report\n${MARKER}`,
      marker: MARKER,
      create: true
    })
    expect(outcome).toEqual({
      action: 'updated',
      comment: { id: ours.id, url: `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${ours.id}` }
    })
    expect(gh.requests.map((r) => `${r.operationId} ${r.query.page ?? ''} ${r.status}`)).toEqual([
      'issues/list-comments  200',
      'issues/list-comments 2 200',
      'issues/update-comment  200'
    ])
    expect(gh.comments(issue).filter((c) => c.body.includes(MARKER))).toEqual([
      expect.objectContaining({ id: ours.id, body: `new report\n${MARKER}` })
    ])
  })

  it('leaves an unchanged comment alone', async () => {
    await start()
    gh.seed(issue, [
      { body: `same\n${MARKER}`, login: 'github-actions[bot]', userType: 'Bot', authorAssociation: 'NONE' }
    ])
    const outcome = await upsertStickyComment(port, {
      issueNumber: issue,
      body: `same\n${MARKER}`,
      marker: MARKER,
      create: true
    })
    expect(outcome.action).toBe('unchanged')
    expect(gh.requests.map((r) => r.operationId)).toEqual(['issues/list-comments'])
  })

  it("ignores a stranger's comment that copies the marker", async () => {
    await start()
    gh.seed(issue, [{ body: `fake\n${MARKER}`, login: 'mallory', userType: 'User', authorAssociation: 'CONTRIBUTOR' }])
    const outcome = await upsertStickyComment(port, {
      issueNumber: issue,
      body: `real\n${MARKER}`,
      marker: MARKER,
      create: true
    })
    expect(outcome.action).toBe('created')
    expect(gh.comments(issue).map((c) => c.body)).toEqual([`fake\n${MARKER}`, `real\n${MARKER}`])
  })

  it('takes a comment by a collaborator (a personal token) as its own', async () => {
    await start()
    const [mine] = gh.seed(issue, [
      { body: `old\n${MARKER}`, login: 'maintainer', userType: 'User', authorAssociation: 'COLLABORATOR' }
    ])
    expect(
      await upsertStickyComment(port, { issueNumber: issue, body: `new\n${MARKER}`, marker: MARKER, create: true })
    ).toEqual(expect.objectContaining({ action: 'updated', comment: expect.objectContaining({ id: mine.id }) }))
  })

  it('keeps the comments of another key apart', async () => {
    await start()
    const other = commentMarker('nightly')
    gh.seed(issue, [
      { body: `nightly\n${other}`, login: 'github-actions[bot]', userType: 'Bot', authorAssociation: 'NONE' }
    ])
    expect(
      (await upsertStickyComment(port, { issueNumber: issue, body: `pr\n${MARKER}`, marker: MARKER, create: true }))
        .action
    ).toBe('created')
    expect(gh.comments(issue).map((c) => c.body)).toEqual([`nightly\n${other}`, `pr\n${MARKER}`])
  })

  it('does not create a comment when asked only to update one', async () => {
    await start()
    expect(
      await upsertStickyComment(port, {
        issueNumber: issue,
        body: `all clear\n${MARKER}`,
        marker: MARKER,
        create: false
      })
    ).toEqual({ action: 'not-created' })
    expect(gh.requests.map((r) => r.operationId)).toEqual(['issues/list-comments'])
  })

  it('surfaces 403 from a read-only token as a no-write-access error', async () => {
    await start(true)
    const error = await upsertStickyComment(port, {
      issueNumber: issue,
      body: `x\n${MARKER}`,
      marker: MARKER,
      create: true
    }).catch((e: unknown) => e)
    expect(httpStatus(error)).toBe(403)
    expect(isNoWriteAccess(error)).toBe(true)
    expect((error as Error).message).toContain('Resource not accessible by integration')
  })

  it("gets GitHub's 422 for a body over 65,536 characters (what the action avoids)", async () => {
    await start()
    const error = await port.create(issue, 'x'.repeat(65_537)).catch((e: unknown) => e)
    expect(httpStatus(error)).toBe(422)
    expect(isNoWriteAccess(error)).toBe(false)
    expect(gh.comments(issue)).toEqual([])
  })
})

describe('commentMarker', () => {
  it('is a hidden HTML comment naming the key', () => {
    expect(commentMarker('lint-2')).toBe('<!-- mcpcop:sticky-comment key=lint-2 -->')
  })

  it('refuses a key that could end the HTML comment', () => {
    expect(() => commentMarker('a-->b')).toThrow(
      'comment key "a-->b" may only hold letters, digits, ".", "_" and "-" (at most 64)'
    )
  })
})
