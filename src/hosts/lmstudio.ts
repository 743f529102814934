import { HTTP, NO_APPROVALS, STDIO, type HostProfile, expandsOnly } from './profile.js'
import type { HostAdapter } from './types.js'
import { normaliseMcpServers } from './mcp-servers-json.js'

/**
 * LM Studio's `mcp.json` "follows Cursor's notation" (lmstudio-ai/docs 0_app/2_mcp/index.mdx): a
 * `command` starts a local server and a `url` reaches a remote one. Its docs name no `type`, no `cwd`
 * and no placeholder syntax.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'user-folder',
  mcpOnly: true,
  projectRoot: () => '',
  notRead: null,
  userFiles: [
    {
      paths: { linux: ['~/.lmstudio/mcp.json'], darwin: ['~/.lmstudio/mcp.json'], win32: ['~/.lmstudio/mcp.json'] },
      scope: 'user',
      note: 'edited in the app (Program → Install → Edit mcp.json)',
      source: 'lmstudio-ai/docs 0_app/2_mcp/index.mdx',
      unconfirmed: {}
    },
    {
      paths: { darwin: ['~/.cache/lm-studio/mcp.json'] },
      scope: 'user',
      note: 'where some macOS installations keep it',
      source: 'lmstudio-ai/lmstudio-bug-tracker#1371',
      unconfirmed: { darwin: 'observed in a bug report, not documented' }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: { command: STDIO, url: { url: { ...HTTP, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    cwd: { honoured: 'unconfirmed', source: 'lmstudio.ai/docs/app/mcp documents command, args and env only' },
    startsIn: 'host-folder',
    environment: {},
    command: 'program',
    helpers: [],
    droppedEnv: null
  },
  placeholders: expandsOnly([]),
  approvals: NO_APPROVALS
}

/** LM Studio: `~/.lmstudio/mcp.json`, each user's own (no project file). Read by `mcpcop doctor`. */
export const lmstudio: HostAdapter = {
  id: 'lmstudio',
  name: 'LM Studio',
  patterns: [],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['lmstudio'],
  normalise(value, context) {
    return normaliseMcpServers(value, 'lmstudio', context.path, (entry) => ({
      transport: typeof entry.command === 'string' ? 'stdio' : typeof entry.url === 'string' ? 'http' : 'unknown'
    }))
  }
}
