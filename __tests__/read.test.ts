import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readGuarded } from '../src/read.js'

describe('the guarded reader', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-read-'))
  writeFileSync(path.join(root, 'small.json'), '{"mcpServers":{}}')

  it('returns a file within the cap and refuses one whose size is over it', () => {
    expect(readGuarded(path.join(root, 'small.json'), { root, maxBytes: 64 })).toEqual({
      bytes: Buffer.from('{"mcpServers":{}}')
    })
    expect(readGuarded(path.join(root, 'small.json'), { root, maxBytes: 8 })).toMatchObject({
      refusal: { ruleId: 'file-too-large' }
    })
  })

  // A file whose size claim is short (here /proc's 0) is read past its claim: the cap must hold for what
  // is read, not only for what fstat said.
  const procSelf = '/proc/self'
  ;(existsSync(path.join(procSelf, 'maps')) ? it : it.skip)('refuses a file over the cap whose size claims 0', () => {
    const result = readGuarded(path.join(procSelf, 'maps'), { root: procSelf, maxBytes: 16 })
    expect(result).toMatchObject({ refusal: { ruleId: 'file-too-large' } })
    expect(readGuarded(path.join(procSelf, 'maps'), { root: procSelf, maxBytes: 1024 * 1024 })).toHaveProperty('bytes')
  })
})
