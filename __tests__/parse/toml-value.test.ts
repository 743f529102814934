import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { guardParse } from '../../src/parse/problem.js'
import { lazyRange, ParsedDocument } from '../../src/parse/source.js'
import { parseToml, parseTomlRecording } from '../../src/parse/toml.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures')

const tomlFiles = readdirSync(FIXTURES, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.toml'))
  .map((entry) => path.join(entry.parentPath, entry.name))

/** smol-toml's value (positions from the syntax tree when asked) against the syntax tree path alone. */
function expectSameAsSyntaxTree(text: string): void {
  const fast = parseToml(text)
  const full = guardParse(() => parseTomlRecording(text))
  expect(fast.problems).toEqual(full.problems)
  expect(Boolean(fast.doc)).toBe(Boolean(full.doc))
  if (!fast.doc || !full.doc) return
  expect(JSON.stringify(fast.doc.value)).toBe(JSON.stringify(full.doc.value))
  // Node's own comparison (prototypes, -0, NaN); jest's compares `constructor`, an ordinary key here.
  expect(isDeepStrictEqual(fast.doc.value, full.doc.value)).toBe(true)
  const paths = [[], ['mcp_servers'], ['mcp_servers', 'a', 'command'], ['a', 'b'], ['nowhere']]
  expect(paths.map((at) => [fast.doc!.locate(at), fast.doc!.locate(at, true), fast.doc!.span(at)])).toEqual(
    paths.map((at) => [full.doc!.locate(at), full.doc!.locate(at, true), full.doc!.span(at)])
  )
}

describe('TOML values read with smol-toml, positions from the syntax tree when asked', () => {
  it('answers exactly as the syntax tree path over every TOML fixture', () => {
    expect(tomlFiles.length).toBeGreaterThan(20)
    for (const file of tomlFiles) expectSameAsSyntaxTree(readFileSync(file, 'utf8'))
  })

  it.each([
    [
      'integers in every base, and beyond 2^53',
      'a = 1\nb = 0x1F\nc = 0o17\nd = 0b101\ne = 9223372036854775807\ng = 1_000\n'
    ],
    [
      'floats, infinities, NaN and -0',
      'f1 = 3.14\nf2 = -0.0\nf3 = inf\nf4 = -inf\nf5 = nan\nf6 = 6.02e23\nf7 = 1e-400\n'
    ],
    ['dates (converted by the syntax tree path)', 'd1 = 1979-05-27T07:32:00Z\nd2 = 1979-05-27\nd3 = 07:32:00\n'],
    [
      'escapes and multi-line strings',
      's1 = "a\\tb\\u00e9\\U0001F600"\ns3 = """\nmulti\\\n  line"""\ns4 = \'\'\'raw\nx\'\'\'\n'
    ],
    ['"__proto__" and "constructor" as keys', '"__proto__" = { x = 1 }\nconstructor = 2\n[a.__proto__]\ny = 1\n'],
    ['arrays of tables', '[[servers]]\nname = "a"\n[[servers]]\nname = "b"\n[servers.env]\nK = "v"\n'],
    ['dotted keys and tables', 'a.b.c = 1\na.d = 2\n[x]\ny.z = 3\n[mcp_servers.a]\ncommand = "npx"\n'],
    ['keys that look like indexes', '1234 = 1\n"10" = 2\nb = 3\n'],
    ['TOML 1.1: a multi-line inline table, \\e and \\x escapes', 't = { a = 1,\n  b = 2 }\ns = "\\e\\x41"\n'],
    ['a repeated key (an error)', 'a = 1\na = 2\n'],
    ['a repeated table (an error)', '[a]\nx = 1\n[a]\ny = 2\n'],
    ['a syntax error', 'a = "unterminated\n'],
    ['a byte order mark (an error there)', '\ufeffa = 1\n'],
    ['a table defined through a dotted key, then again', 'a.b = 1\n[a]\nc = 2\n'],
    ['dotted keys nested past the limit', `${Array.from({ length: 120 }, (_, i) => `k${i}`).join('.')} = 1\n`],
    ['inline tables nested near the limit', `a = ${'{ b = '.repeat(60)}1${' }'.repeat(60)}\n`]
  ])('and on tricky texts: %s', (_, text) => expectSameAsSyntaxTree(text))
})

describe('positions found on first use', () => {
  it('a lazy range reads like a plain one, and finds it once', () => {
    let found = 0
    const range = lazyRange(() => {
      found++
      return { start: { line: 2, column: 3 }, end: { line: 2, column: 8 } }
    })
    expect(found).toBe(0)
    expect(range).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 8 } })
    expect(JSON.stringify({ ...range })).toBe('{"start":{"line":2,"column":3},"end":{"line":2,"column":8}}')
    expect(found).toBe(1)
    expect(range.start).toBe(range.start)
    expect(Object.keys(range)).toEqual(['start', 'end'])
    expect('start' in range && 'end' in range).toBe(true)
    expect(Object.getOwnPropertyDescriptor(range, 'end')).toEqual({
      value: { line: 2, column: 8 },
      enumerable: true,
      configurable: true,
      writable: false
    })
    expect(Object.getOwnPropertySymbols({ ...range })).toEqual([])
    expect(Object.prototype.hasOwnProperty.call(range, 'start')).toBe(true)
    expect(found).toBe(1)
  })

  it('a lazy range cannot be changed, and reads nothing but its range', () => {
    let found = 0
    const range = lazyRange(() => {
      found++
      return { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
    }) as unknown as Record<string, unknown>
    expect(range.line).toBeUndefined()
    expect(found).toBe(0)
    expect(() => {
      range.start = { line: 9, column: 9 }
    }).toThrow(TypeError)
    expect(() => delete range.end).toThrow(TypeError)
    expect(range.start).toEqual({ line: 1, column: 1 })
    expect(String(Object.prototype.toString.call(range))).toBe('[object Object]')
  })

  it('a released document answers a one-off question without keeping what it parsed again for it', () => {
    const text = '[mcp_servers.a]\ncommand = "x"\n\n[mcp_servers.b]\ncommand = "y"\n'
    const doc = parseToml(text).doc!
    const before = doc.locate(['mcp_servers', 'b'], true)
    let reparsed = 0
    doc.compact(() => {
      reparsed++
      return parseToml(text).doc
    })
    expect(doc.locateOnce(['mcp_servers', 'b'], true)).toEqual(before)
    expect(doc.locateOnce(['mcp_servers', 'b'], true)).toEqual(before)
    // Parsed again for each answer: nothing was kept.
    expect(reparsed).toBe(2)
    expect(before).toEqual({ start: { line: 4, column: 14 }, end: { line: 4, column: 15 } })
    expect(new ParsedDocument('x', {}).locateOnce(['a'])).toEqual({
      start: { line: 1, column: 1 },
      end: { line: 1, column: 2 }
    })
  })
})
