import { lstatSync } from 'node:fs'
import path from 'node:path'

/**
 * The folders from `start` up to the root of the git work tree that holds it, `start` first; undefined
 * outside a work tree. `.git` is a folder in a clone and a file in a linked worktree or a submodule;
 * it is looked at without following links.
 */
export function foldersUpToWorkTree(start: string): string[] | undefined {
  const folders = [path.resolve(start)]
  for (let dir = folders[0]; lstatSync(path.join(dir, '.git'), { throwIfNoEntry: false }) === undefined;) {
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    folders.push((dir = parent))
  }
  return folders
}
