import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const serversInClaudeSettings: Rule = {
  id: 'servers-in-claude-settings',
  defaultSeverity: 'error',
  description: '"mcpServers" in .claude/settings.json, which Claude Code silently ignores.',
  checkFile: () => []
}
