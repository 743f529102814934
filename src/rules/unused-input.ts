import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const unusedInput: Rule = {
  id: 'unused-input',
  defaultSeverity: 'warning',
  description: 'A VS Code "inputs" entry that no server uses.',
  checkFile: () => []
}
