import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discover, gitIgnoreCheck, PATH_NOT_UTF8, SUBMODULE_NOT_CHECKED_OUT } from '../../src/discover.js'
import { listWorkTree, startListing, startListings, takeListing } from '../../src/git/listing.js'
import { lint } from '../../src/engine.js'
import { mergeConflict } from '../helpers/git.js'

const CONFIG = '{ "mcpServers": {} }'

/** Runs git in `cwd` with a fixed identity and no user or system settings. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8'
  })
}

/** A new git repository holding the given files (none of them added yet). */
function repository(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-git-'))
  git(root, 'init', '-q', '-b', 'main')
  write(root, files)
  return root
}

function write(root: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
}

const paths = async (dir: string, cwd = dir): Promise<string[]> =>
  (await discover(['.'], cwd)).candidates.filter((c) => !c.refused).map((c) => c.path)

describe('discovery in a git work tree', () => {
  it('checks a file committed under an ignored folder, and untracked files only where git would add them', async () => {
    const root = repository({
      '.gitignore': 'backend/\n.kiro/\n',
      'backend/.vscode/mcp.json': CONFIG,
      '.kiro/settings/mcp.json': CONFIG,
      'backend/.mcp.json': CONFIG,
      'frontend/.cursor/mcp.json': CONFIG
    })
    git(root, 'add', '.gitignore')
    git(root, 'add', '-f', 'backend/.vscode/mcp.json', '.kiro/settings/mcp.json')
    git(root, 'commit', '-qm', 'configs')
    // backend/.mcp.json is untracked and ignored; frontend/.cursor/mcp.json is untracked, not ignored.
    expect(await paths(root)).toEqual([
      '.kiro/settings/mcp.json',
      'backend/.vscode/mcp.json',
      'frontend/.cursor/mcp.json'
    ])
  })

  it('honours .git/info/exclude and core.excludesFile for untracked files', async () => {
    const root = repository({ 'a/.mcp.json': CONFIG, 'b/.mcp.json': CONFIG, 'c/.mcp.json': CONFIG })
    writeFileSync(path.join(root, '.git', 'info', 'exclude'), 'a/\n')
    const excludes = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-excludes-')), 'ignore')
    writeFileSync(excludes, 'b/\n')
    git(root, 'config', 'core.excludesFile', excludes)
    expect(await paths(root)).toEqual(['c/.mcp.json'])
  })

  it('lists a tracked file even when the walker would have skipped it, and skips one deleted from the work tree', async () => {
    const root = repository({ 'kept/.mcp.json': CONFIG, 'gone/.mcp.json': CONFIG, '.gitignore': 'kept/\n' })
    git(root, 'add', '-f', '.')
    git(root, 'commit', '-qm', 'x')
    execFileSync('rm', [path.join(root, 'gone/.mcp.json')])
    // Discovery leaves git's listing unlooked at; the read finds the deleted file gone and drops it unreported.
    expect((await discover(['.'], root)).candidates.map((c) => [c.path, c.unseen])).toEqual([
      ['gone/.mcp.json', true],
      ['kept/.mcp.json', true]
    ])
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['kept/.mcp.json'])
    expect(report.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([])
  })

  it('drops what git lists where the work tree now holds a folder, a FIFO or nothing, and notes no ignored config for it', async () => {
    const root = repository({
      '.mcp.json': CONFIG,
      'a/.mcp.json': CONFIG,
      'b/.mcp.json': CONFIG,
      'c/.cursor/mcp.json': CONFIG,
      'd/.mcp.json': CONFIG,
      '.mcpcop.json': JSON.stringify({ ignore: ['d/**', 'e/**'] }),
      'e/.mcp.json': CONFIG
    })
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'x')
    execFileSync('rm', [path.join(root, 'a/.mcp.json'), path.join(root, 'b/.mcp.json'), path.join(root, 'd/.mcp.json')])
    mkdirSync(path.join(root, 'a/.mcp.json'))
    execFileSync('mkfifo', [path.join(root, 'b/.mcp.json')])
    // A file where a folder on the path should be (ENOTDIR).
    execFileSync('rm', ['-r', path.join(root, 'c/.cursor')])
    writeFileSync(path.join(root, 'c/.cursor'), 'x')
    const result = await lint({ paths: ['.'], cwd: root })
    expect(result.report.files.map((f) => f.path)).toEqual(['.mcp.json'])
    expect(result.report.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([])
    // The settings left out two configs; only the one still there is named.
    expect(result.ignored).toEqual([{ path: 'e/.mcp.json', explicit: false }])
  })

  it('reports a listed config whose folder is now a link loop, and checks the others', async () => {
    const root = repository({ 'a/.mcp.json': CONFIG, 'b/.mcp.json': CONFIG })
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'x')
    execFileSync('rm', ['-r', path.join(root, 'a')])
    symlinkSync('a', path.join(root, 'a'))
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['a/.mcp.json', 'b/.mcp.json'])
    expect(report.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      ['a/.mcp.json', 'file-unreadable', 'the file cannot be read (ELOOP)']
    ])
  })

  it('skips a submodule named like a config, which git lists as its folder', async () => {
    const inner = repository({ 'README.md': 'x' })
    git(inner, 'add', '.')
    git(inner, 'commit', '-qm', 'inner')
    const root = repository({ 'opencode.json': '{}' })
    git(root, '-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner, 'tools/.mcp.json')
    expect(await paths(root)).toContain('tools/.mcp.json')
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['opencode.json'])
    expect(report.diagnostics.filter((d) => d.file === 'tools/.mcp.json')).toEqual([])
  })

  it('finds every host file among many other files, glob-named ones included, each once', async () => {
    const root = repository({
      ...Object.fromEntries(
        ['src/index.ts', 'package.json', 'README.md', 'docs/mcp.json.md', 'a/.cursor/mcp.jsonc', 'mcp.json'].map(
          (file) => [file, CONFIG]
        )
      ),
      '.cursor/mcp.json': CONFIG,
      'pkg/.vscode/mcp.json': CONFIG,
      '.amazonq/cli-agents/dev.json': CONFIG,
      '.amazonq/cli-agents/notes.md': CONFIG,
      '.github/agents/review.agent.md': '---\nname: review\n---\n',
      '.continue/mcpServers/db.yaml': 'name: db\n',
      'odd\nname.json': CONFIG
    })
    git(root, 'add', '.')
    expect(await paths(root)).toEqual([
      '.amazonq/cli-agents/dev.json',
      '.continue/mcpServers/db.yaml',
      '.cursor/mcp.json',
      '.github/agents/review.agent.md',
      'pkg/.vscode/mcp.json'
    ])
  })

  it('lists a file with a merge conflict once, though git lists it once per side', async () => {
    const root = repository({ '.mcp.json': CONFIG })
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'base')
    mergeConflict(
      root,
      '.mcp.json',
      '{ "mcpServers": { "b": { "command": "y" } } }',
      '{ "mcpServers": { "a": { "command": "x" } } }'
    )
    expect(
      git(root, 'ls-files', '--cached')
        .split('\n')
        .filter((line) => line === '.mcp.json')
    ).toHaveLength(3)
    expect(await paths(root)).toEqual(['.mcp.json'])
  })

  it('finds host files whose names differ from the patterns only in letter case, tracked or not', async () => {
    const root = repository({ '.MCP.json': CONFIG, '.Cursor/mcp.json': CONFIG, 'docs/README.MD': '#' })
    expect(await paths(root)).toEqual(['.Cursor/mcp.json', '.MCP.json'])
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'x')
    expect(await paths(root)).toEqual(['.Cursor/mcp.json', '.MCP.json'])
  })

  it('reads file names that hold a newline whole', async () => {
    const root = repository({ 'odd\nname/.mcp.json': CONFIG })
    git(root, 'add', '.')
    expect(await paths(root)).toEqual(['odd\nname/.mcp.json'])
  })

  it('reports a config whose path is not UTF-8, tracked or not, where it cannot read it, and checks the others', async () => {
    const secret =
      '{ "mcpServers": { "x": { "command": "node", "env": { "TOKEN": "ghp_R4nd0mT0k3nV4lu3Xq9Zt7LmK2pW8sJ5vB3nQ1" } } } }'
    const root = repository({ 'b/.mcp.json': secret })
    // `a<0xFF>/.mcp.json` decodes to `a\uFFFD/.mcp.json`, a path with nothing there.
    const folder = Buffer.concat([Buffer.from(`${root}/a`), Buffer.from([0xff])])
    mkdirSync(folder)
    writeFileSync(Buffer.concat([folder, Buffer.from('/.mcp.json')]), secret)
    const expected = [
      ['a\uFFFD/.mcp.json', 'file-unreadable', 'error', PATH_NOT_UTF8],
      ['b/.mcp.json', 'hardcoded-secret', 'error', expect.any(String)]
    ]
    const findings = async (): Promise<unknown[]> =>
      (await lint({ paths: ['.'], cwd: root })).report.diagnostics.map((d) => [d.file, d.ruleId, d.severity, d.message])
    // Untracked (listed by git after the read without it gives up), then tracked (the index holds its bytes).
    expect(await findings()).toEqual(expected)
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'x')
    expect(await findings()).toEqual(expected)
  })

  it('refuses a tracked symbolic link out of the repository, and follows one that stays inside', async () => {
    const root = repository({ 'real/.mcp.json': CONFIG })
    symlinkSync('/etc/passwd', path.join(root, '.mcp.json'))
    mkdirSync(path.join(root, 'inner'))
    symlinkSync('../real/.mcp.json', path.join(root, 'inner', '.mcp.json'))
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'links')
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['.mcp.json', 'inner/.mcp.json', 'real/.mcp.json'])
    expect(report.diagnostics.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      [
        '.mcp.json',
        'file-unreadable',
        'a symbolic link to a path outside the repository; it was not followed, and nothing of its target is shown'
      ]
    ])
    expect(JSON.stringify(report)).not.toContain('root:')
  })

  it('does not enter a submodule, but for one at a host folder, whose configs the host reads', async () => {
    const inner = repository({ '.mcp.json': CONFIG, 'mcp.json': CONFIG })
    git(inner, 'add', '.')
    git(inner, 'commit', '-qm', 'inner')
    const root = repository({ '.vscode/mcp.json': CONFIG })
    for (const at of ['vendor/inner', '.cursor'])
      git(root, '-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner, at)
    expect(existsSync(path.join(root, 'vendor/inner/.mcp.json'))).toBe(true)
    const expected = ['.cursor/.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json']
    expect(await paths(root)).toEqual(expected)
    git(root, 'commit', '-qm', 'submodules')
    expect(await paths(root)).toEqual(expected)
    // Not checked out (a clone without --recurse-submodules): said, as a warning, at the submodule.
    git(root, 'submodule', '--quiet', 'deinit', '-f', '.cursor')
    const { report } = await lint({ paths: ['.'], cwd: root })
    const atSubmodule = report.diagnostics.filter((d) => d.file === '.cursor')
    expect(atSubmodule.map((d) => [d.file, d.ruleId, d.severity, d.message])).toEqual([
      ['.cursor', 'file-unreadable', 'warning', SUBMODULE_NOT_CHECKED_OUT]
    ])
    expect(report.files.map((f) => f.path)).toEqual(['.cursor', '.vscode/mcp.json'])
  })

  it('checks the configs a committed link to a folder puts where a host reads them, and refuses one leading out', async () => {
    const secret = (key: string, name: string): string =>
      `{ "${key}": { "${name}": { "command": "sh", "env": { "TOKEN": "ghp_R4nd0mT0k3nV4lu3Xq9Zt7LmK2pW8sJ5vB3nQ1" } } } }`
    const root = repository({
      'cfg/mcp.json': secret('mcpServers', 'cursor'),
      'cfg/sub/mcp.json': secret('servers', 'vscode'),
      'dc/devcontainer.json': '{ "customizations": { "vscode": { "mcp": { "servers": {} } } } }',
      // Reached through a link, but read by the same host at its own path: found there once.
      'shared/.mcp.json': CONFIG
    })
    const outside = mkdtempSync(path.join(tmpdir(), 'mcpcop-outside-'))
    write(outside, { 'mcp.json': secret('mcpServers', 'outside') })
    symlinkSync('cfg', path.join(root, '.cursor'))
    mkdirSync(path.join(root, 'docs'))
    symlinkSync('../cfg/sub', path.join(root, 'docs', '.vscode'))
    mkdirSync(path.join(root, '.devcontainer'))
    symlinkSync('../dc', path.join(root, '.devcontainer', 'python'))
    symlinkSync('shared', path.join(root, '.claude'))
    mkdirSync(path.join(root, 'other'))
    symlinkSync(outside, path.join(root, 'other', '.cursor'))
    const findings = async (): Promise<string[]> =>
      (await lint({ paths: ['.'], cwd: root })).report.diagnostics
        .filter((d) => d.ruleId !== 'missing-command' && d.ruleId !== 'schema-required')
        .map((d) => `${d.file} ${d.ruleId}`)
    const expected = [
      '.cursor/mcp.json hardcoded-secret',
      'docs/.vscode/mcp.json hardcoded-secret',
      'other/.cursor file-unreadable'
    ]
    // Untracked, then committed (git lists a link as one file), then outside git.
    expect(await findings()).toEqual(expected)
    expect(await paths(root)).toEqual([
      '.cursor/mcp.json',
      '.devcontainer/python/devcontainer.json',
      'docs/.vscode/mcp.json',
      'shared/.mcp.json'
    ])
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'links')
    expect(await findings()).toEqual(expected)
    rmSync(path.join(root, '.git'), { recursive: true })
    expect(await findings()).toEqual(expected)
    expect(JSON.stringify((await lint({ paths: ['.'], cwd: root })).report)).not.toContain('"outside"')
  })

  it('works in a linked worktree, whose .git is a file', async () => {
    const root = repository({ '.mcp.json': CONFIG, 'ignored/.mcp.json': CONFIG, '.gitignore': 'ignored/\n' })
    git(root, 'add', '-f', '.')
    git(root, 'commit', '-qm', 'x')
    const linked = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-linked-')), 'wt')
    git(root, 'worktree', 'add', '-q', linked)
    expect(await paths(linked)).toEqual(['.mcp.json', 'ignored/.mcp.json'])
  })

  it("never runs a program named by the repository's own git config", async () => {
    const root = repository({ '.mcp.json': CONFIG })
    const marker = path.join(root, 'fsmonitor-ran')
    writeFileSync(path.join(root, 'monitor.sh'), `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 })
    git(root, 'config', 'core.fsmonitor', path.join(root, 'monitor.sh'))
    expect(await paths(root)).toEqual(['.mcp.json'])
    expect(existsSync(marker)).toBe(false)
  })

  it('searches only under the directory asked for, with paths relative to the working directory', async () => {
    const root = repository({ 'a/.mcp.json': CONFIG, 'b/.mcp.json': CONFIG })
    expect((await discover(['a'], root)).candidates.map((c) => [c.path, c.matchPath])).toEqual([
      ['a/.mcp.json', '.mcp.json']
    ])
    expect(await paths(path.join(root, 'b'))).toEqual(['.mcp.json'])
  })
})

describe('the listing started before the linter loads', () => {
  it('is the one discovery uses for that folder, taken once', async () => {
    const root = repository({ '.mcp.json': CONFIG, 'a/.cursor/mcp.json': CONFIG })
    startListing(root)
    expect(await paths(root)).toEqual(['.mcp.json', 'a/.cursor/mcp.json'])
    expect(takeListing(root)).toBeUndefined()
    // A listing started for another folder is left alone.
    startListing(path.join(root, 'a'))
    expect(await paths(root)).toEqual(['.mcp.json', 'a/.cursor/mcp.json'])
    expect(await takeListing(path.join(root, 'a'))).toEqual(Buffer.from('.cursor/mcp.json\0'))
  })

  it('is started for each folder a command line names, and only where discovery would list', async () => {
    const root = repository({ 'a/.mcp.json': CONFIG, 'b/.mcp.json': CONFIG, 'c.json': CONFIG })
    const outside = repository({ '.mcp.json': CONFIG })
    symlinkSync(outside, path.join(root, 'out'))
    const inputs = ['a', './a', 'c.json', 'out', 'missing', '*.json', path.join(root, 'b')]
    startListings(inputs, root)
    // Each folder once, by its absolute path; a file, a glob, a missing path and a link out of the
    // working folder are left to discovery (which refuses the link without listing it).
    expect(await takeListing(path.join(root, 'a'))).toEqual(Buffer.from('.mcp.json\0'))
    expect(await takeListing(path.join(root, 'b'))).toEqual(Buffer.from('.mcp.json\0'))
    for (const left of ['c.json', 'out', 'missing', '*.json'])
      expect(takeListing(path.join(root, left))).toBeUndefined()
    expect(takeListing(outside)).toBeUndefined()
    // A folder outside the working folder, named as such, is the user's choice: listed.
    startListings([outside], root)
    expect(await takeListing(outside)).toEqual(Buffer.from('.mcp.json\0'))
  })

  it('is started for at most four folders; discovery lists the others itself', async () => {
    const root = repository(Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`d${n}/.mcp.json`, CONFIG])))
    startListings(['d1', 'd2', 'd3', 'd4', 'd5', 'd6'], root)
    const taken = [1, 2, 3, 4, 5, 6].map((n) => takeListing(path.join(root, `d${n}`)))
    expect(taken.map((listing) => listing !== undefined)).toEqual([true, true, true, true, false, false])
    await Promise.all(taken.filter((listing): listing is Promise<Buffer | undefined> => listing !== undefined))
    expect((await discover(['d5', 'd6'], root)).candidates.map((c) => c.path)).toEqual(['d5/.mcp.json', 'd6/.mcp.json'])
  })

  it('looks only at the first sixteen paths of a command line for folders', async () => {
    const files = Array.from({ length: 20 }, (_, n) => `f${n}.json`)
    const root = repository({ ...Object.fromEntries(files.map((f) => [f, CONFIG])), 'late/.mcp.json': CONFIG })
    startListings([...files.slice(0, 16), 'late'], root)
    expect(takeListing(path.join(root, 'late'))).toBeUndefined()
    startListings([...files.slice(0, 15), 'late'], root)
    expect(await takeListing(path.join(root, 'late'))).toEqual(Buffer.from('.mcp.json\0'))
  })

  it('starts no git process outside a work tree', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'mcpcop-plain-'))
    write(plain, { '.mcp.json': CONFIG })
    const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-git-bin-'))
    const calls = path.join(bin, 'calls')
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${calls}'\nexit 128\n`, { mode: 0o755 })
    const savedPath = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    try {
      expect(await listWorkTree(plain)).toBeUndefined()
      expect(await paths(plain)).toEqual(['.mcp.json'])
    } finally {
      process.env.PATH = savedPath
    }
    expect(existsSync(calls)).toBe(false)
  })
})

