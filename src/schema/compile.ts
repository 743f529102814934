import { Ajv, _ } from 'ajv'
import standaloneModule from 'ajv/dist/standalone/index.js'
import { FORMATS } from './formats.js'
import { withoutAnnotations } from './rewrite.js'
import { KEYWORDS_WORDED_HERE } from './validate.js'
import { schemaSources } from './sources.js'

// ajv's standalone entry is CommonJS; under NodeNext its default import is the module object.
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (
  ajv: Ajv,
  validate: unknown
) => string

/** Annotations that VS Code and other editors read; ajv must accept them in strict mode. */
const ANNOTATIONS = [
  'errorMessage',
  'markdownDescription',
  'deprecationMessage',
  'defaultSnippets',
  'allowComments',
  'allowTrailingCommas'
]

/**
 * ajv gathers a child validator's errors with `vErrors = vErrors.concat(child.errors)`: a copy of every
 * error so far for each child that failed, quadratic in the number of errors. A `.mcp.json` of 1 MiB holding
 * 87,000 empty servers took 282 s in the claude-code validator. The errors are appended in place instead
 * (same errors, same order): the parent owns the child's array once it has read it, as the child writes a
 * new one on its next call.
 */
function withErrorsAppended(code: string): string {
  return code.replace(
    /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g,
    'if (vErrors === null) {vErrors = $1.errors;} else {for (let i$ = 0, e$ = $1.errors; i$ < e$.length; i$++) {vErrors.push(e$[i$]);}}'
  )
}

/** Where ajv writes an error object, which it then appends to `vErrors`. */
const ERROR_DECLARATION = /const (err\d+) = \{/g
/** The keys of ajv's `verbose` error objects, in ajv's order; `propertyName`, in none of ours, would fail the build. */
const ERROR_KEYS = ['instancePath', 'schemaPath', 'keyword', 'params', 'message', 'schema', 'parentSchema', 'data']

/**
 * ajv writes each error as an object literal, then five lines that append it to `vErrors`: 58% of the
 * generated code, which every run parses and compiles. Each is one call of `pushError` (or, for the empty
 * error of a subschema under `not` or `if`, `pushBlankError`) from src/schema/runtime.ts instead: the same
 * errors with the same values in the same order, less than half the code. Two fields are left out, as
 * nothing reads them: the keyword's own schema value (`schema`; validate.ts reads `parentSchema`), and
 * ajv's `message` for the keywords that validate.ts words itself (`KEYWORDS_WORDED_HERE`). Any error
 * ajv writes in a form this does not know fails the build.
 */
function withErrorsPushed(code: string, id: string): string {
  let out = ''
  let from = 0
  for (const match of code.matchAll(ERROR_DECLARATION)) {
    const start = match.index
    if (start < from) continue
    const name = match[1]
    const open = start + match[0].length - 1
    const close = closingBrace(code, open)
    const append = `;if(vErrors === null){vErrors = [${name}];}else {vErrors.push(${name});}errors++;`
    if (code.slice(close + 1, close + 1 + append.length) !== append)
      throw new Error(`the validator for "${id}" appends ${name} in a form compile.ts does not know`)
    const fields = objectFields(code.slice(open + 1, close), id)
    let call: string
    if (fields.size === 0) call = 'pushBlankError(vErrors)'
    else {
      const keyword = fields.get('keyword') ?? ''
      const worded = /^"\w+"$/.test(keyword) && KEYWORDS_WORDED_HERE.has(keyword.slice(1, -1))
      const args = [
        'vErrors',
        ...['instancePath', 'schemaPath', 'keyword', 'params', 'parentSchema', 'data'].map(
          (key) => fields.get(key) ?? ''
        )
      ]
      if (!worded) args.push(fields.get('message') ?? '')
      if (args.includes('')) throw new Error(`the validator for "${id}" writes ${name} without a field pushError takes`)
      call = `pushError(${args.join(',')})`
    }
    out += `${code.slice(from, start)}vErrors = ${call};errors++;`
    from = close + 1 + append.length
  }
  return out + code.slice(from)
}

/** Where ajv writes a schema its code reads (for `parentSchema`, `enum` values) as a constant. */
const SCHEMA_CONSTANT = /const (schema\d+) = \{/g

/**
 * ajv writes the schema of each function it compiles as a constant of its own, also where it is a part
 * of a constant written before it (a definition, after the root schema that holds all of them): 5% of
 * the code, and as many objects built when the module loads. Such a constant names that part instead
 * (`const schema17 = schema11.definitions.Input`): the same values, which nothing writes to.
 */
function withSchemasShared(code: string): string {
  const written = new Map<string, string>()
  const index = (value: unknown, expression: string): void => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return
    const text = JSON.stringify(value)
    if (!written.has(text)) written.set(text, expression)
    for (const [key, child] of Object.entries(value))
      if (key !== '__proto__')
        index(child, /^[A-Za-z_$][\w$]*$/.test(key) ? `${expression}.${key}` : `${expression}[${JSON.stringify(key)}]`)
  }
  let out = ''
  let from = 0
  let scanned = 0
  for (const match of code.matchAll(SCHEMA_CONSTANT)) {
    if (match.index < scanned) continue
    const open = match.index + match[0].length - 1
    const close = closingBrace(code, open)
    scanned = close + 1
    const value: unknown = JSON.parse(code.slice(open, close + 1))
    const part = written.get(JSON.stringify(value))
    if (part !== undefined) {
      out += `${code.slice(from, open)}${part}`
      from = close + 1
    } else index(value, match[1])
  }
  return out + code.slice(from)
}

/** The index of the brace that closes the one at `open`, past strings and nested brackets. */
function closingBrace(code: string, open: number): number {
  let depth = 0
  for (let i = open; i < code.length; i++) {
    const c = code[i]
    if (c === '"' || c === "'" || c === '`') i = stringEnd(code, i)
    else if (c === '{' || c === '[' || c === '(') depth++
    else if ((c === '}' || c === ']' || c === ')') && --depth === 0) return i
  }
  throw new Error('an error object of a generated validator does not end')
}

/** The index of the quote that closes the string literal opening at `quote`. */
function stringEnd(code: string, quote: number): number {
  for (let i = quote + 1; i < code.length; i++) {
    if (code[i] === '\\') i++
    else if (code[i] === code[quote]) return i
  }
  throw new Error('a string of a generated validator does not end')
}

/** An object literal's fields (`key:value` or shorthand `key`), split at its top-level commas, by key. */
function objectFields(body: string, id: string): Map<string, string> {
  const fields = new Map<string, string>()
  let depth = 0
  let start = 0
  const add = (end: number): void => {
    const field = body.slice(start, end)
    if (field === '') return
    const key = /^\w+/.exec(field)?.[0] ?? ''
    const value = field.length === key.length ? key : field.slice(key.length + 1)
    if (!ERROR_KEYS.includes(key) || (field.length !== key.length && field[key.length] !== ':'))
      throw new Error(`the validator for "${id}" writes an error field compile.ts does not know: ${field.slice(0, 80)}`)
    fields.set(key, value)
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c === '"' || c === "'" || c === '`') i = stringEnd(body, i)
    else if (c === '{' || c === '[' || c === '(') depth++
    else if (c === '}' || c === ']' || c === ')') depth--
    else if (c === ',' && depth === 0) {
      add(i)
      start = i + 1
    }
  }
  add(body.length)
  const order = [...fields.keys()]
  if (order.join() !== ERROR_KEYS.filter((key) => fields.has(key)).join())
    throw new Error(`the validator for "${id}" writes the fields of an error in another order: ${order.join()}`)
  return fields
}

