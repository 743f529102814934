import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { readCapped } from '../../src/cli/stdin.js'
import { todayUtc } from '../../src/suppressions.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(args: string[], cwd: string, stdin?: string): Promise<Run> {
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
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-settle-'))
  write(root, files)
  return root
}

function write(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
}

interface JsonDiagnostic {
  ruleId: string
  line: number
  server?: string
  message: string
}

async function findings(root: string, args: string[] = []): Promise<string[]> {
  const run = await cli(['--format', 'json', ...args], root)
  return (JSON.parse(run.stdout).diagnostics as JsonDiagnostic[]).map(
    (d) => `${d.line} ${d.ruleId}${d.server ? ` ${d.server}` : ''}`
  )
}

// Two servers without a command (errors), one misspelt key (warning).
const CONFIG = `{
  "mcpServers": {
    "one": { "args": ["x"] },
    "two": { "args": ["y"] },
    "fs": { "command": "node", "args": ["s.js"], "tpye": "stdio" }
  }
}
`

describe('suppressions in the settings file', () => {
  const settings = (suppressions: unknown[]): string => JSON.stringify({ suppressions }, null, 2)

  it('leave out the findings they name, each with its reason', async () => {
    const root = repo({
      '.mcp.json': CONFIG,
      's.js': '',
      '.mcpcop.json': settings([
        { rule: 'schema-required', server: 'one', reason: 'kept for the docs generator' },
        { rule: 'schema-unknown-key', file: '.mcp.json', reason: 'a local fork reads "tpye"', until: '2999-12-31' }
      ])
    })
    expect(await findings(root)).toEqual(['4 schema-required two'])
    // The Markdown summary, as the action's, counts them and lists each with its reason.
    const markdown = (await cli(['--format', 'markdown'], root)).stdout
    expect(markdown).toContain('2 findings suppressed in `.mcpcop.json` are not reported.')
    expect(markdown).toContain('| .mcp.json | 3:5 | schema-required | kept for the docs generator |')
  })

  it('need a reason, and cannot hide a file that cannot be read', async () => {
    const root = repo({
      '.mcp.json': '{ "mcpServers": ',
      '.mcpcop.json': settings([
        { rule: 'schema-required', server: 'one' },
        { rule: 'syntax-error', file: '.mcp.json', reason: 'no' }
      ])
    })
    const run = await cli(['--format', 'json'], root)
    const diagnostics = JSON.parse(run.stdout).diagnostics as JsonDiagnostic[]
    expect(diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      expect.stringMatching(/^syntax-error: /),
      'config-invalid: "suppressions[0]" is missing the required "reason"'
    ])
  })

  it('refuse a rule that cannot be suppressed, and say so at the entry', async () => {
    const root = repo({
      '.mcp.json': '{ "mcpServers": ',
      '.mcpcop.json': settings([{ rule: 'syntax-error', file: '.mcp.json', reason: 'no' }])
    })
    const run = await cli(['--format', 'json'], root)
    expect((JSON.parse(run.stdout).diagnostics as JsonDiagnostic[]).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      expect.stringMatching(/^syntax-error: /),
      'config-invalid: "syntax-error" cannot be suppressed: it reports files that could not be read or checked'
    ])
  })

  it('stop applying after their "until" date, and say so', async () => {
    const root = repo({
      '.mcp.json': CONFIG,
      's.js': '',
      '.mcpcop.json': settings([
        { rule: 'schema-unknown-key', file: '.mcp.json', reason: 'a local fork', until: '2020-01-31' }
      ])
    })
    const run = await cli(['--format', 'json'], root)
    const diagnostics = JSON.parse(run.stdout).diagnostics as (JsonDiagnostic & { file: string })[]
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      '.mcp.json:3 schema-required',
      '.mcp.json:4 schema-required',
      '.mcp.json:5 schema-unknown-key',
      '.mcpcop.json:4 suppression-expired'
    ])
    expect(diagnostics.at(-1)?.message).toBe(
      'suppression of schema-unknown-key (in .mcp.json) expired on 2020-01-31: fix the finding or renew the date'
    )
  })

  it('that match nothing are reported, but not those about files this run did not check', async () => {
    const root = repo({
      '.mcp.json': CONFIG,
      's.js': '',
      '.cursor/mcp.json': '{ "mcpServers": {} }',
      '.mcpcop.json': settings([
        { rule: 'unknown-approved-server', server: 'one', reason: 'r' },
        { rule: 'schema-required', file: '.cursor/mcp.json', reason: 'r' },
        { rule: 'dry-run-failed', server: 'two', reason: 'needs a token' }
      ])
    })
    const run = await cli(['--format', 'json', '.mcp.json'], root)
    const diagnostics = JSON.parse(run.stdout).diagnostics as (JsonDiagnostic & { file: string })[]
    // The one about .cursor/mcp.json (not checked) and the dry-run one (no dry run) are not "unused".
    expect(diagnostics.filter((d) => d.file === '.mcpcop.json').map((d) => d.message)).toEqual([
      'suppression of unknown-approved-server ("one") matches no finding: remove it'
    ])
  })

  it('with a date that is not one, is reported', async () => {
    const root = repo({
      '.mcp.json': CONFIG,
      's.js': '',
      '.mcpcop.json': settings([{ rule: 'schema-required', server: 'one', reason: 'r', until: '2026-02-30' }])
    })
    const run = await cli(['--format', 'json'], root)
    const diagnostics = JSON.parse(run.stdout).diagnostics as (JsonDiagnostic & { file: string })[]
    expect(diagnostics.filter((d) => d.file === '.mcpcop.json').map((d) => d.message)).toEqual([
      '"until" is "2026-02-30", not a date: write it as YYYY-MM-DD'
    ])
  })

  it('take today as the last day an "until" date applies', () => {
    expect(todayUtc(new Date('2026-12-01T23:59:59Z'))).toBe('2026-12-01')
    // UTC, whatever the offset the time is written with; months and days padded, leap days kept.
    expect(todayUtc(new Date('2027-01-01T01:30:00+02:00'))).toBe('2026-12-31')
    expect(todayUtc(new Date('2028-02-29T12:00:00Z'))).toBe('2028-02-29')
    expect(todayUtc(new Date('0999-03-04T00:00:00Z'))).toBe('0999-03-04')
  })
})

