import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const crossHostDrift: Rule = {
  id: 'cross-host-drift',
  defaultSeverity: 'warning',
  description: 'The same server is defined for several hosts with different command, args or url.',
  checkFile: () => []
}
