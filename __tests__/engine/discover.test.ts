import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discover, PATH_NOT_UTF8 } from '../../src/discover.js'

/** Builds a directory tree from a map of relative paths to contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-discover-'))
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
    writeFileSync(path.join(root, relative), content)
  }
  return root
}

const CONFIG = '{ "mcpServers": {} }'

describe('discover', () => {
  it('finds host files by their known paths, at any depth, in a stable order', async () => {
    const root = tree({ '.mcp.json': CONFIG, 'packages/a/.mcp.json': CONFIG, 'README.md': '#', 'x/mcp.json': CONFIG })
    const { candidates, missing } = await discover(['.'], root)
    expect(candidates.map((c) => [c.path, c.explicit])).toEqual([
      ['.mcp.json', false],
      ['packages/a/.mcp.json', false]
    ])
    expect(missing).toEqual([])
  })

  it('reports, unread, the host files whose path is not UTF-8: under such a folder, and with such a name', async () => {
    const root = tree({ '.mcp.json': CONFIG, '.gitignore': 'ignored/\n' })
    const bytes = (...parts: Array<string | number>): Buffer =>
      Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : Buffer.from(part))))
    // a<0xFF>/ holds a config two folders down, another file, and an ignored folder; names of
    // glob-named hosts (`.amazonq/cli-agents/*.json`) may hold the byte themselves.
    mkdirSync(bytes(root, '/a', 0xff, '/b', 0xfe, '/.cursor'), { recursive: true })
    mkdirSync(bytes(root, '/a', 0xff, '/ignored'))
    writeFileSync(bytes(root, '/a', 0xff, '/b', 0xfe, '/.cursor/mcp.json'), CONFIG)
    writeFileSync(bytes(root, '/a', 0xff, '/ignored/.mcp.json'), CONFIG)
    writeFileSync(bytes(root, '/a', 0xff, '/README.md'), '#')
    // A sibling of such a folder, whose name decodes alike: both are found.
    mkdirSync(bytes(root, '/a', 0xfe))
    writeFileSync(bytes(root, '/a', 0xfe, '/.mcp.json'), CONFIG)
    mkdirSync(path.join(root, '.amazonq', 'cli-agents'), { recursive: true })
    writeFileSync(bytes(root, '/.amazonq/cli-agents/x', 0xff, '.json'), CONFIG)
    // A name that really holds U+FFFD is UTF-8, and read.
    mkdirSync(path.join(root, 'c\uFFFD'))
    writeFileSync(path.join(root, 'c\uFFFD', '.mcp.json'), CONFIG)
    const { candidates } = await discover(['.'], root)
    expect(candidates.map((c) => [c.path, c.refused])).toEqual([
      ['.amazonq/cli-agents/x\uFFFD.json', PATH_NOT_UTF8],
      ['.mcp.json', undefined],
      ['a\uFFFD/.mcp.json', PATH_NOT_UTF8],
      ['a\uFFFD/b\uFFFD/.cursor/mcp.json', PATH_NOT_UTF8],
      ['c\uFFFD/.mcp.json', undefined]
    ])
  })

  it('skips node_modules, .git and what .gitignore files exclude, at every level', async () => {
    const root = tree({
      '.gitignore': 'build/\n/ignored.d\n',
      'node_modules/pkg/.mcp.json': CONFIG,
      '.git/x/.mcp.json': CONFIG,
      'build/.mcp.json': CONFIG,
      'ignored.d/.mcp.json': CONFIG,
      'sub/.gitignore': 'local/\n',
      'sub/local/.mcp.json': CONFIG,
      'sub/kept/.mcp.json': CONFIG
    })
    const { candidates } = await discover(['.'], root)
    expect(candidates.map((c) => c.path)).toEqual(['sub/kept/.mcp.json'])
  })

  // git's default where the file system tells cases apart: a rule matches a name in its own case only.
  ;(process.platform === 'linux' ? it : it.skip)(
    'matches .gitignore rules case by case on Linux, as git does',
    async () => {
      const root = tree({
        '.gitignore': 'BUILD/\n',
        '.mcp.json': CONFIG,
        'build/.mcp.json': CONFIG,
        'BUILD/.mcp.json': CONFIG
      })
      const { candidates } = await discover(['.'], root)
      expect(candidates.map((c) => c.path)).toEqual(['.mcp.json', 'build/.mcp.json'])
    }
  )

  it('applies a .gitignore below the root to its own folder only, with one more below it too', async () => {
    const root = tree({
      'sub/.gitignore': 'local/\n',
      'sub/local/.mcp.json': CONFIG,
      'sub/kept/.mcp.json': CONFIG,
      'sub/deep/.gitignore': 'more/\n',
      'sub/deep/.mcp.json': CONFIG,
      'sub/deep/more/.mcp.json': CONFIG,
      'sub/deep/.cursor/mcp.json': CONFIG,
      'other/local/.mcp.json': CONFIG
    })
    const { candidates } = await discover(['.'], root)
    expect(candidates.map((c) => c.path)).toEqual([
      'other/local/.mcp.json',
      'sub/deep/.cursor/mcp.json',
      'sub/deep/.mcp.json',
      'sub/kept/.mcp.json'
    ])
  })

  it('lets no .gitignore hide a host’s own file or folder, where no file is known to be uncommitted', async () => {
    // An archive or a checkout made without git: every file here may be one a pull request committed.
    const root = tree({
      '.gitignore': '.mcp.json\n.cursor/\n.vscode\n*.toml\ndist/\n',
      '.mcp.json': CONFIG,
      '.cursor/mcp.json': CONFIG,
      '.vscode/mcp.json': '{ "servers": {} }',
      '.codex/config.toml': '',
      'dist/.mcp.json': CONFIG
    })
    const { candidates } = await discover(['.'], root)
    expect(candidates.map((c) => c.path)).toEqual([
      '.codex/config.toml',
      '.cursor/mcp.json',
      '.mcp.json',
      '.vscode/mcp.json'
    ])
  })

  it('takes explicit files and globs as given, with paths relative to the working directory', async () => {
    const root = tree({ 'configs/odd-name.json': CONFIG, 'configs/two.json': CONFIG, '.mcp.json': CONFIG })
    const { candidates, missing } = await discover(
      ['configs/odd-name.json', 'configs/*.json', 'nothing/*.json', 'missing.json'],
      root
    )
    expect(candidates.map((c) => [c.path, c.explicit])).toEqual([
      ['configs/odd-name.json', true],
      ['configs/two.json', true]
    ])
    expect(missing).toEqual(['nothing/*.json', 'missing.json'])
  })

  it('never follows a symlink out of the root, and follows one that stays inside', async () => {
    const root = tree({ 'real/.mcp.json': CONFIG })
    symlinkSync('/etc/passwd', path.join(root, '.mcp.json'))
    mkdirSync(path.join(root, 'inner'))
    symlinkSync(path.join(root, 'real', '.mcp.json'), path.join(root, 'inner', '.mcp.json'))
    // A symlinked directory is never entered, even one that points back up (no loops).
    symlinkSync(root, path.join(root, 'loop'))
    const { candidates } = await discover(['.'], root)
    expect(candidates.map((c) => [c.path, c.refused !== undefined])).toEqual([
      ['.mcp.json', true],
      ['inner/.mcp.json', false],
      ['real/.mcp.json', false]
    ])
  })
})

describe('checking a repository from outside it', () => {
  it('matches host paths relative to the searched directory, and reports paths relative to the working directory', async () => {
    const { lint } = await import('../../src/engine.js')
    const repoDir = tree({ '.cursor/mcp.json': CONFIG, '.github/agents/x.agent.md': '---\nname: x\n---\n' })
    const elsewhere = tree({})
    const { report } = await lint({ paths: [repoDir], cwd: elsewhere })
    expect(report.files.map((f) => [f.path, f.host])).toEqual([
      [path.relative(elsewhere, path.join(repoDir, '.cursor/mcp.json')), 'cursor']
    ])
    const explicit = await lint({ paths: [path.join(repoDir, '.cursor/mcp.json')], cwd: elsewhere })
    expect(explicit.report.files.map((f) => f.host)).toEqual(['cursor'])
  })
})

describe('an input named inside the working folder that a link leads out of', () => {
  // A pull request can turn the folder a workflow names (`paths: configs`) into a link to the runner's files.
  const MARKER = 'outside-marker-7f3a'
  const setUp = (): string => {
    const outside = tree({ '.cursor/mcp.json': `{ "mcpServers": { "${MARKER}": { "command": "x" } } }` })
    const repo = tree({ 'real/.mcp.json': CONFIG })
    symlinkSync(outside, path.join(repo, 'configs'))
    symlinkSync(path.join(repo, 'real'), path.join(repo, 'inner'))
    return repo
  }

  it('is refused, folder, file or glob, and nothing under it is listed', async () => {
    const repo = setUp()
    const { candidates, missing } = await discover(['configs', 'configs/.cursor/mcp.json', 'configs/**/*.json'], repo)
    expect(candidates.map((c) => [c.path, c.refused])).toEqual([
      ['configs', 'a symbolic link on the way leads outside the working folder; it was not searched'],
      ['configs/**/*.json', 'a symbolic link on the way leads outside the working folder; it was not searched'],
      ['configs/.cursor/mcp.json', 'a symbolic link on the way leads outside the working folder; it was not read']
    ])
    expect(missing).toEqual([])
  })

  it('shows nothing of what is there in the result; a link that stays inside is searched as before', async () => {
    const { lint } = await import('../../src/engine.js')
    const repo = setUp()
    const result = await lint({ paths: ['configs', 'inner'], cwd: repo })
    expect(JSON.stringify({ ...result, sources: [...result.sources] })).not.toContain(MARKER)
    expect(result.report.diagnostics.map((d) => [d.file, d.ruleId])).toContainEqual(['configs', 'file-unreadable'])
    expect(result.report.files.map((f) => f.path)).toEqual(['configs', 'inner/.mcp.json'])
  })
})
