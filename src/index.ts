import { run } from './action/main.js'

// The action entry: run() holds everything so that tests can call it.
await run()
