import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const continueDev: HostAdapter = {
  id: 'continue',
  name: 'Continue',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
