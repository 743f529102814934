import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import type { Report } from '../../src/types.js'
import {
  fault,
  freePort,
  isAlive,
  NODE,
  packageScript,
  problemOf,
  startBackground,
  type Background
} from './helpers.js'

const GITHUB_TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'

let dir: string
let unauthorized: Background & { match: RegExpExecArray }
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-cli-'))
  unauthorized = await startBackground(NODE, [fault('http-status.mjs'), '401'], { ready: /listening on (\d+)/ })
  const closedPort = await freePort()
  const tiny = fault('tiny-server.mjs')
  const mcpServers = {
    memory: {
      command: 'node',
      args: [packageScript('server-memory')],
      env: { MEMORY_FILE_PATH: path.join(dir, 'memory.jsonl') }
    },
    filesystem: { command: 'node', args: [packageScript('server-filesystem'), '.'] },
    everything: { command: 'node', args: [packageScript('server-everything'), 'stdio'] },
    'rendezvous-a': {
      command: 'node',
      args: [tiny, '--touch', path.join(dir, 'a.ready'), '--await-file', path.join(dir, 'b.ready')]
    },
    'rendezvous-b': {
      command: 'node',
      args: [tiny, '--touch', path.join(dir, 'b.ready'), '--await-file', path.join(dir, 'a.ready')]
    },
    banner: { command: 'node', args: [tiny, '--banner', '--env-dump', path.join(dir, 'banner-env.json')] },
    missing: { command: 'mcpcop-missing-binary', args: [] },
    crashing: { command: 'node', args: [fault('exit-with-error.mjs')] },
    stuck: { command: 'node', args: [fault('never-answers.mjs'), path.join(dir, 'pids')] },
    'needs-key': { command: 'node', args: [tiny], env: { API_KEY: '${MCPCOP_TEST_KEY}' } },
    'remote-down': { type: 'http', url: `http://127.0.0.1:${closedPort}/mcp` },
    'remote-401': { type: 'http', url: `http://127.0.0.1:${unauthorized.match[1]}/mcp` }
  }
  writeFileSync(path.join(dir, '.mcp.json'), JSON.stringify({ mcpServers }, null, 2) + '\n')
})
afterAll(async () => {
  await unauthorized.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  // Without isolation, so that the pids the servers record are ours to check (inside a PID namespace
  // they are the namespace's; __tests__/security/containment.test.ts covers that case).
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_TOKEN,
    ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
    MCPCOP_ISOLATION: 'none'
  }
  const code = await runCli(args, {
    cwd: dir,
    isTTY: false,
    env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t)
  })
  return { code, stdout, stderr }
}

