import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const amazonQ: HostAdapter = {
  id: 'amazonq',
  name: 'Amazon Q Developer',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
