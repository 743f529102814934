import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { companions, documentWith, fileText, HOST_CASES, stdioEntry } from '../helpers/hosts.js'
import { describeFinding, lintText, ruleDiagnostics } from '../helpers/lint.js'
import type { Diagnostic } from '../../src/types.js'
import { missingScript } from '../../src/rules/missing-script.js'
import type { Rule } from '../../src/rules/types.js'

/** The missing-script diagnostics of `text` as `file` in a repository that holds exactly `files` (and the config). */
function diagnosticsInRepo(file: string, text: string, files: string[] = []): Diagnostic[] {
  const present = new Set([file, ...files])
  // A folder exists when a file below it does.
  for (const f of [...present]) f.split('/').forEach((_, i, parts) => i > 0 && present.add(parts.slice(0, i).join('/')))
  return ruleDiagnostics('missing-script', file, text, { exists: (p) => present.has(p) })
}

const inRepo = (file: string, text: string, files: string[] = []): string[] =>
  diagnosticsInRepo(file, text, files).map(describeFinding)

/** The help of each missing-script finding, as inRepo lints. */
const helpsInRepo = (file: string, text: string, files: string[] = []): (string | undefined)[] =>
  diagnosticsInRepo(file, text, files).map((d) => d.help)

const servers = (entries: Record<string, unknown>): string => JSON.stringify({ mcpServers: entries }, null, 2)

