import { startHere } from '../../src/dryrun/platform.js'
import { dryRun } from '../../src/dryrun/index.js'
import { fault, NODE, server } from './helpers.js'

/** Programs this fake machine has: `npx`, `node` and `uvx` on PATH, and one file under /opt/homebrew. */
const found = (program: string): boolean => ['npx', 'node', 'uvx', '/opt/homebrew/bin/here'].includes(program)
const start = (command: string, args: string[] = [], platform: NodeJS.Platform = 'linux') =>
  startHere(command, args, platform, found)

describe('a command written for another system', () => {
  it.each([
    ['cmd', ['/c', 'npx', '-y', 'pkg@1.0.0'], { command: 'npx', args: ['-y', 'pkg@1.0.0'] }],
    ['cmd.exe', ['/C', 'npx.cmd', 'pkg'], { command: 'npx', args: ['pkg'] }],
    [
      'C:\\Windows\\System32\\cmd.exe',
      ['/s', '/c', 'node "C:/Program Files/x/server.js" --port 3'],
      {
        command: 'node',
        args: ['C:/Program Files/x/server.js', '--port', '3']
      }
    ],
    ['node.exe', ['server.js'], { command: 'node', args: ['server.js'] }],
    ['uvx', ['mcp-server-time'], { command: 'uvx', args: ['mcp-server-time'] }],
    ['/opt/homebrew/bin/here', [], { command: '/opt/homebrew/bin/here', args: [] }]
  ])('%s %j starts here as %j', (command, args, expected) => {
    expect(start(command, args)).toEqual(expected)
  })

  it.each([
    ['C:\\Program Files\\nodejs\\node.exe', 'Windows'],
    ['D:/tools/server', 'Windows'],
    ['.\\start', 'Windows'],
    ['\\\\server\\share\\mcp.exe', 'Windows'],
    ['scripts/start.bat', 'Windows'],
    ['server.exe', 'Windows'],
    ['run.ps1', 'Windows'],
    ['powershell.exe', 'Windows'],
    ['wsl', 'Windows'],
    ['/Applications/Foo.app/Contents/MacOS/foo-mcp', 'macOS'],
    ['/opt/homebrew/bin/uvx', 'macOS']
  ])('%s is left as a program of %s', (command, system) => {
    expect(start(command)).toEqual({ otherSystem: system, command })
    // A `cmd /c` around it changes nothing.
    expect(start('cmd', ['/c', command])).toEqual({ otherSystem: system, command })
  })

  it('is started as written on its own system, and on macOS a macOS path', () => {
    expect(start('cmd', ['/c', 'npx', 'x'], 'win32')).toEqual({ command: 'cmd', args: ['/c', 'npx', 'x'] })
    expect(start('C:\\tools\\x.exe', [], 'win32')).toEqual({ command: 'C:\\tools\\x.exe', args: [] })
    expect(start('/Applications/Foo.app/foo', [], 'darwin')).toEqual({ command: '/Applications/Foo.app/foo', args: [] })
    // A cmd without /c is no command line to run.
    expect(start('cmd', ['/k'])).toEqual({ otherSystem: 'Windows', command: 'cmd' })
    expect(start('cmd')).toEqual({ otherSystem: 'Windows', command: 'cmd' })
  })
})

describe('the dry run of a Windows team config on this machine', () => {
  it('checks the server behind cmd /c, and skips a Windows program with a notice', async () => {
    if (process.platform === 'win32') return
    const output = await dryRun(
      [
        server('wrapped', { command: 'cmd', args: ['/c', NODE, fault('tiny-server.mjs')] }),
        server('windows', { command: 'C:\\tools\\server.exe', args: [] }, 4)
      ],
      { cwd: process.cwd(), timeoutMs: 20_000 }
    )
    expect(output.servers.map((r) => [r.name, r.status, r.error?.kind])).toEqual([
      ['wrapped', 'ok', undefined],
      ['windows', 'skipped', 'other-system']
    ])
    expect(output.diagnostics.map((d) => [d.ruleId, d.severity, d.message])).toEqual([
      [
        'dry-run-skipped',
        'notice',
        'the command "C:\\tools\\server.exe" is written for Windows, which this machine is not'
      ]
    ])
  })
})
