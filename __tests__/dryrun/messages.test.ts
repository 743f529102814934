import { McpError } from '@modelcontextprotocol/sdk/types.js'
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { classifyHttp, classifyStdio, type HttpFailure, type StdioFailure } from '../../src/dryrun/classify.js'
import {
  cwdNotFound,
  DRY_RUN_MESSAGES,
  internalError,
  interruptedBy,
  maskProblem,
  missingPlaceholders,
  NOT_STARTED,
  otherSystem,
  problemMessage,
  stdoutNoise,
  unsupportedScheme,
  unsupportedTransport,
  type Problem
} from '../../src/dryrun/messages.js'

// One realistic case per message of the dry run, built by the code that builds it in a run (the
// classifier, the placeholder check, the skips), with values like those the fault-server tests meet.

const stdio = (extra: Partial<StdioFailure>): StdioFailure => ({
  phase: 'initialize',
  timeoutMs: 30000,
  timedOut: false,
  command: 'node',
  args: ['server.js'],
  pathSearched: '/usr/local/bin:/usr/bin:/bin',
  cwd: '/repo',
  stderrLines: [],
  stderrBytes: 0,
  stdoutBytes: 0,
  noise: { lines: 0, bytes: 0 },
  flood: false,
  ...extra
})

const http = (extra: Partial<HttpFailure>): HttpFailure => ({
  phase: 'initialize',
  timeoutMs: 30000,
  timedOut: false,
  url: new URL('https://mcp.acme.io/mcp?key=secret-in-query'),
  hasHeaders: false,
  transport: 'http',
  ...extra
})

const systemError = (code: string): Error => Object.assign(new Error(`spawn ${code}`), { code })
const fetchFailed = (code: string): Error => new TypeError('fetch failed', { cause: systemError(code) })

const CASES: [string, Problem][] = [
  ['a missing program', classifyStdio(stdio({ phase: 'starting', command: 'uvx', error: systemError('ENOENT') }))],
  [
    'a command line in "command"',
    classifyStdio(
      stdio({ phase: 'starting', command: 'npx -y @modelcontextprotocol/server-memory', error: systemError('ENOENT') })
    )
  ],
  [
    'a missing script',
    classifyStdio(stdio({ phase: 'starting', command: './bin/server', error: systemError('ENOENT') }))
  ],
  [
    'a script that is not executable',
    classifyStdio(stdio({ phase: 'starting', command: '/repo/server.sh', error: systemError('EACCES') }))
  ],
  [
    'an argument Node refuses',
    classifyStdio(stdio({ phase: 'starting', command: 'node', error: systemError('ERR_INVALID_ARG_VALUE') }))
  ],
  ['a missing working directory', cwdNotFound('/repo/no/such/dir')],
  [
    'an answer glued to a log line',
    classifyStdio(stdio({ glued: '[info] connecting... {"result":{"protocolVersion":"2025-11-25"}}' }))
  ],
  [
    'a flood of output',
    classifyStdio(stdio({ flood: true, noise: { lines: 5000, bytes: 1_100_000, first: 'DEBUG xxxx' } }))
  ],
  [
    'a banner and a timeout',
    classifyStdio(stdio({ timedOut: true, noise: { lines: 1, bytes: 30, first: 'Listening on port 3000' } }))
  ],
  ['a silent timeout', classifyStdio(stdio({ timedOut: true }))],
  [
    'a crash with an error line',
    classifyStdio(
      stdio({
        exit: { code: 1, signal: null },
        stderrLines: ['starting weather server', 'Error: WEATHER_API_KEY environment variable is required']
      })
    )
  ],
  ['an exit without an error line', classifyStdio(stdio({ exit: { code: 2, signal: null }, stderrLines: ['bye'] }))],
  ['a closed stdout', classifyStdio(stdio({ stdoutClosed: true }))],
  [
    'a closed connection after noise',
    classifyStdio(stdio({ error: new Error('Connection closed'), noise: { lines: 1, bytes: 20, first: 'ready!' } }))
  ],
  ['a closed connection', classifyStdio(stdio({ error: new Error('Connection closed') }))],
  ['a banner before a working server', stdoutNoise('Tiny server v1.0 ready on stdio')],
  [
    'an unsupported protocol version',
    classifyStdio(stdio({ error: new Error("Server's protocol version is not supported: 1999-01-01") }))
  ],
  ['an error answer', classifyStdio(stdio({ error: new McpError(-32602, 'unsupported client capabilities') }))],
  [
    'an answer that breaks the schema',
    classifyStdio(
      stdio({
        phase: 'tools/list',
        error: Object.assign(new Error('[{"path":["tools",0,"name"],"message":"Required"}]'), { name: 'ZodError' })
      })
    )
  ],
  ['a refused connection', classifyHttp(http({ networkError: fetchFailed('ECONNREFUSED') }))],
  ['an unknown host', classifyHttp(http({ networkError: fetchFailed('ENOTFOUND') }))],
  ['an untrusted certificate', classifyHttp(http({ networkError: fetchFailed('DEPTH_ZERO_SELF_SIGNED_CERT') }))],
  ['a reset connection', classifyHttp(http({ networkError: fetchFailed('ECONNRESET') }))],
  ['a port fetch refuses', classifyHttp(http({ networkError: new TypeError('fetch failed: bad port') }))],
  [
    'refused credentials',
    classifyHttp(http({ hasHeaders: true, error: new StreamableHTTPError(401, 'Unauthorized') }))
  ],
  [
    'an OAuth sign-in',
    classifyHttp(
      http({
        error: new StreamableHTTPError(401, 'Unauthorized'),
        oauth: {
          metadata: 'protected-resource',
          metadataUrl: 'https://mcp.acme.io/.well-known/oauth-protected-resource/mcp',
          named: true
        }
      })
    )
  ],
  ['a token needed', classifyHttp(http({ error: new StreamableHTTPError(401, 'Unauthorized') }))],
  ['not an MCP endpoint', classifyHttp(http({ error: new StreamableHTTPError(-1, 'Unexpected content type') }))],
  ['an HTTP error status', classifyHttp(http({ error: new StreamableHTTPError(404, 'Not Found') }))],
  ['a remote timeout', classifyHttp(http({ timedOut: true }))],
  ['a remote failure', classifyHttp(http({ error: new Error('Unexpected end of stream') }))],
  ['a switched-off entry', NOT_STARTED.disabled],
  ['a dev container', NOT_STARTED.inContainer],
  ['a folder not trusted', NOT_STARTED.untrustedFolder],
  ['a program of another system', otherSystem('Windows', 'C:\\tools\\server.exe')],
  ['a runner credential', missingPlaceholders([{ text: '${GITHUB_TOKEN}', name: 'GITHUB_TOKEN', kind: 'variable' }])],
  [
    "Claude Code's project folder",
    missingPlaceholders([{ text: '${CLAUDE_PROJECT_DIR}', name: 'CLAUDE_PROJECT_DIR', kind: 'variable' }])
  ],
  ['an unset variable', missingPlaceholders([{ text: '${MY_API_KEY}', name: 'MY_API_KEY', kind: 'variable' }])],
  ['an input', missingPlaceholders([{ text: '${input:apiKey}', name: 'apiKey', kind: 'input' }])],
  ['the budget spent', NOT_STARTED.budgetExhausted],
  ['a WebSocket entry', unsupportedTransport('ws')],
  ['a unix socket', unsupportedScheme('unix:')],
  ['no command', NOT_STARTED.noCommand],
  ['no url', NOT_STARTED.noUrl],
  ['a bad url', NOT_STARTED.invalidUrl],
  ['an interrupted run', interruptedBy('SIGINT')],
  ['a bug of ours', internalError(new TypeError('server.fields is not iterable'))]
]

