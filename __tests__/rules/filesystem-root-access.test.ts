import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'
import { broadDirectory } from '../../src/rules/filesystem-root-access.js'

const only = (path: string, value: unknown): string[] => ruleFindings('filesystem-root-access', path, value)

const fs = (...dirs: string[]): { command: string; args: string[] } => ({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem@2025.8.21', ...dirs]
})

describe('filesystem-root-access', () => {
  it('reports "/" given to the reference filesystem server in Claude Code, at the argument; what it exposes in help', () => {
    expect(only('.mcp.json', { mcpServers: { files: fs('.', '/') } })).toEqual([
      '9:9-9:12 warning filesystem-root-access root {"value":"/"}'
    ])
    const [finding] = ruleDiagnostics('filesystem-root-access', '.mcp.json', { mcpServers: { files: fs('.', '/') } })
    expect(finding.message).toBe('"/" gives the filesystem server the whole disk')
    expect(finding.help).toBe(
      'SSH keys, cloud credentials, browser profiles and every other project become readable and writable by the model, and by any prompt injection it reads; allow only the directories it needs, e.g. "." (the project).'
    )
    expect(finding.server).toBe('files')
  })

  it("reports home directories as variables and as paths, with the host's workspace variable as the fix", () => {
    expect(only('.cursor/mcp.json', { mcpServers: { files: fs('${userHome}') } })).toEqual([
      '8:9-8:22 warning filesystem-root-access home {"value":"${userHome}"}'
    ])
    expect(
      ruleDiagnostics('filesystem-root-access', '.cursor/mcp.json', { mcpServers: { files: fs('${userHome}') } })[0]
        .help
    ).toContain('allow only the directories it needs, e.g. "${workspaceFolder}".')
    expect(only('.vscode/mcp.json', { servers: { files: fs('/Users/alice/') } })).toEqual([
      '8:9-8:24 warning filesystem-root-access home {"value":"/Users/alice/"}'
    ])
    expect(only('.gemini/settings.json', { mcpServers: { files: fs('$HOME') } })).toEqual([
      '8:9-8:16 warning filesystem-root-access home {"value":"$HOME"}'
    ])
  })

  it("finds the arguments inside opencode's command array and a Windows drive root", () => {
    const config = {
      mcp: { files: { type: 'local', command: ['npx', '-y', '@modelcontextprotocol/server-filesystem', 'C:\\'] } }
    }
    expect(only('opencode.json', config)).toEqual(['9:9-9:15 warning filesystem-root-access root {"value":"C:\\\\"}'])
  })

  it('recognises other filesystem servers run as the command itself, and --flag=value forms', () => {
    const config = { mcpServers: { files: { command: 'mcp-filesystem-server', args: ['--allowed-dir=~'] } } }
    expect(only('.roo/mcp.json', config)).toEqual(['6:9-6:26 warning filesystem-root-access home {"value":"~"}'])
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
        '/Users',
        // PowerShell's spelling, shared with risky-docker through one definition
        '$env:USERPROFILE'
      ].map(broadDirectory)
    ).toEqual(Array(11).fill('home'))
    expect(
      ['.', '', '~/code', '/home/bob/app', '/srv', 'C:\\Users\\bob\\src', '${workspaceFolder}'].map(broadDirectory)
    ).toEqual(Array(7).fill(undefined))
  })
})