describe('missing-script', () => {
  it('reports a missing script and a missing relative program, where they are written', () => {
    const text =
      '{\n  "mcpServers": {\n    "a": { "command": "node", "args": ["./server/index.js", "--db", "./data/db.sqlite"] },\n    "b": { "command": "./bin/start.sh" }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text, { exists: (p) => p === '.mcp.json' }).diagnostics.filter(
      (d) => d.ruleId === 'missing-script'
    )
    expect(diagnostics.map(describeFinding)).toEqual([
      '3:40-3:59 error missing-script notFound {"role":"script","path":"./server/index.js","resolved":"server/index.js"}',
      '4:23-4:39 error missing-script notFound {"role":"program","path":"./bin/start.sh","resolved":"bin/start.sh"}'
    ])
    expect(diagnostics.map((d) => d.message)).toEqual([
      'script "./server/index.js" is not in the repository (looked for "server/index.js")',
      'program "./bin/start.sh" is not in the repository (looked for "bin/start.sh")'
    ])
    expect(diagnostics.map((d) => d.help)).toEqual([
      'Without it the server exits as soon as Claude Code starts it; fix the path or commit the file.',
      'Without it Claude Code cannot start the server (spawn ENOENT); fix the path or commit the file.'
    ])
    expect(diagnostics.map((d) => d.server)).toEqual(['a', 'b'])
  })

  it('is silent when the files exist', () => {
    const text = servers({
      a: { command: 'node', args: ['./server/index.js'] },
      b: { command: './bin/start.sh' },
      c: { command: 'python', args: ['scripts/mcp.py'] }
    })
    expect(inRepo('.mcp.json', text, ['server/index.js', 'bin/start.sh', 'scripts/mcp.py'])).toEqual([])
  })

  it('resolves against the project folder of the config file, not the repository root', () => {
    const text = servers({ a: { command: 'python', args: ['scripts/mcp.py'] } })
    expect(inRepo('packages/app/.cursor/mcp.json', text, ['scripts/mcp.py'])).toEqual([
      '6:9-6:25 error missing-script notFound {"role":"script","path":"scripts/mcp.py","resolved":"packages/app/scripts/mcp.py"}'
    ])
    expect(inRepo('packages/app/.cursor/mcp.json', text, ['packages/app/scripts/mcp.py'])).toEqual([])
  })

  it('resolves against cwd where the host honours it (VS Code, with ${workspaceFolder}), and against uv --directory', () => {
    const vscode = JSON.stringify(
      { servers: { a: { type: 'stdio', command: 'node', cwd: '${workspaceFolder}/tools', args: ['index.js'] } } },
      null,
      2
    )
    expect(inRepo('.vscode/mcp.json', vscode, ['index.js'])).toEqual([
      '8:9-8:19 error missing-script notFound {"role":"script","path":"index.js","resolved":"tools/index.js"}'
    ])
    expect(helpsInRepo('.vscode/mcp.json', vscode, ['index.js'])).toEqual([
      'It is looked for there since "cwd" is "${workspaceFolder}/tools". Without it the server exits as soon as VS Code starts it; fix the path or commit the file.'
    ])
    expect(inRepo('.vscode/mcp.json', vscode, ['tools/index.js'])).toEqual([])
    const uv = servers({ a: { command: 'uv', args: ['--directory', 'py', 'run', 'server.py'] } })
    expect(inRepo('.mcp.json', uv, ['server.py'])).toEqual([
      '9:9-9:20 error missing-script notFound {"role":"script","path":"server.py","resolved":"py/server.py"}'
    ])
    expect(helpsInRepo('.mcp.json', uv, ['server.py'])[0]).toMatch(
      /^It is looked for there since uv runs in --directory "py"\. /
    )
  })

  it('finds scripts behind npx tsx, cmd /c and inside sh -c, but not after a cd', () => {
    const text = servers({
      a: { command: 'npx', args: ['-y', 'tsx', './src/server.ts', 'chart.js'] },
      b: { command: 'cmd', args: ['/c', 'node', 'run.js'] },
      c: { command: 'sh', args: ['-c', 'exec python ./tool.py'] },
      d: { command: 'bash', args: ['-c', 'cd sub && node ./elsewhere.js'] },
      // Combined flags: the script is code, not a file named "cd … scripts/launch.sh" (seen in the corpus).
      e: { command: 'bash', args: ['-lc', 'cd "$(git rev-parse --show-toplevel)" && exec bash scripts/launch.sh'] },
      f: { command: 'zsh', args: ['-ec', 'exec ./bin/missing.sh'] }
    })
    expect(inRepo('.mcp.json', text).map((d) => d.split(' error missing-script ')[1].split(',"resolved"')[0])).toEqual([
      'notFound {"role":"script","path":"./src/server.ts"',
      'notFound {"role":"script","path":"run.js"',
      'notFound {"role":"script","path":"./tool.py"',
      'notFound {"role":"program","path":"./bin/missing.sh"'
    ])
  })

  it.each([
    ['placeholders', { command: 'node', args: ['${workspaceFolder}/server.js', '${CLAUDE_PLUGIN_ROOT}/x.js'] }],
    ['absolute paths and ~', { command: '/opt/tool/bin/server', args: ['/srv/x.py', '~/y.py'] }],
    ['package names', { command: 'uvx', args: ['mcp-server-fetch'] }],
    ['a build folder that does not exist yet', { command: 'node', args: ['dist/index.js'] }],
    ['a virtualenv that does not exist yet', { command: '.venv/bin/python', args: ['-m', 'server'] }],
    ['module and code options', { command: 'python', args: ['-m', 'app.server', '-c', 'x.py'] }],
    ['data files', { command: 'node', args: ['index.js', '--db', './data/app.sqlite'] }],
    ['paths that leave the repository', { command: 'node', args: ['../other-repo/server.js'] }],
    ['an absolute cwd', { command: 'node', args: ['missing.js'], cwd: '/srv/app' }],
    ['a switched-off server', { command: 'node', args: ['missing.js'], disabled: true }],
    ['docker', { command: 'docker', args: ['run', '-i', '--rm', '-v', './x.py:/x.py', 'img:1'] }]
  ])('stays silent on %s', (_label, entry) => {
    expect(inRepo('.roo/mcp.json', servers({ a: entry }), ['index.js'])).toEqual([])
  })

  it('still reports a missing file in a build folder that exists', () => {
    expect(
      inRepo('.mcp.json', servers({ a: { command: 'node', args: ['dist/index.js'] } }), ['dist/cli.js'])
    ).toHaveLength(1)
  })

  it('says nothing without a view of the repository (editor text, or a test without files)', () => {
    expect(lintText('.mcp.json', servers({ a: { command: 'node', args: ['./missing.js'] } })).diagnostics).toEqual([])
  })

  it('warns about any relative path in Claude Desktop, which starts servers outside the repository', () => {
    const text = '{"mcpServers": {"a": {"command": "python", "args": ["./clif.py", "--data-path", "./data/x"]}}}\n'
    const found = lintText('claude_desktop_config.json', text).diagnostics
    expect(found.map(describeFinding)).toEqual([
      '1:53-1:64 warning missing-script hostFolder {"role":"script","path":"./clif.py","host":"Claude Desktop"}'
    ])
    expect(found[0].help).toBe(
      'Claude Desktop starts servers from its own folder, not from this repository, so a relative path is not found (its documentation asks for absolute paths); write the absolute path on each machine.'
    )
  })

  it("checks a real repository through the engine's own file system view", async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-missing-'))
    mkdirSync(path.join(root, 'server'))
    writeFileSync(path.join(root, 'server', 'index.js'), '')
    writeFileSync(
      path.join(root, '.mcp.json'),
      servers({
        ok: { command: 'node', args: ['server/index.js'] },
        gone: { command: 'node', args: ['server/main.js'] }
      })
    )
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(
      report.diagnostics.filter((d) => d.ruleId === 'missing-script').map((d) => `${d.line}:${d.column} ${d.server}`)
    ).toEqual(['12:9 gone'])
  })

  describe('an entry whose "cwd" holds its script (node server.js, cwd "sub")', () => {
    // Every kind of file that starts local servers, read as its host reads it.
    const cases = HOST_CASES.filter(
      (c) => c.host.patterns.length > 0 && c.profile.role === 'client' && c.profile.servers && !c.profile.notRead
    )
    it.each(cases.map((c) => [c.label, c] as const))('%s', (_name, c) => {
      const root = c.profile.projectRoot(c.path)
      const inRoot = (p: string): string => (root === '' ? p : `${root}/${p}`)
      const entry = { ...stdioEntry(c.profile, 'node', ['server.js']), cwd: 'sub' }
      const found = inRepo(c.path, fileText(c.path, documentWith(c.profile, entry)), [
        ...companions(c),
        inRoot('sub/server.js')
      ])
      const { honoured } = c.profile.launch.cwd
      if (c.profile.launch.startsIn === 'host-folder')
        expect(found).toEqual([expect.stringMatching(/warning missing-script hostFolder /)])
      else if (honoured === false) {
        expect(found).toEqual([
          expect.stringContaining(
            `notFound {"role":"script","path":"server.js","resolved":${JSON.stringify(inRoot('server.js'))}}`
          )
        ])
        const helps = helpsInRepo(c.path, fileText(c.path, documentWith(c.profile, entry)), [
          ...companions(c),
          inRoot('sub/server.js')
        ])
        expect(helps).toEqual([
          `It is looked for there since ${c.host.name} ignores "cwd" and starts the server in the project folder. Without it the server exits as soon as ${c.host.name} starts it; write the path from the project folder ("sub/server.js") and remove "cwd".`
        ])
      } else expect(found).toEqual([])
    })
  })
})

