import { readFileSync } from 'node:fs'
import { startFakeGitHub, type FakeGitHub } from '../github/server.js'
import { commit, git, pullRequestRepo, shallowClone, write } from '../helpers/git.js'
import { runAction, workspace as tempRepo, type ActionRun, type RunOptions } from './harness.js'

const { run } = await import('../../src/action/main.js')
const act = (options: RunOptions): Promise<ActionRun> => runAction(run, options)

const PR = 23

/** The payload of a pull request from `head` into `base` (same repository). */
function pullRequest(
  base: string,
  head: string,
  name = 'pull_request'
): { name: string; payload: Record<string, unknown> } {
  const repo = { id: 100, full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } }
  return {
    name,
    payload: {
      action: 'synchronize',
      number: PR,
      pull_request: { number: PR, base: { sha: base, repo }, head: { sha: head, repo } },
      repository: repo
    }
  }
}

// Pre-existing: a server without "url" (error) and an unknown key (warning), in a file with a good server.
const LEGACY = `{
  "mcpServers": {
    "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2026.8.31"] },
    "github": { "type": "http" },
    "fs": { "command": "node", "args": ["server.js"], "tpye": "stdio" }
  }
}
`
const CLEAN =
  '{ "mcpServers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2026.8.31"] } } }\n'
const BASE = { '.mcp.json': LEGACY, 'server.js': '// a local server\n', 'README.md': '# project\n' }

const errorsAndWarnings = (result: ActionRun): string[] =>
  result.annotations.map(
    (a) => `${a.name} ${a.properties.file ?? ''}:${a.properties.line ?? ''} ${a.properties.title ?? a.message}`
  )

