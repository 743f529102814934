import type { Rule } from './types.js'

// Placeholder until the rule lands (group C).
export const enableAllProjectServers: Rule = {
  id: 'enable-all-project-servers',
  defaultSeverity: 'warning',
  description: 'A committed enableAllProjectMcpServers: true approves every project server for everyone.',
  checkFile: () => []
}
