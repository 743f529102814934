import { fillMessage } from '../src/message-template.js'

describe('fillMessage', () => {
  it('fills every slot, spaces inside the braces allowed', () => {
    expect(
      fillMessage('"{{name}}" runs through {{ runner }} ({{count}})', { name: 'pkg', runner: 'npx', count: 2 })
    ).toBe('"pkg" runs through npx (2)')
  })

  it('refuses a slot without data instead of printing "undefined", an inherited name included', () => {
    expect(() => fillMessage('{{kind}} is missing', {})).toThrow('needs "kind"')
    expect(() => fillMessage('{{constructor}}', {})).toThrow('needs "constructor"')
  })
})
