import { execFile, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import module from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// The real CLI process, from the sources (tsx compiles them on the fly), for what only a process shows.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href
const cli = [process.execPath, '--import', tsx, path.join(root, 'src/cli.ts')]
// Without jest's NODE_OPTIONS and colour variables, as a user's shell would run it.
const env = { PATH: process.env.PATH, HOME: process.env.HOME }

const BROKEN = '{ "mcpServers": { "github": { "url": "https://api.githubcopilot.com/mcp/" } } }\n'
const CLEAN =
  '{ "mcpServers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2025.9.25"] } } }\n'

/** A repository with `count` copies of one config: 200 broken ones print about 100 KB, more than a pipe holds. */
function repo(count: number, config: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-process-'))
  for (let i = 0; i < count; i++) {
    mkdirSync(path.join(dir, `p${i}`))
    writeFileSync(path.join(dir, `p${i}`, '.mcp.json'), config)
  }
  return dir
}

/** Runs the CLI with its standard output closed by the reader before anything is written. */
function withClosedStdout(cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cli[0], [...cli.slice(1), '.'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

describe('the CLI process', () => {
  it('ends quietly when the reader stops early (mcpcop . | head -1), with the exit code of the findings', async () => {
    const dir = repo(200, BROKEN)
    const quoted = cli.map((part) => `'${part}'`).join(' ')
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile('bash', ['-c', `set -o pipefail; ${quoted} . | head -1`], { cwd: dir, env }, (error, stdout, stderr) =>
        resolve({ code: Number(error?.code ?? 0), stdout, stderr })
      )
    )
    expect(stdout).toMatch(/^p\d+\/\.mcp\.json:1:19 {2}error {2}server "github" has a "url" but no "type"/)
    expect(stdout.split('\n')).toHaveLength(2)
    expect(stderr).toBe('')
    expect(code).toBe(1)
  }, 60_000)

  it('ends quietly on a closed standard output, exiting 0 when all is clear and 1 on errors', async () => {
    expect(await withClosedStdout(repo(1, CLEAN))).toEqual({ code: 0, stderr: '' })
    expect(await withClosedStdout(repo(200, BROKEN))).toEqual({ code: 1, stderr: '' })
  }, 60_000)
})

describe("the CLI's compile cache", () => {
  // Node 22.1 and later keep compiled code on request; Node 20 cannot, and nothing is written there.
  const nodeKeepsCode = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function'

  /** Runs the CLI on one clean config with its own cache home; returns what the cache folder holds. */
  function cachedAfterRun(extraEnv: Record<string, string>): string[] {
    const cacheHome = mkdtempSync(path.join(tmpdir(), 'mcpcop-cache-home-'))
    const run = spawnSync(cli[0], [...cli.slice(1), '.'], {
      cwd: repo(1, CLEAN),
      env: { ...env, XDG_CACHE_HOME: cacheHome, ...extraEnv },
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    const folder = path.join(cacheHome, 'mcpcop', 'compile-cache')
    return existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : []
  }

  it('keeps the compiled linter in the user cache folder on a developer machine (Node 22 and later)', () => {
    const kept = cachedAfterRun({})
    if (nodeKeepsCode) expect(kept.length).toBeGreaterThan(1)
    else expect(kept).toEqual([])
  }, 60_000)

  it('writes nothing in CI, where every job starts on a fresh machine', () => {
    expect(cachedAfterRun({ CI: 'true' })).toEqual([])
  }, 60_000)
})
