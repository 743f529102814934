import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const duplicateServerName: Rule = {
  id: 'duplicate-server-name',
  defaultSeverity: 'error',
  description: 'The same server name is defined twice in one file.',
  checkFile: () => []
}
