import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const unknownApprovedServer: Rule = {
  id: 'unknown-approved-server',
  defaultSeverity: 'warning',
  description: 'enabledMcpjsonServers or disabledMcpjsonServers names a server that .mcp.json does not define.',
  checkFile: () => []
}
