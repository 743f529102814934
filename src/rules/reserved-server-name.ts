import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const reservedServerName: Rule = {
  id: 'reserved-server-name',
  defaultSeverity: 'warning',
  description: 'A server name the host reserves and skips.',
  checkFile: () => []
}
