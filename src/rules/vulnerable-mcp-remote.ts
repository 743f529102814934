import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const vulnerableMcpRemote: Rule = {
  id: 'vulnerable-mcp-remote',
  defaultSeverity: 'error',
  description: 'mcp-remote below 0.1.16, which has a command-injection vulnerability (CVE-2025-6514).',
  checkFile: () => []
}
