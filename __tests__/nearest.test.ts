import { equivalentKeys } from '../src/hosts/index.js'
import { MAX_FUZZY_CANDIDATES, nearestName, suggest } from '../src/nearest.js'

describe('suggest', () => {
  it("suggests another host's key for the same thing, from the host profiles", () => {
    expect(suggest('servers', ['inputs', 'mcpServers'])).toBe('mcpServers')
    expect(suggest('mcpServers', ['servers', 'inputs'])).toBe('servers')
    expect(suggest('mcpServers', ['extensions'])).toBe('extensions')
    expect(suggest('serverUrl', ['type', 'url', 'headers'])).toBe('url')
    expect(suggest('url', ['serverUrl', 'headers'])).toBe('serverUrl')
    expect(suggest('alwaysAllow', ['autoApprove', 'disabled'])).toBe('autoApprove')
    expect(suggest('enabled', ['disabled', 'env'])).toBe('disabled')
    expect(suggest('environment', ['command', 'env'])).toBe('env')
  })

  it('falls back to the nearest name, and finds nothing for a name from Object.prototype', () => {
    expect(suggest('comand', ['command', 'args'])).toBe('command')
    expect(suggest('constructor', ['command', 'args'])).toBeUndefined()
    expect(suggest('servers', [])).toBeUndefined()
    expect(nearestName('ARGS', ['args'])).toBe('args')
  })

  it('derives the server map, endpoint and tool-list keys of every host', () => {
    for (const key of ['mcpServers', 'servers', 'context_servers', 'mcp', 'url', 'httpUrl', 'serverUrl', 'autoApprove'])
      expect(equivalentKeys().get(key)?.length).toBeGreaterThan(0)
    expect(equivalentKeys().get('servers')).toContain('mcpServers')
    expect(equivalentKeys().get('servers')).not.toContain('servers')
  })
})

describe('nearestName on long lists', () => {
  const many = Array.from({ length: MAX_FUZZY_CANDIDATES + 1 }, (_, i) => `server-${i}`)

  it('still finds a difference of case, "-" or "_" among any number of names, the first as written', () => {
    expect(nearestName('SERVER_7', many)).toBe('server-7')
    expect(nearestName('server7', ['Server_7', ...many])).toBe('Server_7')
  })

  it('guesses no typo past the limit, where one would be a coin toss', () => {
    expect(nearestName('server-7x', many.slice(0, MAX_FUZZY_CANDIDATES))).toBe('server-7')
    expect(nearestName('server-7x', many)).toBeUndefined()
  })

  it('answers from the list it is given, even when an earlier list held other names', () => {
    const names = ['alpha']
    expect(nearestName('ALPHA', names)).toBe('alpha')
    expect(nearestName('ALPHA', ['Alpha'])).toBe('Alpha')
  })
})
