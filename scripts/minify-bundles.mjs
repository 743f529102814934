// Rewrites every bundled chunk without whitespace and comments, after ncc: Node reads and parses every
// byte of a chunk it loads (a module's top level twice: once to find its end, once when it runs), so
// a chunk half the size loads faster. Nothing is renamed or rewritten (no compression, no mangling):
// names, `Function.name` and stack traces stay as written.
// Kept: licence comments, and the `// CONCATENATED MODULE: ./src/…` markers that name the source file of
// a line in a CPU profile (docs/PERFORMANCE.md). MCPCOP_READABLE_BUNDLE=1 skips this step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { minify } from 'terser'

const FOLDERS = ['dist/action', 'dist/cli']
const KEPT_COMMENT = /^\**!|@preserve|@license|@cc_on|CONCATENATED MODULE: /i

/** One chunk's code, minified as above. */
export async function minifyChunk(code) {
  const result = await minify(code, {
    module: true,
    compress: false,
    mangle: false,
    format: { ascii_only: true, comments: (_node, comment) => KEPT_COMMENT.test(comment.value) }
  })
  if (result.code === undefined) throw new Error('the minifier returned no code')
  return result.code
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
