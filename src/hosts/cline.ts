import type { Server, Transport } from '../types.js'
import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, MCP_SERVERS } from './mcp-servers-json.js'
import { asString, isRecord, normaliseServerMap, valueAt, type FieldKeys } from './util.js'
import { inVscodeUserData } from './vscode.js'

/**
 * Where every Cline client (the VS Code extension since 4.x, the command line, JetBrains) keeps the file:
 * `$CLINE_MCP_SETTINGS_PATH`, else under `$CLINE_DATA_DIR`, `$CLINE_DIR` or `~/.cline`.
 */
const CLI_FILE = [
  '${CLINE_MCP_SETTINGS_PATH}',
  '${CLINE_DATA_DIR}/settings/cline_mcp_settings.json',
  '${CLINE_DIR}/data/settings/cline_mcp_settings.json',
  '~/.cline/data/settings/cline_mcp_settings.json'
]

/**
 * Cline's reading of `cline_mcp_settings.json` (cline/cline apps/vscode/src/services/mcp/schemas.ts and
 * sdk/packages/core/src/extensions/mcp/config-loader.ts @21cb8d2): a zod union tried as a nested
 * `transport` object (what `cline mcp add` writes), then stdio, sse and streamableHttp, so a `url`
 * without a `type` is SSE; the older `transportType` (`http` meaning streamableHttp) is still read;
 * `timeout` is in seconds. One invalid entry and no server of the file loads. The extension expands
 * `${env:NAME}` in every string of the file (apps/vscode/src/utils/envExpansion.ts), leaving an unset
 * one as written; the command line expands nothing.
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
      scope: 'legacy',
      note: "the VS Code extension's servers before 4.x, which it now copies into ~/.cline once",
      source:
        'cline/cline apps/vscode/src/hosts/vscode/mcp-settings-legacy-migration.ts getLegacyMcpSettingsSources @21cb8d2',
      unconfirmed: {}
    },
    {
      paths: { linux: CLI_FILE, darwin: CLI_FILE, win32: CLI_FILE },
      scope: 'user',
      note: 'the servers of every Cline client: the VS Code extension, the command line and JetBrains',
      source:
        'cline/cline sdk/packages/shared/src/storage/paths.ts resolveMcpSettingsPath @01ffc20; apps/vscode/src/sdk/SdkController.ts (McpHub reads ~/.cline/data/settings) @21cb8d2',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, streamableHttp: HTTP },
      otherwise: `refuses the whole file ("Server type must be one of: 'stdio', 'sse', or 'streamableHttp'")`,
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
    source: 'the stdio server schema has cwd (cline/cline apps/vscode/src/services/mcp/schemas.ts @21cb8d2)'
  }),
  placeholders: expandsOnly(['env-colon']),
  approvals: { ...NO_APPROVALS, toolList: 'autoApprove' }
}

/** The older `transportType`'s spellings, by the `type` each stands for. */
const LEGACY_TYPES: Record<string, string> = { stdio: 'stdio', sse: 'sse', http: 'streamableHttp' }

/** Where the command line's nested form keeps each field of the transport. */
const NESTED_KEYS: FieldKeys = {
  command: ['transport', 'command'],
  args: ['transport', 'args'],
  env: ['transport', 'env'],
  cwd: ['transport', 'cwd'],
  url: [['transport', 'url']],
  headers: ['transport', 'headers']
}

function clineTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  // The nested form comes first in the union, and its `type` is required.
  if (isRecord(entry.transport)) {
    const nested = asString(entry.transport.type)
    const meaning = nested === undefined ? undefined : typeMeaning(PROFILE, nested)
    return { transport: meaning?.transport ?? 'unknown', declaredType: nested }
  }
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
  normalise(value, context) {
    const base = { host: 'cline' as const, file: context.path }
    const flat = normaliseServerMap(value, MCP_SERVERS, base, clineTransport)
    const isNested = (server: Server): boolean => {
      const entry = valueAt(value, server.pointer)
      return isRecord(entry) && isRecord(entry.transport)
    }
    // Read again with the nested keys only where some entry has the nested form.
    if (!flat.some(isNested)) return flat
    const nested = normaliseServerMap(value, MCP_SERVERS, base, clineTransport, NESTED_KEYS)
    return flat.map((server, index): Server => {
      if (!isNested(server)) return server
      const inner = nested[index]
      if (inner.declaredType !== undefined) inner.fields.type = [...inner.pointer, 'transport', 'type']
      return inner
    })
  }
}
