import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const junie: HostAdapter = {
  id: 'junie',
  name: 'Junie',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
