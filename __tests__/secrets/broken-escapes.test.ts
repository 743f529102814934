/**
 * In a file that does not parse, nothing decodes a string's escapes: a credential written with one escape, or cut
 * by a line continuation, is found in the text with its escapes decoded, reported where it is written and masked as
 * written, so that no code frame shows it.
 */
import { runCli } from '../../src/cli/run.js'
import type { Diagnostic } from '../../src/types.js'
import { escapedSecrets, loadSecretRules, textSecrets } from '../../src/secrets.js'
import { workspace } from '../action/harness.js'

await loadSecretRules()

const JSON_TOKEN = 'ghp_Zq8Lm2Xv9Rt4Kp7Wn3Yb6Hc1Jd5Fg0Sa2Qe8'
const YAML_TOKEN = 'ghp_Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2'
const TOML_TOKEN = 'ghp_Mm3Nn4Oo5Pp6Qq7Rr8Ss9Tt0Uu1Vv2Ww3Xx4'
const PLANTED = [JSON_TOKEN, YAML_TOKEN, TOML_TOKEN]

const FILES = {
  // The escape at the first character: no piece of the token before it.
  '.mcp.json': `{\n  "mcpServers": {\n    "a": {\n      "command": "npx",\n      "env": {"GITHUB_TOKEN": "\\u0067${JSON_TOKEN.slice(1)}"}\n      "x": 1\n    }\n  }\n}\n`,
  '.continue/mcpServers/s.yaml': `mcpServers:\n  - name: s\n    command: npx\n    args: ["${YAML_TOKEN.slice(0, 25)}\\x48${YAML_TOKEN.slice(26)}"]\n   bad: [\n`,
  '.codex/config.toml': `[mcp_servers.gh]\ncommand = "npx"\nenv = { GITHUB_TOKEN = """${TOML_TOKEN.slice(0, 19)}\\\n   ${TOML_TOKEN.slice(19)}""" } = 1\n`
}

/** Every planted credential, or 12 characters of one, found in a text. */
function leaks(text: string): string[] {
  return PLANTED.filter((secret) => {
    for (let i = 0; i + 12 <= secret.length; i++) if (text.includes(secret.slice(i, i + 12))) return true
    return false
  })
}

async function cli(args: string[]): Promise<string> {
  let out = ''
  await runCli(args, {
    cwd: workspace(FILES),
    isTTY: false,
    env: {},
    stdout: (t) => (out += t),
    stderr: (t) => (out += t)
  })
  return out
}

describe('a credential written with an escape in a file that does not parse', () => {
  it('is reported by hardcoded-secret where it is written, beside the syntax error', async () => {
    const { diagnostics } = JSON.parse(await cli(['--format', 'json']))
    expect(
      diagnostics.map(
        (d: Diagnostic) => `${d.file}:${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`
      )
    ).toEqual([
      '.codex/config.toml:3:27-4:25 hardcoded-secret a literal GitHub token (ghp_…3Xx4) is committed: anyone who can read the repository can use it',
      '.codex/config.toml:4:31-4:32 syntax-error invalid TOML: must be a newline',
      '.continue/mcpServers/s.yaml:4:13-4:56 hardcoded-secret a literal GitHub token (ghp_…1Ll2) is committed: anyone who can read the repository can use it',
      '.continue/mcpServers/s.yaml:5:1-5:2 syntax-error invalid YAML: Sequence item without - indicator (and 1 more syntax error after it)',
      '.mcp.json:5:32-5:77 hardcoded-secret a literal GitHub token (ghp_…2Qe8) is committed: anyone who can read the repository can use it',
      ".mcp.json:6:7-6:10 syntax-error invalid JSON: expected ',' between members"
    ])
  })

  it('is masked as written in the code frames', async () => {
    const out = await cli(['--no-color'])
    expect(out).toContain('  > 5 |       "env": {"GITHUB_TOKEN": "…2Qe8"}\n')
    expect(out).toContain('  > 4 |     args: ["…1Ll2"]\n')
    expect(out).toContain('  > 3 | env = { GITHUB_TOKEN = """…Qq7\\\n')
    expect(out).toContain('    4 |    …3Xx4""" } = 1\n')
  })

  it.each(['stylish', 'json', 'sarif', 'markdown', 'github'])('shows no piece of it in --format %s', async (format) => {
    const out = await cli(['--format', format])
    // Reported: each finding's message names its mask.
    for (const mask of ['…2Qe8', '…1Ll2', '…3Xx4']) expect(out).toContain(mask)
    expect(leaks(out)).toEqual([])
  })
})

describe('escapedSecrets', () => {
  it('decodes \\u (a surrogate pair as two units), \\U, one-letter escapes and continuations in place', () => {
    const token = 'ghp_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2'
    const text = `x = "\\ud83d\\ude00\\t\\"${token.slice(0, 6)}\\U00000031${token.slice(7, 20)}\\\n\t  ${token.slice(20)}"`
    const [found] = escapedSecrets(text)
    expect(found).toMatchObject({ kind: 'GitHub token', value: token, offset: text.indexOf('ghp_') })
    expect(found.written).toBe(`${token.slice(0, 6)}\\U00000031${token.slice(7, 20)}\\\n\t  ${token.slice(20)}`)
    // Masked as decoded, and as written line by line (a mask stands for one line).
    expect(textSecrets(text)).toEqual([
      token,
      `${token.slice(0, 6)}\\U00000031${token.slice(7, 20)}\\`,
      token.slice(20)
    ])
  })

  it('takes no escaped backslash for an escape, and nothing from a text without a backslash', () => {
    expect(escapedSecrets(`"\\\\u0067hp_Zq8Lm2Xv9Rt4Kp7Wn3Yb6Hc1Jd5Fg0Sa2Qe8"`)).toEqual([])
    expect(escapedSecrets(`"${JSON_TOKEN}`)).toEqual([])
  })

  it('stays linear on a hostile megabyte of backslashes, escapes and continuations', () => {
    const size = 1 << 20
    for (const unit of ['\\', '\\u0041', '\\x4', '\\\n', 'a\\\n ', '\\ \\ ', '\\ud83d', 'Ab1\\u0043']) {
      const text = unit.repeat(Math.ceil(size / unit.length))
      const started = performance.now()
      textSecrets(text)
      escapedSecrets(text, 'report')
      expect([unit, performance.now() - started < 5_000]).toEqual([unit, true])
    }
  })
})