/**
 * The helpers a generated validator may need, by the expression ajv writes for them, and the name of
 * the export of src/schema/runtime.ts that replaces it (the generated modules import nothing else).
 */
const RUNTIME: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'runtime.ucs2length',
  'require("ajv/dist/runtime/equal").default': 'runtime.equal'
}

/** The ajv instance a validator is compiled with: every error, with the data and schema it is about. */
function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    // Generated code names the formats by this expression, which the module imports.
    code: { source: true, esm: true, formats: _`FORMATS` },
    formats: FORMATS
  })
  for (const keyword of ANNOTATIONS) ajv.addKeyword({ keyword })
  return ajv
}

const HEADER = (id: string): string =>
  [
    `// Generated by scripts/compile-schemas.ts (npm run schemas) from the schema "${id}" (src/schema/sources.ts): do not edit.`,
    '// A test fails when this file is not what that script writes today.',
    '// @ts-nocheck',
    "import { FORMATS } from '../formats.js'",
    "import * as runtime from '../runtime.js'",
    // Local names: a bundler writes each use of an imported name as a property of the module object.
    'const { pushError, pushBlankError } = runtime',
    ''
  ].join('\n')

/**
 * Each schema compiled to the source of one standalone validator module, by file name under
 * src/schema/compiled/, with `index.ts`, which loads each on demand. Deterministic: the same schemas
 * and ajv give the same text.
 */
export function compiledModules(): Map<string, string> {
  const sources = Object.fromEntries(
    Object.entries(schemaSources()).map(([id, schema]) => [id, withoutAnnotations(schema) as object])
  )
  const ids = Object.keys(sources).sort()
  const idCount = new Map<string, number>()
  for (const schema of Object.values(sources)) {
    const $id = (schema as { $id?: string }).$id
    if ($id) idCount.set($id, (idCount.get($id) ?? 0) + 1)
  }
  const out = new Map<string, string>()
  for (const id of ids) {
    const schema = sources[id]
    const own = (schema as { $id?: string }).$id
    // A fresh instance per schema, holding the others it may `$ref` by `$id`: its module stands alone.
    const ajv = createAjv()
    for (const other of Object.values(sources)) {
      const $id = (other as { $id?: string }).$id
      if (other !== schema && $id && $id !== own && idCount.get($id) === 1) ajv.addSchema(other)
    }
    let code = withSchemasShared(withErrorsPushed(withErrorsAppended(standaloneCode(ajv, ajv.compile(schema))), id))
    code = code.replace(/require\("[^"]+"\)(\.\w+)?/g, (expression) => {
      const replacement = RUNTIME[expression]
      if (!replacement)
        throw new Error(`the validator for "${id}" needs ${expression}, unknown to src/schema/runtime.ts`)
      return replacement
    })
    out.set(`${id}.ts`, `${HEADER(id)}${code}\n`)
  }
  const index = [
    '// Generated by scripts/compile-schemas.ts (npm run schemas): do not edit.',
    "import type { Validator } from '../validate.js'",
    '',
    '/** The id of a precompiled validator: one per schema of src/schema/sources.ts. */',
    `export type SchemaId =\n${ids.map((id) => `  | '${id}'`).join('\n')}`,
    '',
    '/** Loads one validator module on demand: a run pays only for the hosts whose files it meets. */',
    'export const VALIDATOR_MODULES: Record<SchemaId, () => Promise<{ default: Validator }>> = {',
    ids.map((id) => `  '${id}': () => import('./${id}.js')`).join(',\n'),
    '}',
    ''
  ].join('\n')
  out.set('index.ts', index)
  return out
}
