import { wantsColor } from '../../src/cli/color.js'

const terminal = { flag: undefined, env: {}, isTTY: true, toFile: false }
const pipe = { ...terminal, isTTY: false }

describe('wantsColor', () => {
  it('colours a terminal and not a pipe, a file or a dumb terminal', () => {
    expect(wantsColor(terminal)).toBe(true)
    expect(wantsColor(pipe)).toBe(false)
    expect(wantsColor({ ...terminal, toFile: true })).toBe(false)
    expect(wantsColor({ ...terminal, env: { TERM: 'dumb' } })).toBe(false)
  })

  it('reads FORCE_COLOR as supports-color does: 0 and false turn colour off, any other value on', () => {
    for (const value of ['', '1', '2', '3', 'true'])
      expect([value, wantsColor({ ...pipe, env: { FORCE_COLOR: value } })]).toEqual([value, true])
    for (const value of ['0', 'false'])
      expect([value, wantsColor({ ...terminal, env: { FORCE_COLOR: value } })]).toEqual([value, false])
    expect(wantsColor({ ...terminal, env: { FORCE_COLOR: '1', TERM: 'dumb' } })).toBe(true)
  })

  it('turns colour off for a non-empty NO_COLOR, unless FORCE_COLOR asks for it', () => {
    expect(wantsColor({ ...terminal, env: { NO_COLOR: '1' } })).toBe(false)
    expect(wantsColor({ ...terminal, env: { NO_COLOR: '' } })).toBe(true)
    expect(wantsColor({ ...pipe, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).toBe(true)
  })

  it('lets --color and --no-color decide over the environment, also for a report file', () => {
    expect(wantsColor({ ...pipe, flag: true, env: { NO_COLOR: '1', FORCE_COLOR: '0' } })).toBe(true)
    expect(wantsColor({ ...terminal, flag: false, env: { FORCE_COLOR: '3' } })).toBe(false)
    expect(wantsColor({ ...pipe, flag: true, toFile: true })).toBe(true)
    expect(wantsColor({ ...pipe, toFile: true, env: { FORCE_COLOR: '1' } })).toBe(false)
  })
})
