import { readFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURES } from './lint.js'

/** The folder of the real committed configs the fuzz tests start from. */
export const CORPUS = path.join(FIXTURES, 'corpus')

/** Each corpus file (its name in the corpus) and the path it had in its repository, for the files present. */
export const CORPUS_SEEDS: { file: string; repoPath: string }[] = readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .map(([file, , , repoPath]) => ({ file, repoPath }))
  .filter((row) => {
    try {
      readFileSync(path.join(CORPUS, row.file))
      return true
    } catch {
      return false
    }
  })
