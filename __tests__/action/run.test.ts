import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { commentMarker } from '../../src/github/comments.js'
import { startFakeGitHub, type FakeGitHub } from '../github/server.js'
import { pullRequestEvent, runAction, workspace as tempRepo, type ActionRun, type RunOptions } from './harness.js'

const { run } = await import('../../src/action/main.js')
// These tests are about reporting every finding of a workspace that is not a git checkout; what a
// pull request introduces (scope "new", the default on pull requests) is tested in real git
// repositories in scope.test.ts.
const act = (options: RunOptions): Promise<ActionRun> =>
  runAction(run, { ...options, inputs: { scope: 'all', ...options.inputs } })

// One error (3:5-3:13) and one warning (4:55-4:61); server.js exists in every workspace.
const BROKEN =
  '{\n  "mcpServers": {\n    "github": { "type": "http" },\n    "fs": { "command": "node", "args": ["server.js"], "tpye": "stdio" }\n  }\n}\n'
const WARNING_ONLY =
  '{\n  "mcpServers": {\n    "fs": { "command": "node", "args": ["server.js"], "tpye": "stdio" }\n  }\n}\n'
const CLEAN =
  '{ "mcpServers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2026.8.31"] } } }\n'
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const MARKER = commentMarker('default')
const workspace = (files: Record<string, string>): string =>
  tempRepo({ 'server.js': '// a local stdio server\n', ...files })
const PR = 17

/** Servers without a command (one error each) and with a misspelt key (one warning each); at most 200 in all. */
function manyFindings(errors: number, warnings: number): string {
  const servers: string[] = []
  for (let i = 0; i < errors; i++) servers.push(`    "broken-${i}": { "args": ["x"] }`)
  for (let i = 0; i < warnings; i++)
    servers.push(`    "typo-${i}": { "command": "node", "args": ["server.js"], "tpye": "stdio" }`)
  return `{\n  "mcpServers": {\n${servers.join(',\n')}\n  }\n}\n`
}

