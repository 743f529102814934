import { CLAUDE_CODE_PROFILE } from '../../src/hosts/claude-code.js'
import { cursor } from '../../src/hosts/cursor.js'
import { DocumentStrings } from '../../src/rules/support/document.js'
import { documentOf } from '../helpers/counting-document.js'
import { serverPlaceholders } from '../../src/rules/support/placeholder-tokens.js'
import type { Server } from '../../src/types.js'

/** A server entry at `/mcpServers/api`, as the rules see it. */
function server(): Server {
  return {
    name: 'api',
    host: 'claude-code',
    file: '.mcp.json',
    pointer: ['mcpServers', 'api'],
    transport: 'stdio',
    fields: {}
  }
}

describe("a server's placeholders", () => {
  it('asks for no position when the entry holds one string with a placeholder (a position costs a read of the text)', () => {
    const value = { mcpServers: { api: { command: 'node', args: ['server.js'], env: { TOKEN: '${TOKEN}' } } } }
    const { doc, asked } = documentOf(value)
    const entry = server()
    const found = serverPlaceholders(
      { doc: doc as never, profile: CLAUDE_CODE_PROFILE, strings: new DocumentStrings(doc, [entry]) },
      entry
    )
    expect(found.map((s) => [s.path, s.tokens.map((t) => t.text)])).toEqual([
      [['mcpServers', 'api', 'env', 'TOKEN'], ['${TOKEN}']]
    ])
    expect(asked).toEqual([])
  })

  it('lists several in the order they are written, whatever order the walk met them in', () => {
    const value = { mcpServers: { api: { command: 'node', args: ['$A', '$B'], env: { C: '$C' } } } }
    // Written order: env first, then the second argument, then the first.
    const { doc, asked } = documentOf(value, {
      'mcpServers/api/env/C': 10,
      'mcpServers/api/args/1': 20,
      'mcpServers/api/args/0': 30
    })
    const entry = server()
    const found = serverPlaceholders(
      { doc: doc as never, profile: CLAUDE_CODE_PROFILE, strings: new DocumentStrings(doc, [entry]) },
      entry
    )
    expect(found.map((s) => s.value)).toEqual(['$C', '$B', '$A'])
    expect(asked).toHaveLength(3)
  })

  it("reads each file's own document, also for a server object another file's rules asked about", () => {
    const entry = server()
    const first = documentOf({ mcpServers: { api: { command: 'node', env: { A: '${A}' } } } }).doc
    const second = documentOf({ mcpServers: { api: { command: 'node', env: { B: '${B}' } } } }).doc
    const of = (doc: typeof first) =>
      serverPlaceholders(
        { doc: doc as never, profile: CLAUDE_CODE_PROFILE, strings: new DocumentStrings(doc, [entry]) },
        entry
      ).map((s) => s.value)
    expect(of(first)).toEqual(['${A}'])
    expect(of(second)).toEqual(['${B}'])
  })

  it("takes the host's helper commands for shell scripts: Claude Code runs headersHelper through a shell", () => {
    const value = {
      mcpServers: { api: { url: 'https://x.example/mcp', headersHelper: 'echo "{\\"a\\": \\"$TOKEN\\"}"' } }
    }
    const { doc } = documentOf(value)
    const entry = { ...server(), transport: 'http' as const }
    const inShell = (profile: typeof CLAUDE_CODE_PROFILE) =>
      serverPlaceholders({ doc: doc as never, profile, strings: new DocumentStrings(doc, [entry]) }, entry).map((s) => [
        s.path.at(-1),
        s.inShell
      ])
    expect(inShell(CLAUDE_CODE_PROFILE)).toEqual([['headersHelper', true]])
    // Cursor runs no helper: the same key there is a string like any other.
    expect(inShell(cursor.profile)).toEqual([['headersHelper', false]])
  })
})
