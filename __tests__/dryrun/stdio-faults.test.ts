import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fingerprints } from '../../src/compare/fingerprint.js'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, isAlive, NODE, problemOf, server } from './helpers.js'

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-dryrun-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const options = (extra: object = {}) => ({ cwd: tmp, timeoutMs: 10_000, graceMs: 500, ...extra })

describe('dry run of stdio servers that fail', () => {
  test('a missing binary: command-not-found with the PATH searched', async () => {
    const output = await dryRun(
      [server('gone', { command: 'mcpcop-no-such-binary' })],
      options({ env: { PATH: '/usr/bin:/bin' } })
    )
    const { servers, diagnostics } = output
    expect(servers[0]).toMatchObject({
      name: 'gone',
      status: 'failed',
      transport: 'stdio',
      error: { kind: 'command-not-found' }
    })
    expect(problemOf(output, 'gone')).toEqual({
      status: 'failed',
      kind: 'command-not-found',
      messageId: 'notOnPath',
      data: { kind: 'command-not-found', command: 'mcpcop-no-such-binary' },
      help: 'The server gets PATH "/usr/bin:/bin": install it on this machine (in CI, add a setup step) or use an absolute path.'
    })
    // The result and the diagnostic carry the same sentence; the diagnostic adds the id and data.
    expect(servers[0].error!.message).toBe('"mcpcop-no-such-binary" was not found on PATH')
    expect(diagnostics).toEqual([
      {
        ruleId: 'dry-run-failed',
        severity: 'error',
        message: servers[0].error!.message,
        file: '.mcp.json',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 11,
        server: 'gone',
        messageId: 'notOnPath',
        data: { kind: 'command-not-found', command: 'mcpcop-no-such-binary' },
        help: servers[0].error!.help
      }
    ])
  })

  test('a command with its arguments in one string: command-not-found saying how to split it', async () => {
    const output = await dryRun(
      [server('joined', { command: 'npx -y @modelcontextprotocol/server-memory' })],
      options()
    )
    expect(problemOf(output, 'joined')).toEqual({
      status: 'failed',
      kind: 'command-not-found',
      messageId: 'commandLine',
      data: { kind: 'command-not-found', command: 'npx -y @modelcontextprotocol/server-memory' },
      help: 'The host takes the whole string as the program\'s name: put "npx" in "command" and the rest in "args".'
    })
  })

  test('an argument Node refuses to pass (a NUL byte): spawn-failed, not a crash', async () => {
    const output = await dryRun([server('nul', { command: NODE, args: ['a\u0000b'] })], options())
    expect(problemOf(output, 'nul')).toEqual({
      status: 'failed',
      kind: 'spawn-failed',
      messageId: 'spawnFailed',
      data: { kind: 'spawn-failed', command: NODE, code: 'ERR_INVALID_ARG_VALUE' },
      help: `Check the command and its working directory "${tmp}".`
    })
  })

  test('a relative script path that does not exist names the resolved path', async () => {
    const output = await dryRun([server('rel', { command: './bin/server' })], options())
    expect(problemOf(output, 'rel')).toEqual({
      status: 'failed',
      kind: 'command-not-found',
      messageId: 'noSuchFile',
      data: { kind: 'command-not-found', command: './bin/server' },
      help: `It resolves to "${path.join(tmp, 'bin', 'server')}": fix the path, or build the project so the file exists before the dry run.`
    })
  })

  test('a file that is not executable: command-not-executable', async () => {
    const script = path.join(tmp, 'not-executable.sh')
    writeFileSync(script, '#!/bin/sh\necho hi\n')
    chmodSync(script, 0o644)
    const output = await dryRun([server('noexec', { command: script })], options())
    expect(problemOf(output, 'noexec')).toEqual({
      status: 'failed',
      kind: 'command-not-executable',
      messageId: 'notExecutable',
      data: { kind: 'command-not-executable', command: script },
      help: 'Mark it executable (chmod +x) or start it through its interpreter (e.g. "node", "python").'
    })
  })

  test('a working directory that does not exist: cwd-not-found (in a host that honours cwd)', async () => {
    const vscode = { host: 'vscode', file: '.vscode/mcp.json', pointer: ['servers', 'cwd'] } as const
    const output = await dryRun(
      [server('cwd', { ...vscode, command: NODE, args: [fault('tiny-server.mjs')], cwd: 'no/such/dir' })],
      options()
    )
    expect(problemOf(output, 'cwd')).toEqual({
      status: 'failed',
      kind: 'cwd-not-found',
      messageId: 'cwdNotFound',
      data: { kind: 'cwd-not-found', cwd: path.join(tmp, 'no', 'such', 'dir') },
      help: 'Fix "cwd", or create the folder before the dry run.'
    })
  })

  test('exit 1 with a message on stderr: exited, quoting the error line, with the tail in the result', async () => {
    const output = await dryRun([server('weather', { command: NODE, args: [fault('exit-with-error.mjs')] })], options())
    const { servers } = output
    expect(problemOf(output, 'weather')).toEqual({
      status: 'failed',
      kind: 'exited',
      messageId: 'exitedReporting',
      data: {
        kind: 'exited',
        exit: 'code 1',
        phase: 'initialize',
        error: 'Error: WEATHER_API_KEY environment variable is required'
      },
      help: 'It seems to need a setting: give it through "env" from a variable passed with --pass-env.'
    })
    expect(servers[0].stderrTail).toBe(
      'starting weather server\nError: WEATHER_API_KEY environment variable is required'
    )
  })

  test('an error line with a timestamp and a pid: quoted as printed, the same finding on every run', async () => {
    const run = () =>
      dryRun([server('weather', { command: NODE, args: [fault('exit-with-error.mjs'), '--stamped'] })], options())
    const [first, second] = [await run(), await run()]
    const errors = [first, second].map((output) => String(problemOf(output, 'weather').data?.error))
    for (const error of errors) expect(error).toMatch(/^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] pid \d+: Error: WEATHER_API_KEY/)
    expect(errors[0]).not.toBe(errors[1])
    expect(fingerprints(first.diagnostics)).toEqual(fingerprints(second.diagnostics))
  })

  test('a Node crash: the error line is quoted, not the "Node.js v…" that ends the stack trace', async () => {
    const output = await dryRun([server('crash', { command: NODE, args: [fault('crash.mjs')] })], options())
    const { servers } = output
    expect(problemOf(output, 'crash')).toMatchObject({
      messageId: 'exitedReporting',
      data: { exit: 'code 1', error: "TypeError: Cannot read properties of undefined (reading 'port')" },
      help: 'Fix the error it reports (run the command by hand to see all of it).'
    })
    expect(servers[0].stderrTail).toMatch(/\nNode\.js v\d+/)
  })

  // Contained, the launcher's copy of the pipe hides the close; unisolated, it is an end of file.
  test.each(['contained', 'none'])(
    'a server that closes its stdout and keeps running fails at once (%s)',
    async (isolation) => {
      const env = isolation === 'none' ? { ...process.env, MCPCOP_ISOLATION: 'none' } : process.env
      const output = await dryRun(
        [server('mute', { command: NODE, args: [fault('closes-stdout.mjs')] })],
        options({ timeoutMs: 20_000, env })
      )
      const { servers, containment } = output
      if (isolation === 'none') expect(containment?.kind).toBe('none')
      expect(problemOf(output, 'mute')).toEqual({
        status: 'failed',
        kind: 'stdout-closed',
        messageId: 'stdoutClosed',
        data: { kind: 'stdout-closed', phase: 'initialize' },
        help: 'It kept running: a stdio server sends every answer on stdout, so a host would wait for it forever. Check that it does not close or redirect stdout (a daemon that detaches, "exec >/dev/null", a logger that takes over stdout).'
      })
      expect(servers[0].durationMs).toBeLessThan(10_000)
    }
  )

  test('a server that never answers and leaves children: timeout, and no process is left behind', async () => {
    const pids = path.join(tmp, 'pids')
    const output = await dryRun(
      [server('stuck', { command: NODE, args: [fault('never-answers.mjs'), pids] })],
      // Without isolation: the pids the server records are then ours to check (inside a PID
      // namespace they are the namespace's; __tests__/security/containment.test.ts covers that case).
      options({ timeoutMs: 1500, env: { ...process.env, MCPCOP_ISOLATION: 'none' } })
    )
    expect(problemOf(output, 'stuck')).toEqual({
      status: 'failed',
      kind: 'timeout',
      messageId: 'timeout',
      data: { kind: 'timeout', phase: 'initialize' },
      help: expect.stringMatching(
        /^It got 1500 ms, and it printed nothing on stdout or stderr\. Check that ".+" starts an MCP server on stdio \(not a one-off command or an HTTP server\), or raise --timeout\.$/
      )
    })
    const started = ['server.pid', 'child.pid', 'detached.pid'].map((f) =>
      Number(readFileSync(path.join(pids, f), 'utf8'))
    )
    expect(started).toHaveLength(3)
    expect(started.filter(isAlive)).toEqual([])
  })

  test('a banner on stdout before a working server: ok, with a warning quoting the banner', async () => {
    const { servers, diagnostics } = await dryRun(
      [server('banner', { command: NODE, args: [fault('tiny-server.mjs'), '--banner'] })],
      options()
    )
    expect(servers[0]).toMatchObject({ status: 'ok', serverInfo: { name: 'tiny-server', version: '1.2.3' }, tools: 1 })
    expect(diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'dry-run-stdout-noise',
        severity: 'warning',
        server: 'banner',
        messageId: 'stdoutNoise',
        data: { kind: 'stdout-noise', line: 'Tiny server v1.0 ready on stdio' },
        help: 'The MCP SDK skips such lines with an error, but a log line that runs into a message breaks the connection: send logs to stderr.'
      })
    ])
  })

  test('log output glued to the first answer: stdout-corrupted at once, quoting the line', async () => {
    const output = await dryRun(
      [server('glued', { command: NODE, args: [fault('tiny-server.mjs'), '--glued'] })],
      options({ timeoutMs: 20_000 })
    )
    const { servers } = output
    expect(problemOf(output, 'glued')).toEqual({
      status: 'failed',
      kind: 'stdout-corrupted',
      messageId: 'glued',
      data: { kind: 'stdout-corrupted', phase: 'initialize' },
      help: expect.stringMatching(
        /^The line was "\[info\] connecting\.\.\. \{"result":\{"protocolVersion":.*", so the answer was lost: a stdio server must write each JSON-RPC message on a line of its own and send logs to stderr\.$/
      )
    })
    // Lost for good, so no waiting for the timeout.
    expect(servers[0].durationMs).toBeLessThan(15_000)
  })

  test('a stdout flood: stdout-corrupted as soon as 1 MB of noise arrived, long before the timeout', async () => {
    const output = await dryRun(
      [server('flood', { command: NODE, args: [fault('flood.mjs')] })],
      options({ timeoutMs: 20_000 })
    )
    const { servers } = output
    expect(problemOf(output, 'flood')).toEqual({
      status: 'failed',
      kind: 'stdout-corrupted',
      messageId: 'flood',
      data: { kind: 'stdout-corrupted', phase: 'initialize' },
      help: expect.stringMatching(
        /^It wrote 1\.\d MB that is not MCP \(first line: "DEBUG x{194}"\): a stdio server must write only JSON-RPC messages on stdout; send logs to stderr\.$/
      )
    })
    expect(servers[0].durationMs).toBeLessThan(20_000)
  })

  test('a server slower than the timeout: timeout during initialize', async () => {
    const output = await dryRun(
      [server('slow', { command: NODE, args: [fault('tiny-server.mjs'), '--delay', '5000'] })],
      options({ timeoutMs: 1000 })
    )
    expect(problemOf(output, 'slow')).toMatchObject({
      status: 'failed',
      kind: 'timeout',
      messageId: 'timeout',
      data: { kind: 'timeout', phase: 'initialize' },
      help: expect.stringMatching(/^It got 1000 ms, and it printed nothing on stdout or stderr\. /)
    })
  })

  test('the same server within the timeout is ok', async () => {
    const { servers } = await dryRun(
      [server('slow', { command: NODE, args: [fault('tiny-server.mjs'), '--delay', '300'] })],
      options({ timeoutMs: 5000 })
    )
    expect(servers[0]).toMatchObject({ status: 'ok', protocolVersion: '2025-11-25', tools: 1 })
  })

  test('an unsupported protocol version: unsupported-protocol-version naming it', async () => {
    const output = await dryRun(
      [server('old', { command: NODE, args: [fault('raw-server.mjs'), 'old-protocol'] })],
      options()
    )
    expect(problemOf(output, 'old')).toEqual({
      status: 'failed',
      kind: 'unsupported-protocol-version',
      messageId: 'unsupportedVersion',
      data: { kind: 'unsupported-protocol-version', version: '1999-01-01' },
      help: expect.stringMatching(/^The MCP SDK speaks 2025-11-25, .*: update the server or its MCP SDK\.$/)
    })
  })

  test('an error answer to initialize: protocol-error quoting it', async () => {
    const output = await dryRun(
      [server('err', { command: NODE, args: [fault('raw-server.mjs'), 'initialize-error'] })],
      options()
    )
    expect(problemOf(output, 'err')).toEqual({
      status: 'failed',
      kind: 'protocol-error',
      messageId: 'errorAnswer',
      data: { kind: 'protocol-error', phase: 'initialize', code: -32602, error: 'unsupported client capabilities' },
      help: "A host would get the same answer: see the server's documentation or logs for why it refuses."
    })
  })

  test('an answer to tools/list that breaks the schema: protocol-error naming the method', async () => {
    const output = await dryRun(
      [server('bad', { command: NODE, args: [fault('raw-server.mjs'), 'bad-tools'] })],
      options()
    )
    expect(output.servers[0]).toMatchObject({ status: 'failed', serverInfo: { name: 'raw-server' } })
    expect(problemOf(output, 'bad')).toEqual({
      status: 'failed',
      kind: 'protocol-error',
      messageId: 'invalidAnswer',
      data: { kind: 'protocol-error', phase: 'tools/list' },
      help: expect.stringMatching(
        /^Where it breaks the schema: .*name.*\. A host rejects it too: update the server or its MCP SDK\.$/
      )
    })
  })

  test('npx that has not answered is "maybe still downloading"', async () => {
    writeFileSync(path.join(tmp, 'npx'), '#!/bin/sh\nsleep 30\n')
    chmodSync(path.join(tmp, 'npx'), 0o755)
    const output = await dryRun(
      [server('pkg', { command: path.join(tmp, 'npx'), args: ['-y', '@acme/mcp-server@1.0.0'] })],
      options({ timeoutMs: 800 })
    )
    expect(problemOf(output, 'pkg')).toEqual({
      status: 'failed',
      kind: 'timeout',
      messageId: 'timeout',
      data: { kind: 'timeout', phase: 'initialize' },
      help: 'It got 800 ms, and it printed nothing on stdout or stderr. "npx" may still be downloading "@acme/mcp-server@1.0.0": run it once before the dry run to fill the cache, or raise --timeout.'
    })
  })
})

