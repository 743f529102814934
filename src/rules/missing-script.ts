import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const missingScript: Rule = {
  id: 'missing-script',
  defaultSeverity: 'error',
  description: 'A relative script path that does not exist in the repository.',
  checkFile: () => []
}
