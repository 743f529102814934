import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readIndexPaths } from '../../src/git/index-file.js'
import { git, write } from '../helpers/git.js'
import { seededRandom } from '../helpers/seeded-random.js'

function indexOf(version: string): { bytes: Buffer; listed: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-index-'))
  git(root, 'init', '-q')
  write(root, {
    'a/b/one.json': '',
    'a/b/two.json': '',
    'a/c.json': '',
    [`${`${'d'.repeat(200)}/`.repeat(10)}n.json`]: ''
  })
  git(root, 'add', '.')
  git(root, 'update-index', '--index-version', version)
  const listed = git(root, 'ls-files', '-z', '--cached').split('\0').filter(Boolean)
  return { bytes: readFileSync(path.join(root, '.git', 'index')), listed }
}

describe('reading a git index', () => {
  it.each(['2', '3', '4'])('gives the paths git lists, in its order, from version %s', (version) => {
    const { bytes, listed } = indexOf(version)
    expect(readIndexPaths(bytes, 100)?.paths.map((entry) => entry.toString('utf8'))).toEqual(listed)
    // More entries than asked for: git answers.
    expect(readIndexPaths(bytes, 3)).toBeUndefined()
  })

  it('never throws on a damaged or truncated index', () => {
    const random = seededRandom(7)
    for (const version of ['2', '4']) {
      const { bytes } = indexOf(version)
      for (let round = 0; round < 2000; round++) {
        const damaged = Buffer.from(
          bytes.subarray(0, random() < 0.3 ? Math.floor(random() * bytes.length) : bytes.length)
        )
        for (let flip = 0; flip < 1 + Math.floor(random() * 4); flip++)
          damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256)
        expect(() => readIndexPaths(damaged, 100)).not.toThrow()
      }
      expect(readIndexPaths(Buffer.from('DIRC'), 100)).toBeUndefined()
    }
  })
})
