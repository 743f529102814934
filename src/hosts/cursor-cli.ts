import { aboveDotFolder, NO_TRANSPORTS, type HostProfile, expandsOnly, startsInProject } from './profile.js'
import type { HostAdapter } from './types.js'

/**
 * The server and tool parts of an MCP permission token, `Mcp(server:tool)`, as written: "Use `server`
 * (from `mcp.json`) and `tool` name, with `*` for wildcards" (cursor.com/docs/cli/reference/permissions).
 * Only this documented spelling is read: what the CLI makes of another one is not known.
 */
function mcpToken(entry: string): { server: string; tool: string } | undefined {
  const m = /^Mcp\(([^:()]+):([^()]+)\)$/.exec(entry)
  return m ? { server: m[1], tool: m[2] } : undefined
}

/** A glob part that matches every name: `*` (or `**`). */
const ANY = /^\*+$/

/**
 * `Mcp(server:*)` in `permissions.allow`: every tool of the matching servers (`Mcp(datadog:*)` "Allow all
 * tools from the Datadog MCP server", `Mcp(*:*)` "Allow all MCP tools"). A server part of `*` alone is
 * read as `*`, every server.
 */
function serverGrant(entry: string): string | undefined {
  const token = mcpToken(entry)
  if (!token || !ANY.test(token.tool)) return undefined
  return ANY.test(token.server) ? '*' : token.server
}

/** The one server a token names (`Mcp(github:search)`, `Mcp(github:*)`), or undefined for a server pattern. */
function serverNamed(entry: string): string | undefined {
  const server = mcpToken(entry)?.server
  return server === undefined || /[*?[\]{}]/.test(server) ? undefined : server
}

/**
 * The project file defines no server: its permission tokens approve tools of the servers of
 * `.cursor/mcp.json` (or of each user's own `~/.cursor/mcp.json`), shell commands, file reads and
 * writes and fetches. The server facts are those of a file without servers.
 */
const PROFILE: HostProfile = {
  role: 'settings',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: {
        linux: [
          '${CURSOR_CONFIG_DIR}/cli-config.json',
          '${XDG_CONFIG_HOME}/cursor/cli-config.json',
          '~/.cursor/cli-config.json'
        ],
        darwin: ['${CURSOR_CONFIG_DIR}/cli-config.json', '~/.cursor/cli-config.json'],
        win32: ['${CURSOR_CONFIG_DIR}/cli-config.json', '~/.cursor/cli-config.json']
      },
      scope: 'user',
      note: "the CLI's own settings and permissions; a project's .cursor/cli.json adds permissions only",
      source: 'cursor.com/docs/cli/reference/configuration',
      unconfirmed: {
        linux: 'the docs do not say whether CURSOR_CONFIG_DIR or XDG_CONFIG_HOME wins when both are set'
      }
    }
  ],
  servers: null,
  transports: NO_TRANSPORTS,
  launch: startsInProject({ honoured: false, source: 'the CLI permissions file defines no server' }),
  placeholders: expandsOnly([]),
  approvals: {
    toolList: null,
    serverSwitch: null,
    fileGrants: {
      at: ['permissions', 'allow'],
      verb: 'call',
      serverOf: serverGrant,
      example: (server) => `Mcp(${server === '*' ? 'github' : server}:search)`,
      namesServersOf: { file: '.cursor/mcp.json', userFile: '~/.cursor/mcp.json', serverNamed },
      // "Deny rules take precedence over allow rules" (cursor.com/docs/cli/reference/permissions).
      heldBackBy: [['permissions', 'deny']]
    },
    projectServers: null,
    // "Only permissions can be configured at the project level. All other CLI settings must be set
    // globally" (cursor.com/docs/cli/reference/configuration), so no setting here turns approvals off.
    agentSwitches: []
  }
}

/**
 * Cursor's command-line agent (cursor-agent): the project permissions file `.cursor/cli.json`, whose
 * `permissions.allow` and `permissions.deny` hold permission tokens such as `Mcp(server:tool)`
 * (cursor.com/docs/cli/reference/permissions). Its servers are those of `.cursor/mcp.json`.
 */
export const cursorCli: HostAdapter = {
  id: 'cursor-cli',
  name: 'Cursor CLI',
  patterns: ['**/.cursor/cli.json'],
  // The docs do not say how the project file is parsed; read leniently, so a comment is not called an error.
  syntax: 'jsonc',
  profile: PROFILE,
  schemas: ['cursor-cli'],
  normalise: () => []
}
