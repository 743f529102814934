import { findSecrets, loadSecretRules, scanText } from '../../src/secrets.js'
import { seededRandom } from '../helpers/seeded-random.js'
import { KINDS } from './fixtures.js'

// A text can hold thousands of credentials (a long line, a file of tokens): each is still reported once, as
// when it stands alone, and the work stays linear (one token after the other compared with every other took
// ~45 s for 14,000 of them).

await loadSecretRules()

const single = KINDS.filter((kind) => /^[\x21-\x7e]{20,}$/.test(kind.value) && !/["'\\]/.test(kind.value))
const next = seededRandom(99)
const pieces = Array.from({ length: 300 }, (_, i) => {
  const kind = single[i % single.length]
  // The same credential alone, behind `Bearer`, in a URL's password: one credential each time.
  const forms = [kind.value, `Bearer ${kind.value}`, `https://u:${kind.value}@example.com/x`]
  return forms[Math.floor(next() * forms.length)]
})

describe('a text with very many credentials', () => {
  it('gives each credential once, the same ones as each piece alone', () => {
    const alone = new Set(pieces.flatMap((piece) => findSecrets(piece, undefined, 'mask').map((s) => s.value)))
    const together = findSecrets(pieces.join(' '), undefined, 'mask').map((s) => s.value)
    expect(together.length).toBeGreaterThan(64)
    expect(new Set(together).size).toBe(together.length)
    expect(new Set(together)).toEqual(alone)
  })

  it('reports a credential found on one line once per place, however many there are', () => {
    const line = single.map((kind, i) => `"K${i}": "${kind.value}"`).join(', ')
    const found = scanText(`{ ${line} }\n`, 'mask')
    const places = found.map((s) => `${s.offset}:${s.value}`)
    expect(new Set(places).size).toBe(places.length)
    expect(new Set(found.map((s) => s.value)).size).toBeGreaterThan(64)
  })
})