describe('run() on a pull request', () => {
  let gh: FakeGitHub
  beforeEach(async () => (gh = await startFakeGitHub()))
  afterEach(async () => {
    // Every request the action made, and every answer, matched GitHub's REST description.
    expect(gh.violations).toEqual([])
    await gh.close()
  })

  it('annotates the exact ranges, writes summary, report and outputs, creates the comment and fails on the error', async () => {
    const result = await act({
      workspace: workspace({ '.mcp.json': BROKEN }),
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })

    expect(result.annotations).toEqual([
      {
        name: 'error',
        properties: {
          title: 'mcpcop: schema-required',
          file: '.mcp.json',
          line: '3',
          endLine: '3',
          col: '5',
          endColumn: '12'
        },
        message: '"mcpServers.github" is missing the required "url"'
      },
      {
        name: 'warning',
        properties: {
          title: 'mcpcop: schema-unknown-key',
          file: '.mcp.json',
          line: '4',
          endLine: '4',
          col: '55',
          endColumn: '60'
        },
        message: 'unknown key "tpye" in "mcpServers.fs": Claude Code ignores it; did you mean "type"?'
      },
      {
        name: 'error',
        properties: {},
        message: 'mcpcop: 1 error at or above fail-on "error"; see the annotations and the job summary'
      }
    ])
    expect(result.exitCode).toBe(1)

    expect(result.summary).toContain('## ❌ mcpcop: 1 error, 1 warning, 0 notices')
    expect(result.summary).toContain('This check fails: findings reach `fail-on: error`.')
    expect(result.summary).toContain(
      '| ❌ error | 3:5 | [schema-required](https://github.com/mcpcop/mcpcop#built-in-diagnostics) | &quot;mcpServers.github&quot; is missing the required &quot;url&quot;<details><summary>why, and how to fix</summary>A remote server needs the &quot;url&quot; to connect to. Claude Code needs &quot;url&quot; here and cannot load this entry without it; add it.</details> |'
    )
    expect(result.summary).toContain('| .mcp.json | Claude Code | github, fs | 1 error, 1 warning |')

    const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8'))
    expect(result.outputs['report-file']).toBe(path.join(result.runnerTemp, 'mcpcop', 'mcpcop.json'))
    expect(
      report.diagnostics.map(
        (d: { ruleId: string; line: number; column: number }) => `${d.line}:${d.column} ${d.ruleId}`
      )
    ).toEqual(['3:5 schema-required', '4:55 schema-unknown-key'])

    const comment = gh.comments(PR)
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201'
    ])
    expect(comment).toHaveLength(1)
    expect(comment[0].body.endsWith(`\n${MARKER}\n`)).toBe(true)
    // The comment is the summary plus the marker: one text for both places.
    expect(comment[0].body).toBe(`${result.summary.trimEnd()}\n\n${MARKER}\n`)
    expect(result.outputs).toEqual({
      errors: '1',
      warnings: '1',
      notices: '0',
      preexisting: '0',
      files: '1',
      'servers-ok': '0',
      'servers-failed': '0',
      'report-file': result.outputs['report-file'],
      'sarif-file': '',
      'comment-url': `https://github.com/octo-org/octo-repo/pull/${PR}#issuecomment-${comment[0].id}`
    })
  })

  it('finds its comment on the second page and updates it in place', async () => {
    gh.seed(
      PR,
      Array.from({ length: 100 }, (_, i) => ({ body: `review ${i}` }))
    )
    // A stranger's copy of the marker on page 1 is not ours.
    gh.seed(PR, [{ body: `spoof\n${MARKER}`, login: 'mallory', userType: 'User', authorAssociation: 'CONTRIBUTOR' }])
    gh.seed(
      PR,
      Array.from({ length: 30 }, (_, i) => ({ body: `more ${i}` }))
    )
    const [ours] = gh.seed(PR, [
      { body: `stale report\n\n${MARKER}\n`, login: 'github-actions[bot]', userType: 'Bot', authorAssociation: 'NONE' }
    ])
    const result = await act({
      workspace: workspace({ '.mcp.json': BROKEN }),
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })
    expect(gh.requests.map((r) => `${r.operationId} page=${r.query.page ?? 1} ${r.status}`)).toEqual([
      'issues/list-comments page=1 200',
      'issues/list-comments page=2 200',
      'issues/update-comment page=1 200'
    ])
    expect(gh.comments(PR)).toHaveLength(132)
    expect(gh.comments(PR).find((c) => c.id === ours.id)?.body).toContain('## ❌ mcpcop: 1 error, 1 warning, 0 notices')
    expect(result.outputs['comment-url']).toBe(
      `https://github.com/octo-org/octo-repo/pull/${PR}#issuecomment-${ours.id}`
    )
  })

  it('does not send the same body again', async () => {
    const repo = workspace({ '.mcp.json': BROKEN })
    await act({ workspace: repo, event: pullRequestEvent(PR), apiUrl: gh.url })
    const second = await act({ workspace: repo, event: pullRequestEvent(PR), apiUrl: gh.url })
    expect(gh.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments'
    ])
    expect(second.logLines).toContain(`pull-request comment unchanged: ${second.outputs['comment-url']}`)
  })

  it('turns its comment into "all clear" when a later push fixes everything', async () => {
    await act({ workspace: workspace({ '.mcp.json': BROKEN }), event: pullRequestEvent(PR), apiUrl: gh.url })
    const fixed = await act({
      workspace: workspace({ '.mcp.json': CLEAN }),
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })
    expect(fixed.exitCode).toBeUndefined()
    expect(gh.requests.map((r) => r.operationId)).toEqual([
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/update-comment'
    ])
    expect(gh.comments(PR)).toHaveLength(1)
    expect(gh.comments(PR)[0].body).toBe(
      `## ✅ mcpcop: all clear\n\nNo problems in 1 MCP config file.\n\nThis check passes (\`fail-on: error\`).\n\n<details><summary>1 file checked</summary>\n\n| file | host | servers | findings |\n| --- | --- | --- | --- |\n| .mcp.json | Claude Code | memory | no problems |\n\n</details>\n\n${MARKER}\n`
    )
  })

  it('does not open a comment just to say all is clear, unless comment is "always"', async () => {
    const repo = workspace({ '.mcp.json': CLEAN })
    const auto = await act({ workspace: repo, event: pullRequestEvent(PR), apiUrl: gh.url })
    expect(gh.requests.map((r) => r.operationId)).toEqual(['issues/list-comments'])
    expect(auto.outputs['comment-url']).toBe('')
    const always = await act({
      workspace: repo,
      inputs: { comment: 'always' },
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })
    expect(gh.comments(PR)).toHaveLength(1)
    expect(always.outputs['comment-url']).toContain('#issuecomment-')
  })

  it('comments nothing with comment: never', async () => {
    await act({
      workspace: workspace({ '.mcp.json': BROKEN }),
      inputs: { comment: 'never' },
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })
    expect(gh.requests).toEqual([])
  })

  it('keeps one comment per comment-key', async () => {
    const repo = workspace({ '.mcp.json': BROKEN })
    await act({ workspace: repo, event: pullRequestEvent(PR), apiUrl: gh.url })
    await act({ workspace: repo, inputs: { 'comment-key': 'nightly' }, event: pullRequestEvent(PR), apiUrl: gh.url })
    await act({ workspace: repo, inputs: { 'comment-key': 'nightly' }, event: pullRequestEvent(PR), apiUrl: gh.url })
    expect(gh.comments(PR).map((c) => c.body.trimEnd().split('\n').at(-1))).toEqual([MARKER, commentMarker('nightly')])
  })

  it('keeps a huge report under the comment body limit, with a link to the run (no 422)', async () => {
    // The engine reports at most 200 schema problems per file: spread the warnings over 8 files.
    const files: Record<string, string> = { '.mcp.json': manyFindings(100, 0) }
    for (let i = 0; i < 8; i++)
      Object.assign(files, { [`team-${i}/.mcp.json`]: manyFindings(0, 150), [`team-${i}/server.js`]: '' })
    const result = await act({
      workspace: workspace(files),
      inputs: { 'fail-on': 'never' },
      event: pullRequestEvent(PR),
      apiUrl: gh.url
    })
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'issues/list-comments 200',
      'issues/create-comment 201'
    ])
    const body = gh.comments(PR)[0].body
    expect(body.length).toBeLessThanOrEqual(60_000)
    expect(body.length).toBeGreaterThan(55_000)
    const shownWarnings = body.match(/\| ⚠️ warning \|/g)?.length ?? 0
    expect(
      body.endsWith(
        `> **${1200 - shownWarnings} findings not shown** here (size limit). See [the workflow run](https://github.com/octo-org/octo-repo/actions/runs/4242) for all of them.\n\n${MARKER}\n`
      )
    ).toBe(true)
    // The errors come first when not everything fits.
    expect(body.match(/\| ❌ error \|/g)).toHaveLength(100)
    // Each finding carries its help (folded), so fewer rows fit than before; some warnings still do.
    expect(shownWarnings).toBeGreaterThan(0)
    expect(shownWarnings).toBeLessThan(1200)
    expect(result.outputs.errors).toBe('100')
    expect(result.outputs.warnings).toBe('1200')
    // The job summary has room for all of them.
    expect(result.summary.match(/\| ⚠️ warning \|/g)).toHaveLength(1200)
    expect(result.summary).not.toContain('not shown')
  })
})

