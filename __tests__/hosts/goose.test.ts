import { describe, expect, it } from '@jest/globals'
import { goose } from '../../src/hosts/goose.js'
import { lintFixture as lintSchemaOnly, shortForm } from '../helpers/host-lint.js'
import { lintFixture } from '../helpers/lint.js'

// Facts checked against aaif-goose/goose (formerly block/goose): crates/goose/src/agents/extension.rs,
// crates/goose/src/config/extensions.rs @bfa2b96 and crates/goose/src/config/base.rs @8d496d4.
describe('goose', () => {
  it('reads the keys newer releases added: cwd, env for envs, a name from the id, the OAuth and socket keys', () => {
    const { diagnostics, servers } = lintSchemaOnly('goose/valid/newer-keys.yaml', 'config.yaml', { host: 'goose' })
    expect(shortForm(diagnostics)).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.command ?? s.url, s.cwd])).toEqual([
      ['firecrawl', 'stdio', 'npx', '/srv/firecrawl'],
      ['developer', 'unknown', undefined, undefined],
      ['remote', 'http', 'https://mcp.example.com/mcp', undefined]
    ])
    expect(servers[0].env).toEqual({ FIRECRAWL_API_KEY: 'test-key' })
    expect(servers[0].fields.env).toEqual({
      FIRECRAWL_API_KEY: ['extensions', 'firecrawl', 'env', 'FIRECRAWL_API_KEY']
    })
  })

  it('reports an extension without "enabled", which Goose skips while it loads the others', () => {
    const { diagnostics } = lintSchemaOnly('goose/invalid/no-enabled.yaml', 'config.yaml', { host: 'goose' })
    expect(shortForm(diagnostics)).toEqual(['2:3 error schema-required', '10:11 error schema-enum'])
    expect(diagnostics[0].help).toContain('Goose skips an extension without "enabled"')
  })

  it('says Goose skips an extension of a type it does not know, and drops the variables it refuses', () => {
    const { diagnostics } = lintFixture('goose/invalid/no-enabled.yaml', 'config.yaml', { host: 'goose' })
    const foreign = diagnostics.find((d) => d.ruleId === 'foreign-transport-type')
    expect(foreign?.help).toContain('Goose does not know it and skips that extension')
    const dropped = diagnostics.find((d) => d.ruleId === 'dangerous-env-override')
    expect(dropped).toMatchObject({ messageId: 'dropped', data: { host: 'Goose', name: 'LD_PRELOAD' } })
  })

  it('expands ${VAR} and $VAR but not ${VAR:-default}, and starts a stdio extension in its cwd', () => {
    expect(goose.profile.placeholders.syntaxes).toEqual(['dollar-brace-plain', 'dollar'])
    expect(goose.profile.launch.cwd.honoured).toBe(true)
  })

  it('fills placeholders in uri, headers, socket, client_id and cwd only, not in cmd, args or envs', () => {
    expect(goose.profile.placeholders.expandedIn).toEqual(['uri', 'headers', 'socket', 'client_id', 'cwd'])
  })

  it('knows the Windows config folder and the system-wide file read beneath the user one', () => {
    const [user, system] = goose.profile.userFiles
    expect(user.paths.win32).toContain('${APPDATA}/Block/goose/config/config.yaml')
    expect(user.unconfirmed).toEqual({})
    expect(system).toMatchObject({ scope: 'managed', paths: { linux: ['/etc/goose/config.yaml'] } })
    expect(goose.profile.userFiles).toHaveLength(2)
  })
})
