import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const urlWithoutType: Rule = {
  id: 'url-without-type',
  defaultSeverity: 'error',
  description: 'A remote server has a url but no "type" where its host needs one.',
  checkFile: () => []
}
