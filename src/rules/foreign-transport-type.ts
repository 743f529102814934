import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const foreignTransportType: Rule = {
  id: 'foreign-transport-type',
  defaultSeverity: 'error',
  description: 'A "type" value that belongs to another host (streamableHttp, local, remote ...).',
  checkFile: () => []
}