describe('settings in a sub-folder of a repository', () => {
  it("uses the repository root's settings file, its globs relative to the root", async () => {
    const root = repository({
      '.mcpcop.json': JSON.stringify({ ignore: ['packages/app/legacy/**'], rules: { 'env-inventory': 'off' } }),
      'packages/app/.mcp.json': JSON.stringify({ mcpServers: { a: { command: 'x', env: { A: '${NEEDED}' } } } }),
      'packages/app/legacy/.mcp.json': '{ broken'
    })
    const { report } = await lint({ paths: [], cwd: path.join(root, 'packages/app') })
    expect(report.files.map((f) => f.path)).toEqual(['.mcp.json'])
    expect(report.diagnostics.filter((d) => d.ruleId === 'env-inventory')).toEqual([])
  })

  it('prefers a settings file in the working directory, and looks no higher than the work tree', async () => {
    const outer = mkdtempSync(path.join(tmpdir(), 'mcpcop-outer-'))
    writeFileSync(path.join(outer, '.mcpcop.json'), JSON.stringify({ ignore: ['**'] }))
    const root = path.join(outer, 'repo')
    mkdirSync(root)
    git(root, 'init', '-q')
    write(root, { 'sub/.mcp.json': CONFIG, 'sub/.mcpcop.json': JSON.stringify({ rules: {} }) })
    const inSub = await lint({ paths: [], cwd: path.join(root, 'sub') })
    expect(inSub.report.files.map((f) => f.path)).toEqual(['.mcp.json'])
    // The folder above the repository is not the repository's: its "ignore everything" does not apply.
    const atRoot = await lint({ paths: [], cwd: root })
    expect(atRoot.report.files.map((f) => f.path)).toEqual(['sub/.mcp.json'])
  })
})

