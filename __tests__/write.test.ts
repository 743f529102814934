import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prepareFolder, writeGuarded } from '../src/write.js'

function folders(): { cwd: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), 'mcpcop-write-'))
  const cwd = path.join(base, 'repo')
  const outside = path.join(base, 'outside')
  mkdirSync(cwd)
  mkdirSync(outside)
  return { cwd, outside }
}

describe('writeGuarded', () => {
  it('writes a file, making its folders, and replaces a regular file', () => {
    const { cwd } = folders()
    expect(writeGuarded('a/b/report.json', 'one', { cwd })).toBeUndefined()
    expect(writeGuarded('a/b/report.json', 'two', { cwd })).toBeUndefined()
    expect(readFileSync(path.join(cwd, 'a/b/report.json'), 'utf8')).toBe('two')
  })

  it('writes a text of many slices as UTF-8, a pair cut by a slice boundary included', () => {
    const { cwd, outside } = folders()
    // 64 Ki code units a slice: the pair's first half is the last unit of the first slice.
    const text = `${'é'.repeat(64 * 1024 - 1)}😀${'x…'.repeat(50_000)}\ud800 alone`
    expect(writeGuarded('report.json', text, { cwd })).toBeUndefined()
    expect(readFileSync(path.join(cwd, 'report.json'))).toEqual(Buffer.from(text, 'utf8'))
    expect(writeGuarded(path.join(outside, 'report.json'), text, { cwd })).toBeUndefined()
    expect(readFileSync(path.join(outside, 'report.json'))).toEqual(Buffer.from(text, 'utf8'))
  })

  it('never writes through a link the repository holds, as the file or on the way out', () => {
    const { cwd, outside } = folders()
    const victim = path.join(outside, 'victim')
    writeFileSync(victim, 'kept')
    symlinkSync(victim, path.join(cwd, 'report.sarif'))
    expect(writeGuarded('report.sarif', 'x', { cwd })).toBe(
      'it is a symbolic link, which mcpcop does not write through'
    )
    symlinkSync(outside, path.join(cwd, '.github'))
    expect(writeGuarded('.github/workflows/mcpcop.yml', 'x', { cwd })).toBe(
      'a symbolic link on the way leads outside the working folder'
    )
    expect(prepareFolder('.github/workflows/mcpcop.yml', cwd)).toBe(
      'a symbolic link on the way leads outside the working folder'
    )
    symlinkSync(path.join(outside, 'gone'), path.join(cwd, 'dangling'))
    expect(writeGuarded('dangling/x.json', 'x', { cwd })).toBe(
      'a broken symbolic link or an unreadable path on the way'
    )
    expect(readFileSync(victim, 'utf8')).toBe('kept')
    expect(existsSync(path.join(outside, 'workflows'))).toBe(false)
    expect(existsSync(path.join(outside, 'gone'))).toBe(false)
  })

  it('refuses a FIFO without blocking on it, and a folder', () => {
    const { cwd } = folders()
    execFileSync('mkfifo', [path.join(cwd, 'pipe')])
    mkdirSync(path.join(cwd, 'dir'))
    expect(writeGuarded('pipe', 'x', { cwd })).toBe('it is not a regular file')
    expect(writeGuarded('dir', 'x', { cwd })).toBe('it is a folder')
  })

  it("keeps a path from the repository's settings inside the working folder, while the user's may be anywhere", () => {
    const { cwd, outside } = folders()
    expect(writeGuarded('../outside/lock.json', 'x', { cwd, insideOnly: true })).toBe(
      'it is outside the working folder'
    )
    expect(writeGuarded(path.join(outside, 'lock.json'), 'x', { cwd, insideOnly: true })).toBe(
      'it is outside the working folder'
    )
    expect(existsSync(path.join(outside, 'lock.json'))).toBe(false)
    expect(writeGuarded(path.join(outside, 'report.json'), 'x', { cwd })).toBeUndefined()
    expect(readFileSync(path.join(outside, 'report.json'), 'utf8')).toBe('x')
    // The user's own places outside, links and devices included.
    symlinkSync(path.join(outside, 'report.json'), path.join(outside, 'latest.json'))
    expect(writeGuarded(path.join(outside, 'latest.json'), 'y', { cwd })).toBeUndefined()
    expect(readFileSync(path.join(outside, 'report.json'), 'utf8')).toBe('y')
    expect(writeGuarded('/dev/null', 'x', { cwd })).toBeUndefined()
  })

  it('never replaces a file, nor follows a dangling link, when exclusive', () => {
    const { cwd, outside } = folders()
    writeFileSync(path.join(cwd, 'settings.json'), 'mine')
    expect(writeGuarded('settings.json', 'x', { cwd, exclusive: true })).toBe('it exists')
    symlinkSync(path.join(outside, 'created'), path.join(cwd, 'link.json'))
    expect(writeGuarded('link.json', 'x', { cwd, exclusive: true })).toBe('it exists')
    expect(readFileSync(path.join(cwd, 'settings.json'), 'utf8')).toBe('mine')
    expect(existsSync(path.join(outside, 'created'))).toBe(false)
  })
})
