import { findExcessiveNesting, MAX_NESTING_DEPTH } from '../../src/parse/problem.js'

/** The scan as first written, on one-character strings and regular expressions: the reference. */
function reference(text: string, syntax: 'yaml' | 'toml'): number | undefined {
  let depth = 0
  let quote = ''
  let previous = '\n'
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = ''
      else if (ch === '\n' && syntax === 'toml') quote = ''
      continue
    }
    if (ch === '#' && (syntax === 'toml' || /\s/.test(previous))) {
      const end = text.indexOf('\n', i)
      if (end === -1) return undefined
      i = end
      previous = '\n'
      continue
    }
    if ((ch === '"' || ch === "'") && (syntax === 'toml' || opensYamlScalar(text, i))) quote = ch
    else if (ch === '{' || ch === '[') {
      if (++depth > MAX_NESTING_DEPTH) return i
    } else if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1)
    if (!/[ \t]/.test(ch)) previous = ch
    else previous = ' '
  }
  return undefined
}

function opensYamlScalar(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0 || '\n\r:-[{,?'.includes(text[i])
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

describe('the nesting pre-scan', () => {
  // Brackets often enough to pass the limit, and everything that changes how they are read.
  const alphabet = [
    '[',
    '[',
    '{',
    '{',
    ']',
    '}',
    '"',
    "'",
    '\\',
    '#',
    ' ',
    '\t',
    '\n',
    '\r',
    ':',
    '-',
    ',',
    '?',
    'a',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '\ud83d'
  ]

  it.each(['yaml', 'toml'] as const)('finds where %s nesting passes the limit as the first version did', (syntax) => {
    const next = random(syntax === 'yaml' ? 1 : 2)
    for (let n = 0; n < 3000; n++) {
      const length = 50 + Math.floor(next() * 400)
      const opening = next() < 0.5 ? '['.repeat(90 + Math.floor(next() * 20)) : ''
      let text = opening
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)]
      expect([text, findExcessiveNesting(text, syntax)]).toEqual([text, reference(text, syntax)])
    }
  })
})
