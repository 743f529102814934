import type { Transport } from '../types.js'
import {
  aboveDotFolder,
  HTTP,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, normaliseMcpServers } from './mcp-servers-json.js'
import { asString } from './util.js'
import { inVscodeUserData } from './vscode.js'

/** Where the Cline command line keeps the file: `$CLINE_MCP_SETTINGS_PATH`, else under `$CLINE_DATA_DIR`, `$CLINE_DIR` or `~/.cline`. */
const CLI_FILE = [
  '${CLINE_MCP_SETTINGS_PATH}',
  '${CLINE_DATA_DIR}/settings/cline_mcp_settings.json',
  '${CLINE_DIR}/data/settings/cline_mcp_settings.json',
  '~/.cline/data/settings/cline_mcp_settings.json'
]

/**
 * Cline's reading of `cline_mcp_settings.json` (cline/cline src/services/mcp/schemas.ts): a zod union
 * tried as stdio, then sse, then streamableHttp, so a `url` without a `type` is SSE; the older
 * `transportType` (`http` meaning streamableHttp) is still read; `timeout` is in seconds. No
 * placeholder syntax is documented.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'user-folder',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: inVscodeUserData('globalStorage/saoudrizwan.claude-dev/settings/cline_mcp_settings.json'),
      scope: 'user',
      note: "the VS Code extension's servers",
      source:
        "cline/cline src/core/storage/disk.ts (GlobalFileNames.mcpSettings in the extension storage's settings folder) @0162b82",
      unconfirmed: {}
    },
    {
      paths: { linux: CLI_FILE, darwin: CLI_FILE, win32: CLI_FILE },
      scope: 'user',
      note: "the command line's servers",
      source: 'cline/cline sdk/packages/shared/src/storage/paths.ts resolveMcpSettingsPath @01ffc20',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, streamableHttp: HTTP },
      otherwise: 'refuses the server',
      others: null
    },
    untyped: {
      command: STDIO,
      url: {
        url: {
          ...SSE,
          fails: null,
          sseEndpoint: null
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: true,
    source: 'the stdio server schema has cwd (cline/cline src/services/mcp/schemas.ts)'
  }),
  placeholders: expandsOnly([]),
  approvals: { toolList: 'autoApprove', serverSwitch: null, fileGrants: null, projectServers: null }
}

/** The older `transportType`'s spellings, by the `type` each stands for. */
const LEGACY_TYPES: Record<string, string> = { stdio: 'stdio', sse: 'sse', http: 'streamableHttp' }

function clineTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const written = asString(entry.type)
  const legacy = asString(entry.transportType)
  const declaredType = written ?? (legacy === undefined ? undefined : (LEGACY_TYPES[legacy] ?? legacy))
  if (declaredType !== undefined) return { transport: typeMeaning(PROFILE, declaredType)!.transport, declaredType }
  // The union is tried in order: stdio (a command), then sse (a url).
  if (typeof entry.command === 'string') return { transport: 'stdio' }
  return { transport: typeof entry.url === 'string' ? 'sse' : 'unknown' }
}

/**
 * Cline: `cline_mcp_settings.json`, each user's own (the extension's storage, or `~/.cline` for the
 * command line). A committed copy is an example each user adapts.
 */
export const cline: HostAdapter = {
  id: 'cline',
  name: 'Cline',
  patterns: ['**/cline_mcp_settings.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['cline'],
  check: (doc) => checkServersKey(doc, 'Cline', 'cline_mcp_settings.json'),
  normalise: (value, context) => normaliseMcpServers(value, 'cline', context.path, clineTransport)
}
