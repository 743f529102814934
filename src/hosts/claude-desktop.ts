import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const claudeDesktop: HostAdapter = {
  id: 'claude-desktop',
  name: 'Claude Desktop',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
