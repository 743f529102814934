import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const envInventory: Rule = {
  id: 'env-inventory',
  defaultSeverity: 'notice',
  description: 'Lists the environment variables each server needs from whoever runs it.',
  checkFile: () => []
}
