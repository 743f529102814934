import { amp } from '../../src/hosts/amp.js'
import { agentApprovalsOff } from '../../src/rules/agent-approvals-off.js'
import type { FileRuleContext } from '../../src/rules/types.js'
import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const RULE = 'agent-approvals-off'
const only = (path: string, text: string): string[] => ruleFindings(RULE, path, text)

describe('agent-approvals-off', () => {
  describe('Amp', () => {
    it('reports amp.dangerouslyAllowAll: true in the workspace settings, at its value', () => {
      const text = `{
  // Amp reads this file as JSONC
  "amp.dangerouslyAllowAll": true,
  "amp.mcpServers": {
    "playwright": { "command": "npx", "args": ["-y", "@playwright/mcp@0.0.41"] }
  }
}
`
      expect(only('.amp/settings.json', text)).toEqual([
        '3:30-3:34 warning agent-approvals-off switch {"key":"amp.dangerouslyAllowAll","value":"true","host":"Amp"}'
      ])
      const [finding] = ruleDiagnostics(RULE, '.amp/settings.json', text)
      expect(finding.message).toBe(
        '"amp.dangerouslyAllowAll" is true, so Amp runs every tool, MCP tools included, without asking'
      )
      expect(finding.help).toBe(
        'Amp allows every tool call without asking, MCP tools and shell commands included. A committed setting holds for everyone who runs the agent in this repository, for every MCP server it knows (a server a later pull request adds included); remove it, allow single tools of reviewed servers in "amp.permissions" (e.g. {"tool": "mcp__github__get_issue", "action": "allow"}), and leave allow-all to each person\'s own settings.'
      )
    })

    it('reports it in a settings file without servers', () => {
      expect(only('.amp/settings.jsonc', '{ "amp.dangerouslyAllowAll": true }')).toEqual([
        '1:30-1:34 warning agent-approvals-off switch {"key":"amp.dangerouslyAllowAll","value":"true","host":"Amp"}'
      ])
    })

    it('is silent for false, a string, and a nested key Amp refuses', () => {
      expect(only('.amp/settings.json', '{ "amp.dangerouslyAllowAll": false }')).toEqual([])
      expect(only('.amp/settings.json', '{ "amp.dangerouslyAllowAll": "true" }')).toEqual([])
      expect(only('.amp/settings.json', '{ "amp": { "dangerouslyAllowAll": true } }')).toEqual([])
    })
  })

  describe('Amp permission rules', () => {
    it('reports a rule that allows every tool, unless an earlier rule still asks or rejects', () => {
      const text = `{
  "amp.permissions": [
    { "tool": "Bash", "matches": { "cmd": "npm test" }, "action": "allow" },
    { "tool": "*", "action": "allow" }
  ]
}
`
      expect(only('.amp/settings.json', text)).toEqual([
        '4:5-4:39 warning agent-approvals-off switch {"key":"amp.permissions[1]","value":"{\\"tool\\":\\"*\\",\\"action\\":\\"allow\\"}","host":"Amp"}'
      ])
      expect(ruleDiagnostics(RULE, '.amp/settings.json', text)[0].help).toContain(
        'Amp allows every tool call that no earlier rule holds back, MCP tools and shell commands included.'
      )
      expect(
        only(
          '.amp/settings.json',
          JSON.stringify({ 'amp.permissions': [{ tool: '**', action: 'allow', matches: {} }] })
        )
      ).toHaveLength(1)
    })

    it('is silent for narrowed rules, rules that ask, and an allow-all after a rule that asks', () => {
      const rules = (...list: unknown[]): string => JSON.stringify({ 'amp.permissions': list })
      expect(only('.amp/settings.json', rules({ tool: 'mcp__github__*', action: 'allow' }))).toEqual([])
      expect(only('.amp/settings.json', rules({ tool: '*', action: 'ask' }))).toEqual([])
      expect(only('.amp/settings.json', rules({ tool: '*', action: 'allow', context: 'subagent' }))).toEqual([])
      expect(only('.amp/settings.json', rules({ tool: '*', matches: { cmd: 'git *' }, action: 'allow' }))).toEqual([])
      expect(
        only('.amp/settings.json', rules({ tool: 'Bash', action: 'ask' }, { tool: '*', action: 'allow' }))
      ).toEqual([])
    })
    it('reports only the first allow-all, which decides, and reads a long list once', () => {
      const allowAll = { tool: '*', action: 'allow' }
      expect(only('.amp/settings.json', JSON.stringify({ 'amp.permissions': [allowAll, allowAll] }))).toEqual([
        '1:21-1:50 warning agent-approvals-off switch {"key":"amp.permissions[0]","value":"{\\"tool\\":\\"*\\",\\"action\\":\\"allow\\"}","host":"Amp"}'
      ])
      // Copying the rules before each one, as the check once did, read n²/2 items: a committed list of 100,000
      // rules took 257 s. Each item is read a bounded number of times.
      const rules: unknown[] = Array.from({ length: 2_000 }, () => ({ tool: 'Bash', action: 'allow' }))
      rules.push(allowAll)
      let reads = 0
      const counted = new Proxy(rules, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++
          return Reflect.get(target, key, receiver) as unknown
        }
      })
      const doc = { value: { 'amp.permissions': counted }, locate: () => undefined }
      const context = { doc, host: amp, profile: amp.profile } as unknown as FileRuleContext
      const reports = agentApprovalsOff.checkFile!(context)
      expect(reports.map((r) => r.data?.key)).toEqual(['amp.permissions[2000]'])
      expect(reads).toBeLessThan(3 * rules.length)
    })
  })

  describe('Qwen Code', () => {
    it('reports tools.approvalMode "yolo", in any case and with spaces as Qwen Code reads it', () => {
      const text = JSON.stringify(
        {
          $version: 3,
          tools: { approvalMode: 'yolo' },
          mcpServers: { github: { httpUrl: 'https://api.githubcopilot.com/mcp/' } }
        },
        null,
        2
      )
      expect(only('.qwen/settings.json', text)).toEqual([
        '4:21-4:27 warning agent-approvals-off switch {"key":"tools.approvalMode","value":"\\"yolo\\"","host":"Qwen Code"}'
      ])
      expect(ruleDiagnostics(RULE, '.qwen/settings.json', text)[0].help).toContain(
        'Qwen Code approves every tool call without asking, MCP tools and shell commands included (YOLO mode) (unless folder trust is turned on and the folder is not trusted).'
      )
      expect(only('.qwen/settings.json', '{ "tools": { "approvalMode": " YOLO " } }')).toEqual([
        '1:30-1:38 warning agent-approvals-off switch {"key":"tools.approvalMode","value":"\\" YOLO \\"","host":"Qwen Code"}'
      ])
    })

    it('reports the top-level approvalMode of version 1 settings, which Qwen Code moves under tools', () => {
      expect(only('.qwen/settings.json', '{ "theme": "Default", "approvalMode": "yolo" }')).toEqual([
        '1:39-1:45 warning agent-approvals-off switch {"key":"approvalMode","value":"\\"yolo\\"","host":"Qwen Code"}'
      ])
      expect(only('.qwen/settings.json', '{ "$version": 2, "approvalMode": "yolo" }')).toEqual([])
    })

    it('is silent for the modes that still ask', () => {
      for (const mode of ['default', 'auto-edit', 'auto_edit', 'plan', 'auto'])
        expect(only('.qwen/settings.json', JSON.stringify({ tools: { approvalMode: mode } }))).toEqual([])
    })
  })

  describe('Codex', () => {
    it('reports approval_policy "never" beside sandbox_mode "danger-full-access", at the policy', () => {
      const text = `approval_policy = "never"
sandbox_mode = "danger-full-access"

[mcp_servers.docs]
command = "npx"
args = ["-y", "mcp-docs@1.2.0"]
`
      expect(only('.codex/config.toml', text)).toEqual([
        '1:19-1:26 warning agent-approvals-off switch {"key":"approval_policy","value":"\\"never\\"","host":"Codex"}'
      ])
      expect(ruleDiagnostics(RULE, '.codex/config.toml', text)[0].help).toContain('(once the project is trusted)')
    })

    it('reports the built-in full-access permission profile, which wins over sandbox_mode', () => {
      const profile = 'approval_policy = "never"\ndefault_permissions = ":danger-full-access"\n'
      expect(only('.codex/config.toml', profile)).toEqual([
        '1:19-1:26 warning agent-approvals-off switch {"key":"approval_policy","value":"\\"never\\"","host":"Codex"}'
      ])
      expect(
        only(
          '.codex/config.toml',
          'approval_policy = "never"\ndefault_permissions = ":workspace"\nsandbox_mode = "danger-full-access"\n'
        )
      ).toEqual([])
    })

    it('is silent when commands stay sandboxed, when Codex still asks, and in a profile', () => {
      expect(only('.codex/config.toml', 'approval_policy = "never"\nsandbox_mode = "workspace-write"\n')).toEqual([])
      expect(only('.codex/config.toml', 'approval_policy = "never"\n')).toEqual([])
      expect(
        only('.codex/config.toml', 'approval_policy = "on-request"\nsandbox_mode = "danger-full-access"\n')
      ).toEqual([])
      expect(
        only('.codex/config.toml', '[profiles.yolo]\napproval_policy = "never"\nsandbox_mode = "danger-full-access"\n')
      ).toEqual([])
    })
  })

  describe('hosts that ignore such a setting in a project file', () => {
    it('is silent for Claude Code bypassPermissions, Gemini CLI yolo and VS Code global auto-approve', () => {
      expect(
        only('.claude/settings.json', JSON.stringify({ permissions: { defaultMode: 'bypassPermissions' } }))
      ).toEqual([])
      expect(
        only(
          '.gemini/settings.json',
          JSON.stringify({
            general: { defaultApprovalMode: 'yolo' },
            tools: { approvalMode: 'yolo' },
            mcpServers: { a: { command: 'a' } }
          })
        )
      ).toEqual([])
      expect(
        only(
          '.vscode/settings.json',
          JSON.stringify({ 'chat.tools.global.autoApprove': true, mcp: { servers: { a: { command: 'a' } } } })
        )
      ).toEqual([])
    })

    it('is silent for Zed agent settings, which a project .zed/settings.json cannot set', () => {
      const zed = `{
  // Read by Zed from the user's settings only.
  "agent": {
    "always_allow_tool_actions": true,
    "default_profile": "write",
    "tool_permissions": { "tools": { "mcp:docs:search": { "default_mode": "allow" } } },
  },
  "agent_servers": { "claude": { "default_mode": "bypassPermissions" } },
  "context_servers": { "docs": { "command": "npx", "args": ["-y", "mcp-docs@1.2.0"] } },
}`
      expect(only('.zed/settings.json', zed)).toEqual([])
    })
  })
})
