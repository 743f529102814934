import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const copilot: HostAdapter = {
  id: 'copilot',
  name: 'GitHub Copilot',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