describe('run() on a fork pull request with a read-only token', () => {
  it('says so in one notice, and annotations, summary, outputs and the check still work', async () => {
    const gh = await startFakeGitHub({ readOnly: true })
    try {
      const result = await act({
        workspace: workspace({ '.mcp.json': BROKEN }),
        event: pullRequestEvent(PR, { fork: true }),
        apiUrl: gh.url
      })
      expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
        'issues/list-comments 200',
        'issues/create-comment 403'
      ])
      expect(result.annotations.filter((a) => a.name === 'notice')).toEqual([
        {
          name: 'notice',
          properties: {},
          message:
            'pull-request comment skipped: a pull request from a fork gets a read-only token. The annotations and the job summary show every finding.'
        }
      ])
      expect(result.annotations.map((a) => `${a.name} ${a.properties.line ?? ''}`)).toEqual([
        'notice ',
        'error 3',
        'warning 4',
        'error '
      ])
      expect(result.summary).toContain('## ❌ mcpcop: 1 error, 1 warning, 0 notices')
      expect(result.outputs['comment-url']).toBe('')
      expect(result.outputs.errors).toBe('1')
      expect(result.exitCode).toBe(1)
      expect(gh.violations).toEqual([])
    } finally {
      await gh.close()
    }
  })

  it('does not fail the step because of the comment', async () => {
    const gh = await startFakeGitHub({ readOnly: true })
    try {
      const result = await act({
        workspace: workspace({ '.mcp.json': BROKEN }),
        inputs: { 'fail-on': 'never' },
        event: pullRequestEvent(PR, { fork: true }),
        apiUrl: gh.url
      })
      expect(result.exitCode).toBeUndefined()
      expect(result.annotations.filter((a) => a.name === 'error')).toHaveLength(1)
    } finally {
      await gh.close()
    }
  })

  it('says which permission is missing when the pull request is not from a fork', async () => {
    const gh = await startFakeGitHub({ readOnly: true })
    try {
      const result = await act({
        workspace: workspace({ '.mcp.json': BROKEN }),
        event: pullRequestEvent(PR),
        apiUrl: gh.url
      })
      expect(result.annotations.find((a) => a.name === 'notice')?.message).toBe(
        'pull-request comment skipped: the token may not write comments; give the job "permissions: pull-requests: write". The annotations and the job summary show every finding.'
      )
    } finally {
      await gh.close()
    }
  })
})

