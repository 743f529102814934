import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { eagerModuleFunctions, minifyChunk } from '../../scripts/minify-bundles.mjs'

// The bundle step rewrites every chunk without whitespace and comments (scripts/minify-bundles.mjs).
// It must change how much Node reads and parses, never what the code does or what a profile can name.

const CHUNK = `/*!
 * a-dependency 1.0.0 (MIT)
 */
/* harmony export */ var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/example.ts
// An ordinary comment, and a block one:
/** Says what it is. */
function describe(value) {
    // A nested function named like a global: a renamer would call it Map2.
    function Map() {}
    class Finding extends Error {}
    const shortenedLocalName = () => value
    return [describe.name, Map.name, Finding.name, String.raw\`don[’']t\\s+\${value}\`, \`a
b\`, new Error('x').stack.split('\\n')[1].includes('describe'), shortenedLocalName.name]
}
var result = describe('tell')
`

describe('the bundle minifier', () => {
  it('drops comments and whitespace, keeping licences and the module markers a CPU profile is read with', async () => {
    const minified = await minifyChunk(CHUNK)
    expect(minified.length).toBeLessThan(CHUNK.length * 0.8)
    expect(minified).toContain('a-dependency 1.0.0 (MIT)')
    expect(minified).toContain('// CONCATENATED MODULE: ./src/example.ts\n')
    expect(minified).not.toMatch(/ordinary comment|Says what it is|renamer/)
    expect(minified).not.toMatch(/\n {2,}/)
  })

  it('renames no function, class or top-level name: names, raw strings, template strings and stack traces stay', async () => {
    const minified = await minifyChunk(CHUNK)
    const run = (code: string): unknown => runInNewContext(`${code}\n;result`)
    const before = run(CHUNK)
    expect(before).toEqual(['describe', 'Map', 'Finding', "don[’']t\\s+tell", 'a\nb', true, 'shortenedLocalName'])
    expect(run(minified)).toEqual(before)
  })

  it('gives local variables and parameters short names, which Node reads and parses fewer bytes of', async () => {
    const minified = await minifyChunk(
      'export const modules = { 1: (module) => { const aLongLocalName = 1; module.exports = (someParameter) => someParameter + aLongLocalName } }'
    )
    expect(minified).not.toMatch(/aLongLocalName|someParameter/)
    expect(minified).toContain('export const modules=')
  })

  it('writes each module function of a module table as a parenthesized function, so that V8 compiles it at once', async () => {
    const table = `export const modules = {
      1: (module, exports, require) => { exports.one = require(2).two + 1 },
      2: (module, exports) => { exports.two = [1].map(function () { return this }, 'own receiver')[0] + 1 },
      3: (module) => { module.exports = typeof this },
      4: (module) => { module.exports = (() => arguments.length)() },
      5: async (module) => { module.exports = 5 },
      6: (module) => { const data = { arguments: ['a'] }; module.exports = data.arguments.length },
      7: (module) => { module.exports = { arguments: (() => arguments.length)() } }
    }
    const later = (x) => { return x }`
    const rewritten = eagerModuleFunctions(table)
    expect(rewritten).toContain('1: (function(module,exports,require){')
    expect(rewritten).toContain('2: (function(module,exports){')
    // What an arrow function and a function read differently stays an arrow function; so does async.
    expect(rewritten).toContain('3: (module) =>')
    expect(rewritten).toContain('4: (module) =>')
    expect(rewritten).toContain('5: async (module) =>')
    // A property named `arguments` is no read of the arguments object; a read inside a property's value is.
    expect(rewritten).toContain('6: (function(module){')
    expect(rewritten).toContain('7: (module) =>')
    expect(rewritten).toContain('const later = (x) =>')
    const modulesOf = (code: string): Record<number, (...args: unknown[]) => void> =>
      runInNewContext(`${code.replace('export const modules', 'var modules')}\n;modules`) as Record<number, () => void>
    const load = (modules: Record<number, (...args: unknown[]) => void>, id: number): unknown => {
      const module = { exports: {} as Record<string, unknown> }
      // As the bundle's require calls them: a method call on the table.
      modules[id](module, module.exports, (other: number) => load(modules, other))
      return module.exports
    }
    for (const id of [1, 2, 3, 6]) expect(load(modulesOf(rewritten), id)).toEqual(load(modulesOf(table), id))
    expect(await minifyChunk(table)).toMatch(/1:\(function\(\w,\w,\w\)\{/)
  })

  it('leaves the markers in the built CLI, so a profile of dist/ names the source files', () => {
    const folder = fileURLToPath(new URL('../../dist/cli/', import.meta.url))
    const markers = readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => readFileSync(folder + name, 'utf8').match(/\/\/ CONCATENATED MODULE: \.\/src\/\S+/g) ?? [])
    expect(markers).toEqual(expect.arrayContaining(['// CONCATENATED MODULE: ./src/engine.ts']))
  })
})

describe('the built CLI', () => {
  it('leaves out of the linter chunk the code a plain lint never runs (it is loaded when used)', () => {
    const folder = fileURLToPath(new URL('../../dist/cli/', import.meta.url))
    const chunks = readdirSync(folder)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(folder + name, 'utf8'))
    const linter = chunks.filter((code) => code.includes('// CONCATENATED MODULE: ./src/engine.ts'))
    expect(linter).toHaveLength(1)
    // Names stay as written in the bundle (no renaming): each is defined in a chunk of its own use.
    const names = ['listRules', 'explainRule', 'printConfig', 'reviewNotes', 'plainLine', 'poisoningReports']
    const defines = (code: string, name: string): boolean => code.includes(`function ${name}(`)
    expect(names.filter((name) => defines(linter[0], name))).toEqual([])
    expect(names.filter((name) => !chunks.some((code) => defines(code, name)))).toEqual([])
  })

  it('keeps in its entry file only the switch of the compile cache: the rest loads once the cache is on', () => {
    const folder = fileURLToPath(new URL('../../dist/cli/', import.meta.url))
    // Node compiles the entry before any of its code runs, so each run would compile what it holds again.
    const entry = readFileSync(folder + 'index.js', 'utf8')
    const defines = (name: string): boolean => entry.includes(`function ${name}(`)
    expect(['keepCompiledCode', 'isQuick'].filter((name) => !defines(name))).toEqual([])
    expect(['main', 'quickAnswer', 'lintedInputs', 'startListings', 'readGuarded'].filter(defines)).toEqual([])
  })
})
