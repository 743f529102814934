import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { listWorkTree } from '../../src/git/listing.js'
import { harmlessEnvironment, ignorePatterns, listWithoutGit } from '../../src/git/listing-in-process.js'
import { git, mergeConflict, write } from '../helpers/git.js'
import { seededRandom } from '../helpers/seeded-random.js'

// The listing read without git must be git's own, as a set (git sorts; discovery sorts what it keeps).
const names = (listing: Buffer | undefined): string[] | undefined =>
  listing?.toString('utf8').split('\0').filter(Boolean).sort()

async function expectGitsAnswer(root: string): Promise<string[]> {
  const withoutGit = names(await listWithoutGit(root))
  const fromGit = names(await listWorkTree(root, { inProcess: false }))
  expect(withoutGit).toBeDefined()
  expect(withoutGit).toEqual(fromGit)
  return withoutGit ?? []
}

/** `<root>/a<0xFF><name>`: a path whose bytes are not UTF-8. */
function notUtf8Path(root: string, name: string): Buffer {
  return Buffer.concat([Buffer.from(`${root}/a`), Buffer.from([0xff]), Buffer.from(name)])
}

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-in-process-'))
  git(root, 'init', '-q', '-b', 'main')
  write(root, files)
  return root
}

describe('listing a work tree without git', () => {
  it('gives what git lists: tracked files (ignored or deleted ones too), and untracked ones git does not ignore', async () => {
    const root = repository({
      '.gitignore': '*.log\nbuild/\n/top.json\n**/deep/*.json\ndocs/*.txt\ntrailing.json   \n\\#hash.json\n',
      '.mcp.json': '{}',
      'a.log': '',
      'top.json': '',
      'sub/top.json': '',
      'build/.mcp.json': '{}',
      'build/kept.json': '{}',
      'x/deep/mcp.json': '{}',
      'x/deep/y/mcp.json': '{}',
      'docs/a.txt': '',
      'docs/b/a.txt': '',
      'trailing.json': '',
      '#hash.json': '',
      'sub/.gitignore': '*.json\n',
      'sub/.vscode/mcp.json': '{}',
      'sub/keep.yaml': '',
      'name with spaces.json': '',
      'ünï/cödé.json': '',
      'gone.json': ''
    })
    git(root, 'add', '.gitignore', '.mcp.json', 'gone.json', 'sub/.gitignore')
    git(root, 'add', '-f', 'build/kept.json', 'sub/.vscode/mcp.json')
    git(root, 'commit', '-qm', 'x')
    write(root, { 'gone.json': null, 'untracked/.cursor/mcp.json': '{}' })
    symlinkSync('.mcp.json', path.join(root, 'link.json'))
    mkdirSync(path.join(root, 'empty'))
    const listed = await expectGitsAnswer(root)
    // What the test is about: an ignored folder's tracked file, a deleted one, an untracked one.
    expect(listed).toEqual(expect.arrayContaining(['build/kept.json', 'gone.json', 'untracked/.cursor/mcp.json']))
    expect(listed).not.toContain('build/.mcp.json')
  })

  it('reads index versions 2, 3 (an intent to add) and 4 (compressed paths), an unmerged file and a submodule', async () => {
    const inner = repository({ 'mcp.json': '{}' })
    git(inner, 'add', '.')
    git(inner, 'commit', '-qm', 'inner')
    const root = repository({ 'a/b/c/one.json': '1', 'a/b/c/two.json': '2', 'a/b/d.json': '', 'conflict.json': 'base' })
    git(root, 'add', '.')
    git(root, 'commit', '-qm', 'base')
    git(root, '-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner, 'tools/sub')
    git(root, 'commit', '-qm', 'submodule')
    write(root, { 'new.json': '' })
    git(root, 'add', '-N', 'new.json')
    for (const version of ['2', '3', '4']) {
      git(root, 'update-index', '--index-version', version)
      expect(await expectGitsAnswer(root)).toContain('tools/sub')
    }
    mergeConflict(root, 'conflict.json', 'main', 'other')
    expect(
      (await listWithoutGit(root))
        ?.toString('utf8')
        .split('\0')
        .filter((name) => name === 'conflict.json')
    ).toHaveLength(3)
    await expectGitsAnswer(root)
  })

  it('gives git the question where its answer could differ', async () => {
    const cases: Array<[string, (root: string) => void]> = [
      ['a re-including rule', (root) => write(root, { '.gitignore': '*.json\n!keep.json\n' })],
      ['a rule starting with a space', (root) => write(root, { 'sub/.gitignore': ' x.json\n' })],
      ['core.excludesFile', (root) => git(root, 'config', 'core.excludesFile', '/dev/null')],
      ['core.ignoreCase', (root) => git(root, 'config', 'core.ignoreCase', 'true')],
      ['core.worktree', (root) => git(root, 'config', 'core.worktree', root)],
      ['a repository extension', (root) => git(root, 'config', 'extensions.worktreeConfig', 'true')],
      [
        'an included config that sets a listing setting',
        (root) => {
          write(root, { '../included.config': '[core]\n\texcludesFile = /dev/null\n' })
          git(root, 'config', 'include.path', '../../included.config')
        }
      ],
      ['a nested repository', (root) => git(path.join(root, 'nested'), 'init', '-q')],
      ['a split index', (root) => git(root, 'update-index', '--split-index')],
      ['a linked .gitignore', (root) => symlinkSync('real-ignore', path.join(root, '.gitignore'))],
      // git matches `?` to one byte of `Ü`'s two.
      [
        'a one-character rule and a name that is not ASCII',
        (root) => write(root, { '.gitignore': '?\n', 'Ü/x.json': '' })
      ],
      // Decoded, such a name is another path (U+FFFD for the byte): git lists its bytes.
      ['an untracked name that is not UTF-8', (root) => writeFileSync(notUtf8Path(root, 'x.json'), '')],
      [
        'a tracked name that is not UTF-8',
        (root) => {
          writeFileSync(notUtf8Path(root, 'x.json'), '')
          git(root, 'add', '.')
        }
      ]
    ]
    for (const [what, setUp] of cases) {
      const root = repository({ '.mcp.json': '{}', 'nested/x.json': '', 'real-ignore': '*.log\n' })
      git(root, 'add', '.mcp.json')
      setUp(root)
      expect([what, await listWithoutGit(root)]).toEqual([what, undefined])
      // And listing still answers, from git.
      expect(names(await listWorkTree(root))).toContain('.mcp.json')
    }
    // A .git folder git does not take for a repository: git says so, and the folder is walked.
    const notRepository = mkdtempSync(path.join(tmpdir(), 'mcpcop-in-process-'))
    write(notRepository, { '.git/index': '', '.mcp.json': '{}' })
    expect(await listWithoutGit(notRepository)).toBeUndefined()
    expect(await listWorkTree(notRepository)).toBeUndefined()
    // Not from the repository's root.
    const root = repository({ 'sub/.mcp.json': '{}' })
    expect(await listWithoutGit(path.join(root, 'sub'))).toBeUndefined()
    expect(names(await listWorkTree(path.join(root, 'sub')))).toEqual(['.mcp.json'])
  })

  // Node 20.16 and 22.3 on: where git must answer, it runs while the caller goes on to load its code.
  ;(typeof process.getBuiltinModule === 'function' ? it : it.skip)(
    'starts git before it returns, where git must answer',
    async () => {
      // A setting, seen before any walk (a rule that re-includes is found on the walk, and git started then).
      const root = repository({ '.gitignore': '*.log\n', '.mcp.json': '{}' })
      git(root, 'config', 'core.excludesFile', '/dev/null')
      const builtin = process.getBuiltinModule.bind(process)
      let started = 0
      const spy = jest.spyOn(process, 'getBuiltinModule').mockImplementation((id: string) => {
        const module = builtin(id) as typeof import('node:child_process')
        if (id !== 'node:child_process') return module
        return { ...module, spawn: (...args: Parameters<typeof module.spawn>) => (started++, module.spawn(...args)) }
      })
      try {
        const listing = listWorkTree(root)
        expect(started).toBe(1)
        expect(names(await listing)).toEqual(['.gitignore', '.mcp.json'])
      } finally {
        spy.mockRestore()
      }
    }
  )

  it('follows included config files, conditional ones too, and reads on when they leave the listing alone', async () => {
    const root = repository({
      '.mcp.json': '{}',
      '../creds.config': '[http "https://github.com/"]\n\textraheader = x\n'
    })
    // As actions/checkout (v6) persists its credentials: a file outside the repository, included on a condition.
    git(root, 'config', `includeIf.gitdir:${root}/.git.path`, path.join(root, '..', 'creds.config'))
    git(root, 'config', `includeIf.gitdir:${root}/.git/worktrees/*.path`, path.join(root, '..', 'creds.config'))
    await expectGitsAnswer(root)
    write(root, { '../creds.config': '[core]\n\tignorecase = true\n' })
    expect(await listWithoutGit(root)).toBeUndefined()
    // A quoted path with a comment after it, relative to the including file, is followed too.
    const quoted = repository({ '.mcp.json': '{}', 'other.config': '[core]\n\texcludesFile = /dev/null\n' })
    writeFileSync(path.join(quoted, '.git', 'config'), '[include]\n\tpath = "../other.config" ; team settings\n', {
      flag: 'a'
    })
    expect(await listWithoutGit(quoted)).toBeUndefined()
    write(quoted, { 'other.config': '[user]\n\tname = x\n' })
    await expectGitsAnswer(quoted)
  })

  it('matches git on random trees, ignore rules and tracked sets', async () => {
    const random = seededRandom(15)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const allSegments = ['a', 'b', 'deep', '.vscode', 'build', 'x y', 'Ü']
    const files = ['mcp.json', '.mcp.json', 'a.log', 'settings.json', 'A.JSON', 'x.txt']
    const rules = [
      '*.log',
      'build/',
      '/a',
      'deep/',
      '**/b/*.json',
      'a/**/x.txt',
      '*.JSON',
      '.vscode/*',
      'b',
      '/x y/',
      'mcp.[jt]son',
      '?.txt',
      'Ü/',
      'a/**',
      '*/mcp.json',
      '**/deep',
      'b/*',
      '[a-c]/',
      'settings.json/',
      '\\#x',
      'deep/**/*.log',
      '*',
      '[z-a]*',
      '[!a]',
      'mcp.json/**',
      'b/**/'
    ]
    let answered = 0
    for (let round = 0; round < 40; round++) {
      // Names that are not ASCII in half the trees only: with them, most trees are git's to answer (above).
      const segments = round % 2 ? allSegments : allSegments.filter((segment) => segment !== 'Ü')
      const tree: Record<string, string> = {}
      for (let file = 0; file < 25; file++) {
        const depth = Math.floor(random() * 4)
        const folders = Array.from({ length: depth }, () => pick(segments))
        tree[[...folders, pick(files)].join('/')] = ''
      }
      for (let ignore = 0; ignore < 3; ignore++) {
        const folder = random() < 0.5 ? '' : `${pick(segments)}/`
        tree[`${folder}.gitignore`] = Array.from({ length: 3 }, () => pick(rules)).join('\n')
      }
      const root = repository(tree)
      for (const name of Object.keys(tree)) if (random() < 0.4) git(root, 'add', '-f', '--', name)
      writeFileSync(path.join(root, '.git', 'info', 'exclude'), random() < 0.5 ? `${pick(rules)}\n` : '# nothing\n')
      // A tree whose answer could differ (`?` or `[…]` and a non-ASCII name) is git's: the others must agree.
      const withoutGit = names(await listWithoutGit(root))
      if (withoutGit === undefined) continue
      answered++
      expect(withoutGit).toEqual(names(await listWorkTree(root, { inProcess: false })))
    }
    expect(answered).toBeGreaterThanOrEqual(24)
  })
})

describe('what listing without git reads', () => {
  it('takes ignore files as git reads them, and refuses forms it could read differently', () => {
    expect(ignorePatterns('\uFEFF# comment\r\n*.log\r\n\n  \nbuild/\n')).toEqual(['*.log', 'build/'])
    expect(ignorePatterns('*.json\n!keep.json\n')).toBeUndefined()
    expect(ignorePatterns('\t*.json\n')).toBeUndefined()
    // Each pattern is tried on every path: a committed file of many is git's to apply.
    expect(ignorePatterns('x\n'.repeat(1000))).toHaveLength(1000)
    expect(ignorePatterns('x\n'.repeat(1001))).toBeUndefined()
  })

  it('lets only git variables that leave the listing alone through', () => {
    expect(harmlessEnvironment({ HOME: '/h', GIT_ASKPASS: 'x', GIT_TERMINAL_PROMPT: '0' })).toBe(true)
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_PARAMETERS'])
      expect([name, harmlessEnvironment({ [name]: 'x' })]).toEqual([name, false])
  })
})
