import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

const nodeServer = {
  type: 'node',
  entry_point: 'server/index.js',
  mcp_config: { command: 'node', args: ['${__dirname}/server/index.js'] }
}
const uvServer = {
  type: 'uv',
  entry_point: 'src/server.py',
  mcp_config: { command: 'uv', args: ['run', 'src/server.py'] }
}

/** A minimal manifest as text, one top-level key per line so positions are easy to read. */
function manifest(fields: Record<string, unknown>, server: object = nodeServer): string {
  const base = { name: 'bundle', version: '1.0.0', description: 'A bundle', author: { name: 'Author' }, server }
  const lines = Object.entries({ ...fields, ...base }).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`
  )
  return `{\n${lines.join(',\n')}\n}\n`
}

describe('mcpb', () => {
  it('accepts a 0.3 manifest with every user_config type, substitutions and platform overrides', () => {
    const { diagnostics, servers, host } = lintFixture(
      'mcpb/valid/manifest-v0.3.json',
      'extensions/hello/manifest.json'
    )
    expect(host).toBe('mcpb')
    expect(diagnostics).toEqual([])
    expect(servers).toHaveLength(1)
    expect(servers[0]).toMatchObject({
      name: 'hello-world-node',
      host: 'mcpb',
      pointer: ['server', 'mcp_config'],
      transport: 'stdio',
      command: 'node',
      args: [
        '${__dirname}/server/index.js',
        '--verbose=${user_config.verbose_logging}',
        '--root=${user_config.allowed_directories}'
      ],
      env: { API_KEY: '${user_config.api_key}', MAX_RESULTS: '${user_config.max_results}', HOME_DIR: '${HOME}' }
    })
    expect(servers[0].declaredType).toBeUndefined()
  })

  it('accepts a legacy DXT manifest by its dxt_version', () => {
    const { diagnostics, servers } = lintFixture('mcpb/valid/dxt-v0.1.json', 'manifest.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.command, s.args, s.env])).toEqual([
      ['legacy-python', 'python3', ['${__dirname}/server/main.py'], { PYTHONPATH: '${__dirname}/server/lib' }]
    ])
  })

  it('accepts the uv server type in a 0.4 manifest', () => {
    const { diagnostics, servers } = lintFixture('mcpb/valid/manifest-v0.4-uv.json', 'manifest.json')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.command, s.args])).toEqual([
      ['uv', ['run', '--directory', '${__dirname}', 'src/server.py']]
    ])
  })

  it('reports each mistake at its exact position; unknown keys are errors because the tooling rejects them', () => {
    const { diagnostics, servers } = lintFixture('mcpb/invalid/mixed-mistakes.json', 'manifest.json')
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '5:3 error schema-required',
      '5:24 error schema-format',
      '7:13 error schema-enum',
      '9:48 error schema-type',
      '9:80 error schema-unknown-key',
      '12:5 error schema-required',
      '12:24 error schema-enum',
      '14:3 error schema-unknown-key'
    ])
    const messages = diagnostics.map((d) => d.message)
    expect(messages[0]).toBe('the file is missing the required "description"')
    expect(messages[1]).toBe('"author" is missing the required "name"')
    expect(messages[2]).toBe('"author.email" is not a valid email: "not-an-email"')
    expect(messages[3]).toBe(
      '"server.type" is "uv", but MCPB accepts only one of "python", "node", "binary": the "uv" server type needs "manifest_version": "0.4"'
    )
    expect(messages[4]).toBe('"server.mcp_config.args" must be an array, not the string "${__dirname}/server/index.js"')
    expect(messages[5]).toBe('unknown key "cwd" in "server.mcp_config": MCPB rejects it')
    expect(messages[6]).toBe('"user_config.token" is missing the required "description"')
    expect(messages[7]).toContain('for a secret use "type": "string" with "sensitive": true')
    expect(messages[8]).toBe('unknown key "platforms" in the top level: MCPB rejects it')
    // args of the wrong type are not invented into a command line.
    expect(servers.map((s) => [s.command, s.args])).toEqual([['node', undefined]])
  })

  describe('schema selection by manifest version', () => {
    it('allows the uv server type only from 0.4 on', () => {
      expect(lintText('manifest.json', manifest({ manifest_version: '0.4' }, uvServer)).diagnostics).toEqual([])
      const old = lintText('manifest.json', manifest({ manifest_version: '0.3' }, uvServer))
      expect(shortForm(old.diagnostics)).toEqual(['7:21 error schema-enum'])
    })

    it('allows privacy_policies from 0.2 and icons from 0.3 on', () => {
      const policies = { privacy_policies: ['https://example.com/privacy'] }
      expect(shortForm(lintText('manifest.json', manifest({ dxt_version: '0.1', ...policies })).diagnostics)).toEqual([
        '3:3 error schema-unknown-key'
      ])
      expect(lintText('manifest.json', manifest({ manifest_version: '0.2', ...policies })).diagnostics).toEqual([])
      const icons = { icons: [{ src: 'icon.png', size: '16x16' }] }
      expect(shortForm(lintText('manifest.json', manifest({ manifest_version: '0.2', ...icons })).diagnostics)).toEqual(
        ['3:3 error schema-unknown-key']
      )
      expect(lintText('manifest.json', manifest({ manifest_version: '0.3', ...icons })).diagnostics).toEqual([])
    })

    it('prefers manifest_version over dxt_version, as the tooling does, so a different dxt_version is an error', () => {
      const { diagnostics } = lintText('manifest.json', manifest({ manifest_version: '0.3', dxt_version: '0.2' }))
      expect(shortForm(diagnostics)).toEqual(['3:18 error schema-enum'])
      expect(diagnostics[0].message).toBe('"dxt_version" is "0.2", but MCPB accepts only "0.3"; did you mean "0.3"?')
    })

    it('reports an unknown version once, naming the supported ones, and still checks the rest', () => {
      const { diagnostics, host } = lintText(
        'manifest.json',
        manifest({ manifest_version: '0.5', homepage: 'not a url' })
      )
      expect(host).toBe('mcpb')
      expect(shortForm(diagnostics)).toEqual(['2:23 error schema-enum', '3:15 error schema-format'])
      expect(diagnostics[0].message).toBe(
        '"manifest_version" is "0.5", which the MCPB tooling does not know, so it rejects the bundle ("Unrecognized or unsupported manifest version"); use one of "0.1", "0.2", "0.3", "0.4" (the rest of the file was checked against 0.4)'
      )
    })

    it('uses a supported dxt_version when manifest_version is unknown, like the tooling', () => {
      const { diagnostics } = lintText('manifest.json', manifest({ manifest_version: '9', dxt_version: '0.1' }))
      expect(shortForm(diagnostics)).toEqual(['2:23 error schema-enum'])
      expect(diagnostics[0].message).toBe('"manifest_version" is "9", but MCPB accepts only "0.1"')
    })

    it('requires a version key when the file is checked with --host mcpb', () => {
      const { diagnostics, host } = lintText('bundle/manifest.json', manifest({}), { host: 'mcpb' })
      expect(host).toBe('mcpb')
      expect(shortForm(diagnostics)).toEqual(['1:1 error schema-required'])
      expect(diagnostics[0].message).toBe(
        'the manifest is missing "manifest_version": the MCPB tooling refuses a manifest without it (or the legacy "dxt_version"); add "manifest_version": "0.4" (supported: "0.1", "0.2", "0.3", "0.4")'
      )
    })
  })

  it('claims only manifests with a version key and a server', () => {
    expect(
      lintText('public/manifest.json', '{ "name": "My PWA", "short_name": "pwa", "start_url": "/" }\n').host
    ).toBeNull()
    expect(lintText('manifest.json', '{ "manifest_version": 3, "name": "chrome-extension" }\n').host).toBeNull()
    expect(lintText('manifest.json', manifest({ manifest_version: '0.3' })).host).toBe('mcpb')
  })

  it('does not crash on hostile shapes', () => {
    const { diagnostics, servers } = lintText(
      'manifest.json',
      '{ "manifest_version": "0.3", "server": { "mcp_config": [] }, "user_config": 5 }\n'
    )
    expect(servers).toEqual([])
    expect(diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:1 error schema-required',
      '1:30 error schema-required',
      '1:30 error schema-required',
      '1:56 error schema-type',
      '1:77 error schema-type'
    ])
  })
})
