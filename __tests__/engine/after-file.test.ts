import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { write } from '../helpers/files.js'

describe("lint's afterFile", () => {
  it('is called after each file checked but the last, and not for files it skips', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-after-file-'))
    const config = JSON.stringify({ mcpServers: { memory: { command: 'npx', args: ['-y', 'server-memory'] } } })
    // A settings file's ignored file is not checked; a broken file is checked (and reported).
    write(root, {
      'a/.mcp.json': config,
      'b/.mcp.json': config,
      'c/.mcp.json': config,
      'd/.mcp.json': '{ "mcpServers": ',
      '.mcpcop.json': JSON.stringify({ ignore: ['c/.mcp.json'] })
    })
    let calls = 0
    const { report } = await lint({ paths: ['.'], cwd: root, afterFile: () => calls++ })
    expect(report.files.map((f) => f.path)).toEqual(['a/.mcp.json', 'b/.mcp.json', 'd/.mcp.json'])
    // After a and b: nothing is left to tune for after the last file (d).
    expect(calls).toBe(2)
  })

  it('is not called in a run of one file', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-after-file-'))
    write(root, { '.mcp.json': JSON.stringify({ mcpServers: { memory: { command: 'npx', args: ['-y', 'm'] } } }) })
    let calls = 0
    const { report } = await lint({ paths: ['.'], cwd: root, afterFile: () => calls++ })
    expect(report.files.map((f) => f.path)).toEqual(['.mcp.json'])
    expect(calls).toBe(0)
  })
})
