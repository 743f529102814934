import { oneLine, trimEndOf } from '../src/text.js'

describe('text helpers', () => {
  it('trim the given characters at the end only', () => {
    expect(trimEndOf('a//b//', '/')).toBe('a//b')
    expect(trimEndOf('C:\\x\\/', '/\\')).toBe('C:\\x')
    expect(trimEndOf('///', '/')).toBe('')
    expect(trimEndOf('abc', '/')).toBe('abc')
  })

  it('put a text on one line: each blank run holding a line break becomes one space', () => {
    expect(oneLine('a  \n \r\n  b\tc  d\n')).toBe('a b\tc  d ')
    expect(oneLine('no break   here')).toBe('no break   here')
  })

  it('stay linear on runs built to make an end-anchored pattern backtrack', () => {
    const slashes = `${'/'.repeat(2_000_000)}x`
    const blanks = `${' '.repeat(2_000_000)}x`
    const started = Date.now()
    expect(trimEndOf(slashes, '/')).toBe(slashes)
    expect(oneLine(blanks)).toBe(blanks)
    expect(oneLine(`${blanks}\n`)).toBe(`${blanks} `)
    // /[\\/]+$/ took minutes on a fifth of this.
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
