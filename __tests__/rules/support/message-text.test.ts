import { andList, MAX_LISTED, quoteList } from '../../../src/rules/support/message-text.js'

describe('lists in messages', () => {
  it('writes short lists in full', () => {
    expect(andList([])).toBe('')
    expect(andList(['a'])).toBe('a')
    expect(andList(['a', 'b'])).toBe('a and b')
    expect(quoteList(['a', 'b', 'c'], 'or')).toBe('"a", "b" or "c"')
    const full = Array.from({ length: MAX_LISTED }, (_, i) => `n${i}`)
    expect(quoteList(full)).toBe(
      `${full
        .slice(0, -1)
        .map((n) => `"${n}"`)
        .join(', ')} and "n${MAX_LISTED - 1}"`
    )
  })

  it('names the first of a long list and counts the rest, so a message stays short whatever the file holds', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `input${i}`)
    const listed = quoteList(names)
    expect(listed).toBe(
      `"input0", "input1", "input2", "input3", "input4", "input5", "input6", "input7", "input8", "input9" and 4,990 more`
    )
    expect(andList(names.slice(0, MAX_LISTED + 1), 'or')).toBe(`${names.slice(0, MAX_LISTED).join(', ')} or 1 more`)
  })
})
