import { execFileSync } from 'node:child_process'
import { mkdtempSync, realpathSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readGuarded } from '../src/read.js'

// A FIFO (made with mkfifo, a process: hence a file of its own in the integration project) where discovery
// listed a file: opened without blocking, it is refused by the check on the descriptor, not waited on.
describe('the guarded reader, for a listed file swapped for a FIFO', () => {
  it('refuses it at once as not a regular file, with or without the listing', () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-fifo-')))
    const fifo = path.join(root, 'mcp.json')
    execFileSync('mkfifo', [fifo])
    for (const listed of [true, false])
      expect(readGuarded(fifo, { root, maxBytes: 1024, listed }).refusal?.reason).toMatch(/not a regular file/)
  })
})
