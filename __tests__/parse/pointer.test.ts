import { pointerWith } from '../../src/parse/source.js'

describe('pointerWith', () => {
  it('appends the tail to a copy of the base, leaving the base as it was', () => {
    const base = ['mcpServers', 'memory'] as const
    const pointer = pointerWith(base, 'args', 0)
    expect(pointer).toEqual(['mcpServers', 'memory', 'args', 0])
    expect(base).toEqual(['mcpServers', 'memory'])
    expect(pointer).not.toBe(base)
  })

  it('copies the base when there is no tail, and takes an empty base', () => {
    const base = ['servers']
    const copy = pointerWith(base)
    expect(copy).toEqual(['servers'])
    expect(copy).not.toBe(base)
    expect(pointerWith([], 'a', 'b')).toEqual(['a', 'b'])
  })

  it('leaves no hole: every index from 0 to length - 1 is set', () => {
    const pointer = pointerWith(['a', 'b', 'c'], 'd')
    expect(Object.keys(pointer)).toEqual(['0', '1', '2', '3'])
  })
})
