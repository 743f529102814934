import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, freePort, NODE, packageScript, problemOf, server, startBackground, type Background } from './helpers.js'

let tmp: string
const background: Background[] = []
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-real-'))
})
afterAll(async () => {
  await Promise.all(background.map((b) => b.stop()))
  rmSync(tmp, { recursive: true, force: true })
})

const options = () => ({ cwd: tmp, timeoutMs: 20_000, env: { PATH: process.env.PATH, HOME: tmp } })

/** Starts server-everything in one of its HTTP modes on a free port of 127.0.0.1. */
async function everything(mode: 'streamableHttp' | 'sse'): Promise<number> {
  const port = await freePort()
  const started = await startBackground(NODE, [packageScript('server-everything'), mode], {
    env: { PORT: String(port) },
    ready: /listening on port|running on port/i
  })
  background.push(started)
  return port
}

describe('dry run of real MCP servers', () => {
  test('server-everything over stdio: ok, with its name, version, protocol and counts', async () => {
    const { servers, diagnostics } = await dryRun(
      [server('everything', { command: NODE, args: [packageScript('server-everything'), 'stdio'] })],
      options()
    )
    expect(servers[0]).toMatchObject({
      status: 'ok',
      transport: 'stdio',
      serverInfo: { name: 'mcp-servers/everything' },
      protocolVersion: '2025-11-25'
    })
    expect(servers[0].tools).toBeGreaterThan(5)
    expect(servers[0].prompts).toBeGreaterThan(0)
    expect(servers[0].resources).toBeGreaterThan(0)
    expect(servers[0].error).toBeUndefined()
    expect(diagnostics).toEqual([])
    // The surface: every item by name, with the fields a host shows its model.
    const surface = servers[0].surface!
    expect(surface.tools.map((t) => t.name)).toEqual(expect.arrayContaining(['echo', 'get-sum', 'get-env']))
    expect(surface.tools.length).toBe(servers[0].tools)
    expect(surface.tools.find((t) => t.name === 'echo')).toMatchObject({
      title: 'Echo Tool',
      description: expect.any(String),
      inputSchema: { type: 'object', properties: { message: expect.any(Object) } },
      annotations: { readOnlyHint: true }
    })
    expect(surface.tools.some((t) => t.outputSchema !== undefined)).toBe(true)
    expect(surface.prompts.find((p) => p.name === 'args-prompt')?.arguments?.map((a) => a.name)).toEqual([
      'city',
      'state'
    ])
    expect(surface.resources.length).toBe(servers[0].resources)
    expect(surface.resources.every((r) => typeof r.uri === 'string' && typeof r.name === 'string')).toBe(true)
    expect(surface.resourceTemplates.map((t) => t.uriTemplate)).toEqual(
      expect.arrayContaining(['demo://resource/dynamic/text/{resourceId}'])
    )
  })

  test('server-memory and server-filesystem over stdio: ok', async () => {
    const { servers } = await dryRun(
      [
        server('memory', {
          command: NODE,
          args: [packageScript('server-memory')],
          env: { MEMORY_FILE_PATH: path.join(tmp, 'memory.jsonl') }
        }),
        server('filesystem', { command: NODE, args: [packageScript('server-filesystem'), tmp] })
      ],
      options()
    )
    expect(servers.map((s) => [s.name, s.status, s.serverInfo?.name, s.tools !== undefined && s.tools > 0])).toEqual([
      ['memory', 'ok', 'memory-server', true],
      ['filesystem', 'ok', 'secure-filesystem-server', true]
    ])
    expect(servers[0].surface!.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['create_entities', 'read_graph'])
    )
    expect(servers[1].surface!.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining(['read_text_file', 'write_file', 'list_allowed_directories'])
    )
  })

  test('server-everything over Streamable HTTP on 127.0.0.1: ok', async () => {
    const port = await everything('streamableHttp')
    const { servers } = await dryRun(
      [server('remote', { transport: 'http', declaredType: 'http', url: `http://127.0.0.1:${port}/mcp` })],
      options()
    )
    expect(servers[0]).toMatchObject({
      status: 'ok',
      transport: 'http',
      serverInfo: { name: 'mcp-servers/everything' },
      protocolVersion: '2025-11-25'
    })
    expect(servers[0].tools).toBeGreaterThan(5)
  })

  test('server-everything over SSE on 127.0.0.1: ok', async () => {
    const port = await everything('sse')
    const { servers } = await dryRun(
      [server('legacy', { transport: 'sse', declaredType: 'sse', url: `http://127.0.0.1:${port}/sse` })],
      options()
    )
    expect(servers[0]).toMatchObject({ status: 'ok', transport: 'sse', serverInfo: { name: 'mcp-servers/everything' } })
  })

  test('an SSE server configured as VS Code "http": falls back to SSE as VS Code does; Claude Code does not', async () => {
    const port = await everything('sse')
    const url = `http://127.0.0.1:${port}/sse`
    const output = await dryRun(
      [
        server('vscode', { host: 'vscode', file: '.vscode/mcp.json', transport: 'http', declaredType: 'http', url }),
        server('claude', { transport: 'http', declaredType: 'http', url })
      ],
      options()
    )
    const { servers } = output
    expect(servers[0]).toMatchObject({ status: 'ok', transport: 'sse' })
    expect(servers[1]).toMatchObject({ status: 'failed', transport: 'http' })
    expect(problemOf(output, 'claude')).toEqual({
      status: 'failed',
      kind: 'http-status',
      messageId: 'httpStatus',
      data: {
        kind: 'http-status',
        url: `http://127.0.0.1:${port}/sse`,
        status: expect.any(Number),
        phase: 'initialize'
      },
      help: 'Check the path in "url" (Streamable HTTP servers usually serve /mcp).'
    })
    expect([404, 405]).toContain(problemOf(output, 'claude').data!.status)
  })

  test('a closed port: connection-refused', async () => {
    const port = await freePort()
    const output = await dryRun(
      [server('down', { transport: 'http', declaredType: 'http', url: `http://127.0.0.1:${port}/mcp` })],
      options()
    )
    expect(problemOf(output, 'down')).toEqual({
      status: 'failed',
      kind: 'connection-refused',
      messageId: 'connectionRefused',
      data: { kind: 'connection-refused', host: `127.0.0.1:${port}` },
      help: 'Nothing listens there: start the server before the dry run, or fix the host and port in "url".'
    })
  })

  test('a closed port over SSE: connection-refused too', async () => {
    const port = await freePort()
    const { servers } = await dryRun(
      [server('down', { transport: 'sse', declaredType: 'sse', url: `http://127.0.0.1:${port}/sse` })],
      options()
    )
    expect(servers[0].error?.kind).toBe('connection-refused')
  })

  test('a port fetch refuses to use (port 9, a "bad port"): network, with the cause', async () => {
    const output = await dryRun(
      [server('bad', { transport: 'http', declaredType: 'http', url: 'http://127.0.0.1:9/mcp' })],
      options()
    )
    expect(problemOf(output, 'bad')).toEqual({
      status: 'failed',
      kind: 'network',
      messageId: 'networkError',
      data: { kind: 'network', url: 'http://127.0.0.1:9/mcp', error: 'fetch failed: bad port' },
      help: 'Check the host and port in "url".'
    })
  })

  test('a host name that cannot resolve: dns', async () => {
    const output = await dryRun(
      [server('typo', { transport: 'http', declaredType: 'http', url: 'http://mcpcop-test.invalid/mcp' })],
      options()
    )
    expect(problemOf(output, 'typo')).toEqual({
      status: 'failed',
      kind: 'dns',
      messageId: 'dns',
      data: { kind: 'dns', host: 'mcpcop-test.invalid', code: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)$/) },
      help: 'Check the host in "url".'
    })
  })

  test('a self-signed certificate: tls', async () => {
    const key = path.join(tmp, 'key.pem')
    const cert = path.join(tmp, 'cert.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost'
      ],
      { stdio: 'ignore' }
    )
    const https = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) =>
      response.end('{}')
    )
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve))
    const port = (https.address() as { port: number }).port
    try {
      const output = await dryRun(
        [server('selfsigned', { transport: 'http', declaredType: 'http', url: `https://localhost:${port}/mcp` })],
        options()
      )
      expect(problemOf(output, 'selfsigned')).toEqual({
        status: 'failed',
        kind: 'tls',
        messageId: 'tls',
        data: { kind: 'tls', host: `localhost:${port}`, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
        help: 'The server\'s certificate is not trusted for this name: fix the certificate, or the host in "url".'
      })
    } finally {
      https.closeAllConnections()
      await new Promise((resolve) => https.close(resolve))
    }
  })

  test('a 401 endpoint without credentials: skipped as "needs credentials", not a crash', async () => {
    const b = await startBackground(NODE, [fault('http-status.mjs'), '401'], { ready: /listening on (\d+)/ })
    background.push(b)
    const url = `http://127.0.0.1:${b.match[1]}/mcp?api_key=secret-in-query`
    const output = await dryRun([server('saas', { transport: 'http', declaredType: 'http', url })], options())
    const { servers, diagnostics } = output
    expect(problemOf(output, 'saas')).toEqual({
      status: 'skipped',
      kind: 'needs-credentials',
      messageId: 'needsToken',
      data: { kind: 'needs-credentials', url: `http://127.0.0.1:${b.match[1]}/mcp`, status: 401 },
      help: 'Put one in "headers" (for example "Authorization": "Bearer ${API_TOKEN}") and pass the variable to the dry run with --pass-env API_TOKEN.'
    })
    expect(diagnostics[0]).toMatchObject({ ruleId: 'dry-run-skipped', severity: 'notice' })
    expect(JSON.stringify({ servers, diagnostics })).not.toContain('secret-in-query')
  })

  test.each([
    [
      'names its metadata in WWW-Authenticate',
      'oauth-header',
      '/.well-known/oauth-protected-resource',
      'protected-resource',
      ', named in its WWW-Authenticate header'
    ],
    [
      'publishes it at the RFC 9728 well-known path',
      'oauth-well-known',
      '/.well-known/oauth-protected-resource/mcp',
      'protected-resource',
      ''
    ],
    [
      'publishes authorization-server metadata (MCP 2025-03-26)',
      'oauth-legacy',
      '/.well-known/oauth-authorization-server',
      'authorization-server',
      ''
    ]
  ])(
    'a 401 endpoint that %s: skipped as OAuth sign-in, which CI cannot do',
    async (_label, mode, path, metadata, named) => {
      const b = await startBackground(NODE, [fault('http-status.mjs'), '401', mode], { ready: /listening on (\d+)/ })
      background.push(b)
      const origin = `http://127.0.0.1:${b.match[1]}`
      const output = await dryRun(
        [server('saas', { transport: 'http', declaredType: 'http', url: `${origin}/mcp` })],
        options()
      )
      const { diagnostics } = output
      expect(problemOf(output, 'saas')).toEqual({
        status: 'skipped',
        kind: 'needs-oauth',
        messageId: 'needsOAuth',
        data: { kind: 'needs-oauth', url: `${origin}/mcp`, status: 401 },
        help: `It publishes ${metadata} metadata at "${origin}${path}"${named}. A host opens the sign-in in a browser on first use; a CI run cannot sign in, so the dry run skips it.`
      })
      expect(diagnostics[0]).toMatchObject({ ruleId: 'dry-run-skipped', severity: 'notice' })
    }
  )

  test('a 401 endpoint with credentials in headers: failed, the token was refused, and the token is masked', async () => {
    const b = await startBackground(NODE, [fault('http-status.mjs'), '401'], { ready: /listening on (\d+)/ })
    background.push(b)
    const entry = server('saas', {
      transport: 'http',
      declaredType: 'http',
      url: `http://127.0.0.1:${b.match[1]}/mcp`,
      headers: { Authorization: 'Bearer ${SAAS_TOKEN}' }
    })
    const output = await dryRun([entry], {
      ...options(),
      env: { PATH: process.env.PATH, SAAS_TOKEN: 'tok-abcdef' },
      passEnv: ['SAAS_TOKEN']
    })
    expect(problemOf(output, 'saas')).toEqual({
      status: 'failed',
      kind: 'needs-credentials',
      messageId: 'credentialsRefused',
      data: { kind: 'needs-credentials', url: `http://127.0.0.1:${b.match[1]}/mcp`, status: 401 },
      help: 'Check that the variables the headers read hold a valid token.'
    })
    expect(JSON.stringify(output)).not.toContain('tok-abcdef')
  })

  test('a 500 endpoint: http-status', async () => {
    const b = await startBackground(NODE, [fault('http-status.mjs'), '500'], { ready: /listening on (\d+)/ })
    background.push(b)
    const output = await dryRun(
      [server('broken', { transport: 'http', declaredType: 'http', url: `http://127.0.0.1:${b.match[1]}/mcp` })],
      options()
    )
    expect(problemOf(output, 'broken')).toEqual({
      status: 'failed',
      kind: 'http-status',
      messageId: 'httpStatus',
      data: { kind: 'http-status', url: `http://127.0.0.1:${b.match[1]}/mcp`, status: 500, phase: 'initialize' },
      help: 'The server failed: see its logs.'
    })
  })
})
