// Rewrites every bundled chunk after ncc, for a faster start-up; what the code does stays the same.
// - Without whitespace and comments, and local variables and parameters given short names: Node reads and
//   parses every byte of a chunk it loads (the local names took a fifth of the bytes). No function or class is
//   renamed and nothing is compressed, so `Function.name`, stack traces and a CPU profile's names stay as
//   written; nor is a chunk's top level, where webpack's names live.
//   Kept: licence comments, and the `// CONCATENATED MODULE: ./src/…` markers that name the source file
//   of a line in a CPU profile (docs/PERFORMANCE.md).
// - Each module's function in a chunk's module table as `(function (…) {…})` instead of an arrow
//   function: V8 compiles a parenthesized function at once, where it would otherwise pre-parse the
//   body to find its end and parse it all again when the module runs (most modules of a loaded chunk
//   run). Only where the body's own top level reads no `this`, `arguments` or `new.target`, which an
//   arrow function and a function read differently.
// MCPCOP_READABLE_BUNDLE=1 skips this step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'acorn'
import { minify } from 'terser'

const FOLDERS = ['dist/action', 'dist/cli']
const KEPT_COMMENT = /^\**!|@preserve|@license|@cc_on|CONCATENATED MODULE: /i
/** The module tables: `export const modules = {…}` in a chunk, `var __webpack_modules__ = {…}` in an entry. */
const MODULE_TABLES = new Set(['modules', '__webpack_modules__'])

/** One chunk's code, minified and with its module functions compiled at once, as above. */
export async function minifyChunk(code) {
  const result = await minify(code, {
    module: true,
    compress: false,
    // `module: false` here keeps the top level's names, which terser would rename in a module.
    mangle: { module: false, keep_fnames: true, keep_classnames: true },
    format: { ascii_only: true, comments: (_node, comment) => KEPT_COMMENT.test(comment.value) }
  })
  if (result.code === undefined) throw new Error('the minifier returned no code')
  return eagerModuleFunctions(result.code)
}

/** The code with each arrow function of its module table that can be one written as a parenthesized function. */
export function eagerModuleFunctions(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })
  const edits = []
  for (const table of moduleTables(program)) {
    for (const property of table.properties) {
      const fn = property.value
      if (fn?.type !== 'ArrowFunctionExpression' || fn.async || fn.body.type !== 'BlockStatement') continue
      if (readsOwnReceiver(fn.body)) continue
      const params = fn.params.map((param) => code.slice(param.start, param.end)).join(',')
      edits.push({
        start: fn.start,
        end: fn.end,
        text: `(function(${params})${code.slice(fn.body.start, fn.body.end)})`
      })
    }
  }
  let out = code
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

function* moduleTables(program) {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
    if (declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of declaration.declarations)
      if (MODULE_TABLES.has(declarator.id.name) && declarator.init?.type === 'ObjectExpression') yield declarator.init
  }
}

/** Whether code reads `this`, `arguments` or `new.target` of the function it is in (arrow functions inside included). */
function readsOwnReceiver(node) {
  if (node === null || typeof node !== 'object') return false
  if (Array.isArray(node)) return node.some(readsOwnReceiver)
  if (node.type === 'ThisExpression' || (node.type === 'MetaProperty' && node.meta.name === 'new')) return true
  if (node.type === 'Identifier' && node.name === 'arguments') return true
  // A function of its own (not an arrow) has its own receiver; a class body has its own `this`. Their
  // computed keys and heritage are read in the outer function, so a whole class is looked into.
  if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') return false
  // A property's name is not a read: `data.arguments` and `{ arguments: … }` (every generated schema
  // validator whose schema has an `arguments` field) read no `arguments` object.
  if (node.type === 'MemberExpression' && !node.computed) return readsOwnReceiver(node.object)
  if (
    (node.type === 'Property' || node.type === 'PropertyDefinition' || node.type === 'MethodDefinition') &&
    !node.computed
  )
    return readsOwnReceiver(node.value)
  return Object.entries(node).some(
    ([key, value]) => key !== 'type' && typeof value === 'object' && readsOwnReceiver(value)
  )
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.env.MCPCOP_READABLE_BUNDLE !== '1') {
    for (const folder of FOLDERS) {
      for (const name of readdirSync(folder).sort()) {
        if (!name.endsWith('.js')) continue
        const file = `${folder}/${name}`
        writeFileSync(file, await minifyChunk(readFileSync(file, 'utf8')))
      }
    }
  }
}
