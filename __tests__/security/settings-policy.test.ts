/**
 * Issue 10, finding 9: the pull request controls the settings file. It stays the project's policy,
 * but it cannot turn off the diagnostics that say a file could not be read or parsed, and whenever
 * it differs from the base branch the summary and the comment say so and list what it leaves out.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { jest } from '@jest/globals'
import { lint } from '../../src/engine.js'
import { readFileAtRef, readFirstFileAtRef } from '../../src/git/base.js'
import { pullRequestEvent, runAction } from '../action/harness.js'
import { startFakeGitHub } from '../github/server.js'
import { runCli } from '../../src/cli/run.js'

jest.setTimeout(120_000)
const { run } = await import('../../src/action/main.js')

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8'
  }).trim()

function write(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
}

/** A repository with a base commit and a pull request commit on top; returns the base sha. */
function repository(base: Record<string, string>, head: Record<string, string>): { root: string; baseSha: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-policy-'))
  git(root, 'init', '-q', '-b', 'main')
  write(root, base)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', 'base')
  const baseSha = git(root, 'rev-parse', 'HEAD')
  write(root, head)
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '--allow-empty', '-m', 'pull request')
  return { root, baseSha }
}

const BROKEN = '{ "mcpServers": { "a": { "command": 5 } }'
const SCHEMA = '{ "mcpServers": { "a": { "command": 5 } } }\n'

async function actionOn(root: string, baseSha: string) {
  const gh = await startFakeGitHub()
  try {
    const event = pullRequestEvent(17)
    ;(event.payload.pull_request as { base: { sha: string } }).base.sha = baseSha
    const result = await runAction(run, { workspace: root, event, apiUrl: gh.url, inputs: { comment: 'always' } })
    return {
      ...result,
      comment: gh
        .comments(17)
        .map((c) => c.body)
        .join('\n')
    }
  } finally {
    await gh.close()
  }
}

describe('diagnostics that a settings file cannot turn off', () => {
  it('syntax, read and internal errors stay on, at their own severity, with a warning at the setting', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-policy-'))
    write(root, {
      '.mcpcop.json': JSON.stringify({
        rules: { 'syntax-error': 'off', 'file-unreadable': 'notice', 'internal-error': 'off', 'schema-type': 'off' },
        ignoreServers: ['a']
      }),
      'a/.mcp.json': BROKEN,
      'b/.mcp.json': SCHEMA
    })
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.diagnostics.map((d) => `${d.file} ${d.severity} ${d.ruleId}`)).toEqual([
      '.mcpcop.json warning config-invalid',
      '.mcpcop.json warning config-invalid',
      '.mcpcop.json warning config-invalid',
      'a/.mcp.json error syntax-error'
    ])
    expect(report.diagnostics[0].message).toBe(
      '"syntax-error" cannot be turned off or changed: it reports files that could not be read or checked, so the setting is ignored'
    )
  })
})

