import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  decodeConfigBytes,
  existsInside,
  isInside,
  readConfigFile,
  readGuarded,
  type InsideCache
} from '../src/read.js'

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

// A file discovery listed is opened first and its place checked on the open descriptor (Linux names it in
// /proc): each case below must end as the full checks would, whatever was swapped in after the listing.
describe('the guarded reader, for a file discovery listed', () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-listed-')))
  const outside = path.join(base, 'outside')
  const root = path.join(base, 'repo')
  mkdirSync(outside)
  mkdirSync(path.join(root, 'config'), { recursive: true })
  writeFileSync(path.join(outside, 'mcp.json'), '{"outside":true}')
  writeFileSync(path.join(root, 'config', 'mcp.json'), '{"inside":true}')
  writeFileSync(path.join(root, 'empty.json'), '')
  const read = (relative: string, maxBytes = 1024) =>
    readGuarded(path.join(root, relative), { root, maxBytes, listed: true })

  it('reads a regular file, to its last byte, and an empty one', () => {
    expect(read('config/mcp.json')).toEqual({ bytes: Buffer.from('{"inside":true}') })
    expect(read('empty.json')).toEqual({ bytes: Buffer.alloc(0) })
    expect(read('config/mcp.json', 8)).toMatchObject({ refusal: { ruleId: 'file-too-large' } })
  })

  it('refuses a folder on the way swapped for a link out of the root after it was listed', () => {
    renameSync(path.join(root, 'config'), path.join(root, 'config-was'))
    symlinkSync(outside, path.join(root, 'config'))
    try {
      const result = read('config/mcp.json')
      expect(result.bytes).toBeUndefined()
      expect(result.refusal?.reason).toMatch(/outside the repository/)
    } finally {
      unlinkSync(path.join(root, 'config'))
      renameSync(path.join(root, 'config-was'), path.join(root, 'config'))
    }
  })

  it('vets a file swapped for a link: followed inside the root, refused out of it', () => {
    symlinkSync('config/mcp.json', path.join(root, 'in.json'))
    symlinkSync(path.join(outside, 'mcp.json'), path.join(root, 'out.json'))
    expect(read('in.json')).toEqual({ bytes: Buffer.from('{"inside":true}') })
    expect(read('out.json').refusal?.reason).toMatch(/outside the repository/)
  })

  it('refuses a socket and a folder as not regular files', async () => {
    const socket = path.join(root, 'socket.json')
    const server = createServer().listen(socket)
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      expect(read('socket.json').refusal?.reason).toMatch(/not a regular file/)
    } finally {
      server.close()
    }
    expect(read('config').refusal?.reason).toMatch(/not a regular file/)
  })

  it('says a missing file cannot be read', () => {
    expect(read('gone.json').refusal?.reason).toBe('the file cannot be read (ENOENT)')
  })

  it("refuses a folder swapped for a link to a sibling whose name starts with the root's", () => {
    // The descriptor's path then starts with the root's path, but not as a folder of it.
    const sibling = `${root}-other`
    mkdirSync(sibling, { recursive: true })
    writeFileSync(path.join(sibling, 'mcp.json'), '{"sibling":true}')
    renameSync(path.join(root, 'config'), path.join(root, 'config-was'))
    symlinkSync(sibling, path.join(root, 'config'))
    try {
      expect(read('config/mcp.json').refusal?.reason).toMatch(/outside the repository/)
    } finally {
      unlinkSync(path.join(root, 'config'))
      renameSync(path.join(root, 'config-was'), path.join(root, 'config'))
    }
  })
})

describe('reading config files one after another', () => {
  it('gives each file its own text, shorter after longer, and one larger than the reused buffer', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mcpcop-scratch-')))
    const texts = ['{"long": "' + 'x'.repeat(5000) + '"}', '{"a": 1}', '{"big": "' + 'y'.repeat(100_000) + '"}', '{}']
    texts.forEach((text, index) => writeFileSync(path.join(root, `${index}.json`), text))
    for (const [index, text] of texts.entries())
      expect(await readConfigFile(path.join(root, `${index}.json`), root, true)).toEqual({ text, problems: [] })
    // Read again, in the other order, without and with the listing.
    for (const [index, text] of [...texts.entries()].reverse())
      expect(await readConfigFile(path.join(root, `${index}.json`), root)).toEqual({ text, problems: [] })
  })
})

describe('decoding a config file', () => {
  it('decodes each file afresh, whatever the one before it held', () => {
    const invalid = Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d])
    const cutShort = Uint8Array.from([0x7b, 0x22, 0xe2, 0x82])
    const valid = new TextEncoder().encode('{"a": "\u00e9"}')
    expect(decodeConfigBytes(invalid).problems.map((p) => p.ruleId)).toEqual(['file-encoding'])
    expect(decodeConfigBytes(valid)).toEqual({ text: '{"a": "\u00e9"}', problems: [] })
    expect(decodeConfigBytes(cutShort).problems.map((p) => p.ruleId)).toEqual(['file-encoding'])
    expect(decodeConfigBytes(valid)).toEqual({ text: '{"a": "\u00e9"}', problems: [] })
    expect(decodeConfigBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toMatchObject({ text: '{}' })
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
