import { HTTP, NO_APPROVALS, STDIO, typeMeaning, UNLOADABLE, type HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, normaliseServerMap } from './util.js'

/** Goose's config folder: `$GOOSE_PATH_ROOT/config`, else the XDG layout (etcetera's app strategy). */
const UNIX_CONFIG = [
  '${GOOSE_PATH_ROOT}/config/config.yaml',
  '${XDG_CONFIG_HOME}/goose/config.yaml',
  '~/.config/goose/config.yaml'
]

/**
 * Goose's reading of `extensions` (block/goose crates/goose/src/agents/extension.rs ExtensionConfig,
 * tagged by `type`): `stdio` runs `cmd` with `args` and `envs`; `streamable_http` connects to `uri`;
 * `sse` is still parsed but no longer supported; `builtin`, `platform`, `frontend` and
 * `inline_python` are Goose's own extensions, not servers it starts from the config. No `cwd`.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'user-folder',
  mcpOnly: false,
  projectRoot: () => '',
  notRead: null,
  userFiles: [
    {
      paths: {
        linux: UNIX_CONFIG,
        darwin: UNIX_CONFIG,
        win32: ['${GOOSE_PATH_ROOT}/config/config.yaml', '${APPDATA}/Block/goose/config/config.yaml']
      },
      scope: 'user',
      note: null,
      source:
        'block/goose crates/goose/src/config/paths.rs Paths::config_dir @0780e22; docs.rs etcetera choose_app_strategy',
      unconfirmed: {
        win32:
          "sources disagree: %APPDATA%\\Block\\goose\\config (etcetera's Windows strategy; the \\config suffix is not confirmed) or %USERPROFILE%\\.config\\goose (gleanwork/mcp-config)"
      }
    },
    {
      paths: { win32: ['~/.config/goose/config.yaml'] },
      scope: 'user',
      note: null,
      source: 'gleanwork/mcp-config configs/goose.json @4f7c469',
      unconfirmed: {
        win32: "given by the gleanwork/mcp-config catalogue only; Goose's own path code suggests %APPDATA%"
      }
    }
  ],
  servers: { at: ['extensions'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: {
        stdio: STDIO,
        streamable_http: HTTP,
        sse: UNLOADABLE,
        builtin: UNLOADABLE,
        platform: UNLOADABLE,
        frontend: UNLOADABLE,
        inline_python: UNLOADABLE
      },
      otherwise: 'fails to read the config',
      others: null
    },
    untyped: {
      command: UNLOADABLE,
      url: {
        uri: {
          ...UNLOADABLE,
          fails: 'Goose tells extensions apart by "type" and cannot read one without it',
          sseEndpoint: null
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    cwd: {
      honoured: false,
      source: 'ExtensionConfig::Stdio has cmd, args, envs, env_keys and timeout (block/goose extension.rs)'
    },
    startsIn: 'host-folder',
    environment: {},
    command: 'program',
    helpers: [],
    droppedEnv: null
  },
  placeholders: {
    // Header values may name variables from envs or env_keys (not confirmed); both forms are accepted.
    syntaxes: ['dollar-brace', 'dollar'],
    variables: {},
    variablePrefixes: [],
    allEditorVariables: false,
    variableFields: [{ key: 'env_keys', holds: 'names' }],
    withoutExpansion: null,
    setElsewhere: null,
    expandedIn: null
  },
  approvals: NO_APPROVALS
}

/**
 * Goose: `~/.config/goose/config.yaml`, each user's own; its MCP servers are the `stdio` and
 * `streamable_http` entries of `extensions`. Read by `mcpcop doctor`.
 */
export const goose: HostAdapter = {
  id: 'goose',
  name: 'Goose',
  patterns: [],
  syntax: 'yaml',
  profile: PROFILE,
  schemas: ['goose'],
  normalise(value, context) {
    const keys = { command: ['cmd'], env: ['envs'], cwd: null, url: [['uri']] }
    return normaliseServerMap(
      value,
      ['extensions'],
      { host: 'goose', file: context.path },
      (entry) => {
        const declaredType = asString(entry.type)
        if (declaredType === undefined) return { transport: 'unknown' }
        return { transport: typeMeaning(PROFILE, declaredType)!.transport, declaredType }
      },
      keys
    )
  }
}
