import { DocumentStrings, documentStrings, stringsUnder } from '../../src/rules/support/document.js'
import type { Server } from '../../src/types.js'

const VALUE = {
  mcpServers: {
    a: { command: 'npx', args: ['--api-key', 'k1', 'pkg'], env: { TOKEN: 't' } },
    b: { url: 'https://x', headers: [{ name: 'X-Api-Key', value: 'v' }] }
  }
}

describe('a document walked once for its strings', () => {
  it('gives every value and key with its pointer and what it is the value of', () => {
    const all = documentStrings(VALUE)
    const at = (value: string) => all.find((s) => s.value === value && !s.isKey)
    expect(at('k1')).toEqual({
      path: ['mcpServers', 'a', 'args', 1],
      value: 'k1',
      isKey: false,
      field: '--api-key',
      name: '--api-key'
    })
    expect(at('t')).toMatchObject({ path: ['mcpServers', 'a', 'env', 'TOKEN'], field: 'TOKEN', name: 'TOKEN' })
    // A `{ name, value }` pair's value is named by its sibling for the rules, by its key for the masking.
    expect(at('v')).toMatchObject({ field: 'value', name: 'X-Api-Key' })
    expect(all.filter((s) => s.isKey).map((s) => s.value)).toEqual(
      expect.arrayContaining(['mcpServers', 'a', 'b', 'command', 'args', 'env', 'TOKEN', 'url', 'headers'])
    )
    // 11 keys and 8 values.
    expect(all).toHaveLength(19)
  })

  it('gives the strings under a node as walking that node alone would, its own key left out', () => {
    const all = documentStrings(VALUE)
    const under = stringsUnder(all, ['mcpServers', 'a', 'args'])
    expect(under.map((s) => [s.path, s.value])).toEqual([
      [['mcpServers', 'a', 'args', 2], 'pkg'],
      [['mcpServers', 'a', 'args', 1], 'k1'],
      [['mcpServers', 'a', 'args', 0], '--api-key']
    ])
    // A pointer that names an array index as a string keeps that spelling in the paths it gets back.
    const list = documentStrings({ servers: [{ command: 'x' }] })
    expect(stringsUnder(list, ['servers', '0']).map((s) => s.path)).toEqual([
      ['servers', '0', 'command'],
      ['servers', '0', 'command']
    ])
  })

  it('walks a file once, on the first question, and each server entry once', () => {
    let reads = 0
    const doc = {
      get value() {
        reads++
        return VALUE
      }
    }
    const strings = new DocumentStrings(doc)
    expect(reads).toBe(0)
    const server = { pointer: ['mcpServers', 'b'] } as unknown as Server
    const first = strings.of(server)
    expect(first.map((s) => s.value)).toContain('https://x')
    expect(first.map((s) => s.value)).not.toContain('b')
    expect(strings.of(server)).toBe(first)
    expect(strings.all).toBe(strings.all)
    expect(reads).toBe(1)
  })

  it('cuts each given server entry out of the one walk, as stringsUnder finds it', () => {
    const shared = { command: 'node', args: ['a.js'] }
    const value = {
      mcpServers: { a: VALUE.mcpServers.a, b: VALUE.mcpServers.b, c: shared, d: shared, e: 'text' },
      servers: [{ command: 'x', args: ['--flag', 'y'] }]
    }
    const pointers: (string | number)[][] = [
      ['mcpServers', 'a'],
      ['mcpServers', 'b'],
      // One object at two places (a YAML alias): each entry still gets its own pointers.
      ['mcpServers', 'c'],
      ['mcpServers', 'd'],
      // Not an object: what stringsUnder gives.
      ['mcpServers', 'e'],
      // An index spelled as a string keeps that spelling.
      ['servers', '0'],
      ['servers', 0]
    ]
    const servers = pointers.map((pointer) => ({ pointer }) as unknown as Server)
    const strings = new DocumentStrings({ value }, servers)
    const all = documentStrings(value)
    for (const server of servers) expect(strings.of(server)).toEqual(stringsUnder(all, server.pointer))
    expect(strings.of(servers[3]).map((s) => s.path[1])).toEqual(['d', 'd', 'd', 'd'])
    expect(strings.of(servers[6]).map((s) => s.path.slice(0, 2))).toContainEqual(['servers', 0])
    expect(strings.of(servers[5]).map((s) => s.path.slice(0, 2))).toContainEqual(['servers', '0'])
  })

  it('keeps what a helper derives from the file, once per helper, an undefined answer too, for this file only', () => {
    const strings = new DocumentStrings({ value: VALUE })
    const helper = {}
    const other = {}
    let made = 0
    const make = () => ({ made: ++made })
    const first = strings.derive(helper, make)
    expect(strings.derive(helper, make)).toBe(first)
    expect(strings.derive(other, make)).toEqual({ made: 2 })
    expect(strings.derive(helper, () => undefined)).toBe(first)
    let asked = 0
    const nothing = () => {
      asked++
      return undefined
    }
    expect(strings.derive(nothing, nothing)).toBeUndefined()
    expect(strings.derive(nothing, nothing)).toBeUndefined()
    expect(asked).toBe(1)
    // Another file's strings derive their own.
    expect(new DocumentStrings({ value: VALUE }).derive(helper, make)).toEqual({ made: 3 })
  })
})
