// Makes the bundled CLI executable, so `npx mcpcop` and the package `bin` work after a build.
import { chmodSync, readFileSync } from 'node:fs'

const cli = 'dist/cli/index.js'
if (!readFileSync(cli, 'utf8').startsWith('#!')) throw new Error(`${cli} lost its #! line`)
chmodSync(cli, 0o755)
