import type { Rule } from './types.js'

// Placeholder until the rule lands (group B).
export const shellDownloadExec: Rule = {
  id: 'shell-download-exec',
  defaultSeverity: 'error',
  description: 'A server started through a shell pipeline or download-and-execute command.',
  checkFile: () => []
}
