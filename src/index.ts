import { checksWholeWorkspace } from './action/inputs.js'
import { startListing } from './git/listing.js'

// git lists the workspace while the action's code is read and compiled (discovery takes the listing).
if (checksWholeWorkspace(process.env)) startListing(process.env.GITHUB_WORKSPACE || process.cwd())
// The action entry: run() holds everything so that tests can call it.
const { run } = await import('./action/main.js')
await run()