describe('the dry run messages', () => {
  it('has a case for every message, and every message is used', () => {
    expect(new Set(CASES.map(([, problem]) => problem.messageId))).toEqual(new Set(Object.keys(DRY_RUN_MESSAGES)))
  })

  it.each(CASES)('%s: one short sentence naming the value, and a help that ends the sentence', (_label, problem) => {
    const message = problemMessage(problem)
    expect(message).not.toMatch(/[\r\n]|\{\{|undefined/)
    expect(message.length).toBeLessThanOrEqual(120)
    expect(message).not.toMatch(/[.;:]$/)
    expect(problem.help).toMatch(/^["A-Z].*[.)]$/)
    expect(problem.help).not.toContain('undefined')
  })

  it('never quotes user info, a query or a fragment of a URL', () => {
    for (const [, problem] of CASES) expect(JSON.stringify(problem)).not.toContain('secret-in-query')
  })

  it('cuts long values in the message and keeps them whole in the help', () => {
    const long = `Error: ${'x'.repeat(300)}`
    const problem = classifyStdio(stdio({ exit: { code: 1, signal: null }, stderrLines: [long] }))
    expect(problem.messageId).toBe('exitedReporting')
    expect(String(problem.data.error)).toHaveLength(80)
    expect(String(problem.data.error).endsWith('…')).toBe(true)
    expect(problem.help).toContain(`It reported "${long.slice(0, 199)}…"`)
  })

  it("reads the unsupported version from the SDK's last line, in linear time whatever the server sends", () => {
    const sentence = 'protocol version is not supported: '
    const versionOf = (message: string): unknown => {
      const problem = classifyStdio(stdio({ error: new Error(message) }))
      return problem.kind === 'unsupported-protocol-version' ? problem.data.version : undefined
    }
    expect(versionOf(`Server's ${sentence}2099-01-01`)).toBe('2099-01-01')
    expect(versionOf(`first line\nServer's ${sentence}${sentence}x`)).toBe(`${sentence}x`)
    // A sentence on an earlier line only: not this failure (a pattern's `(.*)$` stops at the line break).
    expect(versionOf(`Server's ${sentence}2099\nmore`)).toBeUndefined()
    // The server writes the version: the sentence 20,000 times before a line break took 8 s to search, and
    // the time grew with the square of its length. A generous bound: what it checks is that the time is linear.
    const started = performance.now()
    expect(versionOf(`Server's ${sentence.repeat(20_000)}\nx`)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('masks every text it carries, data and help alike', () => {
    const problem = classifyStdio(
      stdio({ exit: { code: 1, signal: null }, stderrLines: ['Error: key sk-live-0123456789abcdef was refused'] })
    )
    const masked = maskProblem(problem, (text) => text.replaceAll('sk-live-0123456789abcdef', '…cdef'))
    expect(masked.data.error).toBe('Error: key …cdef was refused')
    expect(JSON.stringify(masked)).not.toContain('sk-live')
  })
})
