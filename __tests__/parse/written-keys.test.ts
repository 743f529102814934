import { parseFrontMatter } from '../../src/parse/frontmatter.js'
import { parseJson } from '../../src/parse/json.js'
import { ParsedDocument } from '../../src/parse/source.js'
import { parseToml } from '../../src/parse/toml.js'
import { parseYaml } from '../../src/parse/yaml.js'
import type { PointerPath } from '../../src/types.js'

function docOf(result: { doc?: ParsedDocument }): ParsedDocument {
  if (!result.doc) throw new Error('the text did not parse')
  return result.doc
}

/** The keys at `path` as `name@line:column`, read back from the text through their offsets. */
function keys(doc: ParsedDocument, path: PointerPath): string[] | undefined {
  return doc.keysAt(path)?.map((k) => {
    const { line, column } = doc.lines.position(k.offset)
    return `${doc.text.slice(k.offset, k.offset + k.length)}=${k.name}@${line}:${column}`
  })
}

const jsonc = (text: string) => docOf(parseJson(text, { strict: false, hostName: 'Host' }))

describe('the parsers record every key as written, repeats included', () => {
  it('JSON: in order, with each repeat where it is written', () => {
    const doc = jsonc('{ "m": {\n  "a": 1,\n  "b": 2,\n  "a": 3\n} }')
    expect(keys(doc, ['m'])).toEqual(['"a"=a@2:3', '"b"=b@3:3', '"a"=a@4:3'])
    expect(keys(doc, [])).toEqual(['"m"=m@1:3'])
  })

  it('JSON: a repeated object key leaves the keys of its last copy, as the value does', () => {
    const doc = jsonc('{ "m": { "a": 1, "a": 2 },\n  "m": { "b": 1 } }')
    expect(keys(doc, ['m'])).toEqual(['"b"=b@2:10'])
    expect(doc.value).toEqual({ m: { b: 1 } })
  })

  it('JSON: nothing where the last copy is not an object, nor for arrays and scalars', () => {
    const doc = jsonc('{ "m": { "a": 1 }, "m": [ { "x": 1, "x": 2 } ], "s": "t" }')
    expect(keys(doc, ['m'])).toBeUndefined()
    expect(keys(doc, ['m', 0])).toEqual(['"x"=x@1:29', '"x"=x@1:37'])
    expect(keys(doc, ['s'])).toBeUndefined()
    expect(keys(doc, ['nowhere'])).toBeUndefined()
  })

  it('YAML: repeats in order; nothing for an alias (its keys are written elsewhere)', () => {
    const doc = docOf(parseYaml('base: &b\n  x: 1\nm:\n  a: 1\n  A: 2\n  a: 3\nn: *b\n'))
    expect(keys(doc, ['m'])).toEqual(['a=a@4:3', 'A=A@5:3', 'a=a@6:3'])
    expect(keys(doc, ['base'])).toEqual(['x=x@2:3'])
    expect(keys(doc, ['n'])).toBeUndefined()
  })

  it("front matter: the keys' offsets are the Markdown file's own", () => {
    const doc = docOf(parseFrontMatter('---\r\nname: a\r\nmcp-servers:\r\n  x: {}\r\n  x: {}\r\n---\r\nbody\r\n'))
    expect(keys(doc, ['mcp-servers'])).toEqual(['x=x@4:3', 'x=x@5:3'])
  })

  it('TOML: nothing (a repeated key or table is a parse error there, so no map repeats one)', () => {
    const doc = docOf(parseToml('[mcp_servers.a]\ncommand = "x"\n[mcp_servers.A]\ncommand = "y"\n'))
    expect(doc.keysAt(['mcp_servers'])).toBeUndefined()
    expect(parseToml('[a]\nx = 1\n[a]\ny = 2\n').problems.map((p) => p.ruleId)).toEqual(['duplicate-key'])
  })

  it('a syntax that refuses repeated keys answers without finding positions (TOML builds them only when asked)', () => {
    const noPositions = (): never => {
      throw new Error('positions were found')
    }
    expect(new ParsedDocument('a = 1\n', { a: 1 }, noPositions, 'impossible').keysAt([])).toBeUndefined()
    expect(() => new ParsedDocument('{"a": 1}', { a: 1 }, noPositions).keysAt([])).toThrow('positions were found')
  })
})

describe('JSONC whose host refuses trailing commas (a parser option)', () => {
  const refused = 'this comma breaks the file'
  const text = '{\n  // a comment is fine\n  "m": { "a": ["1",], "s": ",}" },\n}\n'

  it('reports each trailing comma, at the comma, and nothing inside strings or comments', () => {
    const result = parseJson(text, { strict: false, hostName: 'Host', trailingCommaRefused: refused })
    const doc = docOf(result)
    expect(result.problems.map((p) => [p.ruleId, p.messageId, p.help, doc.lines.position(p.offset), p.length])).toEqual(
      [
        ['strict-json', 'refusedTrailingComma', `${refused}.`, { line: 3, column: 19 }, 1],
        ['strict-json', 'refusedTrailingComma', `${refused}.`, { line: 3, column: 34 }, 1]
      ]
    )
    expect(doc.value).toEqual({ m: { a: ['1'], s: ',}' } })
  })

  it('reports nothing without the option, and strict JSON keeps its own wording', () => {
    expect(parseJson(text, { strict: false, hostName: 'Host' }).problems).toEqual([])
    const strict = parseJson(text, { strict: true, hostName: 'Host', trailingCommaRefused: refused }).problems
    expect(strict.map((p) => [p.messageId, p.data])).toEqual([
      ['comment', { host: 'Host' }],
      ['trailingComma', { host: 'Host' }],
      ['trailingComma', { host: 'Host' }]
    ])
    expect(strict.map((p) => p.message)).toEqual([
      'Host reads this file as strict JSON, which has no comments',
      'Host reads this file as strict JSON, which has no trailing commas',
      'Host reads this file as strict JSON, which has no trailing commas'
    ])
    expect(strict[0].help).toBe(
      'Host parses this file with a strict JSON parser, so a comment makes the whole file fail to load and none of its servers start; remove it.'
    )
  })
})
