import { equivalentKeys } from '../src/hosts/index.js'
import { nearestName, suggest } from '../src/nearest.js'

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
