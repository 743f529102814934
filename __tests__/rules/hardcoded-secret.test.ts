import { runCli } from '../../src/cli/run.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

/** This rule's findings only (other rules have their own tests). */
const secrets = (file: string, text: string): ReturnType<typeof ruleDiagnostics> =>
  ruleDiagnostics('hardcoded-secret', file, text)

const TOKEN = 'ghp_R2d2C3poR2d2C3poR2d2C3poR2d2C3po9f2c'

function config(env: Record<string, string>, extra = ''): string {
  return JSON.stringify(
    { mcpServers: { github: { command: 'npx', args: ['-y', `server${extra}@1.0.0`], env } } },
    null,
    2
  )
}

describe('hardcoded-secret', () => {
  it("reports a literal token at its value, masked, with the host's own placeholder syntax as the fix in help", () => {
    expect(ruleFindings('hardcoded-secret', '.mcp.json', config({ GITHUB_TOKEN: TOKEN }))).toEqual([
      '10:25-10:67 error hardcoded-secret literal {"kind":"GitHub token","masked":"ghp_…9f2c"}'
    ])
    const diagnostics = secrets('.mcp.json', config({ GITHUB_TOKEN: TOKEN }))
    expect(diagnostics[0].message).toBe(
      'a literal GitHub token (ghp_…9f2c) is committed: anyone who can read the repository can use it'
    )
    expect(diagnostics[0].help).toBe(
      'Anyone who can read the repository, or any copy of its history, can use the credential until it is revoked; revoke it, and reference an environment variable instead, e.g. "${GITHUB_TOKEN}".'
    )
    expect(diagnostics[0].server).toBe('github')
  })

  it('suggests no placeholder in a field the host passes as written (Factory fills env and headers only)', () => {
    const text = JSON.stringify({
      mcpServers: { gh: { command: 'gh-mcp', args: ['--token', TOKEN], env: { T: TOKEN } } }
    })
    expect(secrets('.factory/mcp.json', text).map((d) => d.help?.replace(/.*revoke it, and /, ''))).toEqual([
      "pass it through the environment instead (see the host's docs).",
      'reference an environment variable instead, e.g. "${T}".'
    ])
  })

  it('reports a token used as a variable name, one in a comment, and one in a file that does not parse', () => {
    const key = 'Zq8Rt3Vx7Kp2Mn5Wb9LdQ4'
    expect(
      ruleFindings('hardcoded-secret', '.mcp.json', { mcpServers: { a: { command: 'a', env: { [key]: '1' } } } })
    ).toEqual(['6:9-6:33 error hardcoded-secret inKey {"kind":"credential (as a variable name)","masked":"…LdQ4"}'])
    expect(
      ruleFindings('hardcoded-secret', '.vscode/mcp.json', `{\n  // token: ${TOKEN}\n  "servers": {}\n}\n`)
    ).toEqual(['2:13-2:53 error hardcoded-secret inComment {"kind":"GitHub token","masked":"ghp_…9f2c"}'])
    const broken = secrets('.mcp.json', `{ "mcpServers": { "a": { "env": { "T": "${TOKEN}" `)
    expect(broken.map((d) => `${d.line}:${d.column} ${d.messageId} ${JSON.stringify(d.data)}`)).toEqual([
      '1:41 literal {"kind":"GitHub token","masked":"ghp_…9f2c"}'
    ])
    expect(broken[0].help).toContain('revoke it, and pass it through the environment instead.')
  })

  it.each([
    ['OpenAI API key', 'sk-proj-Q7bX2mN9vK4pL8wR3tY6zH1cF5gJ0sDaE2uI9oPq'],
    ['Anthropic API key', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123'],
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLF'],
    ['Slack token', 'xoxb-2847561930-7302918465-Kq8vZ3mN7pX2rT5w'],
    ['Stripe secret key', 'sk_live_AbCdEfGhIjKlMnOpQrSt'],
    ['Google API key', 'AIzaSyD8kR2vN5xQ7mP3wT9zL4cH6bJ1fG0sYeU'],
    ['JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV'],
    ['bearer token', 'Bearer abcdef0123456789abcdef'],
    ['Basic credentials', 'Basic dGVzdEBsaWZlcmF5LmNvbTp0ZXN0'],
    ['password in a URL', 'postgres://admin:s3cretPassw0rd@db.example.com/app'],
    ['token in a URL query', 'https://mcp.example.com/sse?api_key=Zq8Rt3Vx7Kp2Mn5Wb9Ld']
  ])('recognises a %s', (kind, value) => {
    const diagnostics = secrets('.mcp.json', config({ VALUE: value }))
    expect(diagnostics.map((d) => [d.messageId, d.data?.kind])).toEqual([['literal', kind]])
    expect(JSON.stringify(diagnostics[0])).not.toContain(value.replace(/^(Bearer|Basic) /, ''))
  })

  it('holds a value under a password name to the bar of a URL password, not of a token', () => {
    // Found on a committed crush.json: a 10-character chosen password, too short for a token's bar.
    expect(secrets('.mcp.json', config({ ORACLE_PASSWORD: 'Meadows582' })).map((d) => d.line)).toEqual([10])
    expect(secrets('.mcp.json', config({ DB_PASS: 'Meadows582' }))).toHaveLength(1)
    // Defaults, words and the same value under a name that is not a password stay silent.
    for (const env of <Record<string, string>[]>[
      { ORACLE_PASSWORD: 'postgres' },
      { DB_PASSWORD: 'changeme' },
      { DB_PASSWORD: 'Meadows' },
      { DB_PASSWORD: 'change-me' },
      { RELEASE_NAME: 'Meadows582' },
      { API_TOKEN: 'Meadows582' }
    ])
      expect(secrets('.mcp.json', config(env))).toEqual([])
  })

  it.each([
    '${GITHUB_TOKEN}',
    'Bearer ${TOKEN}',
    '<YOUR_TOKEN>',
    'xxx',
    'your-api-key-here',
    '${env:GITHUB_TOKEN}',
    '{env:GITHUB_TOKEN}',
    'Bearer ${input:token}'
  ])('ignores the placeholder %s', (value) => {
    expect(secrets('.mcp.json', config({ TOKEN: value }))).toEqual([])
  })

  /** What the CLI prints, on both streams, for the folder `root` in `format`. */
  const cliOutput = async (root: string, format: string): Promise<string> => {
    let out = ''
    await runCli(['--format', format], {
      cwd: root,
      isTTY: false,
      env: {},
      stdout: (t) => (out += t),
      stderr: (t) => (out += t)
    })
    return out
  }

  it("never prints the raw value in any CLI output format, even in other rules' messages", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-secret-'))
    // The token also sits in an invalid enum value, whose schema message quotes the value.
    writeFileSync(
      path.join(root, '.mcp.json'),
      JSON.stringify({
        mcpServers: {
          a: { type: TOKEN, url: `https://x.example/?token=${TOKEN}`, headers: { Authorization: `Bearer ${TOKEN}` } }
        }
      })
    )
    for (const format of ['stylish', 'json']) {
      const out = await cliOutput(root, format)
      expect(out).toContain('ghp_…9f2c')
      expect(out).not.toContain(TOKEN)
      expect(out).not.toContain(TOKEN.slice(4, 20))
    }
  })

  it('never prints the start of a token that a long message was cut in, in any CLI output format', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-secret-'))
    // The unknown key's message quotes the server's name: its 1,000-character cut falls one character before
    // the token's end, so the message ends in all but the last character of the token.
    const name = `${'n'.repeat(924)}-${TOKEN}`
    writeFileSync(
      path.join(root, '.mcp.json'),
      JSON.stringify({ mcpServers: { [name]: { command: 'npx', args: ['pkg@1.0.0'], bogus: 1 } } })
    )
    for (const format of ['stylish', 'json', 'sarif', 'markdown', 'github']) {
      const out = await cliOutput(root, format)
      expect(out).toMatch(/nnnn-ghp(_|&#95;)…/)
      expect(out).not.toContain(TOKEN.slice(4, 20))
    }
  })

  it('scans a 1 MB value quickly and without error', () => {
    expect(secrets('.mcp.json', config({ BIG: 'a'.repeat(1_000_000) }))).toEqual([])
  })
})
