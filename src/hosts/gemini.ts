import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const gemini: HostAdapter = {
  id: 'gemini',
  name: 'Gemini CLI',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
