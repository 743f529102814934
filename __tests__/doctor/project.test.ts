import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import type { DoctorReport } from '../../src/doctor/index.js'
import { folderFiles } from '../../src/doctor/files.js'
import { fault, freePort, isAlive, NODE, packageScript } from '../dryrun/helpers.js'
import { cli, folder, write } from './helpers.js'

const SECRET = 'very-secret-value-4711'

function config(pidFile: string, port: number): string {
  return JSON.stringify({
    mcpServers: {
      memory: { command: NODE, args: [packageScript('server-memory')] },
      missing: { command: 'no-such-program-mcpcop-test', args: [] },
      crash: { command: NODE, args: [fault('exit-with-error.mjs')] },
      refused: { type: 'http', url: `http://127.0.0.1:${port}/mcp` },
      echo: { command: NODE, args: ['-e', 'console.error("token is " + process.env.MY_API_TOKEN); process.exit(3)'] },
      tiny: { command: NODE, args: [fault('tiny-server.mjs'), '--touch', pidFile] }
    }
  })
}

/** A local HTTP server that records the requests it gets (and answers none of them as MCP). */
async function headerCatcher(port: number): Promise<{ server: Server; requests: string[] }> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(String(request.headers.authorization ?? ''))
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { server, requests }
}

describe('mcpcop doctor in a project folder', () => {
  let root: string
  let port: number
  beforeAll(async () => {
    port = await freePort()
    root = folder({})
    write(root, { '.mcp.json': config(path.join(root, 'tiny.pid'), port) })
  })
  const env = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: root, MY_API_TOKEN: SECRET })

  it('starts every server with the user environment and reports each status, cause and fix', async () => {
    const { code, stdout } = await cli(
      ['doctor', '--trust-folder', '--format', 'json', '--timeout', '20000'],
      root,
      env()
    )
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as DoctorReport
    expect(report.version).toBe(1)
    expect(report.files).toEqual([
      { path: '.mcp.json', host: 'claude-code', servers: ['memory', 'missing', 'crash', 'refused', 'echo', 'tiny'] }
    ])
    const byName = Object.fromEntries(report.servers.map((s) => [s.name, s]))
    expect(byName.memory).toMatchObject({ status: 'ok', scope: 'project', serverInfo: { name: 'memory-server' } })
    expect(byName.memory.tools).toBeGreaterThan(0)
    expect(byName.tiny.status).toBe('ok')
    expect(byName.missing).toMatchObject({
      status: 'failed',
      error: { kind: 'command-not-found' },
      why: 'command-not-found',
      fix: 'write the absolute path of the program (command -v no-such-program-mcpcop-test prints it)'
    })
    // The last stderr line names the real cause, so the advice is the catalogue's for that line.
    expect(byName.crash).toMatchObject({ status: 'failed', error: { kind: 'exited' }, why: 'missing-setting' })
    expect(byName.crash.stderrTail).toContain('Error: WEATHER_API_KEY environment variable is required')
    expect(byName.refused).toMatchObject({
      status: 'failed',
      error: { kind: 'connection-refused' },
      why: 'connection-refused'
    })
    // The server got the user's own variables, and what it echoed of a credential is masked.
    expect(byName.echo).toMatchObject({ status: 'failed', error: { kind: 'exited' } })
    expect(byName.echo.stderrTail).toBe('token is …4711')
    expect(stdout).not.toContain(SECRET)
    // Nothing it started is left running.
    expect(isAlive(Number(readFileSync(path.join(root, 'tiny.pid'), 'utf8')))).toBe(false)
  })

  it('prints one health line per server, with the cause, the fix and the last stderr line', async () => {
    const { stdout } = await cli(['doctor', '--trust-folder', '--timeout', '20000'], root, env())
    expect(stdout).toContain('.mcp.json  Claude Code, this folder\n')
    // The command column is cut to the terminal's width, so only its start is certain.
    expect(stdout).toMatch(/ {2}✔ memory +\S*node \S/)
    expect(stdout).toMatch(/ {6}ok {7}memory-server \S+ · \d+ tools/)
    expect(stdout).toMatch(
      / {2}✘ crash .*\n {6}failed {3}exited\n {6}cause {4}the server exited \(code 1\) before answering "initialize": "Error: WEATHER_API_KEY environment variable is required"\n {6}fix {6}put the variable in the entry's "env".*\n {6}stderr {3}Error: WEATHER_API_KEY environment variable is required\n {6}more {5}mcpcop why missing-setting\n/
    )
    expect(stdout).toMatch(
      / {2}✘ refused +http:\/\/127\.0\.0\.1:\d+\/mcp\n {6}failed {3}connection-refused\n {6}cause {4}connection refused at "127\.0\.0\.1:\d+"\n {6}fix {6}\S/
    )
    expect(stdout).toContain('6 servers: 2 ok, 4 failed, 0 skipped')
    expect(stdout).not.toContain(SECRET)
  })

  it("starts none of the folder's own servers, local or remote, unless told to trust the folder", async () => {
    const marker = path.join(root, 'started')
    const port = await freePort()
    const { server: listener, requests } = await headerCatcher(port)
    const untrusted = folder({
      '.mcp.json': JSON.stringify({
        mcpServers: {
          local: { command: NODE, args: ['-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`] },
          remote: {
            type: 'http',
            url: `http://127.0.0.1:${port}/mcp`,
            headers: { Authorization: 'Bearer ${MY_API_TOKEN}' }
          }
        }
      })
    })
    try {
      const run = await cli(['doctor', '-f', 'json', '--timeout', '5000'], untrusted, env())
      const report = JSON.parse(run.stdout) as DoctorReport
      expect(report.servers.map((s) => [s.name, s.status, s.error?.kind])).toEqual([
        ['local', 'skipped', 'untrusted-folder'],
        ['remote', 'skipped', 'untrusted-folder']
      ])
      expect(run.code).toBe(0)
      // Not trusting a folder is the user's choice, not a finding about its config.
      expect(report.diagnostics.filter((d) => d.ruleId.startsWith('dry-run'))).toEqual([])
      expect(existsSync(marker)).toBe(false)
      expect(requests).toEqual([])
      const table = await cli(['doctor', '--timeout', '5000'], untrusted, env())
      expect(table.stdout).toContain(
        '      fix      Starting it runs the commands and reaches the URLs the folder names, with your environment: if you trust this folder, run mcpcop doctor --trust-folder.\n'
      )
      await cli(['doctor', '--trust-folder', '-f', 'json', '--timeout', '5000'], untrusted, env())
      expect(existsSync(marker)).toBe(true)
      expect(requests.length).toBeGreaterThan(0)
    } finally {
      listener.close()
    }
  })

  it('only reads the configs with --no-dry-run', async () => {
    const { code, stdout } = await cli(['doctor', '--no-dry-run', '-f', 'json'], root, env())
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as DoctorReport
    expect(report.servers).toEqual([])
    expect(report.doctor).toMatchObject({ dryRun: false, platform: process.platform })
    const table = await cli(['doctor', '--no-dry-run'], root, env())
    expect(table.stdout).toContain('6 servers configured; none started (--no-dry-run)')
  })

  it('refuses bad options', async () => {
    expect((await cli(['doctor', '--timeout', 'soon'], root)).code).toBe(2)
    expect((await cli(['doctor', 'some/path'], root)).code).toBe(2)
  })
})

