import { hostById } from '../../src/hosts/index.js'
import { DocumentStrings } from '../../src/rules/support/document.js'
import { launches, launchOf } from '../../src/rules/support/launch.js'
import type { Server } from '../../src/types.js'

const PROFILE = hostById('claude-code')!.profile

function server(name: string, command: string, disabled = false): Server {
  return {
    name,
    host: 'claude-code',
    file: '.mcp.json',
    pointer: ['mcpServers', name],
    transport: 'stdio',
    command,
    args: ['-y', `${name}-pkg`],
    fields: {},
    ...(disabled ? { disabled } : {})
  }
}

/** A file's context as the launch functions read it: its servers, its host's profile, its strings. */
function fileOf(servers: Server[]): { servers: Server[]; profile: typeof PROFILE; strings: DocumentStrings } {
  const value = { mcpServers: Object.fromEntries(servers.map((s) => [s.name, { command: s.command, args: s.args }])) }
  return { servers, profile: PROFILE, strings: new DocumentStrings({ value }, servers) }
}

describe("a file's launches", () => {
  it('are read once per file, in the order of its servers, with and without the switched-off ones', () => {
    const file = fileOf([server('a', 'npx'), server('b', 'uvx', true), server('c', 'node')])
    const all = launches(file, { includeDisabled: true })
    expect(all.map((l) => l.command?.value)).toEqual(['npx', 'uvx', 'node'])
    expect(launches(file, { includeDisabled: false }).map((l) => l.server.name)).toEqual(['a', 'c'])
    // Every rule of the file gets the same launches, and a server's launch is the one in the list.
    expect(launches(file, { includeDisabled: true })).toBe(all)
    expect(launchOf(file, file.servers[2])).toBe(all[2])
  })

  it("are each file's own, even for the same server objects and profile", () => {
    const shared = server('a', 'npx')
    const first = fileOf([shared])
    const second = fileOf([shared, server('b', 'node')])
    expect(launches(first, { includeDisabled: true })).toHaveLength(1)
    expect(launches(second, { includeDisabled: true }).map((l) => l.server.name)).toEqual(['a', 'b'])
    expect(launchOf(first, second.servers[1])?.command?.value).toBe('node')
  })
})
