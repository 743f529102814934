import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'

describe("lint's afterFile", () => {
  it('is called once for each file checked, and not for files it skips', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-after-file-'))
    const config = JSON.stringify({ mcpServers: { memory: { command: 'npx', args: ['-y', 'server-memory'] } } })
    for (const dir of ['a', 'b', 'c']) {
      mkdirSync(path.join(root, dir))
      writeFileSync(path.join(root, dir, '.mcp.json'), config)
    }
    // A settings file's ignored file is not checked; a broken file is checked (and reported).
    writeFileSync(path.join(root, '.mcpcop.json'), JSON.stringify({ ignore: ['c/.mcp.json'] }))
    mkdirSync(path.join(root, 'd'))
    writeFileSync(path.join(root, 'd', '.mcp.json'), '{ "mcpServers": ')
    let calls = 0
    const { report } = await lint({ paths: ['.'], cwd: root, afterFile: () => calls++ })
    expect(report.files.map((f) => f.path)).toEqual(['a/.mcp.json', 'b/.mcp.json', 'd/.mcp.json'])
    expect(calls).toBe(3)
  })
})
