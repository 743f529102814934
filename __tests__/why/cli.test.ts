import { CATALOGUE } from '../../src/why/catalogue.js'
import type { WhyReport } from '../../src/why/format.js'
import { cli, folder } from '../doctor/helpers.js'

const TOKEN = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'

/** An empty home folder: the real one is never read. */
const HOME = { HOME: folder({}, 'mcpcop-why-home-') }

const project = folder({
  '.mcp.json': JSON.stringify({
    mcpServers: {
      github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github', `--token=${TOKEN}`] },
      git: { command: 'uvx', args: ['mcp-server-git'] },
      api: { type: 'http', url: 'http://localhost:3100/mcp' }
    }
  }),
  '.cursor/mcp.json': JSON.stringify({ mcpServers: { windows: { command: 'cmd', args: ['/c', 'npx', '-y', 'x'] } } })
})

describe('mcpcop why', () => {
  it('explains an error with causes, checks and fix, and names the servers it is about', async () => {
    const { code, stdout } = await cli(['why', 'Connection failed: spawn npx ENOENT'], project, HOME)
    expect(code).toBe(0)
    expect(stdout).toContain('the host could not find the program named in "command"  command-not-found')
    expect(stdout).toContain('  matched: Connection failed: spawn npx ENOENT')
    expect(stdout).toContain('Likely causes\n  a. the program is not installed on this machine')
    // Checks are filled with the program the error names.
    expect(stdout).toContain('  • command -v npx in your shell (Windows: where npx)')
    expect(stdout).toMatch(
      /Servers configured here that it is about\n {2}\.cursor\/mcp\.json +windows +cmd \/c npx -y x +\(runs "npx"\)\n {2}\.mcp\.json +github +npx -y @modelcontextprotocol\/server-github --token=ghp_…q7R8 +\(runs "npx"\)\n/
    )
    expect(stdout).not.toContain(TOKEN)
    expect(stdout).toContain(
      'Also matches\n  the host says only that the server failed; the cause is in its log  mcpcop why failed-to-connect'
    )
  })

  it('gives the same explanation as JSON', async () => {
    const { code, stdout } = await cli(
      ['why', '--format', 'json', 'connect ECONNREFUSED 127.0.0.1:3100'],
      project,
      HOME
    )
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as WhyReport
    expect(report.version).toBe(1)
    expect(report.matches.map((m) => m.id)).toEqual(['connection-refused'])
    expect(report.matches[0].about).toEqual({ endpoint: '127.0.0.1:3100' })
    expect(report.matches[0].servers).toEqual([
      {
        file: '.mcp.json',
        name: 'api',
        launch: 'http://localhost:3100/mcp',
        how: 'named',
        reason: 'connects to localhost:3100'
      }
    ])
  })

  it('lists the servers of the kind an error is about when it names none', async () => {
    const { stdout } = await cli(['why', '-f', 'json', 'spawn EINVAL'], project, HOME)
    const report = JSON.parse(stdout) as WhyReport
    expect(report.matches[0].id).toBe('windows-cmd-shim')
    expect(report.matches[0].servers.map((s) => `${s.name} ${s.how}`)).toEqual([
      'windows kind',
      'github kind',
      'git kind'
    ])
  })

  it('shows one entry by its id, reads standard input with -, and lists the catalogue without a text', async () => {
    const byId = await cli(['why', 'startup-timeout'], project, HOME)
    expect(byId.stdout).toContain('the server did not answer "initialize" in time  startup-timeout')
    const piped = await cli(
      ['why', '-f', 'json', '-'],
      project,
      HOME,
      'line one\nMCP error -32000: Connection closed\n'
    )
    expect((JSON.parse(piped.stdout) as WhyReport).matches[0].id).toBe('exited-early')
    // A log longer than 8 MiB is read from its start only, and the run says so.
    const long = await cli(
      ['why', '-f', 'json', '-'],
      project,
      HOME,
      `spawn npx ENOENT\n${'x'.repeat(8 * 1024 * 1024)}\nMCP error -32000: Connection closed\n`
    )
    expect((JSON.parse(long.stdout) as WhyReport).matches.map((m) => m.id)).toEqual(['command-not-found'])
    expect(long.stderr).toBe('mcpcop why: standard input is longer than 8 MiB; only its start is read\n')
    const list = await cli(['why'], project, HOME)
    expect(list.code).toBe(0)
    for (const entry of CATALOGUE) expect(list.stdout).toContain(`  ${entry.id}`)
  })

  it("also names the servers of the hosts' user files, as doctor reads them", async () => {
    const home = folder({
      '.cursor/mcp.json': JSON.stringify({ mcpServers: { mine: { command: 'npx', args: ['-y', 'x'] } } })
    })
    const { stdout } = await cli(['why', '-f', 'json', 'spawn npx ENOENT'], project, { HOME: home })
    const servers = (JSON.parse(stdout) as WhyReport).matches[0].servers
    expect(servers.map((s) => `${s.file} ${s.name}`)).toEqual([
      '~/.cursor/mcp.json mine',
      '.cursor/mcp.json windows',
      '.mcp.json github'
    ])
  })

  it('says so, and exits 1, for an error it does not know', async () => {
    const { code, stdout } = await cli(['why', 'all good'], project, HOME)
    expect(code).toBe(1)
    expect(stdout).toContain('mcpcop does not recognise this error. Run `npx mcpcop doctor`')
  })

  it('prints no terminal control sequence from the pasted text', async () => {
    const { stdout } = await cli(['why', 'spawn npx ENOENT \u001b]0;owned\u0007'], project, HOME)
    expect(stdout).not.toMatch(/\u001b|\u0007/)
  })

  it('prints no terminal control sequence from a server name the error names', async () => {
    const name = 'gh\u001b]0;owned\u0007'
    const here = folder({ '.mcp.json': JSON.stringify({ mcpServers: { [name]: { command: 'npx', args: ['x'] } } }) })
    const { stdout } = await cli(['why', `MCP server "${name}": spawn npx ENOENT`], here, HOME)
    expect(stdout).toContain('(the error names "gh\ufffd]0;owned\ufffd")')
    expect(stdout).not.toMatch(/\u001b|\u0007/)
  })

  it('masks a token in the pasted text wherever it echoes it: the matched line and the values taken from it', async () => {
    // One the folder's configs hold, and one that only looks like a credential.
    const other = 'ghp_Zq8Lm2Xv9Rt4Kp7Wn3Yb6Hc1Jd5Fg0Sa2Qe8'
    const named = await cli(
      ['why', `MCP server "gh": Error: spawn npx ENOENT (env GITHUB_PERSONAL_ACCESS_TOKEN=${TOKEN})`],
      project,
      HOME
    )
    expect(named.stdout).toContain(
      '  matched: MCP server "gh": Error: spawn npx ENOENT (env GITHUB_PERSONAL_ACCESS_TOKEN=ghp_…q7R8)'
    )
    expect(named.stdout).not.toContain(TOKEN.slice(4, 20))
    const host = await cli(['why', `getaddrinfo ENOTFOUND ${other}.example.com`], project, HOME)
    expect(host.stdout).toContain('  matched: getaddrinfo ENOTFOUND ghp_…2Qe8.example.com')
    expect(host.stdout).toContain('nslookup ghp_…2Qe8.example.com')
    expect(host.stdout).not.toContain(other.slice(4, 20))
    const json = await cli(['why', '-f', 'json', `getaddrinfo ENOTFOUND ${other}.example.com`], project, HOME)
    const report = JSON.parse(json.stdout) as WhyReport
    expect(report.matches[0].line).toBe('getaddrinfo ENOTFOUND ghp_…2Qe8.example.com')
    expect(report.matches[0].about).toEqual({ host: 'ghp_…2Qe8.example.com' })
    expect(json.stdout).not.toContain(other.slice(4, 20))
  })

  it('cuts a long pasted line before the word the cut falls in, so no token is shown in part', async () => {
    const other = 'ghp_Zq8Lm2Xv9Rt4Kp7Wn3Yb6Hc1Jd5Fg0Sa2Qe8'
    // The line's 2,000-character cut falls in the token, which is then too short to look like one.
    const line = `spawn npx ENOENT ${'x'.repeat(1960)} ${other}`
    const { stdout } = await cli(['why', '-f', 'json', line], project, HOME)
    expect((JSON.parse(stdout) as WhyReport).matches[0].line).toBe(`spawn npx ENOENT ${'x'.repeat(1960)} …`)
  })

  it('explains without servers outside a project, and refuses an unknown format', async () => {
    const { code, stdout } = await cli(['why', 'spawn npx ENOENT'], folder({}), HOME)
    expect(code).toBe(0)
    expect(stdout).toContain('No server configured here matches this error.')
    expect((await cli(['why', '-f', 'sarif', 'x'], project, HOME)).code).toBe(2)
  })
})
