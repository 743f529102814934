import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parseJson, parseJsonRecording, type JsonOptions } from '../../src/parse/json.js'
import { writtenKeyCount } from '../../src/parse/json-positions.js'
import { guardParse } from '../../src/parse/problem.js'
import type { ParsedDocument } from '../../src/parse/source.js'
import type { PointerPath } from '../../src/types.js'

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures')

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.jsonc?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** Every node's path in a value, then paths that lead nowhere (a missing key, a key below a scalar). */
function pathsOf(value: unknown): PointerPath[] {
  const paths: PointerPath[] = []
  const visit = (node: unknown, at: PointerPath): void => {
    paths.push(at)
    if (Array.isArray(node)) node.forEach((child, index) => visit(child, [...at, index]))
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) visit(child, [...at, key])
  }
  visit(value, [])
  const last = paths[paths.length - 1]
  return [...paths, ['nowhere'], [...last, 'below'], [0], ['01'], ['mcpServers', 'nowhere', 'command']]
}

/** What the rest of the code can ask of a document, at every path. */
function answers(doc: ParsedDocument, paths: PointerPath[]): unknown[] {
  return paths.flatMap((at) => {
    const span = doc.span(at)
    return [
      span && { key: span.key && { ...span.key }, value: { ...span.value } },
      doc.keysAt(at)?.map((key) => ({ ...key })),
      doc.locate(at),
      doc.locate(at, true),
      doc.locate(at.map(String), true)
    ]
  })
}

/** The fast path (JSON.parse, positions found on demand) against the full parse that records every node. */
function expectSameAsRecording(text: string, options: JsonOptions): void {
  const fast = parseJson(text, options)
  const full = guardParse(() => parseJsonRecording(text, options))
  expect(fast.problems).toEqual(full.problems)
  expect(Boolean(fast.doc)).toBe(Boolean(full.doc))
  if (!fast.doc || !full.doc) return
  expect(JSON.stringify(fast.doc.value)).toBe(JSON.stringify(full.doc.value))
  // Node's own comparison: jest's compares `constructor`, an ordinary key in a config file.
  expect(isDeepStrictEqual(fast.doc.value, full.doc.value)).toBe(true)
  const paths = pathsOf(full.doc.value)
  expect(answers(fast.doc, paths)).toStrictEqual(answers(full.doc, paths))
}

/** A strict host, a lenient one, and one that strips comments but refuses trailing commas. */
const OPTIONS: JsonOptions[] = [
  { strict: true, hostName: 'Host' },
  { strict: false, hostName: 'Host' },
  { strict: false, hostName: 'Host', trailingCommaRefused: 'no trailing commas here' }
]

describe('strict JSON read with JSON.parse, its positions found when asked', () => {
  const files = jsonFiles(FIXTURES)

  it('finds the fixtures to compare', () => {
    expect(files.length).toBeGreaterThan(300)
  })

  it('answers exactly as the full parse over every JSON fixture, at every node', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const options of OPTIONS) expectSameAsRecording(text, options)
    }
  })

  it.each([
    [
      'escaped quotes and backslashes in keys and values',
      String.raw`{"a\"b": {"c\\": ["\\\"", "x\\\\"], "d\u0041": 1}}`
    ],
    [
      'keys that look like indexes (listed first by the value)',
      '{"2": 1, "b": {"10": [1, {"1": 2}], "a": {}}, "1": []}'
    ],
    [
      'every kind of JSON whitespace',
      '\r\n\t {\r\n"a"\t:\r\n[ ]\t,"b" : [ [ ], { } , -0.5e+10 , true,false,null ] }\n'
    ],
    ['a string at the top', '"just a string"'],
    ['a number at the top', ' 42 '],
    ['brackets inside strings', '[1, [2, [3, "]"]], "}", "{\\"[" ]'],
    ['"__proto__" and "constructor"', '{"__proto__": {"x": 1}, "constructor": {"y": [2]}}'],
    ['"/" and "~" in keys', '{"k/ey~": {"~1": {"/": 0}}}'],
    ['empty keys', '{"": {"": [""]}}'],
    ['non-ASCII and lone surrogates', '{"é漢😀": {"\\ud83d\\ude00": 1, "\\ud800": 2}}'],
    ['numbers beyond a double', '{"big": 123456789012345678901234567890, "e": 1e400, "neg": -0}'],
    ['empty containers', '{"a": [], "b": {}, "c": [{}], "d": [[], [[]]]}'],
    ['a repeated key (full parse: reported)', '{"a": {"x": 1, "x": 2}, "b": 3}'],
    ['nesting at the limit', '{"x":' + '['.repeat(99) + ']'.repeat(99) + '}'],
    ['nesting past the limit (full parse: refused)', '{"x":' + '['.repeat(100) + ']'.repeat(100) + '}'],
    ['a byte order mark (full parse)', '\ufeff{"a": 1}'],
    ['comments (blanked out where the host reads them)', '// c\n{"a": "//x", /* b */ "b": [1 /* x */, 2]}\n'],
    ['a block comment over lines', '/* a\r\n b */ {"a":\r\n 1}'],
    ['a comment and a trailing comma', '{"a": 1, // c\n}'],
    ['trailing commas, with comments and look-alikes in strings', '{"a": [1, 2, // c\n], "s": ",]", "b": {"c": 1,},}'],
    ['a comma alone in an array (full parse: an error)', '[,]'],
    ['a comma alone in an object (full parse: an error)', '{ , }'],
    ['a comma after a key (full parse: an error)', '{"a",}'],
    ['a repeated trailing comma (full parse: an error)', '{"a": 1,,}'],
    ['an unterminated comment (full parse: an error)', '{"a": 1} /* unterminated'],
    ['a comment and a repeated key (full parse)', '{"a": 1, /* c */ "a": 2}'],
    ['a stray slash (full parse: an error)', '{"a": / 1}']
  ])('and on tricky texts: %s', (_, text) => {
    for (const options of OPTIONS) expectSameAsRecording(text, options)
  })

  it('counts the keys a text writes, never a colon inside a string', () => {
    expect(writtenKeyCount('{"a": "x:y", "b\\":": {"c": "\\\\"}, "d": ["e:"]}')).toBe(4)
    expect(writtenKeyCount('[]')).toBe(0)
  })
})
