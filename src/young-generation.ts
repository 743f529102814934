import { createRequire } from 'node:module'

/**
 * The young generation's size at which its growth is stopped: 2 MB semi-spaces (the new space is two).
 * A run keeps a few KB per file to its end (its servers, for cross-file rules and the dry run), which is what
 * makes V8 grow the space; Node 24's V8 grows it to 64 MB semi-spaces on a machine with plenty of memory, and
 * past a few MB each scavenge copies more and works outside the processor's caches: slower, and ~100 MB more
 * memory at 10,000 files; 2 MB was as fast as 4 or 8 there, and the fastest at 1,000 files and on the real
 * corpus (docs/PERFORMANCE.md). Node 20 and 22 stop at 16 MB semi-spaces by themselves.
 */
export const NEW_SPACE_LIMIT = 4 * 1024 * 1024

/**
 * Files between two looks at the young generation: a look costs ~10 µs, and V8 doubles the space only once as
 * much as it holds has survived (a run keeps ~6 KB a file).
 */
const EVERY = 16

/**
 * A function for `lint`'s `afterFile`: once the young generation has grown to `NEW_SPACE_LIMIT`, it stops
 * V8 from growing it further (V8 reads its growth factor each time it grows it; the limit itself is fixed
 * when the process starts, and the action cannot pass Node flags). For the CLI and the action, which own
 * their process: a library's caller keeps V8's own policy.
 */
export function youngGenerationHolder(): () => void {
  let files = 0
  let held = false
  return () => {
    // The first file's look finds what start-up allocated; then one look every EVERY files.
    if (held || files++ % EVERY !== 0) return
    try {
      const v8 = nodeV8()
      const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
      if (newSpace === undefined || newSpace.space_size < NEW_SPACE_LIMIT) return
      v8.setFlagsFromString('--semi-space-growth-factor=1')
    } catch {
      // Tuning only: a runtime without these answers keeps its own policy, and a run is never failed for it.
    }
    held = true
  }
}

/** node:v8, loaded at the first look, not at import: a run that checks no file never needs it. */
function nodeV8(): typeof import('node:v8') {
  return typeof process.getBuiltinModule === 'function'
    ? process.getBuiltinModule('node:v8')
    : (createRequire(import.meta.url)('node:v8') as typeof import('node:v8'))
}
