import { existsSync, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { existsInside, isInside, readGuarded, type InsideCache } from '../src/read.js'

describe('the guarded reader', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-read-'))
  writeFileSync(path.join(root, 'small.json'), '{"mcpServers":{}}')

  it('returns a file within the cap and refuses one whose size is over it', () => {
    expect(readGuarded(path.join(root, 'small.json'), { root, maxBytes: 64 })).toEqual({
      bytes: Buffer.from('{"mcpServers":{}}')
    })
    expect(readGuarded(path.join(root, 'small.json'), { root, maxBytes: 8 })).toMatchObject({
      refusal: { ruleId: 'file-too-large' }
    })
  })

  // A file whose size claim is short (here /proc's 0) is read past its claim: the cap must hold for what
  // is read, not only for what fstat said.
  const procSelf = '/proc/self'
  ;(existsSync(path.join(procSelf, 'maps')) ? it : it.skip)('refuses a file over the cap whose size claims 0', () => {
    const result = readGuarded(path.join(procSelf, 'maps'), { root: procSelf, maxBytes: 16 })
    expect(result).toMatchObject({ refusal: { ruleId: 'file-too-large' } })
    expect(readGuarded(path.join(procSelf, 'maps'), { root: procSelf, maxBytes: 1024 * 1024 })).toHaveProperty('bytes')
  })
})

describe('existsInside: whether a path exists, answered only inside the root', () => {
  // outside/ holds a file; repo/ links to it, to itself and to nowhere.
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-exists-')))
  const outside = path.join(base, 'outside')
  const repo = path.join(base, 'repo')
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'present.js'), '')
  mkdirSync(path.join(repo, 'src', 'deep'), { recursive: true })
  writeFileSync(path.join(repo, 'src', 'server.js'), '')
  writeFileSync(path.join(repo, '..file'), '')
  symlinkSync(outside, path.join(repo, 'tools'))
  symlinkSync('../outside/present.js', path.join(repo, 'relative-out.js'))
  symlinkSync('src', path.join(repo, 'in-link'))
  symlinkSync('../server.js', path.join(repo, 'src', 'deep', 'up.js'))
  symlinkSync('../outside/nowhere', path.join(repo, 'dangling-out'))
  symlinkSync('src/nowhere.js', path.join(repo, 'dangling-in.js'))
  symlinkSync('loop-b', path.join(repo, 'loop-a'))
  symlinkSync('loop-a', path.join(repo, 'loop-b'))

  it('answers for paths inside, through links that stay inside', () => {
    expect(existsInside(repo, 'src/server.js')).toBe(true)
    expect(existsInside(repo, 'src/missing.js')).toBe(false)
    expect(existsInside(repo, 'in-link/server.js')).toBe(true)
    expect(existsInside(repo, 'in-link/missing.js')).toBe(false)
    expect(existsInside(repo, 'src/deep/up.js')).toBe(true)
    expect(existsInside(repo, 'src/server.js/x')).toBe(false)
    expect(existsInside(repo, 'dangling-in.js')).toBe(false)
    expect(existsInside(repo, '..file')).toBe(true)
    expect(existsInside(repo, '.')).toBe(true)
  })

  it('says "present" for every path that leads outside, so the answer tells nothing about the machine', () => {
    for (const relative of [
      'tools/present.js',
      'tools/absent.js',
      'relative-out.js',
      'dangling-out',
      'dangling-out/x',
      '../outside/absent.js',
      path.join(outside, 'absent.js'),
      'loop-a',
      'loop-a/x'
    ])
      expect([relative, existsInside(repo, relative)]).toEqual([relative, true])
  })

  it('answers the same when the questions share what earlier ones learned, in any order', () => {
    const questions = [
      'src/server.js',
      'src/missing.js',
      'src/missing.js/x',
      'in-link/server.js',
      'in-link/missing.js',
      'src/deep/up.js',
      'src/server.js/x',
      'dangling-in.js',
      'tools/present.js',
      'tools/absent.js',
      'dangling-out/x',
      'loop-a/x',
      '..file',
      '.'
    ]
    const alone = questions.map((q) => existsInside(repo, q))
    const known: InsideCache = new Map()
    expect([...questions, ...questions].map((q) => existsInside(repo, q, known))).toEqual([...alone, ...alone])
    expect([...questions].reverse().map((q) => existsInside(repo, q, new Map()))).toEqual([...alone].reverse())
    // Folders reached through a link are learned by their real path, and links themselves are never cached.
    expect([...known].sort()).toEqual(
      [
        ['src', 'folder'],
        ['src/deep', 'folder'],
        ['src/missing.js', 'absent'],
        ['src/server.js/x', 'absent'],
        ['src/nowhere.js', 'absent']
      ]
        .map(([p, v]) => [path.join(repo, p), v])
        .sort()
    )
  })

  it('treats a name that starts with two dots as inside', () => {
    expect(isInside(path.join(repo, '..file'), repo)).toBe(true)
    expect(isInside(path.join(repo, '..'), repo)).toBe(false)
    expect(isInside(repo, repo)).toBe(true)
  })
})
