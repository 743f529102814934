import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { doctor, type DoctorReport } from '../../src/doctor/index.js'
import { fault, freePort, isAlive, NODE, packageScript } from '../dryrun/helpers.js'
import { cli, folder, write } from './helpers.js'

/**
 * doctor on a fake machine: a home folder holding the configs of several hosts, the system injected
 * (not the one running the test), the environment injected. Nothing of the real home is read.
 */

const json = (value: unknown): string => JSON.stringify(value, null, 2)
const OUTSIDE_SECRET = 'outside-home-marker-93a1'

/** Configs at places no host reads: doctor must not report them. */
const DECOYS = {
  '.claude/mcp.json': json({ mcpServers: { decoy1: { command: 'decoy' } } }),
  '.claude/.mcp.json': json({ mcpServers: { decoy2: { command: 'decoy' } } }),
  'notes/.mcp.json': json({ mcpServers: { decoy3: { command: 'decoy' } } }),
  '.cursor/other.json': json({ mcpServers: { decoy4: { command: 'decoy' } } }),
  '.config/Code/User/other/mcp.json': json({ servers: { decoy5: { command: 'decoy' } } }),
  'AppData/Roaming/Claude/mcp.json': json({ mcpServers: { decoy6: { command: 'decoy' } } })
}

const serverNames = (report: DoctorReport): string[] => report.files.flatMap((f) => f.servers)