describe("the step's own messages", () => {
  it('take annotation slots, so that no finding is dropped silently', async () => {
    const gh = await startFakeGitHub({ readOnly: true })
    try {
      // 12 misspelt keys, reported as notices by the repository's settings, and the comment notice.
      const files = {
        '.mcp.json': manyFindings(0, 12),
        '.mcpcop.json': '{ "rules": { "schema-unknown-key": "notice" } }'
      }
      const result = await act({
        workspace: workspace(files),
        inputs: { paths: '.mcp.json\nmissing.json' },
        event: pullRequestEvent(PR, { fork: true }),
        apiUrl: gh.url
      })
      const notices = result.annotations.filter((a) => a.name === 'notice')
      expect(notices).toHaveLength(10)
      expect(notices[0].message).toMatch(/^pull-request comment skipped: a pull request from a fork/)
      expect(notices.slice(1).every((a) => a.properties.title === 'mcpcop: schema-unknown-key')).toBe(true)
      expect(result.annotations.filter((a) => a.name === 'warning')).toEqual([
        { name: 'warning', properties: {}, message: 'no such file, directory or match: missing.json' }
      ])
      expect(result.logLines).toContain(
        '3 more findings not annotated (GitHub shows 10 per level and step); all are in the job summary:'
      )
    } finally {
      await gh.close()
    }
  })

  it('warn of a named file that the settings ignore, which is not checked', async () => {
    const result = await act({
      workspace: workspace({
        '.mcp.json': manyFindings(0, 1),
        'legacy/.mcp.json': manyFindings(0, 1),
        '.mcpcop.json': '{ "ignore": ["legacy/**"] }'
      }),
      inputs: { paths: '.mcp.json\nlegacy/.mcp.json' },
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: 'a1b2c3' } }
    })
    // The step's own warning (no file, no line), beside the finding of the file that was checked.
    expect(result.annotations.filter((a) => a.name === 'warning' && a.properties.file === undefined)).toEqual([
      {
        name: 'warning',
        properties: {},
        message: 'legacy/.mcp.json is ignored by "ignore" in .mcpcop.json; it was not checked'
      }
    ])
    expect(result.annotations.filter((a) => a.properties.file !== undefined).map((a) => a.properties.file)).toEqual([
      '.mcp.json'
    ])
  })

  it('say when the settings ignore every config of the workspace', async () => {
    const result = await act({
      workspace: workspace({
        'legacy/.mcp.json': manyFindings(0, 1),
        'legacy/.cursor/mcp.json': manyFindings(0, 1),
        '.mcpcop.json': '{ "ignore": ["legacy/**"] }'
      }),
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: 'a1b2c3' } }
    })
    expect(result.annotations).toEqual([
      {
        name: 'notice',
        properties: {},
        message: 'no MCP config checked: the 2 configs found are ignored by "ignore" in .mcpcop.json'
      }
    ])
  })
})

