import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { checkContent } from '../../src/engine.js'
import { valueAt } from '../../src/hosts/util.js'
import type { PointerPath, Server } from '../../src/types.js'
import { FIXTURES } from '../helpers/lint.js'

/**
 * Every server remembers where each of its fields is written. Checked on the real-world corpus (every
 * host, every spelling): the value at each pointer is the normalised value, and every field the entry
 * writes has its pointer (only a registry package's command line, which the adapter builds, has none).
 */
const corpus = path.join(FIXTURES, 'corpus')
const rows = readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, , , repoPath]) => ({ file, repoPath }))
  .filter((row) => existsSync(path.join(corpus, row.file)))

/** `[field, value at its pointer, normalised value]` for every pointer, and the fields without one. */
function check(doc: unknown, server: Server): { pairs: [string, unknown, unknown][]; unplaced: string[] } {
  const pairs: [string, unknown, unknown][] = []
  const unplaced: string[] = []
  const f = server.fields
  const text = (at: PointerPath | undefined): unknown => {
    const value = at === undefined ? undefined : valueAt(doc, at)
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value
  }
  const single = (name: 'command' | 'cwd' | 'url', at: PointerPath | undefined): void => {
    if (server[name] === undefined) return
    if (at === undefined) unplaced.push(name)
    else pairs.push([name, text(at), server[name]])
  }
  single('command', f.command)
  single('cwd', f.cwd)
  single('url', f.url)
  if (server.args !== undefined) {
    if (f.args === undefined || f.args.length !== server.args.length) unplaced.push('args')
    else server.args.forEach((arg, i) => pairs.push([`args[${i}]`, text(f.args![i]), arg]))
  }
  for (const name of ['env', 'headers'] as const) {
    const map = server[name]
    if (map === undefined) continue
    for (const [key, value] of Object.entries(map)) {
      const at = f[name]?.[key]
      if (at === undefined) unplaced.push(`${name}.${key}`)
      else pairs.push([`${name}.${key}`, text(at), value])
    }
  }
  if (server.declaredType !== undefined) pairs.push(['type', text(f.type), server.declaredType])
  return { pairs, unplaced }
}

describe('field pointers', () => {
  it.each(rows.map((r) => [r.file, r] as const))('%s', (_name, row) => {
    const result = checkContent(row.repoPath, readFileSync(path.join(corpus, row.file)), { rules: [] })
    const doc = result?.parsed?.doc.value
    for (const server of result?.servers ?? []) {
      const { pairs, unplaced } = check(doc, server)
      for (const [field, atPointer, normalised] of pairs) expect([field, atPointer]).toEqual([field, normalised])
      const built = server.host === 'registry' ? ['command', 'args'] : []
      expect(unplaced.filter((field) => !built.includes(field))).toEqual([])
    }
  })

  it('points each argument at its own item when other items are not strings', () => {
    const text = JSON.stringify({ mcpServers: { s: { command: 'node', args: ['a', 1, 'b'] } } })
    const [server] = checkContent('.mcp.json', text, { rules: [] })!.servers
    expect(server.args).toEqual(['a', 'b'])
    expect(server.fields.args).toEqual([
      ['mcpServers', 's', 'args', 0],
      ['mcpServers', 's', 'args', 2]
    ])
  })

  it("points at opencode's command array, Zed's legacy nested command and Windsurf's serverUrl", () => {
    const opencode = checkContent(
      'opencode.json',
      JSON.stringify({ mcp: { s: { type: 'local', command: ['npx', '-y', 'pkg'], environment: { A: '1' } } } }),
      { rules: [] }
    )!.servers[0]
    expect(opencode.fields).toEqual({
      type: ['mcp', 's', 'type'],
      command: ['mcp', 's', 'command', 0],
      args: [
        ['mcp', 's', 'command', 1],
        ['mcp', 's', 'command', 2]
      ],
      env: { A: ['mcp', 's', 'environment', 'A'] }
    })
    const zed = checkContent(
      '.zed/settings.json',
      JSON.stringify({ context_servers: { s: { command: { path: 'node', args: ['x.js'] }, settings: {} } } }),
      { rules: [] }
    )!.servers[0]
    expect(zed.fields).toEqual({
      command: ['context_servers', 's', 'command', 'path'],
      args: [['context_servers', 's', 'command', 'args', 0]]
    })
    const windsurf = checkContent(
      '.windsurf/mcp_config.json',
      JSON.stringify({ mcpServers: { s: { serverUrl: 'https://a.example/mcp', url: 'https://b.example/mcp' } } }),
      { rules: [] }
    )!.servers[0]
    expect([windsurf.url, windsurf.fields.url]).toEqual(['https://a.example/mcp', ['mcpServers', 's', 'serverUrl']])
  })
})
