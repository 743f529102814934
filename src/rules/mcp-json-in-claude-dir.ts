import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const mcpJsonInClaudeDir: Rule = {
  id: 'mcp-json-in-claude-dir',
  defaultSeverity: 'error',
  description: '.mcp.json placed inside .claude/, where Claude Code does not read it.',
  checkFile: () => []
}
