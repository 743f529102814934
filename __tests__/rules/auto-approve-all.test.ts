import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const only = (path: string, value: unknown, options: { host?: string } = {}): string[] =>
  ruleFindings('auto-approve-all', path, value, options)

describe('auto-approve-all', () => {
  it('reports "*" in Roo Code\'s alwaysAllow at the element, naming the server; the reach and the fix in help', () => {
    const diagnostics = ruleDiagnostics('auto-approve-all', '.roo/mcp.json', {
      mcpServers: { github: { command: 'github-mcp', alwaysAllow: ['get_issue', '*'] } }
    })
    expect(
      diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.messageId}`)
    ).toEqual(['7:9-7:12 warning wildcard'])
    expect(diagnostics[0].data).toEqual({ key: 'alwaysAllow', host: 'Roo Code', server: 'github' })
    expect(diagnostics[0].message).toBe(
      '"alwaysAllow" contains "*", so Roo Code runs every tool of "github" without asking'
    )
    expect(diagnostics[0].help).toBe(
      'The approval holds for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds; list only the tools you have checked, e.g. ["read_file", "search"].'
    )
    expect(diagnostics[0].server).toBe('github')
  })

  it('reports "*" in Kiro\'s autoApprove', () => {
    expect(
      only('.kiro/settings/mcp.json', {
        mcpServers: { aws: { command: 'uvx', args: ['aws-mcp@1.0.0'], autoApprove: ['*'] } }
      })
    ).toEqual(['9:9-9:12 warning auto-approve-all wildcard {"key":"autoApprove","host":"Kiro","server":"aws"}'])
  })

  it("reports Gemini CLI's trust: true at the key's value, with the host's effect and fix in help", () => {
    const diagnostics = ruleDiagnostics('auto-approve-all', '.gemini/settings.json', {
      mcpServers: { shell: { command: 'shell-mcp', trust: true } }
    })
    expect(
      diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.messageId}`)
    ).toEqual(['5:16-5:20 warning serverSwitch'])
    expect(diagnostics[0].data).toEqual({ key: 'trust', value: 'true', host: 'Gemini CLI', server: 'shell' })
    expect(diagnostics[0].help).toBe(
      'Gemini CLI skips the confirmation of every tool call to "shell". The approval holds for everyone who uses this repository, including tools that write, delete or send data and tools a later version of the server adds; remove "trust" so each call is confirmed, and narrow the server with "includeTools" if it offers more than you need.'
    )
  })

  it("reports each server named in Gemini CLI's mcp.allowed, whose tools all run without asking", () => {
    const settings = {
      mcpServers: { github: { command: 'gh-mcp' }, db: { command: 'db-mcp' } },
      mcp: { allowed: ['github', 'db', 'db-*'], excluded: ['db'] }
    }
    // "db" is excluded, which wins; a pattern lets no server connect, so it approves nothing.
    expect(only('.gemini/settings.json', settings)).toEqual([
      '12:7-12:15 warning auto-approve-all grantServer {"grant":"github","host":"Gemini CLI","verb":"call","server":"github"}'
    ])
    expect(ruleDiagnostics('auto-approve-all', '.gemini/settings.json', settings)[0].help).toContain(
      'allow single tools instead, e.g. "mcp_github_<tool>" in "tools.allowed".'
    )
  })

  it('reports Codex\'s default_tools_approval_mode = "approve"', () => {
    const diagnostics = ruleDiagnostics(
      'auto-approve-all',
      '.codex/config.toml',
      '[mcp_servers.db]\ncommand = "db-mcp"\ndefault_tools_approval_mode = "approve"\n'
    )
    expect(
      diagnostics.map(
        (d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId} ${JSON.stringify(d.data)}`
      )
    ).toEqual([
      '3:31-3:40 serverSwitch {"key":"default_tools_approval_mode","value":"\\"approve\\"","host":"Codex","server":"db"}'
    ])
    expect(diagnostics[0].help).toContain('approve single tools under [mcp_servers.db.tools.<tool>]')
  })

  it("reports server-wide grants in an Amazon Q agent's allowedTools, not single tools", () => {
    const agent = {
      mcpServers: { git: { command: 'git-mcp' } },
      allowedTools: ['fs_read', '@git/git_status', '@git', '@fetch/*', '@git-*']
    }
    expect(only('.amazonq/cli-agents/dev.json', agent)).toEqual([
      '10:5-10:11 warning auto-approve-all grantServer {"grant":"@git","host":"Amazon Q","verb":"use","server":"git"}',
      '11:5-11:15 warning auto-approve-all grantServer {"grant":"@fetch/*","host":"Amazon Q","verb":"use","server":"fetch"}',
      '12:5-12:13 warning auto-approve-all grantPattern {"grant":"@git-*","host":"Amazon Q","verb":"use","server":"git-*"}'
    ])
    expect(ruleDiagnostics('auto-approve-all', '.amazonq/cli-agents/dev.json', agent).map((d) => d.help)[2]).toContain(
      'allow single tools instead, e.g. "@git-server/read_file".'
    )
  })

  it("reports server-wide MCP grants in Claude Code's permissions.allow", () => {
    const settings = {
      permissions: { allow: ['Bash(npm test)', 'mcp__github__get_issue', 'mcp__github', 'mcp__my_db__*', 'mcp__*'] }
    }
    expect(only('.claude/settings.json', settings, { host: 'claude-settings' })).toEqual([
      '6:7-6:20 warning auto-approve-all grantServer {"grant":"mcp__github","host":"Claude Code","verb":"call","server":"github"}',
      '7:7-7:22 warning auto-approve-all grantServer {"grant":"mcp__my_db__*","host":"Claude Code","verb":"call","server":"my_db"}',
      '8:7-8:15 warning auto-approve-all grantAll {"grant":"mcp__*","host":"Claude Code","verb":"call"}'
    ])
    const all = ruleDiagnostics('auto-approve-all', '.claude/settings.json', settings, { host: 'claude-settings' })[2]
    expect(all.message).toBe('"mcp__*" lets Claude Code call every tool of every MCP server without asking')
    expect(all.help).toContain('allow single tools instead, e.g. "mcp__github__get_issue".')
  })

  it("does not report a Claude Code grant that the file's deny list takes back, which wins over allow", () => {
    const settings = (deny: string[]): unknown => ({ permissions: { allow: ['mcp__github', 'mcp__*'], deny } })
    const found = (deny: string[]): string[] =>
      only('.claude/settings.json', settings(deny), { host: 'claude-settings' }).map((f) => f.split(' ')[3])
    expect(found([])).toEqual(['grantServer', 'grantAll'])
    expect(found(['mcp__github'])).toEqual(['grantAll'])
    expect(found(['mcp__*'])).toEqual([])
    // Denying one tool leaves the rest of the server approved.
    expect(found(['mcp__github__delete_repo'])).toEqual(['grantServer', 'grantAll'])
  })

  it("does not report a Claude Code grant that the file's ask list holds back, which comes before allow", () => {
    const settings = (ask: string[]): unknown => ({ permissions: { allow: ['mcp__github', 'mcp__*'], ask } })
    const found = (ask: string[]): string[] =>
      only('.claude/settings.local.json', settings(ask), { host: 'claude-settings' }).map((f) => f.split(' ')[3])
    expect(found([])).toEqual(['grantServer', 'grantAll'])
    expect(found(['mcp__github'])).toEqual(['grantAll'])
    expect(found(['mcp__github__*'])).toEqual(['grantAll'])
    expect(found(['mcp__*'])).toEqual([])
    // Asking for one tool leaves the rest of the server approved.
    expect(found(['mcp__github__delete_repo'])).toEqual(['grantServer', 'grantAll'])
  })

  it("reports server-wide MCP tokens in the Cursor CLI's .cursor/cli.json, and not single tools or other tokens", () => {
    const cli = {
      permissions: {
        allow: ['Shell(**)', 'Mcp(github:search)', 'Mcp(datadog:*)', 'Mcp(*:search)', 'Mcp(git*:*)', 'Mcp(*:*)'],
        deny: ['Mcp(*:delete*)']
      }
    }
    expect(only('.cursor/cli.json', cli)).toEqual([
      '6:7-6:23 warning auto-approve-all grantServer {"grant":"Mcp(datadog:*)","host":"Cursor CLI","verb":"call","server":"datadog"}',
      '8:7-8:20 warning auto-approve-all grantPattern {"grant":"Mcp(git*:*)","host":"Cursor CLI","verb":"call","server":"git*"}',
      '9:7-9:17 warning auto-approve-all grantAll {"grant":"Mcp(*:*)","host":"Cursor CLI","verb":"call"}'
    ])
    const all = ruleDiagnostics('auto-approve-all', '.cursor/cli.json', cli)[2]
    expect(all.message).toBe('"Mcp(*:*)" lets Cursor CLI call every tool of every MCP server without asking')
    expect(all.help).toContain('allow single tools instead, e.g. "Mcp(github:search)".')
    // Deny rules take precedence: denying every tool of a server, or of all, takes the grant back.
    expect(only('.cursor/cli.json', { permissions: { allow: ['Mcp(datadog:*)'], deny: ['Mcp(datadog:*)'] } })).toEqual(
      []
    )
    expect(
      only('.cursor/cli.json', { permissions: { allow: ['Mcp(datadog:*)', 'Mcp(*:*)'], deny: ['Mcp(*:*)'] } })
    ).toEqual([])
    // Only the documented spelling: the CLI's reading of another one is not known.
    expect(
      only('.cursor/cli.json', { permissions: { allow: ['mcp(*:*)', ' Mcp(*:*)', 'Mcp(*, *)', 'Mcp(*)'] } })
    ).toEqual([])
  })

  it('is silent on named tools, disabled servers, and hosts that do not read the key', () => {
    expect(
      only('.roo/mcp.json', { mcpServers: { a: { command: 'a', alwaysAllow: ['read_file', 'search'] } } })
    ).toEqual([])
    expect(only('.roo/mcp.json', { mcpServers: { a: { command: 'a', alwaysAllow: ['*'], disabled: true } } })).toEqual(
      []
    )
    expect(only('.gemini/settings.json', { mcpServers: { a: { command: 'a', trust: false } } })).toEqual([])
    // Qwen Code's mcp.allowed only picks the servers that connect.
    expect(only('.qwen/settings.json', { mcpServers: { a: { command: 'a' } }, mcp: { allowed: ['a'] } })).toEqual([])
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
