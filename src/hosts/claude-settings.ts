import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const claudeSettings: HostAdapter = {
  id: 'claude-settings',
  name: 'Claude Code settings',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
