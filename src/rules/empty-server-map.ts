import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const emptyServerMap: Rule = {
  id: 'empty-server-map',
  defaultSeverity: 'warning',
  description: 'A config file that defines no server.',
  checkFile: () => []
}
