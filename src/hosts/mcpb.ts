import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const mcpb: HostAdapter = {
  id: 'mcpb',
  name: 'MCP Bundle manifest',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
