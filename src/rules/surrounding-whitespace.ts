import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const surroundingWhitespace: Rule = {
  id: 'surrounding-whitespace',
  defaultSeverity: 'warning',
  description: 'Leading or trailing whitespace in a command, argument, url, env or header.',
  checkFile: () => []
}
