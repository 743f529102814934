import { compileLazilyAgain, keepCompiledCode as keep, type CompileCacheSetting } from '../../src/cli/compile-cache.js'

/** V8 flags the calls below set (never this test process's own). */
let flags: string[] = []
beforeEach(() => (flags = []))
// A test that began compiling whole ends it, so that the next starts afresh.
afterEach(() => compileLazilyAgain())
/** For a lint (compiling whole), with the flags recorded. */
const keepCompiledCode = (setting: CompileCacheSetting) =>
  keep({ compileWhole: true, setFlags: (flag) => flags.push(flag), ...setting })

/** A stand-in for `module.enableCompileCache` that records the folder asked for and answers `status`. */
function recorder(status = 1) {
  const asked: string[] = []
  const enable = (directory?: string) => {
    asked.push(directory ?? '')
    return { status, directory: `${directory}/v24-x64` }
  }
  return { asked, enable }
}

describe('keepCompiledCode', () => {
  it("uses the user's own cache folder on Linux, and says where it went", () => {
    const { asked, enable } = recorder()
    expect(keepCompiledCode({ env: {}, platform: 'linux', home: '/home/dev', enable })).toBe(
      '/home/dev/.cache/mcpcop/compile-cache/v24-x64'
    )
    expect(asked).toEqual(['/home/dev/.cache/mcpcop/compile-cache'])
    // With a cache, the chunks loaded next are compiled whole, so that the cache holds them whole.
    expect(flags).toEqual(['--no-lazy'])
  })

  it('follows an absolute XDG_CACHE_HOME, ignores a relative one, and uses Library/Caches on macOS', () => {
    const { asked, enable } = recorder()
    keepCompiledCode({ env: { XDG_CACHE_HOME: '/var/cache/dev' }, platform: 'linux', home: '/home/dev', enable })
    keepCompiledCode({ env: { XDG_CACHE_HOME: 'cache' }, platform: 'linux', home: '/home/dev', enable })
    keepCompiledCode({ env: {}, platform: 'darwin', home: '/Users/dev', enable })
    expect(asked).toEqual([
      '/var/cache/dev/mcpcop/compile-cache',
      '/home/dev/.cache/mcpcop/compile-cache',
      '/Users/dev/Library/Caches/mcpcop/compile-cache'
    ])
  })

  it('uses LOCALAPPDATA on Windows, and nothing without it', () => {
    const { asked, enable } = recorder()
    keepCompiledCode({ env: { LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local' }, platform: 'win32', enable })
    expect(keepCompiledCode({ env: {}, platform: 'win32', home: 'C:\\Users\\dev', enable })).toBeUndefined()
    expect(asked).toHaveLength(1)
    expect(asked[0]).toMatch(/^C:\\Users\\dev\\AppData\\Local.mcpcop.compile-cache$/)
  })

  it('never uses the shared temporary folder: without a home or cache folder it keeps nothing', () => {
    const { asked, enable } = recorder()
    expect(keepCompiledCode({ env: {}, platform: 'linux', home: '', enable })).toBeUndefined()
    expect(keepCompiledCode({ env: {}, platform: 'linux', home: 'relative/home', enable })).toBeUndefined()
    expect(asked).toEqual([])
  })

  it.each([{ CI: 'true' }, { CI: '1' }, { TF_BUILD: 'True' }, { BUILD_ID: '42' }, { CONTINUOUS_INTEGRATION: 'yes' }])(
    'keeps nothing in CI (%o), where the cache would only be written',
    (env) => {
      const { asked, enable } = recorder()
      expect(keepCompiledCode({ env, platform: 'linux', home: '/home/dev', enable })).toBeUndefined()
      expect(asked).toEqual([])
      expect(flags).toEqual([])
    }
  )

  it('takes CI=false and CI=0 as not CI', () => {
    const { asked, enable } = recorder()
    keepCompiledCode({ env: { CI: 'false' }, platform: 'linux', home: '/home/dev', enable })
    keepCompiledCode({ env: { CI: '0' }, platform: 'linux', home: '/home/dev', enable })
    expect(asked).toHaveLength(2)
  })

  it('reports a cache Node already keeps (NODE_COMPILE_CACHE), and none that failed or was disabled', () => {
    const home = { env: {}, platform: 'linux' as const, home: '/home/dev' }
    expect(keepCompiledCode({ ...home, enable: recorder(2).enable })).toBe(
      '/home/dev/.cache/mcpcop/compile-cache/v24-x64'
    )
    expect(flags).toEqual(['--no-lazy'])
    expect(keepCompiledCode({ ...home, enable: recorder(0).enable })).toBeUndefined()
    expect(keepCompiledCode({ ...home, enable: recorder(3).enable })).toBeUndefined()
    // Without a cache, lazy compilation stays: compiling whole pays only when the result is kept.
    expect(flags).toEqual(['--no-lazy'])
  })

  it('never throws: a call that fails leaves the run without a cache', () => {
    const throwing = () => {
      throw new Error('EACCES')
    }
    expect(keepCompiledCode({ env: {}, platform: 'linux', home: '/home/dev', enable: throwing })).toBeUndefined()
    expect(flags).toEqual([])
  })
})

describe('compileLazilyAgain', () => {
  it('ends whole compilation once the lint is done, once', () => {
    keepCompiledCode({ env: {}, platform: 'linux', home: '/home/dev', enable: recorder().enable })
    compileLazilyAgain()
    compileLazilyAgain()
    expect(flags).toEqual(['--no-lazy', '--lazy'])
  })

  it('sets nothing for a command that does not lint, nor without a cache', () => {
    keepCompiledCode({ env: {}, platform: 'linux', home: '/home/dev', enable: recorder().enable, compileWhole: false })
    keepCompiledCode({ env: {}, platform: 'linux', home: '/home/dev', enable: recorder(0).enable })
    compileLazilyAgain()
    expect(flags).toEqual([])
  })
})
