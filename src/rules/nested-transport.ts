import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const nestedTransport: Rule = {
  id: 'nested-transport',
  defaultSeverity: 'error',
  description: 'The transport is nested in a "transport" object that no host reads.',
  checkFile: () => []
}
