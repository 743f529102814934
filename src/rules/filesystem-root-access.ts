import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const filesystemRootAccess: Rule = {
  id: 'filesystem-root-access',
  defaultSeverity: 'warning',
  description: 'A filesystem server given the root or home directory.',
  checkFile: () => []
}
