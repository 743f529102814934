import type { HostAdapter } from './types.js'

// Placeholder until this host's adapter lands: it matches no file.
export const vscodeSettings: HostAdapter = {
  id: 'vscode-settings',
  name: 'VS Code settings',
  patterns: [],
  syntax: 'json',
  placeholders: [],
  schemaFor: () => ({}),
  normalise: () => []
}
