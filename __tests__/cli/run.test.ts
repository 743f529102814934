import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { VERSION } from '../../src/version.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  args: string[],
  cwd: string,
  terminal: { isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd,
    isTTY: terminal.isTTY ?? false,
    env: terminal.env ?? {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
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

const BROKEN =
  '{\n  "mcpServers": {\n    "github": { "url": "https://api.githubcopilot.com/mcp/" },\n    "fs": { "command": "npx", "tpye": "stdio" }\n  }\n}\n'
const CLEAN =
  '{ "mcpServers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2025.9.25"] } } }\n'

describe('mcpcop CLI', () => {
  it('prints findings with positions, a code frame and a total, and exits 1 on errors', async () => {
    const { code, stdout } = await cli([], repo({ '.mcp.json': BROKEN }))
    expect(code).toBe(1)
    expect(stdout).toContain(
      '.mcp.json:3:5  error  server "github" has a "url" but no "type", so Claude Code cannot connect to it'
    )
    expect(stdout).toContain(
      '  > 3 |     "github": { "url": "https://api.githubcopilot.com/mcp/" },\n      |     ^^^^^^^^'
    )
    expect(stdout).toContain(
      '.mcp.json:4:31  warning  unknown key "tpye" in "mcpServers.fs": Claude Code ignores it; did you mean "type"?  schema-unknown-key'
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning, 0 notices) in 1 file')
  })

  it('writes the version 1 JSON report', async () => {
    const { code, stdout } = await cli(['--format', 'json'], repo({ '.mcp.json': BROKEN, 'ok/.mcp.json': CLEAN }))
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    expect(report).toEqual({
      version: 1,
      files: [
        { path: '.mcp.json', host: 'claude-code', servers: ['github', 'fs'] },
        { path: 'ok/.mcp.json', host: 'claude-code', servers: ['memory'] }
      ],
      diagnostics: [
        expect.objectContaining({
          ruleId: 'url-without-type',
          severity: 'error',
          file: '.mcp.json',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
          server: 'github'
        }),
        expect.objectContaining({
          ruleId: 'schema-unknown-key',
          severity: 'warning',
          file: '.mcp.json',
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 37,
          server: 'fs'
        })
      ],
      servers: []
    })
  })

  it('exits 0 on a clean repository and says so', async () => {
    const { code, stdout } = await cli([], repo({ '.mcp.json': CLEAN }))
    expect(code).toBe(0)
    expect(stdout).toBe('✔ no problems in 1 file\n')
  })

  it('honours --fail-on', async () => {
    const warningsOnly = repo({ '.mcp.json': '{ "mcpServers": { "a": { "command": "x", "tpye": "stdio" } } }' })
    expect((await cli([], warningsOnly)).code).toBe(0)
    expect((await cli(['--fail-on', 'warning'], warningsOnly)).code).toBe(1)
    expect((await cli(['--fail-on', 'never'], repo({ '.mcp.json': BROKEN }))).code).toBe(0)
  })

  it('reads an unusually named file as the host given with --host', async () => {
    const dir = repo({ 'configs/team-servers.json': BROKEN })
    const { code, stdout } = await cli(['--host', 'claude-code', '--format', 'json', 'configs/team-servers.json'], dir)
    expect(code).toBe(1)
    expect(JSON.parse(stdout).files).toEqual([
      { path: 'configs/team-servers.json', host: 'claude-code', servers: ['github', 'fs'] }
    ])
  })

  it('warns about an explicit file no host reads, instead of ignoring it', async () => {
    const { code, stdout } = await cli(['--format', 'json', 'notes.json'], repo({ 'notes.json': '{}' }))
    expect(code).toBe(0)
    expect(JSON.parse(stdout).diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unknown-format', severity: 'warning', file: 'notes.json' })
    ])
  })

  it('writes the report to --output', async () => {
    const dir = repo({ '.mcp.json': CLEAN })
    const { code, stdout } = await cli(['--format', 'json', '--output', 'report.json'], dir)
    expect([code, stdout]).toEqual([0, ''])
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).version).toBe(1)
  })

  it('creates the folders on the way to --output', async () => {
    const dir = repo({ '.mcp.json': BROKEN })
    const { code, stdout, stderr } = await cli(['-f', 'json', '-o', 'missing/dir/report.json'], dir)
    expect([code, stdout, stderr]).toEqual([1, '', ''])
    expect(JSON.parse(readFileSync(path.join(dir, 'missing/dir/report.json'), 'utf8')).diagnostics).toHaveLength(2)
  })

  it('says why --output cannot be written, before linting, and exits 2', async () => {
    const dir = repo({ '.mcp.json': BROKEN, 'notes.txt': 'a file, not a folder' })
    expect(await cli(['-o', 'notes.txt/report.json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mcpcop: cannot write the report to "notes.txt/report.json": a part of the path is a file, not a folder\n'
    })
    mkdirSync(path.join(dir, 'out'))
    expect(await cli(['-o', 'out'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mcpcop: cannot write the report to "out": it is a folder\n'
    })
  })

  it('suggests the nearest option for an unknown one', async () => {
    const dir = repo({})
    const hint = '\nRun "mcpcop --help" for usage.\n'
    expect(await cli(['--foramt', 'json'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mcpcop: unknown option "--foramt"; did you mean "--format"?${hint}`
    })
    expect((await cli(['--dryrun'], dir)).stderr).toBe(
      `mcpcop: unknown option "--dryrun"; did you mean "--dry-run"?${hint}`
    )
    expect((await cli(['--no-colour'], dir)).stderr).toBe(
      `mcpcop: unknown option "--no-colour"; did you mean "--no-color"?${hint}`
    )
    expect((await cli(['--fail-on=warning', '--Output=x'], dir)).stderr).toBe(
      `mcpcop: unknown option "--Output"; did you mean "--output"?${hint}`
    )
    expect((await cli(['--verbose'], dir)).stderr).toBe(`mcpcop: unknown option "--verbose"${hint}`)
    expect((await cli(['-x'], dir)).stderr).toBe(`mcpcop: unknown option "-x"${hint}`)
  })

  it('colours the terminal report as --color, --no-color, FORCE_COLOR and NO_COLOR say', async () => {
    const dir = repo({ '.mcp.json': BROKEN })
    const coloured = (run: Run) => run.stdout.includes('\u001b[31merror\u001b[39m')
    expect(coloured(await cli([], dir, { isTTY: true }))).toBe(true)
    expect(coloured(await cli([], dir))).toBe(false)
    expect(coloured(await cli([], dir, { isTTY: true, env: { NO_COLOR: '1' } }))).toBe(false)
    expect(coloured(await cli([], dir, { env: { FORCE_COLOR: '1' } }))).toBe(true)
    expect(coloured(await cli([], dir, { isTTY: true, env: { FORCE_COLOR: '0' } }))).toBe(false)
    expect(coloured(await cli(['--color'], dir))).toBe(true)
    expect(coloured(await cli(['--color', '--no-color'], dir, { env: { FORCE_COLOR: '1' } }))).toBe(false)
    expect(coloured(await cli(['--no-color', '--color'], dir))).toBe(true)
    // Only the terminal format is ever coloured.
    expect((await cli(['--color', '-f', 'json'], dir)).stdout).not.toContain('\u001b[')
  })

  it('exits 2 on usage errors', async () => {
    const dir = repo({})
    expect((await cli(['--format', 'xml'], dir)).code).toBe(2)
    expect((await cli(['--fail-on', 'sometimes'], dir)).code).toBe(2)
    expect((await cli(['--host', 'notepad', 'x.json'], repo({ 'x.json': '{}' }))).code).toBe(2)
    const missing = await cli(['does-not-exist'], dir)
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mcpcop: no such file, directory or match: does-not-exist\nRun "mcpcop --help" for usage.\n'
    })
    expect((await cli(['--bogus'], dir)).code).toBe(2)
  })

  it('prints its version, in step with package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
    expect(VERSION).toBe(pkg.version)
    expect((await cli(['--version'], repo({}))).stdout).toBe(`${VERSION}\n`)
  })
})
