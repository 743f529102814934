import { readFileSync, writeFileSync } from 'node:fs'
import { updatedHostsDoc } from '../../scripts/hosts-table.js'

const DOC = new URL('../../docs/hosts.md', import.meta.url)

describe('docs/hosts.md', () => {
  it('shows what the host profiles say (run "npm run docs:hosts" after changing a profile)', () => {
    const doc = readFileSync(DOC, 'utf8')
    const expected = updatedHostsDoc(doc)
    if (process.env.UPDATE_DOCS === '1' && expected !== doc) writeFileSync(DOC, expected)
    else expect(doc).toBe(expected)
  })
})
