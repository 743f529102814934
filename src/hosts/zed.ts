import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const zed: HostAdapter = {
  id: 'zed',
  name: 'Zed',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
