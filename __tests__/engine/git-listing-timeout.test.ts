import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listWorkTree } from '../../src/git/listing.js'

// A git that never answers: it starts a child that keeps the output pipe open, then waits on it.
const STUCK_GIT = `#!/usr/bin/env bash
sleep 30 &
echo $! > "$STUCK_PID_FILE"
wait
`

describe('git listing that never ends', () => {
  const savedPath = process.env.PATH
  const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-stuck-git-'))
  const pidFile = path.join(bin, 'sleep.pid')
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-stuck-repo-'))

  beforeAll(() => {
    execFileSync('git', ['init', '-q'], { cwd: root })
    writeFileSync(path.join(bin, 'git'), STUCK_GIT)
    chmodSync(path.join(bin, 'git'), 0o755)
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    process.env.STUCK_PID_FILE = pidFile
  })

  afterAll(() => {
    process.env.PATH = savedPath
    delete process.env.STUCK_PID_FILE
    // The sleep the fake git started, by its pid (ours to end).
    if (existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  })

  it('is given up after its time, even while a process git started holds the output open', async () => {
    const started = Date.now()
    await expect(listWorkTree(root, { inProcess: false, timeoutMs: 500 })).resolves.toBeUndefined()
    // The stuck listing ran its course: the fake git did start (and was stopped), not failed at once.
    expect(existsSync(pidFile)).toBe(true)
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})