describe('run() without a pull request', () => {
  const events = [
    {
      name: 'push',
      payload: { ref: 'refs/heads/main', after: 'a1b2c3', repository: { id: 100, full_name: 'octo-org/octo-repo' } }
    },
    {
      name: 'merge_group',
      payload: {
        action: 'checks_requested',
        merge_group: {
          head_sha: 'a1b2c3',
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-17-d4e5f6',
          base_ref: 'refs/heads/main'
        },
        repository: { id: 100, full_name: 'octo-org/octo-repo' }
      }
    },
    { name: 'schedule', payload: { schedule: '17 3 * * 1' } }
  ]

  it.each(events)('on $name: lints, annotates, fails the check on errors, and makes no API call', async (event) => {
    const gh = await startFakeGitHub()
    try {
      const result = await act({ workspace: workspace({ '.mcp.json': BROKEN }), event, apiUrl: gh.url })
      expect(gh.requests).toEqual([])
      expect(result.logLines).toContain(`no pull request for this "${event.name}" event: no comment`)
      expect(result.annotations.map((a) => a.name)).toEqual(['error', 'warning', 'error'])
      expect(result.annotations.filter((a) => a.name === 'notice')).toEqual([])
      expect(result.outputs['comment-url']).toBe('')
      expect(result.summary).toContain('## ❌ mcpcop')
      expect(result.exitCode).toBe(1)
    } finally {
      await gh.close()
    }
  })

  it('passes on a clean repository', async () => {
    const result = await act({ workspace: workspace({ '.mcp.json': CLEAN }), event: events[1] })
    expect(result.exitCode).toBeUndefined()
    expect(result.annotations).toEqual([])
  })
})

describe('fail-on', () => {
  const cases: [string, string, string, number | undefined][] = [
    ['a warning', WARNING_ONLY, 'error', undefined],
    ['a warning', WARNING_ONLY, 'warning', 1],
    ['a warning', WARNING_ONLY, 'notice', 1],
    ['a warning', WARNING_ONLY, 'never', undefined],
    ['an error', BROKEN, 'error', 1],
    ['an error', BROKEN, 'never', undefined],
    ['nothing', CLEAN, 'notice', undefined]
  ]

  it.each(cases)('with %s and fail-on %#', async (_, config, failOn, exitCode) => {
    const result = await act({
      workspace: workspace({ '.mcp.json': config }),
      inputs: { 'fail-on': failOn, comment: 'never' }
    })
    expect(result.exitCode).toBe(exitCode)
    const failure = result.annotations.filter((a) => a.name === 'error' && a.properties.file === undefined)
    expect(failure.length).toBe(exitCode === 1 ? 1 : 0)
  })

  it('names the findings that reach the level in the failure message', async () => {
    const result = await act({ workspace: workspace({ '.mcp.json': BROKEN }), inputs: { 'fail-on': 'warning' } })
    expect(result.annotations.at(-1)).toEqual({
      name: 'error',
      properties: {},
      message: 'mcpcop: 1 error, 1 warning at or above fail-on "warning"; see the annotations and the job summary'
    })
  })

  it('fails the step with the reason on a bad input', async () => {
    const result = await act({ workspace: workspace({ '.mcp.json': CLEAN }), inputs: { 'fail-on': 'sometimes' } })
    expect(result.exitCode).toBe(1)
    expect(result.annotations).toEqual([
      {
        name: 'error',
        properties: {},
        message: 'mcpcop: input "fail-on" is "sometimes"; use one of error, warning, notice, never'
      }
    ])
  })
})

