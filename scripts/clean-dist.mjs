// Empties the bundle folders before ncc writes them: ncc leaves chunks of earlier builds in place, and
// a chunk no bundle loads any more would be committed and shipped (and .ci/run could not see it).
import { rmSync } from 'node:fs'

for (const folder of ['dist/action', 'dist/cli']) rmSync(folder, { recursive: true, force: true })