describe('the baseline', () => {
  it("records today's findings; later runs report only new ones and say when baselined ones are fixed", async () => {
    const root = repo({ '.mcp.json': CONFIG, 's.js': '' })
    const write1 = await cli(['--write-baseline'], root)
    expect(write1.code).toBe(0)
    expect(write1.stderr).toBe('mcpcop: wrote 3 findings in 1 file to .mcpcop-baseline.json\n')
    const baseline = JSON.parse(readFileSync(path.join(root, '.mcpcop-baseline.json'), 'utf8'))
    expect(baseline).toEqual({
      version: 1,
      files: {
        '.mcp.json': {
          'schema-required': { count: 2, fingerprints: [expect.stringMatching(/^[0-9a-f]{16}$/), expect.any(String)] },
          'schema-unknown-key': { count: 1, fingerprints: [expect.stringMatching(/^[0-9a-f]{16}$/)] }
        }
      }
    })
    const clean = await cli([], root)
    expect(clean.code).toBe(0)
    expect(clean.stdout).not.toContain('schema-required')

    // A new server above the others moves them; only the new problem is reported.
    write(root, {
      '.mcp.json': CONFIG.replace('"one":', '"three": { "args": ["z"] },\n    "one":').replace('"tpye"', '"type"')
    })
    expect(await findings(root)).toEqual(['3 schema-required three'])
    const run = await cli([], root)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'mcpcop: 1 baselined finding no longer occurs: run "mcpcop --write-baseline" to shrink .mcpcop-baseline.json\n'
    )
    // Writing it again shrinks it to what is there now.
    await cli(['--write-baseline'], root)
    expect(JSON.parse(readFileSync(path.join(root, '.mcpcop-baseline.json'), 'utf8')).files['.mcp.json']).toEqual({
      'schema-required': { count: 3, fingerprints: expect.any(Array) }
    })
  })

  it('keeps dry-run findings it holds as long as runs without --dry-run cannot see them', async () => {
    const root = repo({ '.mcp.json': '{ "mcpServers": { "gone": { "command": "mcpcop-no-such-binary" } } }\n' })
    expect((await cli(['--write-baseline', '--dry-run'], root)).stderr).toBe(
      'mcpcop: wrote 1 finding in 1 file to .mcpcop-baseline.json\n'
    )
    expect(
      Object.keys(JSON.parse(readFileSync(path.join(root, '.mcpcop-baseline.json'), 'utf8')).files['.mcp.json'])
    ).toEqual(['dry-run-failed'])
    // Not "1 baselined finding no longer occurs": without a dry run it could not have occurred.
    expect(await cli([], root)).toMatchObject({ code: 0, stderr: '' })
    expect(await cli(['--dry-run'], root)).toMatchObject({ code: 0, stderr: '' })
    write(root, { '.mcp.json': '{ "mcpServers": {} }\n' })
    expect((await cli(['--dry-run'], root)).stderr).toBe(
      'mcpcop: 1 baselined finding no longer occurs: run "mcpcop --write-baseline --dry-run" to shrink .mcpcop-baseline.json\n'
    )
  })

  it('written again without --dry-run, keeps the dry-run findings it held and records the others', async () => {
    const root = repo({ '.mcp.json': '{ "mcpServers": { "gone": { "command": "mcpcop-no-such-binary" } } }\n' })
    await cli(['--write-baseline', '--dry-run'], root)
    write(root, {
      '.mcp.json': '{ "mcpServers": { "gone": { "command": "mcpcop-no-such-binary" }, "bare": { "args": [] } } }\n'
    })
    expect((await cli(['--write-baseline'], root)).stderr).toBe(
      'mcpcop: wrote 1 finding in 1 file to .mcpcop-baseline.json (and kept 1 dry-run finding: run with --dry-run to renew them)\n'
    )
    const baseline = JSON.parse(readFileSync(path.join(root, '.mcpcop-baseline.json'), 'utf8'))
    expect(Object.keys(baseline.files['.mcp.json'])).toEqual(['dry-run-failed', 'schema-required'])
    // Both are held: neither run reports anything, and nothing is said to be gone.
    expect(await cli(['--dry-run'], root)).toMatchObject({ code: 0, stderr: '' })
    expect(await cli([], root)).toMatchObject({ code: 0, stderr: '' })
  })

  it('is read from --baseline, and an invalid one is a usage error', async () => {
    const root = repo({ '.mcp.json': CONFIG, 's.js': '', 'ci/base.json': '{"version": 2}' })
    const run = await cli(['--baseline', 'ci/base.json'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'ci/base.json is not an mcpcop baseline (version 1); write it again with --write-baseline'
    )
    expect((await cli(['--baseline', 'nope.json'], root)).stderr).toContain('baseline file not found: nope.json')
  })

  it('never holds a file that cannot be read', async () => {
    const root = repo({ '.mcp.json': '{ "mcpServers": ', '.cursor/mcp.json': CONFIG })
    const written = await cli(['--write-baseline'], root)
    expect(written.code).toBe(1)
    expect(Object.keys(JSON.parse(readFileSync(path.join(root, '.mcpcop-baseline.json'), 'utf8')).files)).toEqual([
      '.cursor/mcp.json'
    ])
    expect(await findings(root)).toEqual([expect.stringMatching(/ syntax-error$/)])
  })
})
