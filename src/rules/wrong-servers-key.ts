import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const wrongServersKey: Rule = {
  id: 'wrong-servers-key',
  defaultSeverity: 'error',
  description: 'The server map is under the key of another host ("servers" vs "mcpServers").',
  checkFile: () => []
}
