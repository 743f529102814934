import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const undefinedInput: Rule = {
  id: 'undefined-input',
  defaultSeverity: 'error',
  description: 'A VS Code ${input:id} with no matching "inputs" entry.',
  checkFile: () => []
}
