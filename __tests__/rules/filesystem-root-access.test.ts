import { describeDiagnostic, lintText } from '../helpers/lint.js'
import { broadDirectory } from '../../src/rules/filesystem-root-access.js'

const RISK =
  'SSH keys, cloud credentials, browser profiles and every other project become readable and writable by the model, and by any prompt injection it reads; allow only the directories it needs'

function only(path: string, value: unknown): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === 'filesystem-root-access')
    .map(describeDiagnostic)
}

const fs = (...dirs: string[]): { command: string; args: string[] } => ({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', ...dirs]
})

describe('filesystem-root-access', () => {
  it('reports "/" given to the reference filesystem server in Claude Code, at the argument', () => {
    const { diagnostics } = lintText('.mcp.json', JSON.stringify({ mcpServers: { files: fs('.', '/') } }, null, 2))
    expect(diagnostics.filter((d) => d.ruleId === 'filesystem-root-access').map(describeDiagnostic)).toEqual([
      `9:9-9:12 warning filesystem-root-access "mcpServers.files.args[3]" ("/") gives the filesystem server "files" the whole disk: ${RISK}, e.g. "." (the project)`
    ])
    expect(diagnostics.find((d) => d.ruleId === 'filesystem-root-access')?.server).toBe('files')
  })

  it("reports home directories as variables and as paths, with the host's workspace variable as the fix", () => {
    expect(only('.cursor/mcp.json', { mcpServers: { files: fs('${userHome}') } })).toEqual([
      `8:9-8:22 warning filesystem-root-access "mcpServers.files.args[2]" ("\${userHome}") gives the filesystem server "files" a whole home directory: ${RISK}, e.g. "\${workspaceFolder}"`
    ])
    expect(
      only('.vscode/mcp.json', { servers: { files: fs('/Users/alice/') } }).map((d) => d.split(' gives')[0])
    ).toEqual(['8:9-8:24 warning filesystem-root-access "servers.files.args[2]" ("/Users/alice/")'])
    expect(
      only('.gemini/settings.json', { mcpServers: { files: fs('$HOME') } }).map((d) => d.split(' gives')[0])
    ).toEqual(['8:9-8:16 warning filesystem-root-access "mcpServers.files.args[2]" ("$HOME")'])
  })

  it("finds the arguments inside opencode's command array and a Windows drive root", () => {
    const config = {
      mcp: { files: { type: 'local', command: ['npx', '-y', '@modelcontextprotocol/server-filesystem', 'C:\\'] } }
    }
    expect(only('opencode.json', config).map((d) => d.split(' gives')[0])).toEqual([
      '9:9-9:15 warning filesystem-root-access "mcp.files.command[3]" ("C:\\")'
    ])
  })

  it('recognises other filesystem servers run as the command itself, and --flag=value forms', () => {
    const config = { mcpServers: { files: { command: 'mcp-filesystem-server', args: ['--allowed-dir=~'] } } }
    expect(only('.roo/mcp.json', config).map((d) => d.split(' gives')[0])).toEqual([
      '6:9-6:26 warning filesystem-root-access "mcpServers.files.args[0]" ("~")'
    ])
  })

  it('is silent on project directories, other servers, containers and disabled servers', () => {
    expect(
      only('.mcp.json', { mcpServers: { files: fs('.', '/home/alice/projects/app', '${CLAUDE_PROJECT_DIR:-.}') } })
    ).toEqual([])
    expect(
      only('.mcp.json', { mcpServers: { git: { command: 'uvx', args: ['mcp-server-git', '--repository', '/'] } } })
    ).toEqual([])
    // Inside the container "/projects" is all the server sees; the host mount is risky-docker's concern.
    expect(
      only('.mcp.json', {
        mcpServers: { files: { command: 'docker', args: ['run', '-i', '--rm', 'mcp/filesystem', '/'] } }
      })
    ).toEqual([])
    expect(only('.roo/mcp.json', { mcpServers: { files: { ...fs('/'), disabled: true } } })).toEqual([])
  })

  it('classifies directories', () => {
    expect(['/', '//', 'C:', 'c:/', 'D:\\'].map(broadDirectory)).toEqual(Array(5).fill('root'))
    expect(
      [
        '~',
        '~/',
        '${HOME}',
        '{env:HOME}',
        '${env:USERPROFILE}',
        '%USERPROFILE%',
        '/home/bob',
        '/root',
        'C:\\Users\\bob',
        '/Users'
      ].map(broadDirectory)
    ).toEqual(Array(10).fill('home'))
    expect(
      ['.', '', '~/code', '/home/bob/app', '/srv', 'C:\\Users\\bob\\src', '${workspaceFolder}'].map(broadDirectory)
    ).toEqual(Array(7).fill(undefined))
  })
})