describe('a settings file the pull request changed is shown to the reviewer', () => {
  const OPEN_SETTINGS = JSON.stringify({ ignore: ['**'], rules: { 'hardcoded-secret': 'off' } })

  it('new in the pull request: the summary, the comment and the log say what it leaves out', async () => {
    const { root, baseSha } = repository({ 'a/.mcp.json': SCHEMA }, { '.mcpcop.json': OPEN_SETTINGS })
    const run = await actionOn(root, baseSha)
    const expected =
      'The settings file .mcpcop.json is new in this pull request: it leaves out files matching "**"; turns off "hardcoded-secret".'
    // Escaped for Markdown like every string from the repository.
    const escaped = expected.replace(/"/g, '&quot;').replace(/\*/g, '&#42;')
    expect(run.summary).toContain(`> Note: ${escaped}`)
    expect(run.comment).toContain(`> Note: ${escaped}`)
    expect(run.stdout).toContain(`⚠ ${expected}`)
  })

  it('changed from the base branch: said too, with what it no longer does', async () => {
    const { root, baseSha } = repository(
      { '.mcpcop.json': OPEN_SETTINGS, 'a/.mcp.json': SCHEMA },
      { '.mcpcop.json': '{}' }
    )
    const run = await actionOn(root, baseSha)
    expect(run.summary).toContain(
      'The settings file .mcpcop.json differs from the base branch: it no longer leaves out files matching &quot;&#42;&#42;&quot;, nor turns off &quot;hardcoded-secret&quot;.'
    )
  })

  it('the same as the base branch: nothing is said', async () => {
    const { root, baseSha } = repository({ '.mcpcop.json': OPEN_SETTINGS }, { 'a/.mcp.json': SCHEMA })
    const run = await actionOn(root, baseSha)
    expect(run.summary).not.toContain('settings file')
  })

  it('a base commit this clone lacks: said as not compared, with what the settings leave out', async () => {
    const { root } = repository({}, { '.mcpcop.json': OPEN_SETTINGS })
    const run = await actionOn(root, 'f'.repeat(40))
    expect(run.summary).toContain(
      `The settings file .mcpcop.json could not be compared with the base branch (the commit ${'f'.repeat(40)} is not in this clone`
    )
  })

  it('suppressions, the preset and the tool lock are said too, and what the base did that the change drops', async () => {
    const { root, baseSha } = repository(
      {
        '.mcpcop.json': JSON.stringify({ preset: 'strict', rules: { 'unpinned-package': 'error' } }),
        'a/.mcp.json': SCHEMA
      },
      {
        '.mcpcop.json': JSON.stringify({
          rules: { 'unpinned-package': 'error' },
          suppressions: [{ rule: 'hardcoded-secret', file: 'a/.mcp.json', reason: 'a test token' }],
          lock: { changes: { added: 'off' } }
        })
      }
    )
    const run = await actionOn(root, baseSha)
    expect(run.stdout).toContain(
      '⚠ The settings file .mcpcop.json differs from the base branch: it sets "unpinned-package: error"; ' +
        'suppresses "hardcoded-secret" in "a/.mcp.json"; sets the tool lock\'s "added: off"; it no longer runs the strict preset.'
    )
  })

  it('reformatted, or a reason reworded: nothing is said; an "until" moved: said', async () => {
    const suppression = { rule: 'hardcoded-secret', file: 'a/.mcp.json', reason: 'a test token', until: '2027-01-31' }
    const base = { '.mcpcop.json': JSON.stringify({ suppressions: [suppression] }), 'a/.mcp.json': SCHEMA }
    const reworded = repository(base, {
      '.mcpcop.json': JSON.stringify({ suppressions: [{ ...suppression, reason: 'a revoked test token' }] }, null, 4)
    })
    expect((await actionOn(reworded.root, reworded.baseSha)).summary).not.toContain('settings file')
    const extended = repository(base, {
      '.mcpcop.json': JSON.stringify({ suppressions: [{ ...suppression, until: '2099-12-31' }] })
    })
    expect((await actionOn(extended.root, extended.baseSha)).stdout).toContain(
      '⚠ The settings file .mcpcop.json differs from the base branch: it suppresses "hardcoded-secret" in ' +
        '"a/.mcp.json" until 2099-12-31; it no longer suppresses "hardcoded-secret" in "a/.mcp.json" until 2027-01-31.'
    )
  })

  it('removed in the pull request: said with what the base settings did', async () => {
    const { root, baseSha } = repository(
      {
        '.mcpcop.json': JSON.stringify({ preset: 'strict', rules: { 'unpinned-package': 'error' } }),
        'a/.mcp.json': SCHEMA
      },
      {}
    )
    git(root, 'rm', '-q', '.mcpcop.json')
    git(root, 'commit', '-q', '-m', 'remove the settings')
    const run = await actionOn(root, baseSha)
    expect(run.stdout).toContain(
      '⚠ The settings file .mcpcop.json is removed in this pull request: the default settings apply, and it no ' +
        'longer sets "unpinned-package: error", nor runs the strict preset.'
    )
  })

  it('removed, but it changed nothing: nothing is said', async () => {
    const { root, baseSha } = repository({ '.mcpcop.json': '{}', 'a/.mcp.json': SCHEMA }, {})
    git(root, 'rm', '-q', '.mcpcop.json')
    git(root, 'commit', '-q', '-m', 'remove the settings')
    const run = await actionOn(root, baseSha)
    expect(run.summary).not.toContain('settings file')
  })

  it("a new settings file that takes the place of the base's: said, with what the base's did", async () => {
    const { root, baseSha } = repository(
      { '.mcpcop.yaml': 'preset: strict\n', 'a/.mcp.json': SCHEMA },
      { '.mcpcop.json': '{}' }
    )
    const run = await actionOn(root, baseSha)
    expect(run.stdout).toContain(
      '⚠ The settings file .mcpcop.json is new in this pull request and takes the place of .mcpcop.yaml: it no longer runs the strict preset.'
    )
  })

  it('the CLI in a pull-request workflow says it too', async () => {
    const { root, baseSha } = repository({ 'a/.mcp.json': SCHEMA }, { '.mcpcop.json': OPEN_SETTINGS })
    const eventFile = path.join(root, '..', `event-${path.basename(root)}.json`)
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 1, base: { sha: baseSha } } }))
    let stdout = ''
    const code = await runCli(['--format', 'markdown'], {
      cwd: root,
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      isTTY: false,
      env: { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'pull_request' }
    })
    expect(code).toBe(0)
    expect(stdout).toContain('is new in this pull request')

    // And a settings file the pull request removes, with no settings file left to load.
    git(root, 'mv', '.mcpcop.json', 'moved.json')
    git(root, 'commit', '-q', '-m', 'move the settings away')
    writeFileSync(
      eventFile,
      JSON.stringify({ pull_request: { number: 1, base: { sha: git(root, 'rev-parse', 'HEAD~1') } } })
    )
    stdout = ''
    await runCli(['--format', 'markdown'], {
      cwd: root,
      stdout: (t) => void (stdout += t),
      stderr: () => {},
      isTTY: false,
      env: { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'pull_request' }
    })
    expect(stdout).toContain(
      'The settings file .mcpcop.json is removed in this pull request: the default settings apply'
    )
  })
})

