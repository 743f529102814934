import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const codex: HostAdapter = {
  id: 'codex',
  name: 'Codex',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
