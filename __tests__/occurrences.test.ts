import { Occurrences } from '../src/occurrences.js'
import { maskSecret, redact } from '../src/mask.js'
import { seededRandom } from './helpers/seeded-random.js'

/** Every occurrence, as `indexOf` finds them one by one (overlapping ones too). */
function naiveOccurrences(patterns: readonly string[], text: string): string[] {
  const out: string[] = []
  patterns.forEach((pattern, index) => {
    if (patterns.indexOf(pattern) !== index || pattern.length === 0) return
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) out.push(`${index}@${at}`)
  })
  return out.sort()
}

/** The masking as it was, one secret after the other (the reference the one-pass masking must equal). */
function redactOneByOne(text: string, secrets: Iterable<string>): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(maskSecret(secret))
    if (secret.includes('\n'))
      for (const line of secret.split(/\r?\n/)) {
        const part = line.trim()
        if (part.length >= 8 && out.includes(part)) out = out.split(part).join(maskSecret(part))
      }
  }
  return out
}

describe('Occurrences', () => {
  it('finds what indexOf finds, overlapping and nested occurrences included', () => {
    const found = (patterns: string[], text: string): string[] =>
      new Occurrences(patterns)
        .find(text)
        .map(({ pattern, start }) => `${pattern}@${start}`)
        .sort()
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(
      naiveOccurrences(['he', 'she', 'his', 'hers'], 'ushers')
    )
    expect(found(['aa', 'aaa'], 'aaaa')).toEqual(['0@0', '0@1', '0@2', '1@0', '1@1'])
    expect(found(['x'], '')).toEqual([])
    // UTF-16 code units: a pattern inside a surrogate pair or before a combining mark is still found.
    expect(found(['\ud83d', 'e'], 'e\u0301😀')).toEqual(['0@2', '1@0'])
    const next = seededRandom(15)
    for (let round = 0; round < 300; round++) {
      const letters = 'ab\nc'
      const word = (n: number): string =>
        Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('')
      const text = word(Math.floor(next() * 60))
      const patterns = Array.from({ length: 1 + Math.floor(next() * 12) }, () => word(1 + Math.floor(next() * 5)))
      expect([round, found(patterns, text)]).toEqual([round, naiveOccurrences(patterns, text)])
    }
  })
})

/** A random text of a few letters, spaces and line breaks, and secrets mostly cut from it (overlapping, nested). */
function randomCase(next: () => number, shortest: number): { text: string; secrets: string[] } {
  const letters = 'abcAB01_-\n '
  const word = (n: number): string =>
    Array.from({ length: n }, () => letters[Math.floor(next() * letters.length)]).join('')
  const text = word(20 + Math.floor(next() * 200))
  const secrets = Array.from({ length: 1 + Math.floor(next() * 10) }, () => {
    const start = Math.floor(next() * text.length)
    const length = shortest + Math.floor(next() * 20)
    // Some made up: they may not occur at all.
    return next() < 0.8 ? text.slice(start, start + length) : word(length)
  })
  return { text, secrets }
}

describe('redact with many secrets (searched in one pass)', () => {
  // More secrets than are searched one by one: these never occur, and put redact on its one-pass path.
  const absent = Array.from({ length: 40 }, (_, i) => `ZZZZ-absent-${i}-ZZZZ`)

  it('masks exactly as searching for each secret in turn does (secrets of one line, 8 characters or more)', () => {
    const next = seededRandom(20261203)
    for (let round = 0; round < 400; round++) {
      const { text, secrets } = randomCase(next, 8)
      const all = [...secrets.filter((secret) => !secret.includes('\n')), ...absent]
      expect([round, redact(text, all)]).toEqual([round, redactOneByOne(text, all)])
    }
  })

  it('leaves no secret of 4 characters or more in the text, one inside the mask of another included', () => {
    const next = seededRandom(4)
    for (let round = 0; round < 400; round++) {
      const { text, secrets } = randomCase(next, 4)
      const masked = redact(text, [...secrets, ...absent])
      // Each secret, and each line of 8 characters or more of one over several lines.
      const shown = secrets.flatMap((secret) =>
        [secret, ...(secret.includes('\n') ? secret.split(/\r?\n/).map((line) => line.trim()) : [])].filter(
          (value) => value.length >= (value === secret ? 4 : 8) && masked.includes(value)
        )
      )
      expect([round, shown]).toEqual([round, []])
    }
  })

  it('stays linear in the text and the secrets: 20,000 tokens in one text', () => {
    const next = seededRandom(7)
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    const tokens = Array.from(
      { length: 20_000 },
      () => `ghp_${Array.from({ length: 36 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')}`
    )
    const text = tokens.map((token, i) => `"K${i}": "${token}"`).join(',\n')
    const masked = redact(text, new Set(tokens))
    expect(tokens.filter((token) => masked.includes(token))).toEqual([])
    expect(masked.split('\n')[0]).toBe(`"K0": "ghp_…${tokens[0].slice(-4)}",`)
    // No time limit of its own (the suite's is generous): one token after the other took ~25 s here, this ~1 s.
  }, 60_000)

  it('makes the masker of a collection once, and again when it grows', () => {
    const secrets = new Set([...absent, 'ghp_R4nd0mT0k3nV4lu3Xq9Lm2Zp8Wc6Yb1Nd7Kf'])
    expect(redact('a ghp_R4nd0mT0k3nV4lu3Xq9Lm2Zp8Wc6Yb1Nd7Kf b', secrets)).toBe('a ghp_…d7Kf b')
    secrets.add('sk_live_Q3mZt2Lk9Vx4Rb8Nc1Yd6We3Pf5Hs0Ju2KaQ')
    expect(redact('x sk_live_Q3mZt2Lk9Vx4Rb8Nc1Yd6We3Pf5Hs0Ju2KaQ y', secrets)).toBe(
      `x ${maskSecret('sk_live_Q3mZt2Lk9Vx4Rb8Nc1Yd6We3Pf5Hs0Ju2KaQ')} y`
    )
  })
})
