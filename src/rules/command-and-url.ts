import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const commandAndUrl: Rule = {
  id: 'command-and-url',
  defaultSeverity: 'error',
  description: 'One server sets both a command and a url.',
  checkFile: () => []
}
