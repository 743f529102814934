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
})
