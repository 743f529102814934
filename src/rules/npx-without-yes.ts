import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const npxWithoutYes: Rule = {
  id: 'npx-without-yes',
  defaultSeverity: 'notice',
  description: 'npx without -y, which may stop at an interactive install prompt.',
  checkFile: () => []
}
