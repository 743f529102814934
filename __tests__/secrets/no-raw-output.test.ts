import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { commentMarker } from '../../src/github/comments.js'
import { startFakeGitHub } from '../github/server.js'
import { pullRequestEvent, runAction, workspace } from '../action/harness.js'
import { KINDS } from './fixtures.js'

const { run } = await import('../../src/action/main.js')

const value = (id: string): string => KINDS.find((k) => k.id === id)!.value
const SUPABASE = value('supabase-access-token')
const FIRECRAWL = value('firecrawl-api-key')
const GITHUB = value('github-token')
const BRAVE = value('brave-search-api-key')
const CONTEXT7 = value('context7-api-key')
const RAILWAY = value('railway-token')
const TAVILY = value('tavily-api-key')
const SLASHED_PASSWORD = value('url-password-with-slash')
const PERPLEXITY = value('perplexity-api-key')
const LONG_LINE_TOKEN = value('groq-api-key')
const BROKEN_FILE_TOKEN = value('notion-token')
const COMMENT_TOKEN = value('linear-api-key')
const NEXT_LINE_TOKEN = value('e2b-api-key')
const BLOCK_COMMENT_TOKEN = value('mistral-api-key')
const JSON_ESCAPED = value('github-oauth-token')
const ESCAPED_KEY = value('github-app-token')
const TOML_ESCAPED = value('stripe-secret-key')
const YAML_ESCAPED = value('hugging-face-token')
const FOLDED_KEY = value('private-key')
const BROKEN_ESCAPED = value('openrouter-api-key')
const BROKEN_ESCAPED_COLON = value('asana-token')
const KEY_AS_NAME = value('cohere-api-key')
const PAIR_VALUE = value('deepgram-api-key')
const COMMENT_ESCAPED = value('xai-api-key')
/** Written with an escape where nothing decodes it: what is registered is the written run. */
const NEVER_DECODED = [BROKEN_ESCAPED, BROKEN_ESCAPED_COLON, COMMENT_ESCAPED]

/** A value as a file may write it: the character at `index` as an escape (`\u0041` in JSON and TOML, `\x41` in YAML). */
function escapedAt(text: string, index: number, escape: 'u' | 'x'): string {
  const code = text.charCodeAt(index).toString(16).padStart(2, '0')
  return `${text.slice(0, index)}${escape === 'u' ? `\\u00${code}` : `\\x${code}`}${text.slice(index + 1)}`
}

/** Every planted credential; none may appear raw in any output. */
const PLANTED = [
  SUPABASE,
  FIRECRAWL,
  GITHUB,
  BRAVE,
  CONTEXT7,
  RAILWAY,
  TAVILY,
  SLASHED_PASSWORD,
  PERPLEXITY,
  LONG_LINE_TOKEN,
  BROKEN_FILE_TOKEN,
  COMMENT_TOKEN,
  NEXT_LINE_TOKEN,
  BLOCK_COMMENT_TOKEN,
  JSON_ESCAPED,
  ESCAPED_KEY,
  TOML_ESCAPED,
  YAML_ESCAPED,
  FOLDED_KEY,
  BROKEN_ESCAPED,
  BROKEN_ESCAPED_COLON,
  KEY_AS_NAME,
  PAIR_VALUE,
  COMMENT_ESCAPED
]

