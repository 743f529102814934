import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { NEW_SPACE_LIMIT } from '../src/young-generation.js'

// In a process of its own: V8's flags are the process's, and what is measured is V8's own new space.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href
const grow = path.join(root, '__tests__/fixtures/young-generation/grow.ts')
const builtins = path.join(root, '__tests__/fixtures/young-generation/builtins.ts')

async function largestNewSpace(mode: 'hold' | 'free'): Promise<number> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', tsx, grow, mode], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    maxBuffer: 1 << 20
  })
  // V8 takes the flag without a word (an unknown flag would be reported on stderr).
  expect(stderr).toBe('')
  return (JSON.parse(stdout) as { largest: number }).largest
}

describe('youngGenerationHolder', () => {
  it('stops the young generation growing once it reaches the limit, where V8 alone grows it past', async () => {
    // Node 20 and 22 grow it to 32 MB, Node 24 to 128 MB on a machine with plenty of memory; held, it stops at
    // the first look past the limit, before it doubles again (Node 24's steps are finer than doubling).
    expect(await largestNewSpace('free')).toBeGreaterThanOrEqual(8 * NEW_SPACE_LIMIT)
    const held = await largestNewSpace('hold')
    expect(held).toBeGreaterThanOrEqual(NEW_SPACE_LIMIT)
    expect(held).toBeLessThan(2 * NEW_SPACE_LIMIT)
  }, 60_000)
})

describe('node:v8', () => {
  it('is loaded at the first look at the young generation, not at start-up in CI', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', tsx, builtins], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    })
    expect(JSON.parse(stdout)).toEqual({ before: false, after: true })
  }, 60_000)
})