describe('scripts git ignores', () => {
  const SERVERS = JSON.stringify({ mcpServers: { app: { command: 'node', args: ['secrets/server.js'] } } })
  const missing = async (cwd: string): Promise<unknown[]> =>
    (await lint({ paths: ['.'], cwd })).report.diagnostics
      .filter((d) => d.ruleId === 'missing-script')
      .map((d) => [d.severity, d.messageId])

  it('are a build output in a work tree (git check-ignore says so) and simply missing outside one', async () => {
    const files = { '.mcp.json': SERVERS, '.gitignore': 'secrets/\n' }
    expect(await missing(repository(files))).toEqual([['warning', 'ignoredByGit']])
    const plain = mkdtempSync(path.join(tmpdir(), 'mcpcop-plain-'))
    write(plain, files)
    expect(await missing(plain)).toEqual([['error', 'notFound']])
  })

  it("are put to one git process for the whole run, each file's findings as git answers", async () => {
    const servers = (...scripts: string[]): string =>
      JSON.stringify({
        mcpServers: Object.fromEntries(scripts.map((s, i) => [`s${i}`, { command: 'node', args: [s] }]))
      })
    const root = repository({
      '.gitignore': 'keys/*.js\n!keys/keep.js\n',
      '.mcp.json': servers('keys/a.js', 'src/b.js'),
      '.cursor/mcp.json': servers('keys/keep.js', 'keys/c.js', 'keys/a.js')
    })
    // A git that notes each time it is run, then runs the real one.
    const bin = mkdtempSync(path.join(tmpdir(), 'mcpcop-git-bin-'))
    const calls = path.join(bin, 'calls')
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\necho "$*" >> '${calls}'\nexec '${realGit}' "$@"\n`, {
      mode: 0o755
    })
    const savedPath = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${savedPath}`
    try {
      const { report } = await lint({ paths: ['.'], cwd: root })
      expect(
        report.diagnostics
          .filter((d) => d.ruleId === 'missing-script')
          .map((d) => [d.file, d.messageId, (d.data as { path: string }).path])
      ).toEqual([
        ['.cursor/mcp.json', 'notFound', 'keys/keep.js'],
        ['.cursor/mcp.json', 'ignoredByGit', 'keys/c.js'],
        ['.cursor/mcp.json', 'ignoredByGit', 'keys/a.js'],
        ['.mcp.json', 'ignoredByGit', 'keys/a.js'],
        ['.mcp.json', 'notFound', 'src/b.js']
      ])
    } finally {
      process.env.PATH = savedPath
    }
    expect(readFileSync(calls, 'utf8').match(/check-ignore/g)).toHaveLength(1)
  })

  it('are answered one by one when git refuses the batch, so a path outside the work tree costs only itself', () => {
    const root = repository({ '.gitignore': 'dist/\n' })
    const check = gitIgnoreCheck(root)!
    expect([check.known('dist/a.js'), check.known('../outside.js'), check.known('src/b.js')]).toEqual([
      undefined,
      undefined,
      undefined
    ])
    check.answerPending()
    expect([check.known('dist/a.js'), check.known('../outside.js'), check.known('src/b.js')]).toEqual([
      true,
      false,
      false
    ])
    expect(check.ignored('dist/other.js')).toBe(true)
    expect(gitIgnoreCheck(mkdtempSync(path.join(tmpdir(), 'mcpcop-plain-')))).toBeUndefined()
  })
})

