import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const commandWithArguments: Rule = {
  id: 'command-with-arguments',
  defaultSeverity: 'error',
  description: 'A whole command line in "command", which hosts run as one program name.',
  checkFile: () => []
}
