import type { Rule } from './types.js'

// Placeholder until the rule lands (group A).
export const sseUrlWithoutType: Rule = {
  id: 'sse-url-without-type',
  defaultSeverity: 'warning',
  description: 'A typeless url ending in /sse where the host defaults to Streamable HTTP.',
  checkFile: () => []
}
