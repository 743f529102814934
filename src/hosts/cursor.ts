import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const cursor: HostAdapter = {
  id: 'cursor',
  name: 'Cursor',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
