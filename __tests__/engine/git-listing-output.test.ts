import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listWorkTree } from '../../src/git/listing.js'

// Where git writes the listing: an unlinked file in the temporary folder (POSIX), else a pipe.
const posix = process.platform !== 'win32'

// git's own output and its limits: git is always started here (`inProcess: false`).
describe('git listing output', () => {
  const savedPath = process.env.PATH
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-listing-out-'))
  const names: string[] = []
  // A temporary folder that cannot take a file: git writes to a pipe.
  const nowhere = path.join(root, 'no-such-folder')

  beforeAll(() => {
    execFileSync('git', ['init', '-q'], { cwd: root })
    // Over 64 KiB of listing, more than a pipe holds at once: 1,500 files with long names in 30 folders.
    for (let folder = 0; folder < 30; folder++) {
      const dir = `folder-${folder}-${'d'.repeat(40)}`
      mkdirSync(path.join(root, dir))
      for (let file = 0; file < 50; file++) {
        const name = `${dir}/file-${file}-${'f'.repeat(40)}.json`
        writeFileSync(path.join(root, name), '{}')
        names.push(name)
      }
    }
  })

  afterEach(() => {
    process.env.PATH = savedPath
  })

  const listed = (listing: Buffer | undefined) => listing?.toString('utf8').split('\0').filter(Boolean).sort()

  it('gives every file of a long listing, and leaves nothing in the temporary folder', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'mcpcop-listing-tmp-'))
    const listing = await listWorkTree(root, { inProcess: false, tempFolder: tmp })
    expect(listing?.length).toBeGreaterThan(64 * 1024)
    expect(listed(listing)).toEqual([...names].sort())
    expect(readdirSync(tmp)).toEqual([])
  })

  it('lists through a pipe when the temporary folder cannot take a file', async () => {
    expect(listed(await listWorkTree(root, { inProcess: false, tempFolder: nowhere }))).toEqual([...names].sort())
  })

  it('gives up a listing over its size cap, from a file or a pipe', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'mcpcop-listing-tmp-'))
    await expect(listWorkTree(root, { inProcess: false, maxBytes: 10_000, tempFolder: tmp })).resolves.toBeUndefined()
    expect(readdirSync(tmp)).toEqual([])
    await expect(
      listWorkTree(root, { inProcess: false, maxBytes: 10_000, tempFolder: nowhere })
    ).resolves.toBeUndefined()
    // The same listing within its cap, both ways: the cap, not the listing, refused it above.
    expect(listed(await listWorkTree(root, { inProcess: false, maxBytes: 200_000, tempFolder: tmp }))).toHaveLength(
      names.length
    )
    expect(listed(await listWorkTree(root, { inProcess: false, maxBytes: 200_000, tempFolder: nowhere }))).toHaveLength(
      names.length
    )
  })

  it('stops a git that writes without end at the size cap, not at the time limit, from a file or a pipe', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-endless-git-'))
    writeFileSync(path.join(bin, 'git'), '#!/bin/sh\nwhile :; do printf "a/.mcp.json\\0"; done\n', { mode: 0o755 })
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    const tmp = mkdtempSync(path.join(tmpdir(), 'mcpcop-listing-tmp-'))
    for (const tempFolder of [tmp, nowhere]) {
      const started = Date.now()
      await expect(
        listWorkTree(root, { inProcess: false, maxBytes: 100_000, timeoutMs: 20_000, tempFolder })
      ).resolves.toBeUndefined()
      expect(Date.now() - started).toBeLessThan(10_000)
    }
    expect(readdirSync(tmp)).toEqual([])
  })

  it('gives nothing for a git that fails, whatever it printed', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-failing-git-'))
    writeFileSync(path.join(bin, 'git'), '#!/bin/sh\nprintf "a.json\\0"\nexit 1\n', { mode: 0o755 })
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    await expect(listWorkTree(root, { inProcess: false })).resolves.toBeUndefined()
  })

  // The point of the file: git starts without a pipe and a stream for this process to set up.
  ;(posix ? it : it.skip)('hands git a regular file for its output on POSIX systems', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-probe-git-'))
    writeFileSync(
      path.join(bin, 'git'),
      '#!/bin/sh\nif [ -f /dev/stdout ]; then printf "file\\0"; else printf "other\\0"; fi\n',
      { mode: 0o755 }
    )
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    expect(listed(await listWorkTree(root, { inProcess: false }))).toEqual(['file'])
    expect(listed(await listWorkTree(root, { inProcess: false, tempFolder: nowhere }))).toEqual(['other'])
    // A relative temporary folder (a TMPDIR set so) would depend on the working folder: a pipe then.
    const real = mkdtempSync(path.join(tmpdir(), 'mcpcop-listing-tmp-'))
    expect(
      listed(await listWorkTree(root, { inProcess: false, tempFolder: path.relative(process.cwd(), real) }))
    ).toEqual(['other'])
    expect(readdirSync(real)).toEqual([])
  })
})
