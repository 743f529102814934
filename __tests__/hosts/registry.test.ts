import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

const CURRENT = 'https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json'
const schemaUrl = (date: string): string => `https://static.modelcontextprotocol.io/schemas/${date}/server.schema.json`

/** A small server.json as text, one key per line so positions are easy to read. */
function serverJson(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
  return `{\n${lines.join(',\n')}\n}\n`
}

const npmPackage = { registryType: 'npm', identifier: 'weather-mcp', version: '1.0.0', transport: { type: 'stdio' } }

describe('registry', () => {
  it('accepts packages and remotes with ${VERSION} and {template} values, and runs each the way registry clients do', () => {
    const { diagnostics, servers, host } = lintFixture('registry/valid/packages-and-remotes.json', 'server.json')
    expect(host).toBe('registry')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.pointer, s.transport, s.declaredType, s.command, s.args, s.url])).toEqual([
      [
        'io.github.example/weather (packages[0])',
        ['packages', 0],
        'stdio',
        'stdio',
        'npx',
        ['-y', '@example/weather-mcp@1.4.0', '--units', 'metric', '{city}'],
        undefined
      ],
      [
        'io.github.example/weather (packages[1])',
        ['packages', 1],
        'stdio',
        'stdio',
        'docker',
        [
          'run',
          '-i',
          '--rm',
          '-e',
          'WEATHER_API_KEY={token}',
          '-e',
          'WEATHER_REGION',
          'ghcr.io/example/weather-mcp:${VERSION}'
        ],
        undefined
      ],
      [
        'io.github.example/weather (packages[2])',
        ['packages', 2],
        'http',
        'streamable-http',
        'uvx',
        ['weather-mcp==1.4.0', '--port', '8080'],
        'http://localhost:{port}/mcp'
      ],
      [
        'io.github.example/weather (remotes[0])',
        ['remotes', 0],
        'http',
        'streamable-http',
        undefined,
        undefined,
        'https://{tenant}.weather.example.com/mcp'
      ],
      [
        'io.github.example/weather (remotes[1])',
        ['remotes', 1],
        'sse',
        'sse',
        undefined,
        undefined,
        'https://weather.example.com/sse'
      ]
    ])
    // Only variables with a value or default become env/headers; the user supplies the rest.
    expect(servers[0].env).toEqual({ WEATHER_REGION: 'eu' })
    expect(servers[3].headers).toEqual({ Authorization: 'Bearer {api_key}' })
  })

  it('reports each mistake once, at its exact position, with the registry reason', () => {
    const { diagnostics, servers } = lintFixture('registry/invalid/mixed-mistakes.json', 'server.json')
    expect(shortForm(diagnostics)).toEqual([
      '3:11 error schema-value',
      '4:18 error schema-value',
      '7:5 error schema-required',
      '7:70 error schema-value',
      '11:21 error schema-value',
      '13:28 error schema-required',
      '17:15 error schema-enum',
      '18:5 error schema-required',
      '20:64 error schema-value'
    ])
    const messages = diagnostics.map((d) => d.message)
    expect(messages[0]).toContain('"name" "weather" does not match the expected form')
    expect(messages[0]).toContain('reverse-DNS namespace')
    expect(messages[1]).toBe(
      '"description" is 104 characters long; the limit is 100: the MCP Registry rejects a longer description when publishing; keep it to one short sentence and put the details in the README'
    )
    expect(messages[2]).toBe('"packages[0]" is missing the required "transport"')
    expect(messages[3]).toContain('"latest" is not allowed')
    expect(messages[5]).toContain('a positional argument needs a "value" (passed as it is) or a "valueHint"')
    // The transport union reads as one discriminated choice, not one error per branch.
    expect(messages[6]).toBe(
      '"remotes[0].type" is "http", but MCP Registry accepts only one of "streamable-http", "sse": the MCP Registry calls the Streamable HTTP transport "streamable-http" (not "http")'
    )
    expect(messages[7]).toBe('"remotes[1]" is missing the required "url"')
    expect(diagnostics[2].server).toBe('weather (packages[0])')
    expect(diagnostics[7].server).toBe('weather (remotes[1])')
    expect(servers.find((s) => s.name === 'weather (remotes[0])')?.transport).toBe('unknown')
  })

  describe('schema selection by $schema', () => {
    it('checks a 2025-09-29 file against 2025-09-29, which still requires a package version', () => {
      const pkg = { registryType: 'oci', identifier: 'ghcr.io/example/weather:1.0.0', transport: { type: 'stdio' } }
      const old = lintText(
        'server.json',
        serverJson({
          $schema: schemaUrl('2025-09-29'),
          name: 'io.github.example/weather',
          description: 'Weather',
          version: '1.0.0',
          packages: [pkg]
        })
      )
      expect(shortForm(old.diagnostics)).toEqual(['2:14 notice schema-value', '6:16 error schema-required'])
      expect(old.diagnostics[0].message).toBe(
        `"$schema" names the older 2025-09-29 schema, which this file was checked against; mcp-publisher publishes only the current one: update it to "${CURRENT}" (see the registry's server.json CHANGELOG)`
      )
      expect(old.diagnostics[1].message).toBe('"packages[0]" is missing the required "version"')
      // The same package is valid under the current schema (version became optional in 2025-10-11).
      const current = lintText(
        'server.json',
        serverJson({
          $schema: CURRENT,
          name: 'io.github.example/weather',
          description: 'Weather',
          version: '1.0.0',
          packages: [pkg]
        })
      )
      expect(current.diagnostics).toEqual([])
    })

    it('checks 2025-10-11 and 2025-10-17 files against 2025-12-11, their nearest vendored schema', () => {
      for (const date of ['2025-10-11', '2025-10-17']) {
        const pkg = {
          registryType: 'oci',
          identifier: 'ghcr.io/example/weather:${VERSION}',
          transport: { type: 'stdio' }
        }
        const { diagnostics } = lintText(
          'server.json',
          serverJson({
            $schema: schemaUrl(date),
            name: 'io.github.example/weather',
            description: 'Weather',
            version: '${VERSION}',
            status: 'active',
            packages: [pkg]
          })
        )
        expect(shortForm(diagnostics)).toEqual(['2:14 notice schema-value'])
      }
    })

    it('checks a 2025-09-16 file against its closed Package, where a snake_case key is unknown', () => {
      const pkg = { ...npmPackage, runtime_hint: 'npx' }
      const fields = {
        name: 'io.github.example/weather',
        description: 'Weather',
        version: '1.0.0',
        status: 'active',
        packages: [pkg]
      }
      const old = lintText('server.json', serverJson({ $schema: schemaUrl('2025-09-16'), ...fields }))
      expect(shortForm(old.diagnostics)).toEqual(['2:14 notice schema-value', '7:112 warning schema-unknown-key'])
      expect(old.diagnostics[1].message).toBe(
        'unknown key "runtime_hint" in "packages[0]": MCP Registry ignores it; did you mean "runtimeHint"?'
      )
      const current = lintText('server.json', serverJson({ $schema: CURRENT, ...fields }))
      expect(current.diagnostics).toEqual([])
    })

    it('reports the retired snake_case 2025-07-09 format as an error, and still reads its fields', () => {
      const pkg = {
        registry_type: 'pypi',
        registry_base_url: 'https://pypi.org',
        identifier: 'weather-mcp',
        version: '2.0.0',
        runtime_hint: 'uvx',
        transport: { type: 'stdio' }
      }
      const { diagnostics, servers } = lintText(
        'server.json',
        serverJson({
          $schema: schemaUrl('2025-07-09'),
          name: 'io.github.example/weather',
          description: 'Weather',
          status: 'active',
          version: '2.0.0',
          packages: [pkg]
        })
      )
      // Valid against its own schema: the one error is the retired format itself.
      expect(shortForm(diagnostics)).toEqual(['2:14 error schema-value'])
      expect(diagnostics[0].message).toContain(
        'names the retired 2025-07-09 format, whose snake_case fields ("registry_type", "registry_base_url", "environment_variables", ...) the MCP Registry no longer reads'
      )
      expect(servers.map((s) => [s.command, s.args])).toEqual([['uvx', ['weather-mcp==2.0.0']]])
    })

    it('checks a file without $schema against the current schema and says so in a notice', () => {
      const { diagnostics } = lintText(
        'server.json',
        serverJson({
          name: 'io.github.example/weather',
          description: 'x'.repeat(101),
          version: '1.0.0',
          packages: [npmPackage]
        })
      )
      expect(shortForm(diagnostics)).toEqual(['1:1 notice schema-required', '3:18 error schema-value'])
      expect(diagnostics[0].message).toBe(
        `this server.json has no "$schema", so it was checked against the current schema 2025-12-11; mcp-publisher requires it: add "$schema": "${CURRENT}"`
      )
    })

    it('checks a file with an unknown $schema against the current schema and says so in a notice', () => {
      for (const url of [schemaUrl('2026-01-01'), 'https://example.com/my-server.schema.json']) {
        const { diagnostics } = lintText(
          'server.json',
          serverJson({
            $schema: url,
            name: 'io.github.example/weather',
            description: 'Weather',
            version: '1.0.0',
            remotes: [{ type: 'streamable-http', url: 'https://example.com/mcp' }]
          })
        )
        expect(shortForm(diagnostics)).toEqual(['2:14 notice schema-value'])
        expect(diagnostics[0].message).toContain(
          `is not a published server.json schema (known: 2025-07-09, 2025-09-16, 2025-09-29, 2025-10-11, 2025-10-17, 2025-12-11), so the file was checked against the current 2025-12-11; use "${CURRENT}"`
        )
      }
    })
  })

  describe('claims', () => {
    it('skips a discovered server.json that is not a registry file, and checks it when named with --host', () => {
      const text = '{ "port": 8080, "host": "localhost" }\n'
      expect(lintText('app/server.json', text).host).toBeNull()
      const forced = lintText('app/server.json', text, { host: 'registry' })
      expect(forced.host).toBe('registry')
      expect(shortForm(forced.diagnostics)).toEqual([
        '1:1 error schema-required',
        '1:1 error schema-required',
        '1:1 error schema-required',
        '1:1 notice schema-required'
      ])
    })

    it('claims a file by its $schema alone, or by name with packages or remotes', () => {
      expect(lintText('server.json', `{ "$schema": "${CURRENT}" }`).host).toBe('registry')
      expect(lintText('server.json', '{ "name": "io.github.a/b", "remotes": [] }').host).toBe('registry')
      expect(lintText('server.json', '{ "name": "io.github.a/b" }').host).toBeNull()
    })
  })

  it('does not crash on hostile shapes and normalises nothing it cannot read', () => {
    const { diagnostics, servers } = lintText(
      'server.json',
      serverJson({
        $schema: CURRENT,
        name: 'io.github.a/b',
        description: 'd',
        version: '1',
        packages: [null, 'npm', { transport: 7 }],
        remotes: { type: 'sse' }
      })
    )
    expect(servers.map((s) => [s.name, s.transport, s.command])).toEqual([
      ['io.github.a/b (packages[2])', 'unknown', undefined]
    ])
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(shortForm(diagnostics)).toEqual([
      '6:16 error schema-type',
      '6:21 error schema-type',
      '6:27 error schema-required',
      '6:27 error schema-required',
      '6:40 error schema-type',
      '7:14 error schema-type'
    ])
  })
})
