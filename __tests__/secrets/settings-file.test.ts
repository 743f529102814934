/**
 * The settings file is committed like the configs and quoted by the outputs (an unknown key or rule, a
 * suppression's server and reason, `ignoreServers`, `--print-config`, the note on a changed settings file): a
 * credential in it is reported by hardcoded-secret and masked everywhere, as in a config.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { jest } from '@jest/globals'
import { runCli } from '../../src/cli/run.js'
import type { Diagnostic } from '../../src/types.js'
import { pullRequestEvent, runAction, workspace } from '../action/harness.js'
import { startFakeGitHub } from '../github/server.js'

jest.setTimeout(60_000)
const { run } = await import('../../src/action/main.js')

const AS_KEY = 'ghp_Mm3Nn4Oo5Pp6Qq7Rr8Ss9Tt0Uu1Vv2Ww3Xx4'
const AS_RULE = 'xoxb-2846193750-4928173650182-Qw8eRt5yUi2oPa7sDf4gHj1k'
const AS_SERVER = 'AKIAZ7XR2M4N6P8TQKLB'
const IN_REASON = 'ghp_Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2'
const IGNORED_SERVER = 'sk_live_51Hq8Zr2Lm9Xv4Kt7Wp3Nb6Yc1JdQQ'
const IGNORED_GLOB = 'glpat-Vq3Xz8Kt2Lm7Np4Rw9Sb'
/** Written with an escape: the settings' strings are decoded, so the written form is masked too. */
const ESCAPED = 'ghp_Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4Oo5Pp6'
const ESCAPED_WRITTEN = `${ESCAPED.slice(0, 10)}\\u00${ESCAPED.charCodeAt(10).toString(16)}${ESCAPED.slice(11)}`
const PLANTED = [AS_KEY, AS_RULE, AS_SERVER, IN_REASON, IGNORED_SERVER, IGNORED_GLOB, ESCAPED]

const CONFIG =
  '{ "mcpServers": { "gh": { "command": "node", "env": { "GITHUB_TOKEN": "${GITHUB_TOKEN}" }, "tpye": 1 } } }\n'

/** Valid settings quoting a credential in each place an output shows. */
const VALID = [
  '{',
  `  "rules": { "${AS_RULE}": "error", "schema-unknown-key": "warning" },`,
  `  "ignore": ["${IGNORED_GLOB}/**"],`,
  `  "ignoreServers": ["${IGNORED_SERVER}"],`,
  '  "suppressions": [',
  `    { "rule": "schema-unknown-key", "file": ".mcp.json", "reason": "old token ${IN_REASON} was rotated" },`,
  `    { "rule": "hardcoded-secret", "server": "${AS_SERVER}", "reason": "was ${ESCAPED_WRITTEN}" }`,
  '  ]',
  '}',
  ''
].join('\n')

/** A pasted token as an unknown key: the schema rejects the file. */
const INVALID = `{ "${AS_KEY}": true }\n`

/** Every planted credential, or 12 characters of one, found in a text. */
function leaks(text: string): string[] {
  return PLANTED.filter((secret) => {
    for (let i = 0; i + 12 <= secret.length; i++) if (text.includes(secret.slice(i, i + 12))) return true
    return false
  })
}

async function cli(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await runCli(args, {
    cwd: root,
    isTTY: false,
    env,
    stdout: (t) => (out += t),
    stderr: (t) => (out += t)
  })
  return { code, out }
}