describe('annotation caps', () => {
  it('shows 9 errors and keeps the 10th slot for the failure message; the rest go to the log', async () => {
    const result = await act({ workspace: workspace({ '.mcp.json': manyFindings(25, 15) }) })
    const errors = result.annotations.filter((a) => a.name === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.slice(0, 9).map((a) => a.properties.line)).toEqual(['3', '4', '5', '6', '7', '8', '9', '10', '11'])
    expect(errors[9]).toEqual({
      name: 'error',
      properties: {},
      message: 'mcpcop: 25 errors at or above fail-on "error"; see the annotations and the job summary'
    })
    expect(result.annotations.filter((a) => a.name === 'warning')).toHaveLength(10)
    // Errors are annotated before warnings.
    expect(result.annotations.map((a) => a.name).join(' ')).toMatch(/^(error ){9}(warning ){10}error$/)
    expect(result.logLines).toContain(
      '21 more findings not annotated (GitHub shows 10 per level and step); all are in the job summary:'
    )
    expect(result.logLines.filter((l) => /^\.mcp\.json:\d+:\d+: (error|warning): /.test(l))).toHaveLength(21)
    expect(result.summary.match(/\| ❌ error \|/g)).toHaveLength(25)
  })

  it('uses all 10 error slots when the step will not fail', async () => {
    const result = await act({
      workspace: workspace({ '.mcp.json': manyFindings(25, 0) }),
      inputs: { 'fail-on': 'never' }
    })
    expect(result.annotations.filter((a) => a.name === 'error')).toHaveLength(10)
    expect(result.exitCode).toBeUndefined()
  })
})

describe('secrets', () => {
  const TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
  const API_KEY = 'internal-api-key-7f3a9c'
  const config = JSON.stringify(
    {
      mcpServers: {
        github: {
          command: 'npx',
          args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'],
          env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN, INTERNAL_KEY: API_KEY }
        }
      }
    },
    null,
    2
  )

  it('are registered before anything else is printed and appear in no output', async () => {
    const gh = await startFakeGitHub()
    try {
      const result = await act({
        workspace: workspace({ '.mcp.json': config }),
        inputs: { 'sarif-file': 'results/mcp.sarif' },
        event: pullRequestEvent(PR),
        apiUrl: gh.url
      })
      const masks = result.commands.filter((c) => c.name === 'add-mask').map((c) => c.message)
      expect(masks).toEqual(expect.arrayContaining([TOKEN, API_KEY]))
      // The masks come first: nothing before them may carry a secret.
      const firstOther = result.stdout.split('\n').findIndex((line) => line !== '' && !line.startsWith('::add-mask::'))
      const lastMask = result.stdout
        .split('\n')
        .map((line) => line.startsWith('::add-mask::'))
        .lastIndexOf(true)
      expect(lastMask).toBeLessThan(firstOther)

      const outputs: [string, string][] = [
        [
          'log (besides ::add-mask::)',
          result.stdout
            .split('\n')
            .filter((l) => !l.startsWith('::add-mask::'))
            .join('\n')
        ],
        ['job summary', result.summary],
        ['outputs', JSON.stringify(result.outputs)],
        ['JSON report', readFileSync(result.outputs['report-file'], 'utf8')],
        ['SARIF', readFileSync(result.outputs['sarif-file'], 'utf8')],
        [
          'comment',
          gh
            .comments(PR)
            .map((c) => c.body)
            .join('\n')
        ]
      ]
      for (const [name, text] of outputs) {
        expect([name, text.includes(TOKEN)]).toEqual([name, false])
        expect([name, text.includes(API_KEY)]).toEqual([name, false])
      }
      // The finding itself is reported, with the masked form.
      expect(result.annotations[0]).toEqual(
        expect.objectContaining({ name: 'error', message: expect.stringContaining('ghp_…Q7r8') })
      )
      expect(gh.comments(PR)[0].body).toContain('ghp&#95;…Q7r8')
      expect(existsSync(result.outputs['sarif-file'])).toBe(true)
    } finally {
      await gh.close()
    }
  })
})

