import { readFileSync } from 'node:fs'
import { CATALOGUE, UNCONFIRMED_TEXTS } from '../../src/why/catalogue.js'

const doc = readFileSync(new URL('../../docs/doctor.md', import.meta.url), 'utf8')

describe('docs/doctor.md', () => {
  it('lists every catalogue entry, in order, with its title', () => {
    const rows = [...doc.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()])
    expect(rows).toEqual(CATALOGUE.map((e) => [e.id, e.title]))
  })

  it('names the texts no host was found to print', () => {
    for (const t of UNCONFIRMED_TEXTS) expect(doc).toContain(t.text.replace('"github"', '"x"'))
  })
})