const FILES: Record<string, string> = {
  // Values, a header, arguments, a URL query, a variable name that is a token, and a placeholder
  // named after a token (which env-inventory lists), plus a token in an invalid enum value whose
  // schema message quotes the value (a token pasted into the wrong field).
  '.mcp.json': JSON.stringify(
    {
      mcpServers: {
        search: {
          command: 'npx',
          args: ['-y', 'firecrawl-mcp@1.2.3', `--api-key=${FIRECRAWL}`, '--brave-key', BRAVE],
          env: { [SUPABASE]: '', GITHUB_TOKEN: GITHUB, RAILWAY_TOKEN: RAILWAY, TOKEN_NAME: `\${${SUPABASE}}` }
        },
        remote: {
          type: CONTEXT7,
          url: `https://mcp.tavily.com/mcp/?tavilyApiKey=${TAVILY}`,
          headers: { Authorization: `Bearer ${PERPLEXITY}` }
        },
        plain: { type: 'http', url: `http://svc:${SLASHED_PASSWORD}@mcp.prod-eu.example.net:8080/mcp` }
      }
    },
    null,
    2
  ),
  // A token at the end of a very long line: a code frame shows a window of it.
  '.vscode/mcp.json': `{ "servers": { "a": { "type": "stdio", "command": "node", "args": [${'"x", '.repeat(12_000)}"--token", "${LONG_LINE_TOKEN}"], "tpye": 1 } } }\n`,
  // A token in a comment, and one in a comment on the line above a finding (its code frame shows that line);
  // one on a line of a block comment that reads as JSON strings (the value holds no such string).
  '.devcontainer/devcontainer.json': [
    '{',
    `  // the old key was ${COMMENT_TOKEN}`,
    '  "customizations": { "vscode": { "mcp": { "servers": {',
    `    /* backup: ${NEXT_LINE_TOKEN} */`,
    '    "x": { "command": "node", "tpye": 1 },',
    '    /*',
    `    "MISTRAL_API_KEY": "${BLOCK_COMMENT_TOKEN}"`,
    '    */ "y": { "command": "node", "tpye": 1 },',
    // In a comment nothing decodes an escape: the credential is found up to the backslash.
    `    // was: "Bearer ${escapedAt(COMMENT_ESCAPED, 20, 'u')}"`,
    '    "z": { "command": "node", "tpye": 1 }',
    '  } } } }',
    '}',
    ''
  ].join('\n'),
  // Credentials written with escapes (a value, a key): parsed, each is the credential; a code frame shows the
  // text, whose written form anyone can decode.
  '.gemini/settings.json': [
    '{',
    '  "mcpServers": {',
    '    "a": {',
    '      "command": "node",',
    `      "env": { "GITHUB_TOKEN": "${escapedAt(JSON_ESCAPED, 20, 'u')}", "${escapedAt(ESCAPED_KEY, 9, 'u')}": "1" },`,
    '      "tpye": 1',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n'),
  '.codex/config.toml': `[mcp_servers.a]\ncommand = "node"\nenv = { STRIPE_SECRET_KEY = "${escapedAt(TOML_ESCAPED, 20, 'u')}" }\n`,
  '.continue/mcpServers/a.yaml': [
    'name: a',
    'version: 0.0.1',
    'schema: v1',
    'mcpServers:',
    '  - name: a',
    '    command: node',
    '    env:',
    `      HF_TOKEN: "${escapedAt(YAML_ESCAPED, 12, 'x')}"`,
    ''
  ].join('\n'),
  // A token pasted as a variable's name, and a registry header whose value only its name tells a credential:
  // both reported by the rule, so both masked in the frames that show them.
  '.kiro/settings/mcp.json': [
    '{',
    '  "mcpServers": {',
    `    "a": { "command": "node", "env": { "${KEY_AS_NAME}": "ERROR" }, "tpye": 1 }`,
    '  }',
    '}',
    ''
  ].join('\n'),
  'server.json': [
    '{',
    '  "$schema": "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json",',
    '  "name": "io.github.example/weather",',
    '  "description": "Weather",',
    '  "version": "1.0.0",',
    '  "remotes": [',
    `    { "type": "streamable-http", "url": "https://example.com/mcp", "headers": [{ "name": "DEEPGRAM_API_KEY", "value": "${PAIR_VALUE}" }] }`,
    '  ]',
    '}',
    ''
  ].join('\n'),
  // A private key as a plain YAML scalar over several lines: its value has spaces where the text has line breaks.
  '.continue/mcpServers/b.yaml': [
    'name: b',
    'version: 0.0.1',
    'schema: v1',
    'mcpServers:',
    '  - name: b',
    '    command: node',
    '    env:',
    '      PRIVATE_KEY: -----BEGIN RSA PRIVATE KEY-----',
    ...FOLDED_KEY.split('\n').map((line) => `        ${line}`),
    '        -----END RSA PRIVATE KEY-----',
    ''
  ].join('\n'),
  // A file that does not parse, holding a credential written with an escape: nothing decodes it.
  '.roo/mcp.json': `{\n  "mcpServers": {\n    "a": { "url": "https://x.example.com/mcp", "headers": { "Authorization": "Bearer ${escapedAt(BROKEN_ESCAPED, 30, 'u')}", "X-Asana": "Bearer ${escapedAt(BROKEN_ESCAPED_COLON, 25, 'u')}" }\n`,
  // A file that does not parse.
  '.cursor/mcp.json': `{\n  "mcpServers": {\n    "notion": { "command": "npx", "env": { "NOTION_TOKEN": "${BROKEN_FILE_TOKEN}" }\n`
}

/** The planted values found in a text, and any 12-character piece of one (a cut secret is a leak too). */
function leaks(text: string): string[] {
  const found: string[] = []
  for (const secret of PLANTED) {
    if (text.includes(secret)) found.push(secret)
    else
      for (let i = 0; i + 12 <= secret.length; i++)
        if (text.includes(secret.slice(i, i + 12))) {
          found.push(`${secret} (piece "${secret.slice(i, i + 12)}")`)
          break
        }
  }
  return found
}

describe('no output contains a planted credential', () => {
  const root = workspace(FILES)

  it.each(['stylish', 'json', 'sarif', 'markdown', 'github'])(
    'CLI --format %s (and the same with -o)',
    async (format) => {
      for (const extra of [[], ['--color'], ['-o', path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-out-')), 'r')]]) {
        let out = ''
        const code = await runCli(['--format', format, ...extra], {
          cwd: root,
          isTTY: false,
          env: {},
          stdout: (t) => (out += t),
          stderr: (t) => (out += t)
        })
        expect(code).toBe(1)
        if (extra[0] === '-o') out += readFileSync(extra[1], 'utf8')
        expect(out).toMatch(/hardcoded-secret/)
        expect(leaks(out)).toEqual([])
      }
    }
  )

  it("the action's log, annotations, summary, outputs, report file, SARIF file and pull-request comment", async () => {
    const gh = await startFakeGitHub()
    try {
      const result = await runAction(run, {
        workspace: root,
        event: pullRequestEvent(7),
        apiUrl: gh.url,
        inputs: { 'sarif-file': 'mcpcop.sarif', 'github-token': 'test-token' }
      })
      // `::add-mask::` lines are how the runner learns what to mask; it never shows them.
      const log = result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
      const comment = gh
        .comments(7)
        .map((c) => c.body)
        .join('\n')
      expect(comment).toContain(commentMarker('default'))
      const files = [result.outputs['report-file'], result.outputs['sarif-file']].map((f) => readFileSync(f, 'utf8'))
      for (const [where, text] of Object.entries({
        log,
        summary: result.summary,
        outputs: JSON.stringify(result.outputs),
        comment,
        report: files[0],
        sarif: files[1]
      })) {
        expect([where, leaks(text)]).toEqual([where, []])
      }
      // Every planted value was registered as a secret before anything else was printed (one over several
      // lines, each of its lines).
      const masks = result.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
      for (const secret of PLANTED.filter((planted) => !NEVER_DECODED.includes(planted)))
        for (const line of secret.split('\n')) expect([line, masks.some((l) => l.includes(line))]).toEqual([line, true])
      // One that an unparsed file or a comment writes with an escape is never decoded: it is registered as written.
      const written = escapedAt(BROKEN_ESCAPED, 30, 'u')
      expect(masks.some((l) => l.includes(written))).toBe(true)
    } finally {
      await gh.close()
    }
  })
})