describe('doctor on a Linux home folder', () => {
  let root: string
  let home: string
  let project: string
  let port: number
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: home, ...extra })

  beforeAll(async () => {
    port = await freePort()
    root = folder({})
    home = path.join(root, 'home')
    project = path.join(home, 'work', 'app')
    write(home, {
      '.claude.json': json({
        numStartups: 4,
        mcpServers: {
          memory: { command: NODE, args: [packageScript('server-memory')] },
          tiny: { command: NODE, args: [fault('tiny-server.mjs'), '--touch', path.join(root, 'tiny.pid')] }
        },
        projects: {
          [project]: { mcpServers: { crash: { command: NODE, args: [fault('exit-with-error.mjs')] } } },
          [path.join(root, 'deleted-project')]: { mcpServers: { stale: { command: NODE, args: ['x.js'] } } }
        }
      }),
      '.claude/settings.json': json({
        model: 'opus',
        mcpServers: { github: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] } }
      }),
      '.cursor/mcp.json': json({ mcpServers: { missing: { command: 'no-such-program-mcpcop-home' } } }),
      '.config/Code/User/mcp.json': json({
        servers: { refused: { type: 'http', url: `http://127.0.0.1:${port}/mcp` } }
      }),
      '.codex/config.toml': '[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "@upstash/context7-mcp"]\n',
      'work/app/.git/HEAD': 'ref: refs/heads/main\n',
      'work/app/.mcp.json': json({ mcpServers: { local: { command: NODE, args: [packageScript('server-memory')] } } }),
      ...DECOYS
    })
    // A listed location that is a link out of the home folder: refused unread.
    write(root, { 'outside/mcp_config.json': json({ mcpServers: { leak: { command: OUTSIDE_SECRET } } }) })
    mkdirSync(path.join(home, '.codeium', 'windsurf'), { recursive: true })
    symlinkSync(
      path.join(root, 'outside', 'mcp_config.json'),
      path.join(home, '.codeium', 'windsurf', 'mcp_config.json')
    )
  })

  it('finds each host file at its place, and reads nothing else', async () => {
    const { report } = await doctor({ cwd: project, env: env(), platform: 'linux', dryRun: false })
    expect(report.files.map((f) => [f.path, f.host])).toEqual([
      ['~/.claude.json', 'claude-user'],
      ['~/.claude/settings.json', 'claude-settings'],
      ['~/.cursor/mcp.json', 'cursor'],
      ['~/.config/Code/User/mcp.json', 'vscode'],
      ['~/.codex/config.toml', 'codex'],
      ['~/.codeium/windsurf/mcp_config.json', 'windsurf'],
      ['.mcp.json', 'claude-code']
    ])
    const found = report.doctor.locations.flatMap((l) => l.found)
    expect(found).toEqual(
      report.files
        .filter((f) => f.path.startsWith('~'))
        .map((f) => f.path)
        .sort((a, b) => found.indexOf(a) - found.indexOf(b))
    )
    expect(report.doctor.locations.find((l) => l.host === 'claude-user')).toMatchObject({
      path: '~/.claude.json',
      scope: 'user',
      confirmed: true
    })
    // Every checked path is a listed location; decoys next to them are not read.
    expect(serverNames(report)).not.toEqual(expect.arrayContaining(['decoy1']))
    for (const name of ['decoy1', 'decoy2', 'decoy3', 'decoy4', 'decoy5', 'decoy6'])
      expect(serverNames(report)).not.toContain(name)
    // The link out of the home folder is refused unread.
    const windsurf = report.diagnostics.filter((d) => d.file === '~/.codeium/windsurf/mcp_config.json')
    expect(windsurf.map((d) => [d.ruleId, d.message])).toEqual([
      [
        'file-unreadable',
        'a symbolic link to a path outside the home folder; it was not followed, and nothing of its target is shown'
      ]
    ])
    expect(JSON.stringify(report)).not.toContain(OUTSIDE_SECRET)
  })

  it('reports servers in ~/.claude/settings.json as not read by Claude Code, with where they belong', async () => {
    const { report, entries } = await doctor({ cwd: project, env: env(), platform: 'linux', dryRun: false })
    const github = report.servers.find((s) => s.name === 'github')
    expect(github).toMatchObject({
      file: '~/.claude/settings.json',
      status: 'skipped',
      scope: 'user',
      error: { kind: 'not-read' }
    })
    expect(github?.error?.message).toBe(
      'Claude Code does not read servers from ~/.claude/settings.json, so "github" never starts: Claude Code reads no servers here; user servers belong in ~/.claude.json (claude mcp add --scope user)'
    )
    expect(report.diagnostics.filter((d) => d.ruleId === 'server-not-read')).toEqual([
      expect.objectContaining({
        file: '~/.claude/settings.json',
        line: 4,
        column: 5,
        severity: 'error',
        server: 'github'
      })
    ])
    // The rule about a committed project settings file does not speak about the user's own.
    expect(report.diagnostics.map((d) => d.ruleId)).not.toContain('servers-in-claude-settings')
    expect(entries.find((e) => e.server.name === 'github')?.notRead).toBeDefined()
  })

  it('marks the local servers of the current project, and of other projects', async () => {
    const { entries } = await doctor({ cwd: path.join(project), env: env(), platform: 'linux', dryRun: false })
    const crash = entries.find((e) => e.server.name === 'crash')
    expect(crash).toMatchObject({ scope: 'local', project: '~/work/app', current: true })
    const stale = entries.find((e) => e.server.name === 'stale')
    expect(stale).toMatchObject({ scope: 'local', current: false })
    // From a subfolder of the repository the project is still the current one (its key is the repository root).
    mkdirSync(path.join(project, 'src'), { recursive: true })
    const sub = await doctor({ cwd: path.join(project, 'src'), env: env(), platform: 'linux', dryRun: false })
    expect(sub.entries.find((e) => e.server.name === 'crash')?.current).toBe(true)
  })

  it('starts every server and reports each status and cause, leaving no process', async () => {
    const { report } = await doctor({
      cwd: project,
      env: env(),
      platform: 'linux',
      dryRun: true,
      trustFolder: true,
      timeoutMs: 20_000
    })
    const health = Object.fromEntries(report.servers.map((s) => [s.name, s]))
    expect(health.memory).toMatchObject({ status: 'ok', scope: 'user', file: '~/.claude.json' })
    expect(health.tiny).toMatchObject({ status: 'ok' })
    expect(health.local).toMatchObject({ status: 'ok', scope: 'project', file: '.mcp.json' })
    expect(health.missing).toMatchObject({
      status: 'failed',
      file: '~/.cursor/mcp.json',
      error: { kind: 'command-not-found' },
      why: 'command-not-found'
    })
    expect(health.refused).toMatchObject({
      status: 'failed',
      file: '~/.config/Code/User/mcp.json',
      error: { kind: 'connection-refused' }
    })
    expect(health.crash).toMatchObject({
      status: 'failed',
      scope: 'local',
      current: true,
      error: { kind: 'exited' },
      why: 'missing-setting'
    })
    expect(health.crash.stderrTail?.split('\n').at(-1)).toBe('Error: WEATHER_API_KEY environment variable is required')
    expect(health.stale).toMatchObject({ status: 'skipped', error: { kind: 'project-missing' } })
    expect(health.github).toMatchObject({ status: 'skipped', error: { kind: 'not-read' } })
    // The dry-run findings sit in the user's file, at the server's key.
    expect(report.diagnostics.find((d) => d.server === 'missing')).toMatchObject({
      ruleId: 'dry-run-failed',
      file: '~/.cursor/mcp.json',
      line: 3
    })
    expect(isAlive(Number(readFileSync(path.join(root, 'tiny.pid'), 'utf8')))).toBe(false)
  })

  it('follows the variables that move a host file', async () => {
    write(root, {
      'xdg/Code/User/mcp.json': json({ servers: { moved: { command: 'x' } } }),
      'codex-home/config.toml': '[mcp_servers.movedcodex]\ncommand = "x"\n'
    })
    const { report } = await doctor({
      cwd: project,
      env: env({ XDG_CONFIG_HOME: path.join(root, 'xdg'), CODEX_HOME: path.join(root, 'codex-home') }),
      platform: 'linux',
      dryRun: false
    })
    const paths = report.files.map((f) => f.path)
    expect(paths).toContain(`${root}/xdg/Code/User/mcp.json`)
    expect(paths).toContain(`${root}/codex-home/config.toml`)
    expect(paths).not.toContain('~/.config/Code/User/mcp.json')
    expect(paths).not.toContain('~/.codex/config.toml')
    expect(serverNames(report)).toEqual(expect.arrayContaining(['moved', 'movedcodex']))
  })

  it('prints the health table with the scope of each group', async () => {
    const { code, stdout } = await cli(['doctor', '--no-dry-run'], project, env())
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /^\d+ user-level locations of \d+ hosts checked \(linux\): 6 files found; and the current folder\n/
    )
    expect(stdout).toContain('~/.claude.json  Claude Code, user\n  · memory')
    expect(stdout).toContain('~/.claude.json  Claude Code, local to ~/work/app (this folder)\n  · crash')
    expect(stdout).toContain(
      '~/.claude/settings.json  Claude Code, user\n  ! github  npx -y @modelcontextprotocol/server-github\n' +
        '      cause    Claude Code does not read servers from ~/.claude/settings.json, so "github" never starts\n' +
        '      fix      Claude Code reads no servers here; user servers belong in ~/.claude.json (claude mcp add --scope user)\n'
    )
    expect(stdout).toContain('.mcp.json  Claude Code, this folder\n  · local')
    expect(stdout).toMatch(/\d+ servers configured, 1 not read by their host; none started \(--no-dry-run\)/)
  })
})

