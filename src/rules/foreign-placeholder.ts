import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const foreignPlaceholder: Rule = {
  id: 'foreign-placeholder',
  defaultSeverity: 'warning',
  description: 'A placeholder syntax that this host does not expand.',
  checkFile: () => []
}
