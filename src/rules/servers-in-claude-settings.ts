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
  checkFile({ doc, host, profile, path }) {
    const approvals = profile.approvals.projectServers
    const key = approvals?.ignoredServerMap
    if (!approvals || key === undefined || !isRecord(doc.value) || !(key in doc.value)) return []
    const servers = doc.value[key]
    const names = isRecord(servers) ? Object.keys(servers) : []
    const root = profile.projectRoot(path)
    const file = path.slice(root === '' ? 0 : root.length + 1)
    const target = `${root === '' ? '' : `${root}/`}${approvals.file}`
    const report: RuleReport = { message: '', at: [key], key: true }
    if (names.length === 0) {
      report.message = `${host.name} ignores "${key}" in ${file}: it is not a settings key; servers belong in ${target}, so remove this empty map`
      report.severity = 'warning'
      return [report]
    }
    const what =
      names.length === 1 ? `the server "${names[0]}" never starts` : `its ${names.length} servers never start`
    report.message = `${host.name} ignores "${key}" in ${file}: it is not a settings key, so ${what}, and nothing warns about it; move the servers into ${target} (under "${key}"), and approve them here with "${approvals.approve}"`
    return [report]
  }
}
