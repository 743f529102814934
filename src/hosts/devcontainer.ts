import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord, mayHoldKey, valueAt } from './util.js'
import { checkMcpServersKey, normaliseVscodeServers, VSCODE_PROFILE } from './vscode.js'

/** Where a devcontainer.json keeps VS Code's MCP setting. */
const MCP = ['customizations', 'vscode', 'mcp']

/**
 * VS Code's servers of a dev container (microsoft/vscode-docs docs/agent-customization/mcp-servers.md
 * @08868fe): the entries mean what they mean in `.vscode/mcp.json`, but VS Code writes them into the
 * container's user `mcp.json` when it creates the container, so they start inside it. A check run on
 * this machine (a dry run, `mcpcop doctor`) must not start them here.
 */
const PROFILE: HostProfile = {
  ...VSCODE_PROFILE,
  mcpOnly: false,
  // The folder holding .devcontainer/ is the project, and the container's workspace folder.
  userFiles: [],
  servers: { ...VSCODE_PROFILE.servers!, at: [...MCP, 'servers'], inputs: [...MCP, 'inputs'] },
  launch: { ...VSCODE_PROFILE.launch, startsIn: 'container' }
}

/**
 * VS Code dev containers: `customizations.vscode.mcp` of `.devcontainer/devcontainer.json`,
 * `.devcontainer.json` or `.devcontainer/<name>/devcontainer.json`. Only files with that setting are
 * claimed, and only it is checked.
 */
export const devcontainer: HostAdapter = {
  id: 'devcontainer',
  name: 'VS Code dev container',
  patterns: ['**/.devcontainer/devcontainer.json', '**/.devcontainer.json', '**/.devcontainer/*/devcontainer.json'],
  syntax: 'jsonc',
  profile: PROFILE,
  claims: (value) => isRecord(valueAt(value, MCP)),
  claimsText: mayHoldKey('"mcp"'),
  schemas: ['devcontainer'],
  check: (doc) => checkMcpServersKey(doc, MCP, 'the "customizations.vscode.mcp" setting'),
  normalise: (value, context) => normaliseVscodeServers(value, MCP, { host: 'devcontainer', file: context.path })
}