describe('doctor on the user files of hosts without a project file', () => {
  it('reads Cline, Goose and LM Studio, and the global files of Kilo and Crush', async () => {
    const home = folder({
      '.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json': json({
        mcpServers: { clined: { url: 'https://events.example.com/sse' } }
      }),
      '.cline/data/settings/cline_mcp_settings.json': json({ mcpServers: { clicli: { command: 'x' } } }),
      '.config/goose/config.yaml':
        'extensions:\n  goosed:\n    enabled: true\n    type: stdio\n    cmd: x\n    args: []\n',
      '.lmstudio/mcp.json': json({ mcpServers: { studio: { command: 'x' } } }),
      '.config/kilo/kilo.jsonc': '{ "mcp": { "kilod": { "type": "local", "command": ["x"] } } }\n',
      '.config/crush/crush.json': json({ mcp: { crushed: { type: 'stdio', command: 'x' } } })
    })
    const { report, entries } = await doctor({ cwd: home, env: { HOME: home }, platform: 'linux', dryRun: false })
    expect(report.files.map((f) => [f.path, f.host])).toEqual([
      ['~/.config/kilo/kilo.jsonc', 'kilo'],
      ['~/.config/crush/crush.json', 'crush'],
      ['~/.config/Code/User/globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json', 'cline'],
      ['~/.cline/data/settings/cline_mcp_settings.json', 'cline'],
      ['~/.config/goose/config.yaml', 'goose'],
      ['~/.lmstudio/mcp.json', 'lmstudio']
    ])
    // A typeless url is SSE to Cline.
    expect(entries.find((e) => e.server.name === 'clined')?.server.transport).toBe('sse')
    expect(serverNames(report)).toEqual(['kilod', 'crushed', 'clined', 'clicli', 'goosed', 'studio'])
  })
})

describe("doctor on a user's own approval settings", () => {
  it("says nothing of a user's own switch that turns approvals off, but reports the project's committed one", async () => {
    const allowAll = json({ 'amp.dangerouslyAllowAll': true, 'amp.mcpServers': { amped: { command: 'x' } } })
    const home = folder({
      '.config/amp/settings.json': allowAll,
      '.codex/config.toml': 'approval_policy = "never"\nsandbox_mode = "danger-full-access"\n',
      'work/app/.git/HEAD': 'ref: refs/heads/main\n',
      'work/app/.amp/settings.json': allowAll
    })
    const cwd = path.join(home, 'work', 'app')
    const { report } = await doctor({ cwd, env: { HOME: home }, platform: 'linux', dryRun: false })
    expect(report.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['~/.config/amp/settings.json', '~/.codex/config.toml'])
    )
    expect(report.diagnostics.filter((d) => d.ruleId === 'agent-approvals-off').map((d) => [d.file, d.line])).toEqual([
      ['.amp/settings.json', 2]
    ])
  })
})

