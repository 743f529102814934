import type { FailureKind } from '../../src/dryrun/classify.js'
import type { Server } from '../../src/types.js'
import { CATALOGUE, UNCONFIRMED_TEXTS } from '../../src/why/catalogue.js'
import { entryById, entryForDryRunKind, explain, programOf, suspects } from '../../src/why/explain.js'

/** Every real text the catalogue quotes, with the entry that quotes it. */
const QUOTED = CATALOGUE.flatMap((entry) => entry.texts.map((t) => [entry.id, t.text] as const))

describe('the why catalogue', () => {
  it('has unique ids, and every entry quotes at least one real text with its source', () => {
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length)
    for (const entry of CATALOGUE) {
      expect(entry.texts.length).toBeGreaterThan(0)
      for (const t of entry.texts) {
        expect(t.source.trim()).not.toBe('')
        expect(t.hosts.length).toBeGreaterThan(0)
      }
      expect(entry.causes.length).toBeGreaterThan(0)
      expect(entry.checks.length).toBeGreaterThan(0)
      expect(entry.fix.length).toBeGreaterThan(0)
      // Checks name causes by their letters.
      const letters = new Set(entry.causes.map((c) => c.id))
      for (const check of entry.checks)
        for (const letter of check.tells.match(/→ ([a-e](?:,? (?:or |and )?[a-e])*)\b/g) ?? [])
          for (const id of letter.replace('→ ', '').match(/\b[a-e]\b/g) ?? []) expect(letters).toContain(id)
    }
  })

  it.each(QUOTED)('recognises what hosts print as %s: %s', (id, text) => {
    const { matches } = explain(text)
    expect(matches[0]?.entry.id).toBe(id)
  })

  it.each(UNCONFIRMED_TEXTS.map((t) => [t.text, t] as const))(
    'recognises "%s" (quoted in the issue, printed by no host found) by its fragments',
    (text, expected) => {
      const explanation = explain(text)
      expect(explanation.matches[0]?.entry.id).toBe(expected.entry)
      expect(explanation.server).toBe(expected.server)
    }
  )

  it('does not claim to know an unrelated text', () => {
    expect(explain('Everything is fine, 12 tools loaded').matches).toEqual([])
    expect(explain('').matches).toEqual([])
  })

  it('prefers the root cause in a pasted log over the symptom, and keeps both', () => {
    const log = [
      '2025-07-05 22:27:17.630 [warning] [server stderr] Error [ERR_MODULE_NOT_FOUND]: Cannot find module /srv/x/dist/index.js',
      '2025-07-05 22:27:17.636 [info] Connection state: Error Process exited with code 1',
      '2025-07-05 22:27:17.636 [error] Server exited before responding to `initialize` request.'
    ].join('\n')
    const explanation = explain(log)
    expect(explanation.matches.map((m) => m.entry.id)).toEqual([
      'module-not-found',
      'exited-early',
      'failed-to-connect'
    ])
    expect(explanation.hosts).toEqual(['VS Code'])
  })

  it('reads what the text names: program, address, host, package, placeholder, server', () => {
    expect(explain('spawn npx ENOENT').matches[0].about).toEqual({ command: 'npx' })
    expect(explain('spawn C:\\Program Files\\nodejs\\npx.cmd ENOENT').matches[0].about.command).toBe(
      'C:\\Program Files\\nodejs\\npx.cmd'
    )
    expect(explain('connect ECONNREFUSED 127.0.0.1:3100').matches[0].about).toEqual({ endpoint: '127.0.0.1:3100' })
    expect(explain('fetch failed: connect ECONNREFUSED ::1:8080').matches[0].about).toEqual({ endpoint: '::1:8080' })
    expect(explain('getaddrinfo ENOTFOUND mcp.example.com').matches[0].about).toEqual({ host: 'mcp.example.com' })
    expect(explain("npm error 404 '@acme/server-x@*' is not in this registry.").matches[0].about).toEqual({
      package: '@acme/server-x'
    })
    expect(explain('spawn ${APPDATA}/npm/npx ENOENT').matches[0].about.variable).toBe('${APPDATA}')
    const desktop = explain(
      '2025-04-09T04:55:27.189Z [time] [info] Server transport closed unexpectedly, this is likely due to the process exiting early.'
    )
    expect(desktop).toMatchObject({ server: 'time', hosts: ['Claude Desktop'] })
    expect(explain('MCP client for `docs` timed out after 10 seconds.')).toMatchObject({
      server: 'docs',
      hosts: ['Codex']
    })
    expect(
      explain(
        "MCP server 'db tools' uses stdio transport but current folder is not trusted. Use 'gemini trust' to enable it."
      )
    ).toMatchObject({ server: 'db tools', hosts: ['Gemini CLI'] })
  })

  it('finds entries by id and by dry-run failure kind', () => {
    expect(entryById('connection-refused')?.title).toMatch(/nothing listens/)
    expect(entryById('nope')).toBeUndefined()
    // Every failure the dry run classifies is explained by exactly one entry.
    const kinds: FailureKind[] = [
      'command-not-found',
      'command-not-executable',
      'cwd-not-found',
      'spawn-failed',
      'exited',
      'timeout',
      'stdout-corrupted',
      'connection-refused',
      'dns',
      'tls',
      'network',
      'needs-credentials',
      'http-status',
      'protocol-error',
      'unsupported-protocol-version'
    ]
    for (const kind of kinds) {
      expect(CATALOGUE.filter((e) => e.dryRunKinds.includes(kind)).map((e) => e.id)).toHaveLength(1)
      expect(entryForDryRunKind(kind)).toBeDefined()
    }
  })
})

