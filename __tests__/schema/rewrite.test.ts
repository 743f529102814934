import { readFileSync } from 'node:fs'
import { schemaSources } from '../../src/schema/sources.js'
import { compiledModules } from '../../src/schema/compile.js'
import { FORMAT_MEANINGS } from '../../src/schema/validate.js'

const REGISTRY = ['registry-2025-07-09', 'registry-2025-09-16', 'registry-2025-09-29', 'registry-2025-12-11']

/** Every `anyOf`/`oneOf` of a schema, with its JSON pointer. */
function unions(node: unknown, at = '#', out: [string, unknown[]][] = []): [string, unknown[]][] {
  if (Array.isArray(node)) node.forEach((item, i) => unions(item, `${at}/${i}`, out))
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(value)) out.push([`${at}/${key}`, value])
      if (key !== 'enum' && key !== 'const') unions(value, `${at}/${key}`, out)
    }
  return out
}

const holdsRef = (node: unknown): boolean =>
  Array.isArray(node)
    ? node.some(holdsRef)
    : node !== null && typeof node === 'object' && Object.entries(node).some(([k, v]) => k === '$ref' || holdsRef(v))

describe('registry schemas as compiled', () => {
  const sources = schemaSources()
  const modules = compiledModules()

  it.each(REGISTRY)('%s: no union left holds a $ref (validate.ts groups a union’s errors by schema path)', (id) => {
    const found = unions(sources[id])
    // The tagged unions (transports, arguments) became if/then/else chains; a positional argument's
    // "value or valueHint" is the one union left, in each argument list.
    expect(found.length).toBeGreaterThan(0)
    for (const [at, branches] of found) expect({ at, ref: holdsRef(branches) }).toEqual({ at, ref: false })
  })

  it.each(REGISTRY)('%s: a definition is compiled where it is referred to, not copied at every path to it', (id) => {
    const code = modules.get(`${id}.ts`)!
    const vendored = readFileSync(
      new URL(`../../schemas/registry/${id.slice('registry-'.length)}.schema.json`, import.meta.url),
      'utf8'
    )
    // ajv writes a definition without references of its own (Input) in place at each `$ref` to it
    // (2 or 3), and every other one once, as a function; copied along every path, Input was checked 18-19 times.
    const sites = code.match(/"#\/definitions\/Input\/properties\/format\/enum"/g) ?? []
    expect(sites).toHaveLength(vendored.split('"$ref": "#/definitions/Input"').length - 1)
    expect(sites.length).toBeGreaterThan(0)
    // Copied at every use, the definitions made each of these modules 310-344 KB.
    expect(code.length).toBeLessThan(150_000)
  })
})

/** Every `format` a schema names. */
function formats(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => formats(item, out))
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') out.push(value)
      else if (key !== 'enum' && key !== 'const') formats(value, out)
    }
  return out
}

it('names what every format the compiled schemas use is, for messages ("is not a valid URL")', () => {
  const used = new Set(Object.values(schemaSources()).flatMap((schema) => formats(schema)))
  expect([...used].filter((format) => FORMAT_MEANINGS[format] === undefined)).toEqual([])
})

describe('MCPB schemas as compiled', () => {
  const MCPB = ['mcpb-0.1', 'mcpb-0.2', 'mcpb-0.3', 'mcpb-0.4', 'mcpb-unversioned']

  it.each(MCPB)("%s: checks URLs and e-mail addresses with the tooling's own checks, no RFC format left", (id) => {
    const used = new Set(formats(schemaSources()[id]))
    // Every version has URLs (homepage, repository) and the author's e-mail address.
    expect([...used].sort()).toEqual(['mcpb-email', 'mcpb-url'])
  })
})