describe('run() on a pull request reports what it introduces', () => {
  let gh: FakeGitHub
  beforeEach(async () => (gh = await startFakeGitHub()))
  afterEach(async () => {
    expect(gh.violations).toEqual([])
    await gh.close()
  })

  it('annotates and fails on the one broken server a pull request adds; the old findings are only counted', async () => {
    const broken = LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":')
    const repo = pullRequestRepo(BASE, { '.mcp.json': broken })
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })

    expect(errorsAndWarnings(result)).toEqual([
      'error .mcp.json:5 mcpcop: schema-required',
      'error : mcpcop: 1 error at or above fail-on "error"; see the annotations and the job summary'
    ])
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', notices: '0', preexisting: '2' })
    // The summary counts the two old findings and lists them collapsed, apart from the new one.
    expect(result.summary).toContain('## ❌ mcpcop: 1 error, 0 warnings, 0 notices')
    expect(result.summary).toContain('2 pre-existing findings, not introduced by this change, are listed below.')
    expect(result.summary).toContain(
      '<details><summary>2 pre-existing findings, not introduced by this change</summary>'
    )
    expect(result.summary).toMatch(/\| ❌ error \| \.mcp\.json \| 4:5 \| \[schema-required\]/)
    expect(result.summary).toMatch(/\| ⚠️ warning \| \.mcp\.json \| 6:55 \| \[schema-unknown-key\]/)
    // The comment names the new finding and only counts the old ones.
    const [comment] = gh.comments(PR)
    expect(comment.body).toContain('&quot;mcpServers.bad&quot;')
    expect(comment.body).not.toContain('schema-unknown-key')
    expect(comment.body).toContain(
      '2 pre-existing findings, not introduced by this change, are listed in the job summary.'
    )
    const report = JSON.parse(readFileSync(result.outputs['report-file'], 'utf8'))
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['schema-required'])
    expect(report.preexisting.map((d: { ruleId: string }) => d.ruleId)).toEqual([
      'schema-required',
      'schema-unknown-key'
    ])
  })

  it('is silent and green on a pull request that only edits the README', async () => {
    const repo = pullRequestRepo(BASE, { 'README.md': '# project\n\nMore words.\n' })
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })
    expect(result.annotations).toEqual([])
    expect(result.exitCode).toBeUndefined()
    expect(gh.comments(PR)).toEqual([])
    // It only looked for an earlier comment of its own, to turn it into "all clear" if there were one.
    expect(gh.requests.map((r) => r.operationId)).toEqual(['issues/list-comments'])
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', preexisting: '2' })
    expect(result.summary).toContain('## ✅ mcpcop: no new problems')
    expect(result.logLines).toContain(
      'this change touches no MCP config, settings or file a config names: 2 pre-existing findings, none reported'
    )
  })

  it('does not take findings that only moved to other lines for new ones', async () => {
    const moved = LEGACY.replace('"memory"', '"zeta": { "command": "node", "args": ["server.js"] },\n    "memory"')
    const repo = pullRequestRepo(BASE, { '.mcp.json': moved })
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })
    expect(result.annotations).toEqual([])
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '0', preexisting: '2' })
    expect(gh.comments(PR)).toEqual([])
  })

  it('reports the copy a pull request adds of a finding the file already had twice, at its line', async () => {
    const typo = (name: string): string => `"${name}": { "command": "node", "args": ["server.js"], "tpye": "stdio" }`
    const file = (names: string[]): string => `{\n  "mcpServers": {\n    ${names.map(typo).join(',\n    ')}\n  }\n}\n`
    const repo = pullRequestRepo(
      { '.mcp.json': file(['a', 'b']), 'server.js': '' },
      { '.mcp.json': file(['a', 'new', 'b']) }
    )
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })
    expect(errorsAndWarnings(result)).toEqual(['warning .mcp.json:4 mcpcop: schema-unknown-key'])
    expect(result.outputs).toMatchObject({ warnings: '1', preexisting: '2' })
  })

  it('reports a script that a pull request deletes while a config still starts it', async () => {
    const repo = pullRequestRepo(BASE, { 'server.js': null })
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })
    expect(errorsAndWarnings(result)).toEqual([
      'error .mcp.json:5 mcpcop: missing-script',
      'error : mcpcop: 1 error at or above fail-on "error"; see the annotations and the job summary'
    ])
  })

  it('turns its comment into "all clear" when a later push removes what the pull request broke', async () => {
    const broken = LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":')
    const repo = pullRequestRepo(BASE, { '.mcp.json': broken })
    await act({ workspace: repo.root, event: pullRequest(repo.base, repo.head), apiUrl: gh.url })
    expect(gh.comments(PR)).toHaveLength(1)
    write(repo.root, { '.mcp.json': LEGACY })
    const fixed = commit(repo.root, 'fix')
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, fixed), apiUrl: gh.url })
    expect(result.exitCode).toBeUndefined()
    expect(gh.comments(PR)).toHaveLength(1)
    expect(gh.comments(PR)[0].body).toContain('## ✅ mcpcop: no new problems')
    expect(gh.comments(PR)[0].body).toContain('This change introduces no problems in 1 MCP config file.')
  })

  it('compares with the base when the checkout is the merge commit of pull_request', async () => {
    const repo = pullRequestRepo(BASE, { '.mcp.json': LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":') })
    // Meanwhile the base branch fixed its warning; the merge commit has both changes.
    git(repo.root, 'checkout', '-q', 'main')
    write(repo.root, { '.mcp.json': LEGACY.replace('"tpye"', '"type"') })
    const base = commit(repo.root, 'fix the typo on main')
    git(repo.root, 'checkout', '-q', '--detach', base)
    write(repo.root, {
      '.mcp.json': LEGACY.replace('"tpye"', '"type"').replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":')
    })
    git(repo.root, 'add', '-A')
    const tree = git(repo.root, 'write-tree')
    const merge = git(repo.root, 'commit-tree', tree, '-p', base, '-p', repo.head, '-m', 'Merge')
    git(repo.root, 'checkout', '-q', '--detach', merge)
    const result = await act({ workspace: repo.root, event: pullRequest(base, repo.head), apiUrl: gh.url })
    expect(errorsAndWarnings(result).map((a) => a.split(' ').slice(0, 3).join(' '))).toEqual([
      'error .mcp.json:5 mcpcop:',
      'error : mcpcop:'
    ])
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', preexisting: '1' })
  })

  it('fetches the base commit into a shallow clone (depth 1, as actions/checkout makes it)', async () => {
    const origin = pullRequestRepo(BASE, {
      '.mcp.json': LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":')
    })
    const clone = shallowClone(origin.root, origin.head)
    expect(() => git(clone, 'cat-file', '-e', `${origin.base}^{commit}`)).toThrow()
    const result = await act({ workspace: clone, event: pullRequest(origin.base, origin.head), apiUrl: gh.url })
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '0', preexisting: '2' })
    expect(git(clone, 'cat-file', '-t', origin.base)).toBe('commit')
  })

  it('reports every finding, with one notice saying why, when the base cannot be had', async () => {
    const origin = pullRequestRepo(BASE, { 'README.md': 'changed\n' })
    const clone = shallowClone(origin.root, origin.head)
    git(clone, 'remote', 'remove', 'origin')
    const result = await act({ workspace: clone, event: pullRequest(origin.base, origin.head), apiUrl: gh.url })
    const notice = result.annotations.find((a) => a.name === 'notice')
    expect(notice?.message).toMatch(
      /^every finding is reported, not only those this change introduces: could not compare with the base \(the commit [0-9a-f]{12} is not in this clone and could not be fetched from origin/
    )
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '1' })
  })

  it('reports everything with scope: all, and on push', async () => {
    const repo = pullRequestRepo(BASE, { 'README.md': 'changed\n' })
    const all = await act({
      workspace: repo.root,
      inputs: { scope: 'all' },
      event: pullRequest(repo.base, repo.head),
      apiUrl: gh.url
    })
    expect(all.outputs).toMatchObject({ errors: '1', warnings: '1', preexisting: '0' })
    const push = await act({ workspace: repo.root, apiUrl: gh.url })
    expect(push.outputs).toMatchObject({ errors: '1', warnings: '1', preexisting: '0' })
  })
})

