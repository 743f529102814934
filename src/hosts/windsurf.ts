import {
  aboveDotFolder,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { HostAdapter } from './types.js'
import { normaliseServerMap } from './util.js'
import { MCP_SERVERS, checkServersKey, declaredTypeOf } from './mcp-servers-json.js'

/**
 * Windsurf's reading of `mcp_config.json` (docs.windsurf.com/windsurf/cascade/mcp): Claude Desktop's
 * schema (`command`, `args`, `env`; no `cwd`) plus remote servers at `serverUrl` or `url`, Streamable
 * HTTP with an SSE fallback; `${env:X}` is expanded.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['~/.codeium/windsurf/mcp_config.json']),
      scope: 'user',
      note: null,
      source: 'docs.windsurf.com/windsurf/cascade/mcp',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: {
      command: STDIO,
      url: {
        serverUrl: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: null },
        url: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: null }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source: "docs.windsurf.com/windsurf/cascade/mcp: entries follow Claude Desktop's command, args and env"
  }),
  placeholders: expandsOnly(['env-colon']),
  approvals: NO_APPROVALS
}

/**
 * Windsurf (Cascade): the user file `~/.codeium/windsurf/mcp_config.json`, committed as
 * `.windsurf/mcp_config.json` or as an example `mcp_config.json`. Strict JSON; `command` means stdio
 * and `serverUrl` (or `url`) a remote server, Streamable HTTP with an SSE fallback.
 */
export const windsurf: HostAdapter = {
  id: 'windsurf',
  name: 'Windsurf',
  patterns: ['**/.windsurf/mcp_config.json', '**/mcp_config.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['windsurf'],
  check: (doc, context) =>
    checkServersKey(
      doc,
      'Windsurf',
      context.path.includes('.windsurf/') ? '.windsurf/mcp_config.json' : 'mcp_config.json'
    ),
  normalise(value, context) {
    // Windsurf's own key for the endpoint is serverUrl; it wins over url.
    return normaliseServerMap(
      value,
      MCP_SERVERS,
      { host: 'windsurf', file: context.path },
      (entry) => ({
        transport: 'command' in entry ? 'stdio' : 'serverUrl' in entry || 'url' in entry ? 'http' : 'unknown',
        declaredType: declaredTypeOf(entry)
      }),
      { url: [['serverUrl'], ['url']] }
    )
  }
}
