import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findSettingsFile } from '../src/config.js'
import { foldersUpToWorkTree } from '../src/work-tree.js'

let tmp: string
beforeEach(() => (tmp = mkdtempSync(path.join(os.tmpdir(), 'mcpcop-work-tree-'))))
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

describe('foldersUpToWorkTree', () => {
  it('lists the folders up to the one holding .git, a folder or a worktree file', () => {
    const deep = path.join(tmp, 'repo', 'a', 'b')
    mkdirSync(deep, { recursive: true })
    mkdirSync(path.join(tmp, 'repo', '.git'))
    expect(foldersUpToWorkTree(deep)).toEqual([deep, path.join(tmp, 'repo', 'a'), path.join(tmp, 'repo')])
    writeFileSync(path.join(tmp, 'repo', 'a', '.git'), 'gitdir: ../.git/worktrees/a\n')
    expect(foldersUpToWorkTree(deep)).toEqual([deep, path.join(tmp, 'repo', 'a')])
  })

  it('is undefined outside a work tree, where the settings file is looked for in the folder only', () => {
    const folder = path.join(tmp, 'plain', 'sub')
    mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(tmp, 'plain', '.mcpcop.json'), '{}')
    expect(foldersUpToWorkTree(folder)).toBeUndefined()
    expect(findSettingsFile(folder)).toBeUndefined()
    mkdirSync(path.join(tmp, 'plain', '.git'))
    expect(findSettingsFile(folder)).toBe('../.mcpcop.json')
  })
})
