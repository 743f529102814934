import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const dangerousEnvOverride: Rule = {
  id: 'dangerous-env-override',
  defaultSeverity: 'warning',
  description: 'An env entry overrides a variable that changes how programs run (PATH, LD_PRELOAD, NODE_OPTIONS ...).',
  checkFile: () => []
}
