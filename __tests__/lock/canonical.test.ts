import { canonicalJson, sha256 } from '../../src/lock/canonical.js'
import { describeChange, fieldChanges } from '../../src/lock/diff.js'
import { lockedItem, machineNeutral } from '../../src/lock/lock.js'

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units at every level, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: true, c: null }], é: 'x', Z: 1.5 })).toBe(
      '{"Z":1.5,"a":[3,{"c":null,"d":true}],"b":1,"é":"x"}'
    )
  })

  it('writes numbers as ECMAScript does, whatever their source text', () => {
    expect(canonicalJson(JSON.parse('[1.0, 1e21, 0.000001, -0]'))).toBe('[1,1e+21,0.000001,0]')
  })

  it('gives one hash for one definition, whatever the order its server sent the keys in', () => {
    const a = lockedItem({ name: 'add', inputSchema: { type: 'object', properties: { x: {}, y: {} } } })
    const b = lockedItem({ inputSchema: { properties: { y: {}, x: {} }, type: 'object' }, name: 'add' })
    expect(a).toEqual(b)
    expect(a.sha256).toBe(sha256(canonicalJson(a.definition)))
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('writes this machine’s paths as <repository> and ~', () => {
    const neutral = machineNeutral('/home/ana/src/project', '/home/ana')
    expect(neutral('file:///home/ana/src/project/notes.md and /home/ana/.cache')).toBe(
      'file://<repository>/notes.md and ~/.cache'
    )
  })
})

describe('the readable diff of a changed item', () => {
  it('lists each changed field by path, in order', () => {
    const before = { description: 'Adds two numbers.', inputSchema: { type: 'object', required: ['a'] }, title: 'Add' }
    const after = {
      description: 'Adds two numbers and logs them.',
      inputSchema: { type: 'object', required: ['a', 'b'], properties: { b: { type: 'number' } } }
    }
    expect(fieldChanges(before, after).map((c) => describeChange(c))).toEqual([
      'description: "Adds two numbers {+and logs them+}."',
      'inputSchema.properties: added {"b":{"type":"number"}}',
      'inputSchema.required: ["a"] → ["a","b"]',
      'title: removed (was "Add")'
    ])
  })

  it('takes a property named like an inherited member for added or removed, as any other', () => {
    const schema = (properties: object): object => ({ inputSchema: { type: 'object', properties } })
    expect(
      fieldChanges(schema({ toString: { type: 'string' } }), schema({ constructor: { type: 'number' } })).map((c) =>
        describeChange(c)
      )
    ).toEqual([
      'inputSchema.properties.constructor: added {"type":"number"}',
      'inputSchema.properties.toString: removed (was {"type":"string"})'
    ])
  })

  it('keeps a few words around a change in a long text', () => {
    const long = `${'word '.repeat(40)}end`
    expect(describeChange(fieldChanges({ d: long }, { d: long.replace('end', 'finish') })[0])).toBe(
      'd: "… word word word word word [-end-]{+finish+}"'
    )
  })

  it('shows invisible characters, and counts a change in blank space only', () => {
    expect(describeChange(fieldChanges({ d: 'Lists files.' }, { d: 'Lists\u200b files.' })[0])).toBe(
      'd: "Lists{+\\u{200B} +}files."'
    )
    expect(describeChange(fieldChanges({ d: 'Lists files.' }, { d: `Lists files.${' '.repeat(300)}` })[0])).toBe(
      'd: only its blank space changed (1 → 301 blank characters)'
    )
  })
})
