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
  checkFile({ doc, host, path }) {
    if (host.id !== 'claude-settings' || !isRecord(doc.value) || !('mcpServers' in doc.value)) return []
    const servers = doc.value.mcpServers
    const names = isRecord(servers) ? Object.keys(servers) : []
    const file = path.slice(path.lastIndexOf('.claude/'))
    const root = path.slice(0, path.lastIndexOf('.claude/'))
    const report: RuleReport = { message: '', at: ['mcpServers'], key: true }
    if (names.length === 0) {
      report.message = `Claude Code ignores "mcpServers" in ${file}: it is not a settings key; servers belong in ${root}.mcp.json, so remove this empty map`
      report.severity = 'warning'
      return [report]
    }
    const what =
      names.length === 1 ? `the server "${names[0]}" never starts` : `its ${names.length} servers never start`
    report.message = `Claude Code ignores "mcpServers" in ${file}: it is not a settings key, so ${what}, and nothing warns about it; move the servers into ${root}.mcp.json (under "mcpServers"), and approve them here with "enabledMcpjsonServers"`
    return [report]
  }
}