describe('reading a file at the base commit with git', () => {
  it('found, absent, unknown; a ref that could be an option is refused; a shallow clone fetches the commit', async () => {
    const { root, baseSha } = repository({ 'x/.mcpcop.json': 'base text' }, { 'x/.mcpcop.json': 'head text' })
    expect(await readFileAtRef(root, baseSha, 'x/.mcpcop.json')).toEqual({ status: 'found', text: 'base text' })
    expect(await readFileAtRef(path.join(root, 'x'), baseSha, '.mcpcop.json')).toEqual({
      status: 'found',
      text: 'base text'
    })
    expect(await readFileAtRef(root, baseSha, 'missing.json')).toEqual({ status: 'absent' })
    expect(await readFileAtRef(root, '--upload-pack=touch /tmp/pwned', 'x')).toMatchObject({ status: 'unknown' })
    expect(await readFileAtRef(root, baseSha, 'x/.mcpcop.json', { maxBytes: 3 })).toMatchObject({
      status: 'unknown',
      reason: 'the file at that commit is too large'
    })
    expect(await readFileAtRef(tmpdir(), baseSha, 'x')).toMatchObject({ status: 'unknown' })
    // The first present of several, in the order given, with one listing.
    expect(await readFirstFileAtRef(root, baseSha, ['x/none.json', 'x/.mcpcop.json', 'x'])).toEqual({
      status: 'found',
      text: 'base text',
      file: 'x/.mcpcop.json'
    })
    expect(await readFirstFileAtRef(root, baseSha, ['x'])).toEqual({
      status: 'unknown',
      reason: 'not a file at that commit',
      file: 'x'
    })
    expect(await readFirstFileAtRef(root, baseSha, ['none', 'x/none'])).toEqual({ status: 'absent' })
    // A committed link is no settings file: its blob is the target's path.
    const linked = mkdtempSync(path.join(tmpdir(), 'mcpcop-policy-'))
    git(linked, 'init', '-q')
    symlinkSync('/etc/hostname', path.join(linked, '.mcpcop.json'))
    git(linked, 'add', '-A')
    git(linked, 'commit', '-q', '-m', 'link')
    expect(await readFileAtRef(linked, git(linked, 'rev-parse', 'HEAD'), '.mcpcop.json')).toEqual({
      status: 'unknown',
      reason: 'not a file at that commit'
    })

    // A clone of depth 1 has only the head commit, as actions/checkout leaves it.
    const clone = mkdtempSync(path.join(tmpdir(), 'mcpcop-shallow-'))
    git(clone, 'clone', '-q', '--depth=1', `file://${root}`, '.')
    expect(await readFileAtRef(clone, baseSha, 'x/.mcpcop.json')).toMatchObject({ status: 'unknown' })
    expect(await readFileAtRef(clone, baseSha, 'x/.mcpcop.json', { fetchMissing: true })).toEqual({
      status: 'found',
      text: 'base text'
    })
  })
})