describe('a plugin that a marketplace of the repository lists', () => {
  const BARE = '{ "db": { "command": "${CLAUDE_PLUGIN_ROOT}/server", "args": [] } }\n'
  const marketplace = (source: string) =>
    JSON.stringify({ name: 'm', owner: { name: 'o' }, plugins: [{ name: 'db', source }] })
  const findings = async (root: string): Promise<string[]> =>
    (await lint({ paths: ['.'], cwd: root })).report.diagnostics.map((d) => `${d.file} ${d.ruleId}`)

  it("reads its .mcp.json as a plugin's, without a manifest, through the guarded reader", async () => {
    const root = repository({
      '.claude-plugin/marketplace.json': marketplace('./plugins/db'),
      'plugins/db/.mcp.json': BARE,
      'plugins/db/server': '',
      'other/.mcp.json': BARE
    })
    git(root, 'add', '.')
    // The listed folder is a plugin: its bare map and its plugin variable are what Claude Code expects.
    expect(await findings(root)).toEqual(['other/.mcp.json schema-required', 'other/.mcp.json foreign-placeholder'])
  })

  it('does not follow a marketplace file that is a link out of the repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mcpcop-outside-'))
    writeFileSync(path.join(outside, 'marketplace.json'), marketplace('./plugins/db'))
    const root = repository({ 'plugins/db/.mcp.json': BARE, 'plugins/db/server': '' })
    mkdirSync(path.join(root, '.claude-plugin'))
    symlinkSync(path.join(outside, 'marketplace.json'), path.join(root, '.claude-plugin/marketplace.json'))
    git(root, 'add', '.')
    const result = await lint({ paths: ['.'], cwd: root })
    // The marketplace is a config of its own now: a link out of the repository is reported, as for any config.
    expect(result.report.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      '.claude-plugin/marketplace.json file-unreadable',
      'plugins/db/.mcp.json schema-required',
      'plugins/db/.mcp.json foreign-placeholder'
    ])
    expect(JSON.stringify(result.report)).not.toContain(outside)
  })
})
