import { readdirSync, readFileSync } from 'node:fs'
import { compiledModules } from '../../src/schema/compile.js'
import { HOSTS } from '../../src/hosts/index.js'
import { VALIDATOR_MODULES } from '../../src/schema/compiled/index.js'

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
})
