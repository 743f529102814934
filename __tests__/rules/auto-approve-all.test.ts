import { describeDiagnostic, lintText } from '../helpers/lint.js'

const REACH =
  'for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds'

function only(path: string, value: unknown, options: { host?: string } = {}): string[] {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  return lintText(path, text, options)
    .diagnostics.filter((d) => d.ruleId === 'auto-approve-all')
    .map(describeDiagnostic)
}

describe('auto-approve-all', () => {
  it('reports "*" in Roo Code\'s alwaysAllow at the element, naming the server', () => {
    const text = JSON.stringify(
      { mcpServers: { github: { command: 'github-mcp', alwaysAllow: ['get_issue', '*'] } } },
      null,
      2
    )
    const { diagnostics } = lintText('.roo/mcp.json', text)
    expect(diagnostics.filter((d) => d.ruleId === 'auto-approve-all').map(describeDiagnostic)).toEqual([
      `7:9-7:12 warning auto-approve-all "mcpServers.github.alwaysAllow" contains "*": Roo Code runs every tool of "github" without asking, ${REACH}; list only the tools you have checked, e.g. ["read_file", "search"]`
    ])
    expect(diagnostics.find((d) => d.ruleId === 'auto-approve-all')?.server).toBe('github')
  })

  it('reports "*" in Kiro\'s autoApprove', () => {
    expect(
      only('.kiro/settings/mcp.json', {
        mcpServers: { aws: { command: 'uvx', args: ['aws-mcp@1.0.0'], autoApprove: ['*'] } }
      })
    ).toEqual([
      `9:9-9:12 warning auto-approve-all "mcpServers.aws.autoApprove" contains "*": Kiro runs every tool of "aws" without asking, ${REACH}; list only the tools you have checked, e.g. ["read_file", "search"]`
    ])
  })

  it("reports Gemini CLI's trust: true at the key's value", () => {
    expect(only('.gemini/settings.json', { mcpServers: { shell: { command: 'shell-mcp', trust: true } } })).toEqual([
      `5:16-5:20 warning auto-approve-all "mcpServers.shell.trust" is true: Gemini CLI skips the confirmation of every tool call to "shell", ${REACH}; remove "trust" so each call is confirmed, and narrow the server with "includeTools" if it offers more than you need`
    ])
  })

  it('reports Codex\'s default_tools_approval_mode = "approve"', () => {
    expect(
      only('.codex/config.toml', '[mcp_servers.db]\ncommand = "db-mcp"\ndefault_tools_approval_mode = "approve"\n')
    ).toEqual([
      `3:31-3:40 warning auto-approve-all "mcp_servers.db.default_tools_approval_mode" is "approve": Codex calls every tool of "db" without asking, ${REACH}; use "prompt", or "auto" (which asks for tools not marked read-only), and approve single tools under [mcp_servers.db.tools.<tool>]`
    ])
  })

  it("reports server-wide grants in an Amazon Q agent's allowedTools, not single tools", () => {
    const agent = {
      mcpServers: { git: { command: 'git-mcp' } },
      allowedTools: ['fs_read', '@git/git_status', '@git', '@fetch/*', '@git-*']
    }
    expect(only('.amazonq/cli-agents/dev.json', agent)).toEqual([
      `10:5-10:11 warning auto-approve-all "allowedTools[2]" ("@git") lets Amazon Q use every tool of "git" without asking, ${REACH}; allow single tools instead, e.g. "@git/read_file"`,
      `11:5-11:15 warning auto-approve-all "allowedTools[3]" ("@fetch/*") lets Amazon Q use every tool of "fetch" without asking, ${REACH}; allow single tools instead, e.g. "@fetch/read_file"`,
      `12:5-12:13 warning auto-approve-all "allowedTools[4]" ("@git-*") lets Amazon Q use every tool of every server matching "git-*" without asking, ${REACH}; allow single tools instead, e.g. "@git-server/read_file"`
    ])
  })

  it("reports server-wide MCP grants in Claude Code's permissions.allow", () => {
    const settings = {
      permissions: { allow: ['Bash(npm test)', 'mcp__github__get_issue', 'mcp__github', 'mcp__my_db__*', 'mcp__*'] }
    }
    expect(only('.claude/settings.json', settings, { host: 'claude-settings' })).toEqual([
      `6:7-6:20 warning auto-approve-all "permissions.allow[2]" ("mcp__github") lets Claude Code call every tool of "github" without asking, ${REACH}; allow single tools instead, e.g. "mcp__github__<tool>"`,
      `7:7-7:22 warning auto-approve-all "permissions.allow[3]" ("mcp__my_db__*") lets Claude Code call every tool of "my_db" without asking, ${REACH}; allow single tools instead, e.g. "mcp__my_db__<tool>"`,
      `8:7-8:15 warning auto-approve-all "permissions.allow[4]" ("mcp__*") lets Claude Code call every tool of every MCP server without asking, ${REACH}; allow single tools instead, e.g. "mcp__github__get_issue"`
    ])
  })

  it('is silent on named tools, disabled servers, and hosts that do not read the key', () => {
    expect(
      only('.roo/mcp.json', { mcpServers: { a: { command: 'a', alwaysAllow: ['read_file', 'search'] } } })
    ).toEqual([])
    expect(only('.roo/mcp.json', { mcpServers: { a: { command: 'a', alwaysAllow: ['*'], disabled: true } } })).toEqual(
      []
    )
    expect(only('.gemini/settings.json', { mcpServers: { a: { command: 'a', trust: false } } })).toEqual([])
    // Gemini drops "trust" for extension servers, and Cursor has no per-server approval list.
    expect(
      only('gemini-extension.json', { name: 'ext', version: '1.0.0', mcpServers: { a: { command: 'a', trust: true } } })
    ).toEqual([])
    expect(only('.cursor/mcp.json', { mcpServers: { a: { command: 'a', autoApprove: ['*'] } } })).toEqual([])
    expect(
      only(
        '.codex/config.toml',
        '[mcp_servers.db]\ncommand = "db-mcp"\ndefault_tools_approval_mode = "prompt"\n[mcp_servers.db.tools.query]\napproval_mode = "approve"\n'
      )
    ).toEqual([])
    expect(
      only('.amazonq/cli-agents/dev.json', {
        mcpServers: { git: { command: 'git-mcp', disabled: true } },
        allowedTools: ['@git']
      })
    ).toEqual([])
  })
})
