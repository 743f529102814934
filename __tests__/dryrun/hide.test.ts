import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { jobFilesToHide, runnerFolder } from '../../src/dryrun/hide.js'
import { isInside } from '../../src/read.js'

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
    const files = jobFilesToHide({ RUNNER_TEMP: temp, HOME: home }, path.join(repo, 'sub'), null)
    expect(files.hide.map(({ path: p, kind }) => [p, kind])).toEqual([
      [home, 'overlay'],
      [temp, 'folder'],
      [path.join(repo, '.git', 'config'), 'file'],
      [path.join(home, '.git-credentials'), 'file']
    ])
    const layer = files.hide[0].shownInstead!
    expect(readdirSync(layer)).toEqual([])
    expect(isInside(layer, home)).toBe(false)
    const copy = files.hide[2].shownInstead!
    expect(readFileSync(copy, 'utf8')).toBe('[core]\n\tbare = false\n[http "https://github.com/"]\n')
    expect(files.hide[3].shownInstead).toBeUndefined()
    // What the report names them by holds no path.
    for (const hidden of files.hide) expect(hidden.what).not.toContain(path.sep + 'mcpcop-hide-')
    files.cleanup()
    expect(existsSync(copy)).toBe(false)
    expect(existsSync(layer)).toBe(false)
  })

  it('under a runner, overlays the folders later steps run code from, outermost first, each once', () => {
    const { dir, repo, temp, home } = layout()
    const work = path.join(dir, 'work')
    const tools = path.join(dir, 'hostedtoolcache')
    const runner = path.join(home, 'runners', '2.330.0')
    for (const folder of [path.join(work, 'repo'), tools, runner]) mkdirSync(folder, { recursive: true })
    const env = {
      HOME: home,
      RUNNER_TEMP: temp,
      RUNNER_WORKSPACE: path.join(work, 'repo'),
      RUNNER_TOOL_CACHE: tools
    }
    const files = jobFilesToHide(env, repo, runner)
    // The runner's folder is inside the home folder's overlay: not overlaid again.
    expect(files.hide.map(({ path: p, kind }) => [p, kind])).toEqual([
      [home, 'overlay'],
      [work, 'overlay'],
      [tools, 'overlay'],
      [temp, 'folder']
    ])
    expect(new Set(files.hide.slice(0, 3).map((h) => h.shownInstead)).size).toBe(3)
    files.cleanup()
  })

  it("a self-hosted runner's folder that holds its work folder is overlaid alone", () => {
    const { dir, repo, home } = layout()
    const runner = path.join(dir, 'actions-runner')
    mkdirSync(path.join(runner, '_work', 'repo'), { recursive: true })
    const env = {
      HOME: home,
      RUNNER_TEMP: path.join(dir, '_temp'),
      RUNNER_WORKSPACE: path.join(runner, '_work', 'repo')
    }
    const overlays = jobFilesToHide(env, repo, runner).hide.filter((h) => h.kind === 'overlay')
    expect(overlays.map((h) => h.path).sort()).toEqual([home, runner].sort())
  })

  it('overlays nothing off a runner, nor a folder whose name would break the mount options', () => {
    const { dir, repo, home } = layout()
    expect(jobFilesToHide({ HOME: home }, repo, null).hide).toEqual([])
    const odd = path.join(dir, 'a,b')
    mkdirSync(odd)
    expect(jobFilesToHide({ HOME: odd, RUNNER_TEMP: '/' }, repo, null).hide).toEqual([])
  })

  it('covers nothing that is not there, and never the folder the dry run works in', () => {
    const { repo, home } = layout('[core]\n\tbare = false\n')
    // No token in .git/config, no stored credentials, RUNNER_TEMP unset, relative, or around the repository.
    expect(jobFilesToHide({ HOME: home }, repo, null).hide.filter((h) => h.kind !== 'overlay')).toEqual([])
    expect(
      jobFilesToHide({ RUNNER_TEMP: 'relative/_temp', HOME: home }, repo, null).hide.filter((h) => h.kind !== 'overlay')
    ).toEqual([])
    expect(
      jobFilesToHide({ RUNNER_TEMP: path.dirname(repo), HOME: home }, repo, null).hide.filter(
        (h) => h.kind !== 'overlay'
      )
    ).toEqual([])
    expect(
      jobFilesToHide({ RUNNER_TEMP: path.join(repo, 'missing'), HOME: 'relative' }, repo, null).hide.filter(
        (h) => h.kind !== 'overlay'
      )
    ).toEqual([])
  })

  it('a .git/config that is a link is not read', () => {
    const { dir, repo } = layout()
    const elsewhere = path.join(dir, 'elsewhere')
    writeFileSync(elsewhere, '[http]\n\textraheader = AUTHORIZATION: basic eA==\n')
    symlinkSync(elsewhere, path.join(repo, '.git', 'config'))
    expect(jobFilesToHide({}, repo, null).hide).toEqual([])
  })

  it("covers a self-hosted runner's own credentials", () => {
    const { dir, repo } = layout()
    const runner = path.join(dir, 'actions-runner')
    mkdirSync(runner)
    writeFileSync(path.join(runner, '.credentials'), '{"scheme":"OAuth"}')
    writeFileSync(path.join(runner, '.credentials_rsaparams'), '{"d":"…"}')
    writeFileSync(path.join(runner, '.runner'), '{"agentId":1}')
    const hidden = jobFilesToHide({}, repo, runner).hide.filter((h) => h.kind !== 'overlay')
    expect(hidden.map(({ path: p, kind }) => [p, kind])).toEqual([
      [path.join(runner, '.credentials'), 'file'],
      [path.join(runner, '.credentials_rsaparams'), 'file']
    ])
  })
})

describe('runnerFolder', () => {
  /** A /proc of three processes: mcpcop (300) under node (200) under the runner's worker (100). */
  function fakeProc(worker: string) {
    const proc = mkdtempSync(path.join(tmpdir(), 'mcpcop-proc-'))
    const processes: [number, string, number, string][] = [
      [100, 'Runner.Worker', 1, worker],
      [200, 'node', 100, '/usr/bin/node'],
      [300, 'node (mcpcop)', 200, '/usr/bin/node']
    ]
    for (const [pid, name, ppid, program] of processes) {
      mkdirSync(path.join(proc, String(pid)))
      writeFileSync(path.join(proc, String(pid), 'stat'), `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1`)
      symlinkSync(program, path.join(proc, String(pid), 'exe'))
    }
    return proc
  }

  it("is the folder of the ancestor whose program is the runner's worker", () => {
    expect(runnerFolder(fakeProc('/home/ci/actions-runner/bin/Runner.Worker'), 300)).toBe('/home/ci/actions-runner')
  })

  it('is undefined where no ancestor is a runner, or /proc cannot tell', () => {
    expect(runnerFolder(fakeProc('/usr/bin/bash'), 300)).toBeUndefined()
    expect(runnerFolder(path.join(tmpdir(), 'mcpcop-no-proc-here'), 300)).toBeUndefined()
  })
})
