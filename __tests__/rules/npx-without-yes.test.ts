import { describeFinding, lintText, ruleDiagnostics } from '../helpers/lint.js'

const found = (entry: Record<string, unknown>, path = '.mcp.json'): string[] =>
  ruleDiagnostics('npx-without-yes', path, { mcpServers: { s: entry } }).map(
    (d) => `${d.line}:${d.column} ${d.messageId} ${JSON.stringify(d.data)}`
  )

describe('npx-without-yes', () => {
  it('reports npx without -y as a notice at the npx word', () => {
    const text =
      '{\n  "mcpServers": {\n    "mem": { "command": "npx", "args": ["@modelcontextprotocol/server-memory@2025.4.25"] }\n  }\n}\n'
    const diagnostics = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'npx-without-yes')
    expect(diagnostics.map(describeFinding)).toEqual(['3:25-3:30 notice npx-without-yes noYes {"runner":"npx"}'])
    expect(diagnostics[0].message).toBe('npx runs without "-y", so run by hand it stops at an install prompt')
    expect(diagnostics[0].help).toBe(
      'Run from a terminal, npm stops at "Need to install the following packages … Ok to proceed? (y)" until someone answers; hosts start servers without a terminal, where current npm installs without asking, but the prompt returns whenever the command is run by hand; put "-y" before the package name.'
    )
    expect(diagnostics[0].server).toBe('mem')
  })

  it('explains a -y written after the package name', () => {
    expect(found({ command: 'npx', args: ['pkg@1.0.0', '-y'] })).toEqual(['4:18 lateYes {"runner":"npx","flag":"-y"}'])
  })

  it('finds npx behind cmd /c, npm exec, and in a whole command line', () => {
    expect(found({ command: 'cmd', args: ['/c', 'npx', 'pkg@1.0.0'] })).toEqual(['7:9 noYes {"runner":"npx"}'])
    expect(found({ command: 'npm', args: ['exec', 'pkg@1.0.0'] })).toEqual(['6:9 noYes {"runner":"npm exec"}'])
    expect(found({ command: 'npx pkg@1.0.0' })).toEqual(['4:18 noYes {"runner":"npx"}'])
  })

  it.each([
    ['-y', { command: 'npx', args: ['-y', 'pkg@1.0.0'] }],
    ['--yes', { command: 'npx', args: ['--yes', 'pkg@1.0.0'] }],
    ['--no-install', { command: 'npx', args: ['--no-install', 'pkg'] }],
    ['npm_config_yes in env', { command: 'npx', args: ['pkg@1.0.0'], env: { npm_config_yes: 'true' } }],
    ['bunx', { command: 'bunx', args: ['pkg@1.0.0'] }],
    ['pnpm dlx', { command: 'pnpm', args: ['dlx', 'pkg@1.0.0'] }],
    ['npx with nothing to run', { command: 'npx', args: [] }],
    ['a switched-off server', { command: 'npx', args: ['pkg@1.0.0'], disabled: true }],
    ['a Windows npx path with -y', { command: 'C:\\Program Files\\nodejs\\npx.cmd', args: ['-y', 'pkg@1.0.0'] }],
    [
      '-y with surrounding whitespace (surrounding-whitespace reports it)',
      { command: 'npx', args: [' -y', 'pkg@1.0.0'] }
    ]
  ])('stays silent with %s', (_label, entry) => {
    expect(found(entry, '.roo/mcp.json')).toEqual([])
  })
})
