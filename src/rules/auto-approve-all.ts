import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const autoApproveAll: Rule = {
  id: 'auto-approve-all',
  defaultSeverity: 'warning',
  description: 'Every tool of a server is approved without asking (autoApprove/alwaysAllow "*", trust: true).',
  checkFile: () => []
}
