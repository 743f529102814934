import picomatch from 'picomatch'
import { compileGlob, compileGlobs, globProblem, MAX_GLOB_ALTERNATIVES } from '../src/glob.js'

/** A small seeded generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]

/** A glob made of the syntax both matchers read alike. */
function randomGlob(next: () => number): string {
  // Not `[!a]`: picomatch reads that `!` as a character, git and the shell (and we) as a negation.
  const pieces = [
    'a',
    'b',
    '.',
    '*',
    '?',
    '[ab]',
    '[^a]',
    '[a-c]',
    '{a,b}',
    '{a,*.b}',
    '\\*',
    'mcp.json',
    '.mcp',
    '-',
    './'
  ]
  const segments = 1 + Math.floor(next() * 4)
  return Array.from({ length: segments }, () =>
    next() < 0.2 ? '**' : Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, pieces)).join('')
  ).join('/')
}

/** A file path as discovery gives them: no empty, `.` or `..` segment, no leading or trailing `/`. */
function randomPath(next: () => number): string {
  const names = ['a', 'b', 'ab', '.a', 'a.b', 'x', '.mcp.json', 'mcp.json', 'c-a', '*', 'ba']
  return Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, names)).join('/')
}

describe('settings globs', () => {
  it('match as picomatch does (dot: true) on 40,000 random globs and paths', () => {
    const next = random(15)
    const differences: string[] = []
    for (let i = 0; i < 4000; i++) {
      const glob = randomGlob(next)
      const ours = compileGlob(glob)
      const theirs = picomatch(glob, { dot: true })
      for (let j = 0; j < 10; j++) {
        const path = randomPath(next)
        if (ours(path) !== theirs(path)) differences.push(`${glob} ${path}: ${ours(path)}`)
      }
    }
    expect(differences).toEqual([])
  })

  it.each([
    ['examples/**', 'examples/a/.mcp.json', true],
    ['examples/**', 'examples', true],
    ['examples/**', 'examplesx/.mcp.json', false],
    ['**/.mcp.json', '.mcp.json', true],
    ['**/.mcp.json', 'a/b/.mcp.json', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/xb', false],
    ['*.json', 'a/b.json', false],
    ['*.json', '.mcp.json', true],
    ['legacy/*/.mcp.json', 'legacy/x/.mcp.json', true],
    ['{a,b}/**', 'b/c', true],
    ['\\*.json', '*.json', true],
    ['\\*.json', 'x.json', false],
    ['!legacy/**', 'legacy/.mcp.json', false],
    ['!legacy/**', '.mcp.json', true],
    ['+(a|b)', 'a', false],
    ['+(a|b)', '+(a|b)', true],
    ['[', '[', true],
    ['[!a]*', 'ba', true],
    ['[!a]*', 'ab', false],
    ['./a/**', 'a/b', true]
  ])('%s on %s: %s', (glob, path, expected) => {
    expect(compileGlob(glob)(path)).toBe(expected)
  })

  it('take any glob in a list', () => {
    const match = compileGlobs(['a/**', '*.yaml', '!b/**'])
    expect(['a/x', 'c.yaml', 'c/x', 'b/x'].map(match)).toEqual([true, true, true, false])
  })

  it('end at once on the globs that make a backtracking expression run for hours', () => {
    const folder = 'a'.repeat(200)
    const path = `${folder}/${folder}/.mcp.json`
    for (const glob of [
      '((((((((((((((((((((a*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)*)',
      '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b',
      '**/*a*a*a*a*a*a*a*a*b/**/*a*a*a*a*a*a*a*a*a*b/**',
      '**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/**/x'
    ])
      expect(compileGlob(glob)(path)).toBe(false)
  })

  it('refuse a glob whose braces expand too far, which then matches nothing', () => {
    const glob = '{a,b}'.repeat(9)
    expect(2 ** 9).toBeGreaterThan(MAX_GLOB_ALTERNATIVES)
    expect(globProblem(glob)).toBe(`it expands to more than ${MAX_GLOB_ALTERNATIVES} alternatives; it matches nothing`)
    expect(compileGlob(glob)('a'.repeat(9))).toBe(false)
    expect(globProblem('{a,b}'.repeat(8))).toBeUndefined()
    expect(compileGlob('{a,b}'.repeat(8))('ab'.repeat(4))).toBe(true)
    expect(globProblem(`${'*'.repeat(3000)}x${'?'.repeat(3000)}`)).toBe(
      'it is too long once its braces are expanded; it matches nothing'
    )
  })
})