describe('a credential in the settings file', () => {
  it('is reported by hardcoded-secret where it is written, as in a config', async () => {
    const { out } = await cli(workspace({ '.mcp.json': CONFIG, '.mcpcop.json': VALID }), ['--format', 'json'])
    const secrets = JSON.parse(out).diagnostics.filter((d: Diagnostic) => d.file === '.mcpcop.json')
    expect(secrets.map((d: Diagnostic) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '2:14 hardcoded-secret a key holds a literal Slack token (xoxb-…Hj1k): anyone who can read the repository can use it',
      '2:14 config-invalid unknown rule "xoxb-…Hj1k"; see docs/rules/ for the rule ids',
      '3:14 hardcoded-secret a literal GitLab token (glpat-…w9Sb) is committed: anyone who can read the repository can use it',
      '4:21 hardcoded-secret a literal Stripe secret key (sk_live_…JdQQ) is committed: anyone who can read the repository can use it',
      '6:68 hardcoded-secret a literal GitHub token (ghp_…1Ll2) is committed: anyone who can read the repository can use it',
      '7:15 suppression-unused suppression of hardcoded-secret ("AKIA…QKLB") matches no finding: remove it',
      '7:45 hardcoded-secret a literal AWS access key id (AKIA…QKLB) is committed: anyone who can read the repository can use it',
      '7:79 hardcoded-secret a literal GitHub token (ghp_…5Pp6) is committed: anyone who can read the repository can use it'
    ])
    expect(secrets[0].help).toBe(
      'Anyone who can read the repository, or any copy of its history, can use the credential until it is revoked; revoke it, and remove it from the settings file (no setting holds a credential).'
    )
  })

  it.each(['stylish', 'json', 'sarif', 'markdown', 'github'])('is masked in --format %s', async (format) => {
    for (const settings of [VALID, INVALID]) {
      const { code, out } = await cli(workspace({ '.mcp.json': CONFIG, '.mcpcop.json': settings }), ['-f', format])
      expect(code).toBe(1)
      expect(out).toMatch(/hardcoded-secret/)
      expect(leaks(out)).toEqual([])
    }
  })

  it('is masked by --print-config (and its warnings), in a reason, ignoreServers and ignore', async () => {
    const { out } = await cli(workspace({ '.mcpcop.json': VALID }), ['--print-config'])
    const printed = JSON.parse(out.slice(out.indexOf('{\n')))
    expect(printed.ignore).toEqual(['glpat-…w9Sb/**'])
    expect(printed.ignoreServers).toEqual(['sk_live_…JdQQ'])
    expect(printed.suppressions[0].reason).toBe('old token ghp_…1Ll2 was rotated')
    expect(out).toContain('unknown rule "xoxb-…Hj1k"')
    expect(leaks(out)).toEqual([])
  })

  it("is masked in the action's log, annotations, summary (its suppressed table), comment and files", async () => {
    const root = workspace({ '.mcp.json': CONFIG, '.mcpcop.json': VALID })
    const gh = await startFakeGitHub()
    try {
      const result = await runAction(run, {
        workspace: root,
        event: pullRequestEvent(7),
        apiUrl: gh.url,
        inputs: { 'sarif-file': 'mcpcop.sarif', 'github-token': 'test-token' }
      })
      const masks = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
      const log = result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
      const files = [result.outputs['report-file'], result.outputs['sarif-file']].map((f) => readFileSync(f, 'utf8'))
      expect(result.summary).toContain('old token ghp&#95;…1Ll2 was rotated')
      const comment = gh
        .comments(7)
        .map((c) => c.body)
        .join('\n')
      for (const [where, text] of Object.entries({ log, summary: result.summary, comment, files: files.join('\n') }))
        expect([where, leaks(text)]).toEqual([where, []])
      // Registered with the runner before anything is printed; the escaped one in its string as written too.
      for (const secret of PLANTED.filter((s) => s !== AS_KEY))
        expect([secret, masks.includes(`::add-mask::${secret}`)]).toEqual([secret, true])
      expect(masks).toContain(`::add-mask::was ${ESCAPED_WRITTEN}`)
    } finally {
      await gh.close()
    }
  })

  it("is masked in the note on a settings file that differs from the base's, the base's credentials too", async () => {
    const root = workspace({ '.mcp.json': CONFIG, '.mcpcop.json': `{ "ignoreServers": ["${IGNORED_SERVER}"] }\n` })
    const git = (...args: string[]): string =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: root,
          encoding: 'utf8'
        }
      ).trim()
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const base = git('rev-parse', 'HEAD')
    writeFileSync(path.join(root, '.mcpcop.json'), `{ "ignore": ["${IGNORED_GLOB}/**"] }\n`)
    git('commit', '-q', '-am', 'pull request')
    const event = path.join(root, '..', `event-${path.basename(root)}.json`)
    writeFileSync(event, JSON.stringify({ pull_request: { number: 1, base: { sha: base } } }))
    for (const format of ['stylish', 'markdown']) {
      const { out } = await cli(root, ['-f', format], { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' })
      expect(out).toContain('differs from the base branch')
      expect(leaks(out)).toEqual([])
    }
    const { out } = await cli(root, ['-f', 'stylish'], { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' })
    expect(out).toContain(
      'The settings file .mcpcop.json differs from the base branch: it leaves out files matching "glpat-…w9Sb/**"; it no longer skips the servers "sk_live_…JdQQ".'
    )
  })
})