describe('doctor and a dev container', () => {
  it('leaves the servers of devcontainer.json to the container', async () => {
    const root = folder({
      '.devcontainer/devcontainer.json': JSON.stringify({
        customizations: { vscode: { mcp: { servers: { inside: { type: 'stdio', command: 'only-in-the-image' } } } } }
      })
    })
    const { stdout } = await cli(['doctor', '-f', 'json'], root, { PATH: process.env.PATH, HOME: root })
    const report = JSON.parse(stdout) as DoctorReport
    expect(report.servers).toEqual([
      expect.objectContaining({
        name: 'inside',
        status: 'skipped',
        error: expect.objectContaining({ kind: 'in-container' })
      })
    ])
  })
})

describe('the configs of the current folder', () => {
  it('are the files hosts read there, not those of subfolders', () => {
    const root = folder({
      '.mcp.json': '{}',
      '.vscode/mcp.json': '{}',
      '.github/agents/a.agent.md': '---\n---\n',
      'sub/.mcp.json': '{}',
      'node_modules/x/.mcp.json': '{}'
    })
    expect(folderFiles(root).map((f) => f.path)).toEqual(['.github/agents/a.agent.md', '.mcp.json', '.vscode/mcp.json'])
    expect(folderFiles(root)[1]).toMatchObject({ root, explicit: false })
  })
})