describe('mcpcop --dry-run', () => {
  test('reports every server of a repository that mixes working and broken ones, in parallel, leaving nothing behind', async () => {
    const { code, stdout, stderr } = await cli(['--dry-run', '--timeout', '8000', '--format', 'json', dir])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Report
    const summary = report.servers.map((s) => [s.name, s.status, s.transport, s.error?.kind ?? s.serverInfo?.name])
    expect(summary).toEqual([
      ['memory', 'ok', 'stdio', 'memory-server'],
      ['filesystem', 'ok', 'stdio', 'secure-filesystem-server'],
      ['everything', 'ok', 'stdio', 'mcp-servers/everything'],
      ['rendezvous-a', 'ok', 'stdio', 'tiny-server'],
      ['rendezvous-b', 'ok', 'stdio', 'tiny-server'],
      ['banner', 'ok', 'stdio', 'tiny-server'],
      ['missing', 'failed', 'stdio', 'command-not-found'],
      ['crashing', 'failed', 'stdio', 'exited'],
      ['stuck', 'failed', 'stdio', 'timeout'],
      ['needs-key', 'skipped', 'stdio', 'needs-variable'],
      ['remote-down', 'failed', 'http', 'connection-refused'],
      ['remote-401', 'skipped', 'http', 'needs-credentials']
    ])
    for (const s of report.servers) expect(s.file).toBe('.mcp.json')
    for (const s of report.servers.filter((r) => r.status === 'ok')) expect(s.tools).toBeGreaterThan(0)
    // The JSON report holds what each working server offers, by name (and nothing for the others).
    expect(report.version).toBe(1)
    const toolsOf = (name: string): string[] | undefined =>
      report.servers.find((s) => s.name === name)?.surface?.tools.map((t) => t.name)
    expect(toolsOf('everything')).toEqual(expect.arrayContaining(['echo', 'get-sum']))
    expect(toolsOf('banner')).toEqual(['echo'])
    expect(toolsOf('crashing')).toBeUndefined()

    // One diagnostic per problem, at the line of the server's key, sorted with the rest.
    const text = readFileSync(path.join(dir, '.mcp.json'), 'utf8').split('\n')
    const lineOf = (name: string): number => text.findIndex((l) => l.startsWith(`    "${name}": {`)) + 1
    const dry = report.diagnostics.filter((d) => d.ruleId.startsWith('dry-run-'))
    expect(dry.map((d) => [d.line, d.column, d.severity, d.ruleId, d.server])).toEqual([
      [lineOf('banner'), 5, 'warning', 'dry-run-stdout-noise', 'banner'],
      [lineOf('missing'), 5, 'error', 'dry-run-failed', 'missing'],
      [lineOf('crashing'), 5, 'error', 'dry-run-failed', 'crashing'],
      [lineOf('stuck'), 5, 'error', 'dry-run-failed', 'stuck'],
      [lineOf('needs-key'), 5, 'notice', 'dry-run-skipped', 'needs-key'],
      [lineOf('remote-down'), 5, 'error', 'dry-run-failed', 'remote-down'],
      [lineOf('remote-401'), 5, 'notice', 'dry-run-skipped', 'remote-401']
    ])
    expect(problemOf(report, 'needs-key')).toEqual({
      status: 'skipped',
      kind: 'needs-variable',
      messageId: 'needsVariable',
      data: { kind: 'needs-variable', names: 'MCPCOP_TEST_KEY' },
      help: 'The entry reads "${MCPCOP_TEST_KEY}"; set it and pass it with --pass-env MCPCOP_TEST_KEY (servers get no other variable from the environment).'
    })

    // Nothing left running, and no runner secret reached a server or the report.
    const pids = ['server.pid', 'child.pid', 'detached.pid'].map((f) =>
      Number(readFileSync(path.join(dir, 'pids', f), 'utf8'))
    )
    expect(pids.filter(isAlive)).toEqual([])
    const env = JSON.parse(readFileSync(path.join(dir, 'banner-env.json'), 'utf8')) as Record<string, string>
    expect(env.GITHUB_TOKEN).toBeUndefined()
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined()
    expect(stdout).not.toContain(GITHUB_TOKEN)
  }, 60_000)

  test('the stylish format shows the per-server table and the totals', async () => {
    const { stdout } = await cli(['--dry-run', '--timeout', '8000', dir])
    const lines = stdout.split('\n')
    expect(lines.find((l) => l.startsWith('status '))).toMatch(
      /^status\s+transport\s+time\s+server\s+implementation\s+protocol\s+tools\s+problem$/
    )
    expect(lines.find((l) => l.includes('.mcp.json everything'))).toMatch(
      /^ok\s+stdio\s+\d+\.\ds\s+\.mcp\.json everything\s+mcp-servers\/everything \S+\s+2025-11-25\s+\d+ tools$/
    )
    expect(lines.find((l) => l.includes('.mcp.json crashing'))).toMatch(
      /^failed\s+stdio\s+\d+\.\ds\s+\.mcp\.json crashing\s+exited$/
    )
    expect(lines).toContain('    stderr │ Error: WEATHER_API_KEY environment variable is required')
    expect(lines).toContain('dry run: 12 servers, 6 ok, 4 failed, 2 skipped')
  }, 60_000)

  test('without --dry-run nothing from a config is executed', async () => {
    rmSync(path.join(dir, 'banner-env.json'), { force: true })
    rmSync(path.join(dir, 'a.ready'), { force: true })
    const { stdout } = await cli(['--format', 'json', dir])
    expect((JSON.parse(stdout) as Report).servers).toEqual([])
    expect(existsSync(path.join(dir, 'banner-env.json'))).toBe(false)
    expect(existsSync(path.join(dir, 'a.ready'))).toBe(false)
  })

  test('rejects a bad --timeout, a bad --concurrency and a runner credential in --pass-env', async () => {
    expect(await cli(['--dry-run', '--timeout', 'soon', dir])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--timeout must be a whole number of milliseconds above 0, not "soon"')
    })
    expect(await cli(['--dry-run', '--concurrency', '0', dir])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--concurrency must be a whole number above 0, not "0"')
    })
    expect(await cli(['--dry-run', '--pass-env', 'GITHUB_TOKEN', dir])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(
        '--pass-env GITHUB_TOKEN: runner credentials (GITHUB_*TOKEN*, ACTIONS_*, INPUT_*) are never given to configured servers'
      )
    })
  })
})
