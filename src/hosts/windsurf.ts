import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const windsurf: HostAdapter = {
  id: 'windsurf',
  name: 'Windsurf',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
