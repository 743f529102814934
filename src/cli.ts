#!/usr/bin/env node
import { keepCompiledCode } from './cli/compile-cache.js'
import { isQuick } from './cli/quick.js'

// Node compiles this module, and all it imports, before any of its code runs: before the compile cache can be on.
// So it only turns the cache on, and the rest of the CLI (./cli/main.js) is read compiled from the cache with the
// linter on a developer's next run. `--version` and `--help` need no cache: they are answered at once.
const argv = process.argv.slice(2)
if (!isQuick(argv)) keepCompiledCode({ env: process.env, compileWhole: true })
await (await import('./cli/main.js')).main(argv)
