import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { jobFilesToHide } from '../../src/dryrun/hide.js'

function layout(gitConfig?: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-hide-'))
  const repo = path.join(dir, 'repo')
  mkdirSync(path.join(repo, '.git'), { recursive: true })
  if (gitConfig !== undefined) writeFileSync(path.join(repo, '.git', 'config'), gitConfig)
  mkdirSync(path.join(repo, 'sub'))
  const temp = path.join(dir, '_temp')
  mkdirSync(temp)
  const home = path.join(dir, 'home')
  mkdirSync(home)
  return { dir, repo, temp, home }
}

describe('jobFilesToHide', () => {
  it("covers the runner's temporary folder, the checkout's token and git's stored credentials", () => {
    const config =
      '[core]\n\tbare = false\n[http "https://github.com/"]\n\tExtraHeader = AUTHORIZATION: basic dG9rZW4=\n'
    const { repo, temp, home } = layout(config)
    writeFileSync(path.join(home, '.git-credentials'), 'https://u:p@example.com\n')
    const files = jobFilesToHide({ RUNNER_TEMP: temp, HOME: home }, path.join(repo, 'sub'))
    expect(files.hide.map(({ path: p, kind }) => [p, kind])).toEqual([
      [temp, 'folder'],
      [path.join(repo, '.git', 'config'), 'file'],
      [path.join(home, '.git-credentials'), 'file']
    ])
    const copy = files.hide[1].shownInstead!
    expect(readFileSync(copy, 'utf8')).toBe('[core]\n\tbare = false\n[http "https://github.com/"]\n')
    expect(files.hide[2].shownInstead).toBeUndefined()
    // What the report names them by holds no path.
    for (const hidden of files.hide) expect(hidden.what).not.toContain(path.sep + 'mcpcop-hide-')
    files.cleanup()
    expect(existsSync(copy)).toBe(false)
  })

  it('covers nothing that is not there, and never the folder the dry run works in', () => {
    const { repo, home } = layout('[core]\n\tbare = false\n')
    // No token in .git/config, no stored credentials, RUNNER_TEMP unset, relative, or around the repository.
    expect(jobFilesToHide({ HOME: home }, repo).hide).toEqual([])
    expect(jobFilesToHide({ RUNNER_TEMP: 'relative/_temp', HOME: home }, repo).hide).toEqual([])
    expect(jobFilesToHide({ RUNNER_TEMP: path.dirname(repo), HOME: home }, repo).hide).toEqual([])
    expect(jobFilesToHide({ RUNNER_TEMP: path.join(repo, 'missing'), HOME: 'relative' }, repo).hide).toEqual([])
  })

  it('a .git/config that is a link is not read', () => {
    const { dir, repo } = layout()
    const elsewhere = path.join(dir, 'elsewhere')
    writeFileSync(elsewhere, '[http]\n\textraheader = AUTHORIZATION: basic eA==\n')
    symlinkSync(elsewhere, path.join(repo, '.git', 'config'))
    expect(jobFilesToHide({}, repo).hide).toEqual([])
  })
})