describe('run() with a baseline and suppressions', () => {
  let gh: FakeGitHub
  beforeEach(async () => (gh = await startFakeGitHub()))
  afterEach(async () => {
    expect(gh.violations).toEqual([])
    await gh.close()
  })

  it('shows the reviewer the new findings a pull request hides by adding them to the baseline', async () => {
    const repo = pullRequestRepo(BASE, {})
    // The pull request adds a broken server, and records it in the baseline with `--write-baseline`.
    write(repo.root, { '.mcp.json': LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":') })
    const { runCli } = await import('../../src/cli/run.js')
    await runCli(['--write-baseline'], { cwd: repo.root, isTTY: false, env: {}, stdout: () => {}, stderr: () => {} })
    const head = commit(repo.root, 'add a server and baseline everything')
    const result = await act({ workspace: repo.root, event: pullRequest(repo.base, head), apiUrl: gh.url })
    expect(result.annotations).toEqual([])
    expect(result.exitCode).toBeUndefined()
    const [comment] = gh.comments(PR)
    expect(comment.body).toContain('### ⚠️ New findings hidden by the baseline')
    // The two old findings in the baseline are the adoption's business, not this pull request's.
    expect(comment.body).toContain('This change brings 1 finding that the baseline hides, so it is not reported:')
    expect(comment.body).not.toContain('mcpServers.github')
    expect(comment.body).toMatch(/\| ❌ error \| \.mcp\.json \| 5:5 \| \[schema-required\]/)
    expect(result.summary).toContain('3 findings in the baseline `.mcpcop-baseline.json` are not reported.')
  })

  it('lists suppressed findings with their reasons in the summary', async () => {
    const repo = pullRequestRepo(
      {
        ...BASE,
        '.mcpcop.json': JSON.stringify({
          suppressions: [{ rule: 'schema-required', server: 'github', reason: 'filled in by the installer' }]
        }),
        '.mcpcop-baseline.json': '{ "version": 1, "files": {} }\n'
      },
      { 'README.md': 'changed\n' }
    )
    const result = await act({ workspace: repo.root, apiUrl: gh.url })
    expect(result.outputs).toMatchObject({ errors: '0', warnings: '1' })
    expect(result.summary).toContain('1 finding suppressed in `.mcpcop.json` is not reported.')
    expect(result.summary).toContain('<details><summary>1 suppressed finding</summary>')
    expect(result.summary).toContain('| .mcp.json | 4:5 | schema-required | filled in by the installer |')
  })
})

describe('run() on a pull request without git', () => {
  let gh: FakeGitHub
  beforeEach(async () => (gh = await startFakeGitHub()))
  afterEach(async () => {
    expect(gh.violations).toEqual([])
    await gh.close()
  })
  const BASE_SHA = 'b'.repeat(40)
  const HEAD_SHA = 'c'.repeat(40)
  const broken = LEGACY.replace('"fs":', '"bad": { "args": ["x"] },\n    "fs":')

  it('reads the changed files and their base versions through the GitHub API', async () => {
    gh.pullFiles(PR, [
      { filename: 'sub/.cursor/mcp.json', status: 'added' },
      { filename: '.mcp.json', status: 'modified' },
      { filename: 'README.md', status: 'modified' }
    ])
    gh.tree(BASE_SHA, { '.mcp.json': LEGACY, 'server.js': '', 'README.md': '# project\n' })
    const root = tempRepo({ ...BASE, '.mcp.json': broken, 'sub/.cursor/mcp.json': CLEAN })
    const result = await act({ workspace: root, event: pullRequest(BASE_SHA, HEAD_SHA), apiUrl: gh.url })
    expect(errorsAndWarnings(result)).toEqual([
      'error .mcp.json:5 mcpcop: schema-required',
      'error : mcpcop: 1 error at or above fail-on "error"; see the annotations and the job summary'
    ])
    expect(result.outputs).toMatchObject({ preexisting: '2' })
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'pulls/list-files 200',
      'repos/get-content 200',
      'issues/list-comments 200',
      'issues/create-comment 201'
    ])
    expect(result.logLines).toContain(
      `compared with the base ${BASE_SHA.slice(0, 12)} (the GitHub API): 1 new finding, 2 pre-existing findings`
    )
  })

  it('is silent on a README-only pull request, from the list of its files alone', async () => {
    gh.pullFiles(PR, [{ filename: 'README.md', status: 'modified' }])
    const result = await act({ workspace: tempRepo(BASE), event: pullRequest(BASE_SHA, HEAD_SHA), apiUrl: gh.url })
    expect(result.annotations).toEqual([])
    expect(gh.requests.map((r) => r.operationId)).toEqual(['pulls/list-files', 'issues/list-comments'])
  })

  it('without a token, reports every finding and says the API needs the github-token input', async () => {
    const result = await act({
      workspace: tempRepo(BASE),
      inputs: { 'github-token': '' },
      event: pullRequest(BASE_SHA, HEAD_SHA),
      apiUrl: gh.url
    })
    expect(result.annotations.find((a) => a.name === 'notice')?.message).toBe(
      'every finding is reported, not only those this change introduces: could not compare with the base (the workspace is not a git checkout; reading it through the GitHub API needs the "github-token" input)'
    )
    expect(result.outputs).toMatchObject({ errors: '1', warnings: '1' })
  })
})
