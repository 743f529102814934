import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const stdioOnlyHost: Rule = {
  id: 'stdio-only-host',
  defaultSeverity: 'error',
  description: 'A remote (url) server in a host that only starts stdio servers (Claude Desktop, Junie).',
  checkFile: () => []
}
