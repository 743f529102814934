import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const copilotAgent: HostAdapter = {
  id: 'copilot-agent',
  name: 'GitHub Copilot custom agent',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
