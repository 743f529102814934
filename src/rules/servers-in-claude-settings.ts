import { isRecord } from '../hosts/util.js'
import type { Rule, RuleReport } from './types.js'

/**
 * `mcpServers` in Claude Code's `.claude/settings.json` (or `settings.local.json`): it is not a
 * settings key, so Claude Code silently ignores it, and the settings schema allows any key, so no
 * editor warns either (anthropics/claude-code#24477). Project servers belong in `.mcp.json`.
 */
export const serversInClaudeSettings: Rule = {
  id: 'servers-in-claude-settings',
  defaultSeverity: 'error',
  description: '"mcpServers" in .claude/settings.json, which Claude Code silently ignores.',
  supersedes: ['schema-unknown-key'],
  messages: {
    ignored: '{{host}} ignores "{{key}}" in {{file}}, so the servers under it never start',
    emptyMap: '{{host}} ignores the empty "{{key}}" map in {{file}}: it is not a settings key'
  },
  checkFile({ doc, host, profile, path }) {
    const approvals = profile.approvals.projectServers
    const key = approvals?.ignoredServerMap
    if (!approvals || key === undefined || !isRecord(doc.value) || !(key in doc.value)) return []
    const servers = doc.value[key]
    const names = isRecord(servers) ? Object.keys(servers) : []
    const root = profile.projectRoot(path)
    const file = path.slice(root === '' ? 0 : root.length + 1)
    const target = `${root === '' ? '' : `${root}/`}${approvals.file}`
    const data = { host: host.name, key, file }
    if (names.length === 0) {
      return [
        {
          messageId: 'emptyMap',
          data,
          help: `Servers belong in ${target}, so remove this empty map.`,
          at: [key],
          key: true,
          severity: 'warning'
        }
      ]
    }
    const what =
      names.length === 1 ? `the server "${names[0]}" never starts` : `its ${names.length} servers never start`
    const report: RuleReport = {
      messageId: 'ignored',
      data,
      help: `"${key}" is not a settings key, so ${what}, and nothing warns about it (the settings schema allows any key); move the servers into ${target} (under "${key}"), and approve them here with "${approvals.approve}".`,
      at: [key],
      key: true
    }
    return [report]
  }
}
