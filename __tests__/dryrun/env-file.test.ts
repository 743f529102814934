import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/types.js'
import { fault, problemOf } from './helpers.js'

const VALUE = 's3cr3t-value-from-file'
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-env-file-'))
  const mcpServers = {
    keyed: { command: 'node', args: [fault('tiny-server.mjs')], env: { API_KEY: '${MCPCOP_TEST_KEY}' } },
    // Echoes the variable it inherited into its error, as a server refusing a key does.
    leaky: {
      command: 'node',
      args: ['-e', "console.error('Error: the key ' + process.env.MCPCOP_TEST_KEY + ' was refused'); process.exit(1)"]
    }
  }
  writeFileSync(path.join(dir, '.mcp.json'), JSON.stringify({ mcpServers }, null, 2) + '\n')
  writeFileSync(path.join(dir, 'ci.env'), `# for the dry run\nMCPCOP_TEST_KEY="${VALUE}"\nexport OTHER=1\n`)
  writeFileSync(path.join(dir, 'bad.env'), 'GITHUB_TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    cwd: dir,
    isTTY: false,
    env: { PATH: process.env.PATH, HOME: dir },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
  })
  return { code, stdout, stderr }
}

describe('--env-file', () => {
  test('gives servers the file’s variables, and masks their values in every format', async () => {
    const json = await cli(['--dry-run', '--env-file', 'ci.env', '--format', 'json', '.'])
    expect(json.stderr).toBe('')
    const report = JSON.parse(json.stdout) as Report
    expect(report.servers.map((s) => [s.name, s.status])).toEqual([
      ['keyed', 'ok'],
      ['leaky', 'failed']
    ])
    // The value the server echoed is masked in the data the message quotes, as everywhere else.
    expect(problemOf(report, 'leaky')).toEqual({
      status: 'failed',
      kind: 'exited',
      messageId: 'exitedReporting',
      data: { kind: 'exited', exit: 'code 1', phase: 'initialize', error: 'Error: the key …file was refused' },
      help: 'Fix the error it reports (run the command by hand to see all of it).'
    })
    // The fix reaches every format that has room for it: below the finding in the terminal, behind a
    // <details> in the summary and the comment, in SARIF's markdown message.
    const fix = 'Fix the error it reports (run the command by hand to see all of it).'
    const shown: Record<string, string> = {
      stylish: `↳ ${fix}`,
      markdown: `<details><summary>why, and how to fix</summary>${fix}</details>`,
      sarif: fix
    }
    for (const format of ['json', 'stylish', 'markdown', 'sarif', 'github']) {
      const { stdout, stderr } = await cli(['--dry-run', '--env-file', 'ci.env', '--format', format, '.'])
      expect(stdout).not.toContain(VALUE)
      expect(stderr).not.toContain(VALUE)
      if (shown[format]) expect(stdout).toContain(shown[format])
    }
    const sarif = JSON.parse((await cli(['--dry-run', '--env-file', 'ci.env', '--format', 'sarif', '.'])).stdout) as {
      runs: { results: { ruleId: string; message: { text: string; markdown?: string } }[] }[]
    }
    const failed = sarif.runs[0].results.find((r) => r.ruleId === 'dry-run-failed')!
    expect(failed.message.text).toBe(report.servers[1].error!.message)
    expect(failed.message.markdown).toContain(fix)
  }, 60_000)

  test('without it, the server that needs the variable is skipped', async () => {
    const { stdout } = await cli(['--dry-run', '--format', 'json', '.'])
    const report = JSON.parse(stdout) as Report
    expect(report.servers[0]).toMatchObject({ name: 'keyed', status: 'skipped', error: { kind: 'needs-variable' } })
  }, 60_000)

  test('refuses a runner credential in the file and a file it cannot read, naming no value', async () => {
    const bad = await cli(['--dry-run', '--env-file', 'bad.env', '.'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(
      'mcpcop: --env-file "bad.env" sets GITHUB_TOKEN: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers\nRun "mcpcop --help" for usage.\n'
    )
    const missing = await cli(['--dry-run', '--env-file', 'nope.env', '.'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      'mcpcop: --env-file "nope.env": the file cannot be read (ENOENT)\nRun "mcpcop --help" for usage.\n'
    )
  })
})