function server(name: string, fields: Partial<Server>): Server {
  return {
    name,
    host: 'claude-code',
    file: '.mcp.json',
    pointer: ['mcpServers', name],
    transport: 'stdio',
    fields: {},
    ...fields
  }
}

describe('servers an error is about', () => {
  const servers = [
    server('memory', { command: 'npx', args: ['-y', '@modelcontextprotocol/server-memory'] }),
    server('win', { command: 'cmd', args: ['/c', 'npx', '-y', 'pkg'] }),
    server('winpath', { command: 'C:\\Program Files\\nodejs\\npx.cmd', args: ['pkg'] }),
    server('uv', { command: 'uvx', args: ['mcp-server-git'] }),
    server('local', { command: 'node', args: ['dist/index.js'], env: { ROOT: '${APPDATA}/x' } }),
    server('api', { transport: 'http', url: 'http://localhost:3100/mcp' }),
    server('remote', { transport: 'sse', url: 'https://mcp.example.com/sse' }),
    server('off', { command: 'npx', args: ['x'], disabled: true })
  ]
  const names = (text: string): string[] =>
    suspects(explain(text).matches[0], servers, explain(text).server).map((s) => `${s.server.name}:${s.how}`)

  it('names the servers that run the program, however it is written, and skips disabled ones', () => {
    expect(names('spawn npx ENOENT')).toEqual(['memory:named', 'win:named', 'winpath:named'])
    expect(programOf({ command: 'cmd', args: ['/C', 'uvx.exe'] })).toBe('uvx')
  })

  it('names servers by address, loopback spellings alike, and by host name', () => {
    expect(names('connect ECONNREFUSED 127.0.0.1:3100')).toEqual(['api:named'])
    expect(names('connect ECONNREFUSED [::1]:3100')).toEqual(['api:named'])
    expect(names('connect ECONNREFUSED 127.0.0.1:9999')).toEqual(['api:kind', 'remote:kind'])
    expect(names('getaddrinfo ENOTFOUND mcp.example.com')).toEqual(['remote:named'])
  })

  it('names servers by name, package and placeholder', () => {
    expect(names('MCP server "uv" connection refused')).toEqual(['uv:named'])
    expect(names("npm error 404 '@modelcontextprotocol/server-memory@*' is not in this registry.")).toEqual([
      'memory:named'
    ])
    expect(names('spawn ${APPDATA}/x ENOENT')).toEqual(['local:named'])
  })

  it('lists the servers of the kind the error is about when it names none', () => {
    expect(names('MCP error -32000: Connection closed')).toEqual([
      'memory:kind',
      'win:kind',
      'winpath:kind',
      'uv:kind',
      'local:kind'
    ])
    expect(names('spawn EINVAL')).toEqual(['memory:kind', 'win:kind', 'winpath:kind', 'uv:kind'])
    expect(names('Error 404 status connecting to http://x/mcp as SSE')).toEqual(['api:kind', 'remote:kind'])
  })
})
