import { readFileSync } from 'node:fs'
import { describeDiagnostic, lintFixture, lintText, ruleDiagnostics } from '../helpers/lint.js'
import { CHECKED_ON, PUBLISHED, PYTHON_ONLY, UNPUBLISHED } from '../../src/rules/support/published-packages.js'

const RULE = 'unpublished-package'

/** The findings for one server's command and args, as `[index of the argument, messageId, name]`. */
function findings(command: string, args: string[], path = '.mcp.json'): [number, string?, unknown?][] {
  return ruleDiagnostics(RULE, path, { mcpServers: { s: { command, args } } }).map((d) => [
    d.line - 6,
    d.messageId,
    d.data?.name
  ])
}

/** A corpus file's findings of this rule, as `line:col name`. */
function corpusFindings(fixture: string, path: string): string[] {
  return lintFixture(fixture, path)
    .diagnostics.filter((d) => d.ruleId === RULE)
    .map((d) => `${d.line}:${d.column} ${String(d.data?.name)}`)
}

describe('unpublished-package', () => {
  it('reports an invented @modelcontextprotocol/ name at its argument, with the date of the list', () => {
    const text =
      '{\n  "mcpServers": {\n    "notion": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-notion"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === RULE)
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      `3:50-3:87 warning unpublished-package npm package "@modelcontextprotocol/server-notion" is not published (npm registry as of ${CHECKED_ON}), so the server cannot start`
    ])
    expect(diagnostics[0]).toMatchObject({
      server: 'notion',
      messageId: 'notPublished',
      data: { name: '@modelcontextprotocol/server-notion', checked: CHECKED_ON }
    })
    expect(diagnostics[0].help).toContain('npm error 404 Not Found')
    expect(diagnostics[0].help).toContain('published by its maker as "@notionhq/notion-mcp-server"')
    expect(diagnostics[0].help).toContain(`dates from ${CHECKED_ON}`)
  })

  it('sends the npm name of a Python-only reference server to uvx', () => {
    const [d] = ruleDiagnostics(RULE, '.mcp.json', {
      mcpServers: { fetch: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-fetch'] } }
    })
    expect(d).toMatchObject({
      messageId: 'pythonOnly',
      data: { name: '@modelcontextprotocol/server-fetch', server: 'fetch', python: 'mcp-server-fetch' }
    })
    expect(d.message).toBe(
      `npm package "@modelcontextprotocol/server-fetch" is not published (npm registry as of ${CHECKED_ON}): the fetch server is on PyPI as "mcp-server-fetch"`
    )
    expect(d.help).toContain('`uvx mcp-server-fetch`')
    expect(d.help).not.toContain('archived')
    const [sqlite] = ruleDiagnostics(RULE, '.mcp.json', {
      mcpServers: { db: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-sqlite', '--db', 'x.db'] } }
    })
    expect(sqlite.data).toMatchObject({ python: 'mcp-server-sqlite' })
    expect(sqlite.help).toContain('archived by its maintainers')
  })

  it('names the reference server or a near-typo of a published name as what was meant', () => {
    const help = (name: string): string | undefined =>
      ruleDiagnostics(RULE, '.mcp.json', { mcpServers: { s: { command: 'npx', args: ['-y', name] } } })[0]?.help
    expect(help('@anthropic-ai/mcp-server-filesystem')).toContain(
      'The reference server is "@modelcontextprotocol/server-filesystem".'
    )
    expect(help('@anthropic/github-mcp-server')).toContain(
      'The reference server is "@modelcontextprotocol/server-github" (archived'
    )
    expect(help('@modelcontextprotocol/server-filesytem')).toContain(
      'The nearest published name is "@modelcontextprotocol/server-filesystem".'
    )
    expect(help('@modelcontextprotocol/server-sequentialthinking')).toContain(
      '"@modelcontextprotocol/server-sequential-thinking"'
    )
    expect(help('@modelcontextprotocol/server-codebase-memory')).toContain(
      "Find the server's own package name in its README or the MCP Registry."
    )
  })

  describe('the real corpus', () => {
    it.each([
      [
        'corpus/claude-code/0dai-dev__docs__.mcp.json',
        '.mcp.json',
        ['10:22 @anthropic-ai/mcp-server-github', '18:15 @anthropic-ai/mcp-server-filesystem']
      ],
      [
        'corpus/claude-code/0bnoxide__AutoGIS__.mcp.json',
        '.mcp.json',
        ['6:9 @modelcontextprotocol/server-codebase-memory']
      ],
      ['corpus/claude-code/01Vishwa__Agentloop__.mcp.json', '.mcp.json', ['5:22 @modelcontextprotocol/server-notion']],
      [
        'corpus/vscode/0x8e8fb-p__Argus__.vscode_mcp.json',
        '.vscode/mcp.json',
        ['17:9 @modelcontextprotocol/server-fetch']
      ],
      [
        'corpus/kiro/129besan__kiro-university-challenge__.kiro_settings_mcp.json',
        '.kiro/settings/mcp.json',
        ['7:9 @modelcontextprotocol/server-fetch']
      ],
      [
        'corpus/windsurf/copyleftdev__mailsentinel__.windsurf_mcp_config.json',
        '.windsurf/mcp_config.json',
        ['25:9 @modelcontextprotocol/server-sqlite']
      ],
      [
        'corpus/copilot/encoredev__encore__.copilot_mcp-config.json',
        '.copilot/mcp-config.json',
        ['7:9 @anthropic/github-mcp-server']
      ],
      [
        'corpus/copilot/DomainLang__DomainLang__.copilot_mcp-config.json',
        '.copilot/mcp-config.json',
        ['5:22 @modelcontextprotocol/server-perplexity-ask']
      ],
      [
        'corpus-fresh/claude-code/tnx9pv2rgt-bot__mechmind-os__backend_.mcp.json',
        'backend/.mcp.json',
        ['30:22 @anthropic-ai/mcp-fetch']
      ],
      [
        'corpus-fresh/gemini/xloudmax__Go-blog__backend_.gemini_settings.json',
        'backend/.gemini/settings.json',
        ['15:9 @modelcontextprotocol/server-chrome-devtools']
      ],
      [
        'corpus-fresh/kiro/leinata0__ai.blog__frontend_.kiro_settings_mcp.json',
        'frontend/.kiro/settings/mcp.json',
        ['5:22 @modelcontextprotocol/server-figma']
      ]
    ])('%s', (fixture, path, expected) => {
      expect(corpusFindings(fixture, path)).toEqual(expected)
    })
  })

  it('leaves published names alone, pinned or not, in any case', () => {
    for (const name of [
      '@modelcontextprotocol/server-memory',
      '@modelcontextprotocol/server-filesystem@2026.8.31',
      '@modelcontextprotocol/server-everything@latest',
      '@modelcontextprotocol/inspector',
      '@modelcontextprotocol/sdk@^1.32.0',
      '@ModelContextProtocol/Server-Memory'
    ])
      expect(findings('npx', ['-y', name])).toEqual([])
  })

  it('leaves unlisted names of other scopes, unscoped names and Python runners alone', () => {
    expect(findings('npx', ['-y', '@anthropic-ai/mcp-server-unheard-of'])).toEqual([])
    expect(findings('npx', ['-y', '@upstash/context7-mcp'])).toEqual([])
    expect(findings('npx', ['-y', 'server-perplexity-ask'])).toEqual([])
    expect(findings('uvx', ['@modelcontextprotocol/server-fetch'])).toEqual([])
    expect(findings('node', ['@modelcontextprotocol/server-notion'])).toEqual([])
  })

  it('leaves placeholders, local paths, tarball and git URLs and aliases alone', () => {
    for (const spec of [
      '@modelcontextprotocol/server-${SERVER}',
      '@modelcontextprotocol/server-<name>',
      '@modelcontextprotocol/server-{{name}}',
      './@modelcontextprotocol/server-notion',
      '/opt/@modelcontextprotocol/server-notion',
      'https://example.com/@modelcontextprotocol/server-notion-1.0.0.tgz',
      'git+https://github.com/modelcontextprotocol/server-notion.git',
      'github:modelcontextprotocol/server-notion',
      'npm:@modelcontextprotocol/server-notion',
      '@modelcontextprotocol/server-notion#main'
    ])
      expect([spec, findings('npx', ['-y', spec])]).toEqual([spec, []])
  })

  it('checks the packages given with --package, not the binary named after them', () => {
    expect(findings('npx', ['-y', '--package=@modelcontextprotocol/server-notion', 'notion-mcp'])).toEqual([
      [1, 'notPublished', '@modelcontextprotocol/server-notion']
    ])
    expect(findings('npx', ['-y', '-p', '@modelcontextprotocol/sdk', '@modelcontextprotocol/server-notion'])).toEqual(
      []
    )
  })

  it.each([
    ['npm exec', 'npm', ['exec', '--yes', '--', '@modelcontextprotocol/server-git'], 3],
    ['pnpm dlx', 'pnpm', ['dlx', '@modelcontextprotocol/server-time'], 1],
    ['yarn dlx', 'yarn', ['dlx', '@modelcontextprotocol/server-time'], 1],
    ['bunx', 'bunx', ['@modelcontextprotocol/server-git'], 0]
  ])('reads %s', (_name, command, args, index) => {
    expect(findings(command, args)).toEqual([[index, 'pythonOnly', args[index]]])
  })

  it('reads a whole command line, a Windows wrapper and an inline script, reporting each argument once', () => {
    const diagnostics = ruleDiagnostics(RULE, '.mcp.json', {
      mcpServers: {
        line: { command: 'npx -y @modelcontextprotocol/server-notion' },
        windows: { command: 'cmd', args: ['/c', 'npx', '-y', '@modelcontextprotocol/server-notion'] },
        script: { command: 'sh', args: ['-c', 'cd /srv && npx -y @modelcontextprotocol/server-notion'] }
      }
    })
    expect(diagnostics.map((d) => [d.server, d.line])).toEqual([
      ['line', 4],
      ['windows', 12],
      ['script', 19]
    ])
  })

  it('checks switched-off servers too', () => {
    const diagnostics = ruleDiagnostics(RULE, '.mcp.json', {
      mcpServers: { off: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-notion'], disabled: true } }
    })
    expect(diagnostics.map((d) => d.server)).toEqual(['off'])
  })

  it('reads a 100 KB argument and 10,000 arguments in linear time', () => {
    const long = `@modelcontextprotocol/${'a'.repeat(100_000)}`
    const many = Array.from({ length: 10_000 }, (_, i) => `@modelcontextprotocol/server-x${i}`)
    const started = performance.now()
    expect(findings('npx', ['-y', long])).toEqual([])
    expect(findings('npx', ['-y', `@modelcontextprotocol/server-fetch${'-'.repeat(100_000)}`])).toEqual([])
    // npx runs the first word; the rest are its arguments.
    expect(findings('npx', ['-y', ...many])).toEqual([[1, 'notPublished', '@modelcontextprotocol/server-x0']])
    const servers = Object.fromEntries(many.map((name, i) => [`s${i}`, { command: 'npx', args: ['-y', name] }]))
    // Written compactly, as a crafted file would be, to stay under the size limit for a config file.
    expect(ruleDiagnostics(RULE, '.mcp.json', JSON.stringify({ mcpServers: servers }))).toHaveLength(10_000)
    // A generous bound: what it checks is that the time does not grow with the square.
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})

describe('the list of published packages', () => {
  it('is sorted, lowercase and apart from the names known to be unpublished', () => {
    for (const list of [PUBLISHED, UNPUBLISHED]) {
      expect([...list].sort()).toEqual(list)
      expect(list.every((name) => name === name.toLowerCase() && name.startsWith('@'))).toBe(true)
    }
    expect(PUBLISHED.every((name) => name.startsWith('@modelcontextprotocol/'))).toBe(true)
    expect(UNPUBLISHED.some((name) => name.startsWith('@modelcontextprotocol/'))).toBe(false)
    for (const short of Object.keys(PYTHON_ONLY))
      expect(PUBLISHED).not.toContain(`@modelcontextprotocol/server-${short}`)
  })

  it('has its date in the rule doc', () => {
    const doc = readFileSync(new URL('../../docs/rules/unpublished-package.md', import.meta.url), 'utf8')
    expect(doc).toContain(`checked on **${CHECKED_ON}**`)
    expect(doc).toContain(`the ${PUBLISHED.length} found are the`)
  })
})
