import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const insecureHttp: Rule = {
  id: 'insecure-http',
  defaultSeverity: 'warning',
  description: 'A remote server reached over plain http:// on a non-local host.',
  checkFile: () => []
}