describe('missing-script and paths that lead outside the repository', () => {
  // A committed link to a folder of the runner must not tell, by a finding or its absence, what is there.
  it('reports nothing through a link that leads outside, whether or not the file is there', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'mcpcop-outside-'))
    const outside = path.join(base, 'outside')
    const repo = path.join(base, 'repo')
    mkdirSync(outside)
    writeFileSync(path.join(outside, 'present.js'), '')
    mkdirSync(path.join(repo, 'src'), { recursive: true })
    writeFileSync(path.join(repo, 'src', 'server.js'), '')
    symlinkSync(outside, path.join(repo, 'tools'))
    symlinkSync('src', path.join(repo, 'lib'))
    writeFileSync(
      path.join(repo, '.mcp.json'),
      servers({
        present: { command: 'node', args: ['tools/present.js'] },
        absent: { command: 'node', args: ['tools/absent.js'] },
        inside: { command: 'node', args: ['lib/server.js'] },
        missing: { command: 'node', args: ['lib/missing.js'] }
      })
    )
    const { report } = await lint({ paths: ['.'], cwd: repo })
    expect(report.diagnostics.filter((d) => d.ruleId === 'missing-script').map((d) => [d.server, d.data])).toEqual([
      ['missing', { role: 'script', path: 'lib/missing.js', resolved: 'lib/missing.js' }]
    ])
    expect(JSON.stringify(report)).not.toContain(outside)
  })

  it('asks the file system nothing about a file that names no script', () => {
    // What the rule asks, beyond what checking the file without rules asks (the host's profile may ask too).
    const asks = (text: string): string[] => {
      const asked = (rules: Rule[]): string[] => {
        const paths: string[] = []
        const exists = (p: string): boolean => {
          paths.push(p)
          return true
        }
        lintText('.mcp.json', text, { exists, rules })
        return paths
      }
      const without = asked([])
      return asked([missingScript]).filter((p) => !without.includes(p))
    }
    expect(
      asks(servers({ a: { command: 'npx', args: ['-y', 'pkg@1.0.0'] }, b: { url: 'https://x.dev/mcp' } }))
    ).toEqual([])
    // A script word is looked for, with the file itself first (whether the repository is seen at all).
    expect(asks(servers({ a: { command: 'node', args: ['./s.js'] } }))).toEqual(['.mcp.json', 's.js'])
  })
})
