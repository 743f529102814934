import { HTTP, NO_APPROVALS, STDIO, typeMeaning, UNLOADABLE, type HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap, stringMapField } from './util.js'

/** Goose's config folder: `$GOOSE_PATH_ROOT/config`, else the XDG layout (etcetera's app strategy). */
const UNIX_CONFIG = [
  '${GOOSE_PATH_ROOT}/config/config.yaml',
  '${XDG_CONFIG_HOME}/goose/config.yaml',
  '~/.config/goose/config.yaml'
]

/**
 * Goose's reading of `extensions` (aaif-goose/goose, formerly block/goose: crates/goose/src/agents/
 * extension.rs ExtensionConfig, tagged by `type`, newer than @5632aeb; crates/goose/src/config/
 * extensions.rs parse_extensions_map @bfa2b96): `stdio` runs `cmd` with `args`, `envs` (or `env`)
 * and `cwd`; `streamable_http` connects to `uri`; `builtin` and `platform` are Goose's own
 * extensions, not servers it starts from the config (older releases also had `frontend` and
 * `inline_python`); `sse` is no longer supported. An entry it cannot read is skipped, the rest load.
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
      // etcetera's Windows app strategy puts config_dir in %APPDATA%\<author>\<app>\config.
      source:
        'block/goose crates/goose/src/config/paths.rs Paths::config_dir @0780e22; docs.rs etcetera choose_app_strategy, app_strategy::Windows',
      unconfirmed: {}
    },
    {
      // Read beneath the user's file, which overrides it key by key (each extension field by field).
      paths: {
        linux: ['/etc/goose/config.yaml'],
        darwin: ['/etc/goose/config.yaml'],
        win32: ['${PROGRAMDATA}/goose/config.yaml', 'C:/ProgramData/goose/config.yaml']
      },
      scope: 'managed',
      note: "system-wide defaults, read beneath each user's config.yaml, which overrides them",
      source: 'aaif-goose/goose crates/goose/src/config/base.rs system_config_path, merge_config_values @8d496d4',
      unconfirmed: {}
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
      // parse_extensions_map logs "Skipping malformed extension config entry" and loads the others.
      otherwise: 'skips that extension',
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
      honoured: true,
      source:
        'aaif-goose/goose crates/goose/src/agents/extension_manager/mod.rs add_extension @f9b5bea (ExtensionConfig::Stdio cwd; older releases ignore it)'
    },
    // Without `cwd`: the session's folder, else $GOOSE_WORKING_DIR, else where Goose was started.
    startsIn: 'host-folder',
    environment: {},
    command: 'program',
    helpers: [],
    droppedEnv: {
      // Envs::DISALLOWED_KEYS, compared without regard to case.
      names: [
        'PATH',
        'PATHEXT',
        'SYSTEMROOT',
        'WINDIR',
        'LD_LIBRARY_PATH',
        'LD_PRELOAD',
        'LD_AUDIT',
        'LD_DEBUG',
        'LD_BIND_NOW',
        'LD_ASSUME_KERNEL',
        'DYLD_LIBRARY_PATH',
        'DYLD_INSERT_LIBRARIES',
        'DYLD_FRAMEWORK_PATH',
        'PYTHONPATH',
        'PYTHONHOME',
        'NODE_OPTIONS',
        'RUBYOPT',
        'GEM_PATH',
        'GEM_HOME',
        'CLASSPATH',
        'GO111MODULE',
        'GOROOT',
        'APPINIT_DLLS',
        'SESSIONNAME',
        'COMSPEC',
        'TEMP',
        'TMP',
        'LOCALAPPDATA',
        'USERPROFILE',
        'HOMEDRIVE',
        'HOMEPATH'
      ],
      does: 'leaves it out of "envs" ("Skipping disallowed env var")',
      source: 'aaif-goose/goose crates/goose/src/agents/extension.rs Envs::DISALLOWED_KEYS, Envs::new'
    }
  },
  placeholders: {
    // substitute_env_vars: `${VAR}` and `$VAR` (no `${VAR:-default}`), from envs and env_keys only, in a
    // streamable_http uri, headers, socket and client_id and a stdio cwd (extension_manager helpers).
    syntaxes: ['dollar-brace-plain', 'dollar'],
    variables: {},
    variablePrefixes: [],
    allEditorVariables: false,
    variableFields: [{ key: 'env_keys', holds: 'names' }],
    withoutExpansion: null,
    setElsewhere: null,
    // ExtensionConfig::resolve fills only these (older releases: headers only); `cmd`, `args` and `envs` values reach
    // the server as written (aaif-goose/goose crates/goose/src/agents/extension.rs ExtensionConfig::resolve).
    expandedIn: ['uri', 'headers', 'socket', 'client_id', 'cwd'],
    fieldSyntaxes: {},
    blanked: null
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
    const keys = { command: ['cmd'], env: ['envs'], url: [['uri']] }
    const servers = normaliseServerMap(
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
    // A stdio extension reads `env` as `envs` (serde alias).
    const extensions = isRecord(value) && isRecord(value.extensions) ? value.extensions : {}
    for (const server of servers) {
      const entry = extensions[server.name]
      if (server.env || server.declaredType !== 'stdio' || !isRecord(entry)) continue
      const env = stringMapField(entry, server.pointer, ['env'])
      if (!env) continue
      server.env = env.values
      server.fields.env = env.pointers
    }
    return servers
  }
}
