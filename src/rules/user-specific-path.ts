import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const userSpecificPath: Rule = {
  id: 'user-specific-path',
  defaultSeverity: 'warning',
  description: "A path with ~ or into one person's home directory, which colleagues do not have.",
  checkFile: () => []
}
