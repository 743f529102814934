import { hasPlaceholder, maskPlaceholders, placeholderPattern, withoutPlaceholders } from '../src/placeholders.js'

describe('placeholder shapes', () => {
  it('finds a registry template on every call, not only on every other one', () => {
    // The expressions are global: a test that started where the last match ended missed `{b}`.
    expect([hasPlaceholder('https://x/{name}'), hasPlaceholder('{b}'), hasPlaceholder('{b}')]).toEqual([
      true,
      true,
      true
    ])
    expect([hasPlaceholder('${A}'), hasPlaceholder('$B'), hasPlaceholder('plain')]).toEqual([true, true, false])
  })

  it('removes and masks every form, each scan built from the same shapes', () => {
    expect(withoutPlaceholders('Bearer ${TOKEN} {env:KEY} ${{ secrets.X }} $HOME %APPDATA%')).toBe('Bearer     ')
    expect(maskPlaceholders('https://${input:host}/{path}')).toBe('https://placeholder/placeholder')
    const found = (shapes: Parameters<typeof placeholderPattern>[0], text: string): string[] =>
      [...text.matchAll(placeholderPattern(shapes))].map((m) => m[0])
    const text = '${{ secrets.X }} ${A} {env:B} $C %D% {e}'
    expect(found(['doubleBrace', 'dollarBrace', 'braceEnv', 'dollar', 'registry'], text)).toEqual([
      '${{ secrets.X }}',
      '${A}',
      '{env:B}',
      '$C',
      '{e}'
    ])
    expect(found(['percent'], text)).toEqual(['%D%'])
  })
})
