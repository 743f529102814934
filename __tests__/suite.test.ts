import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
// @ts-expect-error: the jest config is plain JavaScript without declarations
import { INTEGRATION } from '../jest.config.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const integration = INTEGRATION as string[]

function testFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${folder}/${entry.name}`
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(relative)
    return entry.name.endsWith('.test.ts') ? [relative] : []
  })
}

// What marks a test file as integration: it starts processes (directly, or through the git or dry-run
// helpers), or runs actionlint or @github/local-action.
const STARTS_PROCESSES = [
  "from 'node:child_process'",
  "helpers/git.js'",
  "dryrun/helpers.js'",
  'runLint',
  '@github/local-action'
]
const SELF = '__tests__/suite.test.ts'

describe('the unit and integration projects', () => {
  it('lists only test files that exist', () => {
    expect(integration.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([])
  })

  it('keeps every test file that starts a process out of the unit project', () => {
    const unit = testFiles('__tests__').filter((file) => !integration.includes(file) && file !== SELF)
    expect(unit.length).toBeGreaterThan(50)
    const starts = (file: string): boolean => {
      const text = readFileSync(path.join(ROOT, file), 'utf8')
      return STARTS_PROCESSES.some((mark) => text.includes(mark))
    }
    expect(unit.filter(starts)).toEqual([])
  })
})
