import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * Kiro's reading of `.kiro/settings/mcp.json` (kiro.dev/docs/mcp/configuration): a local server is
 * `command`, `args`, `env` (no `cwd`, as in the Amazon Q CLI's CustomToolConfig that Kiro CLI took over);
 * a remote one `url` and `headers`; `${VAR}` is expanded.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['~/.kiro/settings/mcp.json']),
      scope: 'user',
      note: "a workspace's .kiro/settings/mcp.json overrides it",
      source: 'kiro.dev/docs/mcp/configuration; kiro.dev/docs/cli/mcp/configuration',
      unconfirmed: { win32: 'kiro.dev gives only ~/.kiro/settings/mcp.json; %USERPROFILE%\\.kiro is presumed' }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: { command: STDIO, url: { url: { ...HTTP, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source: 'kiro.dev/docs/mcp/configuration lists command, args, env, disabled, autoApprove'
  }),
  placeholders: expandsOnly(['dollar-brace']),
  approvals: { ...NO_APPROVALS, toolList: 'autoApprove' }
}

/**
 * Kiro (IDE and CLI, the renamed Amazon Q Developer CLI): `.kiro/settings/mcp.json`, strict JSON.
 * Kiro reads no `type`: `command` means a local stdio server and `url` a remote (HTTP) one.
 */
export const kiro: HostAdapter = {
  id: 'kiro',
  name: 'Kiro',
  patterns: ['**/.kiro/settings/mcp.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['kiro'],
  check: (doc) => checkServersKey(doc, 'Kiro', '.kiro/settings/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'kiro', context.path, (entry) => ({
      transport: 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown',
      declaredType: declaredTypeOf(entry)
    }))
  }
}
