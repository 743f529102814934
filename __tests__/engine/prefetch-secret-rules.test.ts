import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { loadPreset, presetRequested } from '../../src/secret-rules/preset.js'
import { write } from '../helpers/files.js'

// The vendor secret rules (the secretlint preset) are imported ahead for a run of several files, and not
// for one clean config. The two cases run in this order: the preset, once imported, stays for the process.

const clean = JSON.stringify({ mcpServers: { docs: { command: 'npx', args: ['-y', 'docs-mcp'] } } }, null, 2) + '\n'

describe('the vendor secret rules imported ahead', () => {
  it('are not imported for one config that holds nothing like a credential', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-prefetch-secrets-'))
    write(root, { '.mcp.json': clean })
    const result = await lint({ paths: ['.'], cwd: root })
    expect(result.report.files.map((f) => f.path)).toEqual(['.mcp.json'])
    expect(presetRequested()).toBe(false)
  })

  it('are imported before the first file is checked when a run has eight files or more', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-prefetch-secrets-'))
    write(root, Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`p${n}/.mcp.json`, clean])))
    let atFirstFile: boolean | undefined
    const result = await lint({
      paths: ['.'],
      cwd: root,
      afterFile: () => {
        atFirstFile ??= presetRequested()
      }
    })
    expect(result.report.files).toHaveLength(8)
    expect(result.report.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    // None of the files asked for them: they were imported ahead (that one import ends well).
    expect(atFirstFile).toBe(true)
    await expect(loadPreset()).resolves.toBeUndefined()
  })
})