describe('outputs and files', () => {
  it('writes SARIF and the report where asked, relative to the workspace', async () => {
    const repo = workspace({ '.mcp.json': BROKEN })
    const result = await act({
      workspace: repo,
      inputs: { 'sarif-file': 'out/mcp.sarif', 'report-file': 'out/report.json', 'fail-on': 'never' }
    })
    expect(result.outputs['sarif-file']).toBe(path.join(repo, 'out', 'mcp.sarif'))
    expect(result.outputs['report-file']).toBe(path.join(repo, 'out', 'report.json'))
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'], 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      'schema-required',
      'schema-unknown-key'
    ])
    expect(JSON.parse(readFileSync(result.outputs['report-file'], 'utf8')).version).toBe(1)
  })

  it('never writes an output file through a link the pull request holds in the workspace', async () => {
    const repo = workspace({ '.mcp.json': BROKEN })
    const victim = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-victim-')), 'bashrc')
    writeFileSync(victim, 'kept\n')
    symlinkSync(victim, path.join(repo, 'mcp.sarif'))
    const result = await act({ workspace: repo, inputs: { 'sarif-file': 'mcp.sarif', 'fail-on': 'never' } })
    expect(readFileSync(victim, 'utf8')).toBe('kept\n')
    expect(result.exitCode).toBe(1)
    expect(result.annotations.at(-1)?.message).toContain(
      'cannot write mcp.sarif: it is a symbolic link, which mcpcop does not write through'
    )
  })

  it("refuses a dry run of a fork's configs under pull_request_target, and still reports the lint", async () => {
    const repo = workspace({ '.mcp.json': WARNING_ONLY })
    const result = await act({
      workspace: repo,
      inputs: { 'dry-run': 'true', comment: 'never' },
      event: pullRequestEvent(PR, { fork: true, name: 'pull_request_target' })
    })
    expect(result.exitCode).toBe(1)
    expect(result.annotations.map((a) => a.name)).toEqual(['warning', 'error'])
    expect(result.annotations[1].message).toMatch(
      /^refusing to dry-run: this "pull_request_target" run has this repository's token and secrets, and the MCP configs come from the fork "mallory\/octo-repo"/
    )
    expect(result.summary).toContain('## ⚠️ mcpcop: 0 errors, 1 warning, 0 notices')
    expect(result.outputs['servers-ok']).toBe('0')
  })
})

describe('run() with dry-run on a pull request', () => {
  it('shows the servers in the summary and the comment, and counts them in the outputs', async () => {
    const memory = path.join(ROOT, 'node_modules', '@modelcontextprotocol', 'server-memory', 'dist', 'index.js')
    const store = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-memory-')), 'memory.jsonl')
    const config = {
      mcpServers: {
        memory: { command: 'node', args: [memory], env: { MEMORY_FILE_PATH: store } },
        gone: { command: 'node', args: ['server.js'] }
      }
    }
    // server.js exits at once: that server fails the dry run.
    const repo = tempRepo({ '.mcp.json': JSON.stringify(config, null, 2), 'server.js': 'process.exit(3)\n' })
    const gh = await startFakeGitHub()
    try {
      const result = await act({
        workspace: repo,
        inputs: { 'dry-run': 'true', 'dry-run-timeout': '20000' },
        event: pullRequestEvent(PR),
        apiUrl: gh.url
      })
      expect(result.outputs['servers-ok']).toBe('1')
      expect(result.outputs['servers-failed']).toBe('1')
      expect(result.summary).toContain('### Dry run: 1 ok, 1 failed, 0 skipped')
      expect(result.summary).toMatch(
        /\| ✅ ok \| memory \| \.mcp\.json \| stdio \| \d+\.\ds \| memory-server [^|]+ \| [^|]+ \| \d+ tools \| {2}\|/
      )
      expect(result.summary).toMatch(/\| ❌ failed \| gone \| \.mcp\.json \| stdio \|/)
      expect(gh.comments(PR)[0].body).toContain('### Dry run: 1 ok, 1 failed, 0 skipped')
      expect(result.commands.some((c) => c.name === 'group' && c.message === 'mcpcop dry run: 2 servers')).toBe(true)
      expect(result.exitCode).toBe(1)
      expect(gh.violations).toEqual([])
    } finally {
      await gh.close()
    }
  })
})
