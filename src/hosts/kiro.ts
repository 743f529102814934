import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const kiro: HostAdapter = {
  id: 'kiro',
  name: 'Kiro',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
