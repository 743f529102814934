import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import os from 'node:os'
import path from 'node:path'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, freePort, NODE, packageScript, server, startBackground, type Background } from './helpers.js'

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
    const { servers } = await dryRun(
      [
        server('vscode', { host: 'vscode', file: '.vscode/mcp.json', transport: 'http', declaredType: 'http', url }),
        server('claude', { transport: 'http', declaredType: 'http', url })
      ],
      options()
    )
    expect(servers[0]).toMatchObject({ status: 'ok', transport: 'sse' })
    expect(servers[1]).toMatchObject({ status: 'failed', transport: 'http', error: { kind: 'http-status' } })
    expect(servers[1].error!.message).toMatch(
      new RegExp(
        `^"http://127\\.0\\.0\\.1:${port}/sse" answered HTTP 40[45] to "initialize": check the path in "url" \\(Streamable HTTP servers usually serve /mcp\\)$`
      )
    )
  })

  test('a closed port: connection-refused', async () => {
    const port = await freePort()
    const { servers } = await dryRun(
      [server('down', { transport: 'http', declaredType: 'http', url: `http://127.0.0.1:${port}/mcp` })],
      options()
    )
    expect(servers[0]).toMatchObject({
      status: 'failed',
      error: {
        kind: 'connection-refused',
        message: `connection refused at "127.0.0.1:${port}": nothing listens there; start the server before the dry run, or fix the host and port in "url"`
      }
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
    const { servers } = await dryRun(
      [server('bad', { transport: 'http', declaredType: 'http', url: 'http://127.0.0.1:9/mcp' })],
      options()
    )
    expect(servers[0].error).toEqual({
      kind: 'network',
      message:
        'the request to "http://127.0.0.1:9/mcp" failed (fetch failed: bad port): check the host and port in "url"'
    })
  })

  test('a host name that cannot resolve: dns', async () => {
    const { servers } = await dryRun(
      [server('typo', { transport: 'http', declaredType: 'http', url: 'http://mcpcop-test.invalid/mcp' })],
      options()
    )
    expect(servers[0].error).toEqual({
      kind: 'dns',
      message: expect.stringMatching(
        /^the host name "mcpcop-test\.invalid" could not be resolved \((ENOTFOUND|EAI_AGAIN)\): check the host in "url"$/
      )
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
      const { servers } = await dryRun(
        [server('selfsigned', { transport: 'http', declaredType: 'http', url: `https://localhost:${port}/mcp` })],
        options()
      )
      expect(servers[0].error).toEqual({
        kind: 'tls',
        message: `the TLS handshake with "localhost:${port}" failed (DEPTH_ZERO_SELF_SIGNED_CERT): the server's certificate is not trusted for this name; fix the certificate, or the host in "url"`
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
    const { servers, diagnostics } = await dryRun(
      [server('saas', { transport: 'http', declaredType: 'http', url })],
      options()
    )
    expect(servers[0]).toMatchObject({
      status: 'skipped',
      error: {
        kind: 'needs-credentials',
        message: `"http://127.0.0.1:${b.match[1]}/mcp" answered HTTP 401 and offers no OAuth sign-in: it needs a token in "headers" (for example "Authorization": "Bearer \${API_TOKEN}"), with the variable passed to the dry run with --pass-env API_TOKEN`
      }
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
      const { servers, diagnostics } = await dryRun(
        [server('saas', { transport: 'http', declaredType: 'http', url: `${origin}/mcp` })],
        options()
      )
      expect(servers[0]).toMatchObject({
        status: 'skipped',
        error: {
          kind: 'needs-oauth',
          message: `"${origin}/mcp" answered HTTP 401: this server uses OAuth sign-in (it publishes ${metadata} metadata at "${origin}${path}"${named}): a host opens the sign-in in a browser on first use, and a CI run cannot sign in, so the dry run skips it`
        }
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
    const { servers } = await dryRun([entry], {
      ...options(),
      env: { PATH: process.env.PATH, SAAS_TOKEN: 'tok-abcdef' },
      passEnv: ['SAAS_TOKEN']
    })
    expect(servers[0]).toMatchObject({
      status: 'failed',
      error: {
        kind: 'needs-credentials',
        message: `"http://127.0.0.1:${b.match[1]}/mcp" answered HTTP 401: the credentials in "headers" were refused; check that the variables they read hold a valid token`
      }
    })
    expect(JSON.stringify(servers)).not.toContain('tok-abcdef')
  })

  test('a 500 endpoint: http-status', async () => {
    const b = await startBackground(NODE, [fault('http-status.mjs'), '500'], { ready: /listening on (\d+)/ })
    background.push(b)
    const { servers } = await dryRun(
      [server('broken', { transport: 'http', declaredType: 'http', url: `http://127.0.0.1:${b.match[1]}/mcp` })],
      options()
    )
    expect(servers[0].error).toEqual({
      kind: 'http-status',
      message: `"http://127.0.0.1:${b.match[1]}/mcp" answered HTTP 500 to "initialize": the server failed; see its logs`
    })
  })
})
