import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord, mayHoldKey } from './util.js'
import { checkMcpServersKey, inVscodeUserData, normaliseVscodeServers, VSCODE_PROFILE } from './vscode.js'

/** The same servers and inputs as `.vscode/mcp.json`, one level down in the `mcp` setting, among every other setting. */
const PROFILE: HostProfile = {
  ...VSCODE_PROFILE,
  mcpOnly: false,
  userFiles: [
    {
      paths: inVscodeUserData('settings.json'),
      scope: 'legacy',
      note: 'servers in the "mcp" setting, which VS Code 1.102 moved to mcp.json',
      source: 'microsoft/vscode src/vs/platform/environment/node/userDataPath.ts @05528c7; redis/mcp-redis#57',
      unconfirmed: {}
    }
  ],
  servers: { ...VSCODE_PROFILE.servers!, at: ['mcp', 'servers'], inputs: ['mcp', 'inputs'] }
}

/**
 * VS Code's legacy home for MCP servers: the `mcp` setting (`{ servers, inputs }`) of
 * `.vscode/settings.json`, used before 1.102 moved them to `.vscode/mcp.json`. The file holds every
 * other workspace setting too, so only files with an `mcp` setting are claimed, and only it is checked.
 */
export const vscodeSettings: HostAdapter = {
  id: 'vscode-settings',
  name: 'VS Code',
  patterns: ['**/.vscode/settings.json'],
  syntax: 'jsonc',
  profile: PROFILE,
  claims: (value) => isRecord(value) && 'mcp' in value,
  // The dotted form (`"mcp.servers"`) names the same setting to VS Code.
  claimsText: mayHoldKey('"mcp"', '"mcp.'),
  schemas: ['vscode-settings'],
  check: (doc) => checkMcpServersKey(doc, ['mcp'], 'the "mcp" setting'),
  normalise: (value, context) => normaliseVscodeServers(value, ['mcp'], { host: 'vscode-settings', file: context.path })
}
