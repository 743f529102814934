import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const roo: HostAdapter = {
  id: 'roo',
  name: 'Roo Code',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
