import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const opencode: HostAdapter = {
  id: 'opencode',
  name: 'opencode',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