describe('dry run safety', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  })

  test('runner secrets in our environment never reach the server; its own env and passed variables do', async () => {
    process.env.GITHUB_TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz'
    process.env.ACTIONS_RUNTIME_TOKEN = 'actions-runtime-secret'
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'oidc-secret'
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = 'https://oidc.example'
    process.env['INPUT_GITHUB-TOKEN'] = 'ghp_input_secret'
    process.env.SOME_OTHER_SECRET = 'not-passed'
    process.env.PASSED_KEY = 'passed-value'
    const dump = path.join(tmp, 'env.json')
    const entry = server('envdump', {
      command: NODE,
      args: [fault('tiny-server.mjs'), '--env-dump', dump],
      env: { OWN: 'own-value', FROM_PASSED: '${PASSED_KEY}', STOLEN: '${GITHUB_TOKEN:-none}' }
    })
    const { servers } = await dryRun([entry], options({ passEnv: ['PASSED_KEY', 'GITHUB_TOKEN'] }))
    expect(servers[0].status).toBe('ok')
    const env = JSON.parse(readFileSync(dump, 'utf8')) as Record<string, string>
    const text = JSON.stringify(env)
    for (const secret of ['ghp_0123456789', 'actions-runtime-secret', 'oidc-secret', 'ghp_input_secret', 'not-passed'])
      expect(text).not.toContain(secret)
    expect(Object.keys(env).filter((k) => /^(GITHUB_|ACTIONS_|INPUT_)/.test(k))).toEqual([])
    expect(env).toMatchObject({
      OWN: 'own-value',
      FROM_PASSED: 'passed-value',
      PASSED_KEY: 'passed-value',
      STOLEN: 'none',
      CLAUDE_PROJECT_DIR: tmp
    })
  })

  test('a placeholder naming a runner credential skips the server and says why', async () => {
    process.env.GITHUB_TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyz'
    const marker = path.join(tmp, 'should-not-exist')
    const entry = server('github', {
      command: NODE,
      args: [fault('tiny-server.mjs'), '--env-dump', marker],
      env: { GITHUB_PERSONAL_ACCESS_TOKEN: '${GITHUB_TOKEN}' }
    })
    const output = await dryRun([entry], options())
    const { diagnostics } = output
    expect(problemOf(output, 'github')).toEqual({
      status: 'skipped',
      kind: 'needs-variable',
      messageId: 'deniedVariable',
      data: { kind: 'needs-variable', names: 'GITHUB_TOKEN' },
      help: 'Runner credentials are withheld from configs in pull requests, so this server is skipped.'
    })
    expect(existsSync(marker)).toBe(false)
    expect(diagnostics[0]).toMatchObject({ ruleId: 'dry-run-skipped', severity: 'notice' })
  })

  test('a missing variable gives a clear "needs VAR" result and runs nothing', async () => {
    const marker = path.join(tmp, 'not-started')
    const entry = server('api', {
      command: NODE,
      args: [fault('tiny-server.mjs'), '--env-dump', marker],
      env: { API_KEY: '${MY_API_KEY}' }
    })
    const output = await dryRun([entry], options({ env: { PATH: process.env.PATH } }))
    expect(problemOf(output, 'api')).toEqual({
      status: 'skipped',
      kind: 'needs-variable',
      messageId: 'needsVariable',
      data: { kind: 'needs-variable', names: 'MY_API_KEY' },
      help: 'The entry reads "${MY_API_KEY}"; set it and pass it with --pass-env MY_API_KEY (servers get no other variable from the environment).'
    })
    expect(existsSync(marker)).toBe(false)
  })

  test('a passed value echoed on stderr is masked in the report', async () => {
    const script = path.join(tmp, 'echo-secret.mjs')
    writeFileSync(script, 'console.error("using key " + process.env.API_KEY); process.exit(2)\n')
    const entry = server('leaky', { command: NODE, args: [script], env: { API_KEY: '${LEAKY_KEY}' } })
    const output = await dryRun(
      [entry],
      options({ env: { PATH: process.env.PATH, LEAKY_KEY: 'sk-live-very-secret' }, passEnv: ['LEAKY_KEY'] })
    )
    expect(problemOf(output, 'leaky')).toMatchObject({ messageId: 'exited', data: { exit: 'code 2' } })
    expect(output.servers[0].error!.help).toContain('Its stderr ends with "using key …cret"')
    expect(JSON.stringify(output)).not.toContain('sk-live-very-secret')
  })

  test('a disabled server is skipped without a diagnostic and is never started', async () => {
    const marker = path.join(tmp, 'disabled-started')
    const { servers, diagnostics } = await dryRun(
      [server('off', { command: NODE, args: [fault('tiny-server.mjs'), '--env-dump', marker], disabled: true })],
      options()
    )
    expect(servers[0]).toMatchObject({ status: 'skipped', error: { kind: 'disabled' } })
    expect(diagnostics).toEqual([])
    expect(existsSync(marker)).toBe(false)
  })
})
