import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { compiledModules } from '../src/schema/compile.js'

/**
 * Writes src/schema/compiled/: one standalone ajv validator per schema, so a run compiles no schema
 * and loads only the validators of the hosts it meets. `npm run schemas`; `npm run build` runs it too,
 * and a test fails when the committed modules are stale.
 */
const folder = new URL('../src/schema/compiled/', import.meta.url)
mkdirSync(folder, { recursive: true })
const modules = compiledModules()
for (const file of readdirSync(folder)) if (!modules.has(file)) rmSync(new URL(file, folder))
for (const [file, text] of modules) writeFileSync(new URL(file, folder), text)
console.log(`${modules.size} modules written to src/schema/compiled/`)
