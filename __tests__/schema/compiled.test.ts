import { readdirSync, readFileSync } from 'node:fs'
import { compiledModules } from '../../src/schema/compile.js'
import { HOSTS } from '../../src/hosts/index.js'
import { VALIDATOR_MODULES } from '../../src/schema/compiled/index.js'
import { KEYWORDS_WORDED_HERE, validateDocument, type Validator } from '../../src/schema/validate.js'
import { parseJson } from '../../src/parse/json.js'

const folder = new URL('../../src/schema/compiled/', import.meta.url)

describe('precompiled schema validators', () => {
  const expected = compiledModules()

  it.each([...expected.keys()])('src/schema/compiled/%s is what its schema compiles to today', (file) => {
    // Stale when a schema, src/schema/sources.ts, the compile options or ajv changed: run `npm run schemas`.
    expect(readFileSync(new URL(file, folder), 'utf8')).toBe(expected.get(file))
  })

  it('holds no module that no schema produces', () => {
    expect(readdirSync(folder).sort()).toEqual([...expected.keys()].sort())
  })

  it('has a validator for every schema a host declares, and each host declares at least one', () => {
    for (const host of HOSTS) {
      expect(host.schemas.length).toBeGreaterThan(0)
      for (const id of host.schemas) expect(Object.hasOwn(VALIDATOR_MODULES, id)).toBe(true)
    }
  })

  it('keeps in its errors what validate.ts reads (data, parentSchema with errorMessage and properties), not annotations or the keyword value', async () => {
    const validate = (await VALIDATOR_MODULES['registry-2025-12-11']()).default
    expect(validate({ name: 'io.github.a/b', description: 'x'.repeat(101) })).toBe(false)
    const tooLong = validate.errors!.find((e) => e.keyword === 'maxLength')!
    expect(tooLong).toMatchObject({ instancePath: '/description', data: 'x'.repeat(101), params: { limit: 100 } })
    expect(tooLong).not.toHaveProperty('schema')
    // The registry's reason stays; the schema's description (for editors) is not copied into the module.
    expect(tooLong.parentSchema).toMatchObject({
      maxLength: 100,
      errorMessage: expect.stringContaining('MCP Registry')
    })
    expect(tooLong.parentSchema).not.toHaveProperty('description')
    const missing = validate.errors!.find((e) => e.keyword === 'required')!
    // A property may be called "description": only the annotation keyword is left out.
    expect(Object.keys(missing.parentSchema!.properties as object)).toEqual(
      expect.arrayContaining(['description', 'name'])
    )
  })
  it('writes each error with every field validate.ts reads, and ajv’s message only where validate.ts quotes it', async () => {
    const validate = (await VALIDATOR_MODULES['amazonq']()).default
    expect(validate({ mcpServers: { x: { command: 'a', timeout: -1, args: 3 } }, extra: 1 })).toBe(false)
    expect(
      validate.errors!.map(({ parentSchema, ...rest }) => ({ ...rest, parent: Object.keys(parentSchema!) }))
    ).toEqual([
      {
        instancePath: '',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'extra' },
        message: undefined,
        parent: expect.arrayContaining(['properties', 'additionalProperties']),
        data: { mcpServers: { x: { command: 'a', timeout: -1, args: 3 } }, extra: 1 }
      },
      {
        instancePath: '/mcpServers/x/args',
        schemaPath: '#/definitions/stringList/type',
        keyword: 'type',
        params: { type: 'array' },
        message: undefined,
        parent: expect.arrayContaining(['type']),
        data: 3
      },
      {
        instancePath: '/mcpServers/x/timeout',
        schemaPath: '#/properties/timeout/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
        // A keyword validate.ts does not word itself: its finding quotes this.
        message: 'must be >= 0',
        parent: expect.arrayContaining(['minimum']),
        data: -1
      }
    ])
  })

  it.each([...KEYWORDS_WORDED_HERE].filter((keyword) => keyword !== 'if'))(
    'words an error of %s without ajv’s message, which its precompiled errors leave out',
    (keyword) => {
      const doc = parseJson('{ "a": "b" }', { strict: true, hostName: 'Host' }).doc!
      // The params of every keyword here at once: each case reads its own.
      const params = {
        missingProperty: 'c',
        additionalProperty: 'c',
        unevaluatedProperty: 'c',
        type: 'number',
        allowedValues: ['c'],
        allowedValue: 'c',
        format: 'uri',
        limit: 2,
        pattern: '^c$'
      }
      const errors = [{ instancePath: '/a', schemaPath: `#/properties/a/${keyword}`, keyword, params, data: 'b' }]
      const validate = Object.assign(() => false, { errors }) as unknown as Validator
      const [finding] = validateDocument(validate, doc, { unknownKeySeverity: 'warning', hostName: 'Host' })
      expect(finding.messageId).not.toBe('invalid')
      expect(finding.message).not.toContain('undefined')
    }
  )

  it('drops the errors of if before wording any (validate.ts never quotes their message)', () => {
    const doc = parseJson('{ "a": "b" }', { strict: true, hostName: 'Host' }).doc!
    const errors = [
      { instancePath: '', schemaPath: '#/if', keyword: 'if', params: { failingKeyword: 'then' }, data: {} }
    ]
    const validate = Object.assign(() => false, { errors }) as unknown as Validator
    expect(validateDocument(validate, doc, { unknownKeySeverity: 'warning', hostName: 'Host' })).toEqual([])
  })
  it('writes each part of a schema once: a definition’s own constant names it in the root schema', () => {
    const code = expected.get('registry-2025-12-11.ts')!
    // Only the registry's Input definition has "isSecret"; its own constant was a second copy.
    expect(code.split('"isSecret":{"type":"boolean"}')).toHaveLength(2)
    expect(code).toMatch(/const schema\d+ = schema\d+\.definitions\.Input;/)
  })
})
