import picomatch from 'picomatch'
import { HOSTS, hostsForPath, lazyMatcher, mayBeHostFileName } from '../../src/hosts/index.js'

// Host patterns are matched without compiling them where a suffix test gives picomatch's answer; these
// paths (plain and not, near misses included) must get picomatch's answer for every host's patterns.
const PATHS = [
  '.mcp.json',
  'a/.mcp.json',
  'a/b/c/.mcp.json',
  'x.mcp.json',
  'a/x.mcp.json',
  '.mcp.json/x',
  './.mcp.json',
  'a/./.mcp.json',
  'a/../.mcp.json',
  '../.mcp.json',
  'a//.mcp.json',
  '/.mcp.json',
  'a\\.mcp.json',
  '.cursor/mcp.json',
  'pkg/.cursor/mcp.json',
  'pkg/cursor/mcp.json',
  'pkg/.cursor/x/mcp.json',
  '.vscode/mcp.json',
  '.github/mcp.json',
  '.github/agents/a.agent.md',
  'agents/a.agent.md',
  'a/agents/a.agent.md',
  '.devcontainer/x/devcontainer.json',
  '.amazonq/cli-agents/a.json',
  'a/.../.mcp.json',
  'a/..b/.mcp.json',
  'ü/.mcp.json',
  'a b/.cursor/mcp.json',
  '.codex/config.toml',
  'server.json',
  'src/server.json',
  'manifest.json',
  '.continue/mcpServers/a.yaml',
  'opencode.jsonc',
  'a/kilo.json',
  '.amazonq/cli-agents/x.json',
  'a/.amazonq/cli-agents/x.json',
  'a/.amazonq/cli-agents/b/x.json',
  'x.amazonq/cli-agents/x.json',
  '.amazonq/cli-agents/.json',
  '.continue/mcpServers/a/b/c.yaml',
  'a/.continue/mcpServers/c.yml',
  'a/.continue/mcpServers/c.json',
  'a/b.continue/mcpServers/c.json',
  '.continue/mcpServers.json',
  '.github/agents/x.agent.md',
  'a/.github/agents/x.agent.md',
  'a/.github/agents/b/x.agent.md',
  '.copilot/agents/.agent.md',
  'x/agents/y.agent.md',
  'agents/b/y.agent.md',
  'a/.devcontainer/x/devcontainer.json',
  '.devcontainer/devcontainer.json',
  '.devcontainer/x/y/devcontainer.json',
  'a.devcontainer/x/devcontainer.json',
  'a/./.devcontainer/x/devcontainer.json',
  'a\\.amazonq/cli-agents/x.json'
]

describe('host file patterns', () => {
  it.each(HOSTS.filter((h) => h.patterns.length > 0).map((h) => [h.id, h.patterns] as const))(
    '%s: the matcher agrees with picomatch on every path',
    (_id, patterns) => {
      const match = lazyMatcher(patterns)
      const reference = picomatch(patterns as string[], { dot: true })
      for (const path of PATHS) expect([path, match(path)]).toEqual([path, reference(path)])
    }
  )

  it('matches a glob pattern only where its literal folders are, as picomatch does', () => {
    const match = lazyMatcher(['**/.amazonq/cli-agents/*.json', 'agents/*.agent.md'])
    expect(match('x/.amazonq/cli-agents/a.json')).toBe(true)
    expect(match('x/amazonq/cli-agents/a.json')).toBe(false)
    expect(match('agents/a.agent.md')).toBe(true)
    expect(match('x/agents/a.agent.md')).toBe(false)
  })

  it('matches a nested host file by its suffix and refuses a near miss', () => {
    const match = lazyMatcher(['**/.cursor/mcp.json'])
    expect(match('a/b/.cursor/mcp.json')).toBe(true)
    expect(match('a/b.cursor/mcp.json')).toBe(false)
    expect(match('a/.cursor/mcp.json/mcp.json')).toBe(false)
  })

  it('finds, by the file name, every host whose patterns match a path, in detection order', () => {
    // hostsForPath asks only the hosts that name the file (and those with a glob name): the same answer as asking all.
    const references = HOSTS.map((host) => ({ host, match: picomatch(host.patterns as string[], { dot: true }) }))
    for (const path of [
      ...PATHS,
      'README.md',
      'a/mcp.json',
      'settings.json',
      '.vscode/settings.json',
      'a/b.agent.md'
    ]) {
      const expected = references
        .filter(({ host, match }) => host.patterns.length > 0 && match(path))
        .map(({ host }) => host.id)
      expect([path, hostsForPath(path).map((host) => host.id)]).toEqual([path, expected])
      // Discovery turns a name away before it matches the path: never a name a host takes.
      if (expected.length > 0)
        expect([path, mayBeHostFileName(path.slice(path.lastIndexOf('/') + 1))]).toEqual([path, true])
    }
  })

  it('turns away the names of most files of a repository by the name alone', () => {
    for (const name of ['index.ts', 'README.md', 'Makefile', 'mcp.json.md', 'mcp.jsonc', 'x.agent.mdx'])
      expect([name, mayBeHostFileName(name)]).toEqual([name, false])
    // A name some host takes, or may take (a `.json` in a folder a glob-named pattern reads), is left to the path.
    for (const name of ['.mcp.json', 'mcp.json', 'config.toml', 'package.json', 'db.yaml', 'a.agent.md', 'a\nb'])
      expect([name, mayBeHostFileName(name)]).toEqual([name, true])
  })
})