describe('doctor on a macOS home folder', () => {
  it('reads the Library folders of Claude Desktop and VS Code', async () => {
    const home = folder({
      'Library/Application Support/Claude/claude_desktop_config.json': json({ mcpServers: { desk: { command: 'x' } } }),
      'Library/Application Support/Code/User/mcp.json': json({ servers: { code: { command: 'x' } } }),
      'Library/Application Support/Code/User/profiles/1a2b/mcp.json': json({ servers: { profiled: { command: 'x' } } }),
      '.config/zed/settings.json': json({ context_servers: { zedded: { command: 'x', args: [] } } }),
      // Linux's places are not macOS's.
      '.config/Claude/claude_desktop_config.json': json({ mcpServers: { wrongplace: { command: 'x' } } }),
      ...DECOYS
    })
    const { report } = await doctor({ cwd: home, env: { HOME: home }, platform: 'darwin', dryRun: false })
    expect(report.files.map((f) => f.path)).toEqual([
      '~/Library/Application Support/Claude/claude_desktop_config.json',
      '~/Library/Application Support/Code/User/mcp.json',
      '~/Library/Application Support/Code/User/profiles/1a2b/mcp.json',
      '~/.config/zed/settings.json'
    ])
    expect(serverNames(report)).toEqual(['desk', 'code', 'profiled', 'zedded'])
    expect(report.doctor.platform).toBe('darwin')
  })
})

describe('doctor on a Windows home folder', () => {
  it('reads %APPDATA% and %USERPROFILE%, whatever the case of the variable names', async () => {
    const home = folder({
      'AppData/Roaming/Claude/claude_desktop_config.json': json({ mcpServers: { desk: { command: 'x' } } }),
      'AppData/Roaming/Code/User/mcp.json': json({ servers: { code: { command: 'x' } } }),
      '.cursor/mcp.json': json({ mcpServers: { cur: { command: 'x' } } }),
      '.claude.json': json({ mcpServers: { cc: { command: 'x' } } }),
      ...DECOYS
    })
    const env = { UserProfile: home, APPDATA: path.join(home, 'AppData', 'Roaming'), HOME: '/nonexistent-home' }
    const { report } = await doctor({ cwd: home, env, platform: 'win32', dryRun: false })
    expect(report.files.map((f) => f.path)).toEqual([
      '~/.claude.json',
      '~/AppData/Roaming/Claude/claude_desktop_config.json',
      '~/.cursor/mcp.json',
      '~/AppData/Roaming/Code/User/mcp.json'
    ])
    expect(serverNames(report)).toEqual(['cc', 'desk', 'cur', 'code'])
    // Without APPDATA, VS Code and Claude Desktop fall back to %USERPROFILE%\AppData\Roaming.
    const fallback = await doctor({ cwd: home, env: { USERPROFILE: home }, platform: 'win32', dryRun: false })
    expect(fallback.report.files.map((f) => f.path)).toContain('~/AppData/Roaming/Code/User/mcp.json')
    // Kiro's Windows place is presumed, and says so.
    const kiro = report.doctor.locations.find((l) => l.host === 'kiro')
    expect(kiro).toMatchObject({ path: '~/.kiro/settings/mcp.json', confirmed: false })
  })
})

describe("doctor on a home folder whose ~/.claude.json holds Claude Code's history", () => {
  it("checks the user's own file past a config's 1 MiB limit, and the folder's configs within it", async () => {
    const root = folder({})
    const home = path.join(root, 'home')
    const project = path.join(home, 'app')
    // Claude Code keeps each project's prompt history in ~/.claude.json: tens of MB on a long-used machine.
    const history = Array.from({ length: 3_000 }, (_, i) => ({ display: `prompt ${i} ${'x'.repeat(1_000)}` }))
    write(home, {
      '.claude.json': json({
        mcpServers: { memory: { command: NODE, args: [packageScript('server-memory')] } },
        projects: { [project]: { history, mcpServers: { local: { command: NODE, args: ['x.js'] } } } }
      }),
      // A config in the folder is not the user's: a config's limit.
      'app/.mcp.json': json({ mcpServers: { big: { command: 'x', args: ['y'.repeat(1_100_000)] } } })
    })
    const { report } = await doctor({ cwd: project, env: { HOME: home }, platform: 'linux', dryRun: false })
    expect(serverNames(report)).toEqual(['memory', 'local'])
    expect(report.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(['.mcp.json file-too-large'])
  })
})
