import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { discover } from '../../src/discover.js'

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
