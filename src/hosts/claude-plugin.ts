import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const claudePlugin: HostAdapter = {
  id: 'claude-plugin',
  name: 'Claude Code plugin',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
