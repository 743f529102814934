import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const vscode: HostAdapter = {
  id: 'vscode',
  name: 'VS Code',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
