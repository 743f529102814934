import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import {
  aboveDotFolder,
  BRIDGE_REMOTE,
  NO_APPROVALS,
  STDIO,
  UNLOADABLE,
  type HostProfile,
  expandsOnly
} from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord } from './util.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * The app reads its config from each user's own settings folder and starts every server from its own
 * working directory, not from a project; an entry is `command`, `args` and `env` only
 * (modelcontextprotocol.io/docs/develop/connect-local-servers), so a `cwd` is not read.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'user-folder',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: {
        darwin: ['~/Library/Application Support/Claude/claude_desktop_config.json'],
        win32: ['${APPDATA}/Claude/claude_desktop_config.json', '~/AppData/Roaming/Claude/claude_desktop_config.json'],
        linux: ['${XDG_CONFIG_HOME}/Claude/claude_desktop_config.json', '~/.config/Claude/claude_desktop_config.json']
      },
      scope: 'user',
      note: 'Claude Desktop and its Code tab start these servers; the claude command line does not read this file',
      source: 'modelcontextprotocol/modelcontextprotocol docs/docs/develop/connect-local-servers.mdx @2058728',
      unconfirmed: {
        linux:
          "the Linux beta's documentation does not state the path; this is where the unofficial aaddrick/claude-desktop-debian build reads it"
      }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: { values: { stdio: STDIO }, otherwise: 'skips the server', others: null },
    untyped: { command: STDIO, url: { url: { ...UNLOADABLE, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: {
      does: 'Claude Desktop starts only local stdio servers from claude_desktop_config.json and skips remote entries ("not valid MCP server configurations and were skipped")',
      instead: `add the remote server under Settings > Connectors instead, or ${BRIDGE_REMOTE}`
    }
  },
  launch: {
    cwd: {
      honoured: false,
      source: 'modelcontextprotocol.io/docs/develop/connect-local-servers: an entry has command, args and env'
    },
    startsIn: 'host-folder',
    environment: {},
    command: 'program',
    helpers: [],
    droppedEnv: null
  },
  placeholders: expandsOnly([]),
  approvals: NO_APPROVALS
}

/**
 * A server entry outside `mcpServers` (a bare map, or a misplaced closing brace). The file also holds
 * the app's own settings, so its top level is open and the schema cannot see it; none of the app's
 * settings is an object with a `command` or `url`.
 */
function misplacedServers(doc: ParsedDocument): Finding[] {
  if (!isRecord(doc.value)) return []
  return Object.entries(doc.value)
    .filter(
      ([key, entry]) =>
        key !== 'mcpServers' &&
        key !== 'servers' &&
        isRecord(entry) &&
        (typeof entry.command === 'string' || typeof entry.url === 'string')
    )
    .map(([key]) => ({
      ruleId: 'schema-required',
      severity: 'error' as const,
      message: `"${key}" looks like a server but sits outside "mcpServers"`,
      messageId: 'outsideServerMap',
      data: { key },
      help: 'Claude Desktop reads servers only from "mcpServers", so it never starts it; move it into { "mcpServers": { ... } }.',
      range: doc.locate([key], true)
    }))
}

/**
 * Claude Desktop: repositories commit example copies of the app's `claude_desktop_config.json`.
 * Strict JSON; every entry is a local stdio process (remote entries are skipped, so they cannot
 * load); values are passed literally, with no placeholder expansion.
 */
export const claudeDesktop: HostAdapter = {
  id: 'claude-desktop',
  name: 'Claude Desktop',
  patterns: ['**/claude_desktop_config.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-desktop'],
  check: (doc) => [...checkServersKey(doc, 'Claude Desktop', 'claude_desktop_config.json'), ...misplacedServers(doc)],
  normalise(value, context) {
    return normaliseMcpServers(value, 'claude-desktop', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      // Only a program can be started; a remote or unknown type is skipped by the app.
      const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry
      return { transport: startable ? 'stdio' : 'unknown', declaredType }
    })
  }
}
