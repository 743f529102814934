import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const registry: HostAdapter = {
  id: 'registry',
  name: 'MCP Registry server.json',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
