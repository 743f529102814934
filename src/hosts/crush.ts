import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  UNLOADABLE,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, mayHoldKey, normaliseServerMap } from './util.js'

/** Crush's global config folder: `$CRUSH_GLOBAL_CONFIG`, else `$XDG_CONFIG_HOME/crush`, else `~/.config/crush`. */
const GLOBAL_CONFIG = [
  '${CRUSH_GLOBAL_CONFIG}/crush.json',
  '${XDG_CONFIG_HOME}/crush/crush.json',
  '~/.config/crush/crush.json'
]

/**
 * Crush's reading of `mcp` (charmbracelet/crush @37f36e9 internal/config/config.go MCPConfig,
 * internal/agent/tools/mcp/init.go): every entry names its `type`, and createTransport has no default
 * case, so an entry without one fails ("unsupported mcp type: "); a stdio server starts through
 * exec.CommandContext without a Dir, in Crush's own working directory, with os.Environ() plus `env`;
 * strings go through a shell-style resolver (internal/config/resolve.go).
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: { linux: GLOBAL_CONFIG, darwin: GLOBAL_CONFIG, win32: GLOBAL_CONFIG },
      scope: 'user',
      note: null,
      source: 'charmbracelet/crush internal/config/load.go GlobalConfig, internal/home/home.go @37f36e9',
      unconfirmed: {}
    },
    {
      paths: {
        linux: [
          '${CRUSH_GLOBAL_DATA}/crush.json',
          '${XDG_DATA_HOME}/crush/crush.json',
          '~/.local/share/crush/crush.json'
        ],
        darwin: [
          '${CRUSH_GLOBAL_DATA}/crush.json',
          '${XDG_DATA_HOME}/crush/crush.json',
          '~/.local/share/crush/crush.json'
        ],
        win32: ['${CRUSH_GLOBAL_DATA}/crush.json', '${LOCALAPPDATA}/crush/crush.json']
      },
      scope: 'user',
      note: 'the data file Crush writes its own settings to, merged with the config',
      source: 'charmbracelet/crush internal/config/load.go GlobalConfigData @37f36e9',
      unconfirmed: {}
    },
    {
      paths: { linux: ['/etc/crush/crush.json'], darwin: ['/etc/crush/crush.json'] },
      scope: 'managed',
      note: 'the system-wide config',
      source: 'charmbracelet/crush internal/config/load.go lookupConfigs @37f36e9',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcp'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, http: HTTP },
      otherwise: 'fails to start the server ("unsupported mcp type: …")',
      others: null
    },
    untyped: {
      command: {
        ...UNLOADABLE
      },
      url: {
        url: {
          ...UNLOADABLE,
          fails: 'Crush requires "type" on every server and fails to start one without it ("unsupported mcp type: ")',
          sseEndpoint: null
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source:
      'MCPConfig has no cwd; exec.CommandContext runs without Dir (charmbracelet/crush internal/agent/tools/mcp/init.go @37f36e9)'
  }),
  placeholders: expandsOnly(['dollar-brace', 'dollar']),
  approvals: NO_APPROVALS
}

/**
 * Crush: `crush.json` or `.crush.json` (its "legacy JSON", still loaded beside the bash `crushrc`),
 * from the working directory up to the git root. Only files with an `mcp` map are claimed: the same
 * files hold Crush's providers and other settings. They are strict JSON: loadFromConfigPaths refuses
 * a file that encoding/json's Valid rejects ("invalid JSON in config file"), so a comment or a trailing
 * comma stops Crush from starting (charmbracelet/crush internal/config/load.go @37f36e9).
 */
export const crush: HostAdapter = {
  id: 'crush',
  name: 'Crush',
  patterns: ['**/crush.json', '**/.crush.json'],
  syntax: 'json',
  profile: PROFILE,
  claims: (value) => isRecord(value) && 'mcp' in value,
  claimsText: mayHoldKey('"mcp"'),
  schemas: ['crush'],
  normalise(value, context) {
    return normaliseServerMap(value, ['mcp'], { host: 'crush', file: context.path }, (entry) => {
      const declaredType = asString(entry.type)
      // No default case: an entry without a type never starts.
      if (declaredType === undefined) return { transport: 'unknown' }
      return { transport: typeMeaning(PROFILE, declaredType)!.transport, declaredType }
    })
  }
}
