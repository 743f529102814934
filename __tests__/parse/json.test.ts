import { parseJson } from '../../src/parse/json.js'

const strict = (text: string) => parseJson(text, { strict: true, hostName: 'Host' })
const geminiLike = (text: string) =>
  parseJson(text, { strict: false, hostName: 'Host', trailingCommaRefused: 'no trailing commas here' })
const at = (text: string, problems: { ruleId: string; offset: number }[]) =>
  problems.map((p) => `${p.ruleId}@${JSON.stringify(text.slice(p.offset, p.offset + 2))}`)

describe('parseJson: what strict JSON refuses', () => {
  it.each([
    ['{ "a": 1 // note\n}', ['strict-json@"//"']],
    ['{ /* c */ "a": 1 }', ['strict-json@"/*"']],
    ['{ "a": 1, }', ['strict-json@", "']],
    ['{ "a": [1, 2,\n] }', ['strict-json@",\\n"']]
  ])('a strict host: %j', (text, expected) => {
    const result = strict(text)
    expect(at(text, result.problems).sort()).toEqual([...expected].sort())
  })

  it.each([
    '{ "url": "https://example.com/a//b", "note": "a,}" }',
    '{ "a": [1, 2], "b": { "c": "/* not a comment */" } }',
    '[]',
    '{}'
  ])('nothing in strings or plain JSON is refused: %j', (text) => {
    expect(strict(text).problems).toEqual([])
    expect(geminiLike(text).problems).toEqual([])
  })

  it('a host that strips comments but refuses trailing commas reports each comma, not the comments', () => {
    const text = '{ // servers\n  "a": [1,],\n  "b": 2,\n}'
    const result = geminiLike(text)
    expect(result.problems.map((p) => [p.ruleId, p.messageId, p.data, p.help, text[p.offset]])).toEqual([
      ['strict-json', 'refusedTrailingComma', { host: 'Host' }, 'no trailing commas here.', ','],
      ['strict-json', 'refusedTrailingComma', { host: 'Host' }, 'no trailing commas here.', ',']
    ])
  })
})

describe('parseJson: values and positions', () => {
  it('records keys holding "/" and "~" under their escaped JSON Pointer', () => {
    const text = '{ "a/b": { "c~d": [true] } }'
    const result = parseJson(text, { strict: true, hostName: 'Host' })
    expect(result.doc?.value).toEqual({ 'a/b': { 'c~d': [true] } })
    const span = result.doc?.span(['a/b', 'c~d', 0])
    expect(span && text.slice(span.value.offset, span.value.offset + span.value.length)).toBe('true')
    const key = result.doc?.span(['a/b', 'c~d'])?.key
    expect(key && text.slice(key.offset, key.offset + key.length)).toBe('"c~d"')
  })

  it('keeps "__proto__" an own key and never touches the prototype', () => {
    const result = parseJson('{ "__proto__": { "polluted": true }, "constructor": 1 }', {
      strict: true,
      hostName: 'Host'
    })
    const value = result.doc?.value as Record<string, unknown>
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyDescriptor(value, 'constructor')).toEqual({
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true
    })
  })

  it('a duplicate key is reported and the last value kept', () => {
    const text = '{ "a": 1,\n  "a": 2 }'
    const result = parseJson(text, { strict: true, hostName: 'Host' })
    expect(result.doc?.value).toEqual({ a: 2 })
    expect(result.problems.map((p) => [p.ruleId, p.offset])).toEqual([['duplicate-key', text.lastIndexOf('"a"')]])
  })
})

describe('parseJson: which texts JSON.parse reads alone', () => {
  // The fast path takes a text only when the keys its value holds are as many as the text writes: fewer
  // means a repeated key (JSON.parse keeps the last silently), which the full parse reports.
  const fast = (text: string): boolean => strict(text).doc?.jsonText !== undefined
  const nested = (depth: number): string => '['.repeat(depth) + '{"a": 1}' + ']'.repeat(depth)

  it.each([
    '{"a": 1, "b": {"c": [1, {"d": 2, "e": [{"f": 3}]}]}}',
    '{"__proto__": {"x": 1}, "constructor": {"y": [2]}}',
    '[{"a": 1}, {"a": 2}, [{"a": 3}]]',
    '"text"',
    nested(99)
  ])('strict JSON without a repeated key: %j', (text) => {
    expect(fast(text)).toBe(true)
    expect(strict(text).problems).toEqual([])
  })

  it.each([
    '{"a": 1, "a": 2}',
    '{"a": {"b": 1, "b": 2}}',
    '[{"a": 1}, {"x": [{"b": 1, "b": 1}]}]',
    '{"__proto__": 1, "__proto__": 2}'
  ])('a repeated key anywhere takes the full parse, which reports it: %j', (text) => {
    expect(fast(text)).toBe(false)
    expect(strict(text).problems.map((p) => p.ruleId)).toEqual(['duplicate-key'])
  })

  it('nesting past the limit takes the full parse, which refuses it', () => {
    expect(fast(nested(100))).toBe(false)
    expect(strict(nested(100)).problems.map((p) => p.ruleId)).toEqual(['nesting-too-deep'])
  })
})

describe('parseJson: a syntax error told in words', () => {
  // One text per error jsonc-parser tells apart (its ParseErrorCode, read by number here).
  it.each([
    ['{ "a": 1 "b": 2 }', "invalid JSON: expected ',' between members"],
    ['{ "a" 1 }', "invalid JSON: expected ':' after the property name"],
    ['{ "a": }', 'invalid JSON: expected a value'],
    ['{ 1: 2 }', 'invalid JSON: expected a property name in double quotes'],
    ['{ a: 1 }', 'invalid JSON: unexpected character'],
    ['{ "a": [1', "invalid JSON: expected ']' to close the array"],
    ['{ "a": 1e }', 'invalid JSON: unterminated number'],
    ['{ "a": 1', "invalid JSON: expected '}' to close the object"],
    ['{ "a": "x', 'invalid JSON: unterminated string'],
    ['{ "a": "\\q" }', 'invalid JSON: invalid escape character in string'],
    ['{ "a": "\\u12" }', 'invalid JSON: invalid unicode escape'],
    ['{ "a": "x\ty" }', 'invalid JSON: control character inside a string (escape it)'],
    ['{ "a": 1 } }', 'invalid JSON: unexpected content after the end of the document'],
    ['{ "a": 1 /* note', 'invalid JSON: unterminated comment']
  ])('%j', (text, message) => {
    const problems = parseJson(text, { strict: false, hostName: 'Host' }).problems.filter(
      (p) => p.ruleId === 'syntax-error'
    )
    expect(problems[0]?.message.replace(/ \(and \d+ more .*\)$/, '')).toBe(message)
  })
})
