import { execFile } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { VERSION } from '../src/version.js'

// The npm package as a user gets it: packed from this checkout, installed into an empty project
// without the registry (the package has no dependencies: dist/cli is self-contained), run with npx.
// It runs the committed dist/, which CI checks against a fresh build.

const root = fileURLToPath(new URL('..', import.meta.url))
// Without jest's NODE_OPTIONS, and with npm's cache and logs in a folder of our own.
const scratch = mkdtempSync(path.join(tmpdir(), 'mcpcop-package-'))
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  npm_config_cache: path.join(scratch, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  // Nothing here may come from the registry: the tarball is installed from disk, npx runs what it installed.
  npm_config_offline: 'true'
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(command: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) =>
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  )
}

const BROKEN = '{\n  "mcpServers": {\n    "github": { "url": "https://api.githubcopilot.com/mcp/" }\n  }\n}\n'

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the npm package', () => {
  let files: string[] = []
  let project = ''

  beforeAll(async () => {
    const packed = await run('npm', ['pack', '--json', '--pack-destination', scratch], root)
    expect([packed.code, packed.stderr]).toEqual([0, expect.any(String)])
    const [{ filename, files: entries }] = JSON.parse(packed.stdout) as {
      filename: string
      files: { path: string }[]
    }[]
    files = entries.map((f) => f.path)
    project = path.join(scratch, 'project')
    mkdirSync(project)
    writeFileSync(path.join(project, 'package.json'), '{ "name": "a-user-project", "private": true }\n')
    writeFileSync(path.join(project, '.mcp.json'), BROKEN)
    const installed = await run('npm', ['install', path.join(scratch, filename)], project)
    expect([installed.code, installed.stderr]).toEqual([0, expect.any(String)])
  }, 180_000)

  it('carries the CLI bundle, the schemas, the docs, the README, LICENSE and CHANGELOG, not the action', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'dist/cli/index.js',
        'dist/cli/licenses.txt',
        'schemas/claude-code.schema.json',
        'schemas/mcpcop-config.schema.json',
        'docs/dry-run.md'
      ])
    )
    expect(
      files.filter((f) => /^(dist\/action\/|action\.yml$|src\/|__tests__\/|\.github\/|examples\/)/.test(f))
    ).toEqual([])
  })

  it('runs with npx: --version, and exit 1 on a broken config', async () => {
    expect(await run('npx', ['mcpcop', '--version'], project)).toEqual({
      code: 0,
      stdout: `${VERSION}\n`,
      stderr: ''
    })
    const lint = await run('npx', ['mcpcop', '.'], project)
    expect(lint.code).toBe(1)
    expect(lint.stdout).toContain(
      '.mcp.json:3:5  error  server "github" has a "url" but no "type", so Claude Code cannot connect to it'
    )
    expect(lint.stdout).toContain('url-without-type')
  }, 60_000)
})

describe('the README set-up command', () => {
  it('node dist/cli/index.js examples runs on a bare clone, without an install', async () => {
    // dist/cli and examples/ alone, far from any node_modules.
    const clone = path.join(scratch, 'bare-clone')
    cpSync(path.join(root, 'dist/cli'), path.join(clone, 'dist/cli'), { recursive: true })
    cpSync(path.join(root, 'examples'), path.join(clone, 'examples'), { recursive: true })
    const { code, stdout } = await run(process.execPath, ['dist/cli/index.js', 'examples'], clone)
    expect(code).toBe(1)
    expect(stdout).toContain('examples/.mcp.json:8:5  error')
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ notices?\) in 7 files$/
    )
  }, 60_000)
})
