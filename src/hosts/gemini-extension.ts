import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const geminiExtension: HostAdapter = {
  id: 'gemini-extension',
  name: 'Gemini CLI extension',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
