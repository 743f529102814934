import { pointerWith } from '../parse/source.js'
import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import { describePath } from '../describe-path.js'
import { fillMessage } from '../message-template.js'
import type { Server } from '../types.js'
import { aboveDotFolder, HTTP, STDIO, type HostProfile, startsInProject, onEverySystem } from './profile.js'
import type { HostAdapter } from './types.js'
import { commonFields, isRecord, serverEntries } from './util.js'

/**
 * Keys Codex refuses beside `command` ("{field} is not supported for stdio"): openai/codex
 * codex-rs/config/src/mcp_types.rs `TryFrom<RawMcpServerConfig>`, checked against @openai/codex 0.171.0.
 */
const HTTP_ONLY = [
  'url',
  'bearer_token_env_var',
  'http_headers_helper',
  'http_headers',
  'env_http_headers',
  'oauth',
  'oauth_resource',
  'auth'
] as const
/** Keys Codex refuses beside `url` ("{field} is not supported for streamable_http"). */
const STDIO_ONLY = ['args', 'env', 'env_vars', 'cwd'] as const
/**
 * Settings that apply to a server of either transport. A table holding only these overrides a server
 * defined in another config layer (the user's ~/.codex/config.toml), so it needs no command or url.
 */
const SHARED = new Set([
  'enabled',
  'required',
  'supports_parallel_tool_calls',
  'default_tools_approval_mode',
  'enabled_tools',
  'disabled_tools',
  'tools',
  'startup_timeout_sec',
  'startup_timeout_ms',
  'tool_timeout_sec',
  'scopes',
  'name',
  'omit_tools_from',
  'startup_readiness',
  'environment_id'
])

const MAP: readonly string[] = ['mcp_servers']

/** Top-level keys of Codex's config.toml (codex-rs ConfigToml) that people write below a server table by mistake. */
const TOP_LEVEL_SETTINGS = new Set([
  'model',
  'model_provider',
  'model_reasoning_effort',
  'model_reasoning_summary',
  'model_verbosity',
  'model_context_window',
  'approval_policy',
  'sandbox_mode',
  'profile',
  'notify',
  'instructions',
  'developer_instructions',
  'hide_agent_reasoning',
  'show_raw_agent_reasoning',
  'disable_response_storage',
  'file_opener',
  'preferred_auth_method',
  'project_doc_max_bytes',
  'mcp_oauth_credentials_store',
  'mcp_oauth_callback_port',
  'trust_level'
])

/**
 * Codex's reading of `[mcp_servers.<name>]` (openai/codex: codex-rs/core/src/config/types.rs): `command`
 * makes a stdio server, started in its `cwd`; `url` a Streamable HTTP one (Codex has no SSE). Strings
 * are taken literally; variables reach a server through `env_vars` and the `*_env_var` fields.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['${CODEX_HOME}/config.toml', '~/.codex/config.toml']),
      scope: 'user',
      note: "a project's .codex/config.toml is read only once the project is trusted",
      source: 'openai/codex codex-rs/utils/home-dir/src/lib.rs find_codex_home @69a3f82',
      unconfirmed: {}
    },
    {
      paths: {
        linux: ['/etc/codex/config.toml'],
        darwin: ['/etc/codex/config.toml'],
        win32: ['${ProgramData}/OpenAI/Codex/config.toml', 'C:/ProgramData/OpenAI/Codex/config.toml']
      },
      scope: 'managed',
      note: "system-wide defaults an administrator sets for every user; the user's and the project's files override them",
      source:
        'openai/codex codex-rs/config/src/loader/mod.rs system_config_toml_file (mirrored in ignatremizov/codex @2aec8cb); @openai/codex 0.171.0',
      unconfirmed: {}
    }
  ],
  servers: {
    at: MAP,
    shape: 'map',
    ownKeys: [],
    reservedNames: [],
    // Loaded, listed by `codex mcp list`, but never started ("Invalid MCP server name '…': must match pattern …").
    validName: {
      pattern: /^[a-zA-Z0-9_-]+$/,
      written: 'ASCII letters, digits, "_" and "-"',
      source:
        'validate_mcp_server_name, openai/codex codex-rs (mcp connection manager), checked against @openai/codex 0.171.0'
    },
    inputs: null
  },
  transports: {
    types: null,
    untyped: {
      command: STDIO,
      url: {
        url: {
          ...HTTP,
          fails: null,
          sseEndpoint: {
            does: 'Codex connects to every "url" with Streamable HTTP and has no SSE transport, so it cannot reach a server that offers only SSE',
            fix: 'point "url" at the server\'s Streamable HTTP endpoint (often /mcp), or bridge the SSE endpoint with command = "npx", args = ["-y", "mcp-remote", "<url>"]'
          }
        }
      }
    },
    commandAndUrl:
      'Codex refuses the whole config when one table mixes a stdio and a Streamable HTTP server ("url is not supported for stdio")',
    stdioOnly: null
  },
  launch: {
    ...startsInProject({
      honoured: true,
      source: 'RawMcpServerConfig.cwd (openai/codex codex-rs/core/config.schema.json)'
    }),
    // A local command Codex runs to print a remote server's headers (mcp_types.rs, @openai/codex 0.171.0).
    helpers: ['http_headers_helper'],
    droppedEnv: null
  },
  placeholders: {
    syntaxes: [],
    variables: {},
    variablePrefixes: [],
    allEditorVariables: false,
    variableFields: [
      { key: 'env_vars', holds: 'names' },
      { key: 'bearer_token_env_var', holds: 'name' },
      { key: 'env_http_headers', holds: 'values' }
    ],
    withoutExpansion: {
      stdio:
        'forward the variable to the server with env_vars = ["{name}"] and let it read the value from its environment',
      remote:
        'read a token from the environment with bearer_token_env_var = "{name}", or a header with env_http_headers'
    },
    setElsewhere: null,
    expandedIn: null,
    fieldSyntaxes: {},
    blanked: null
  },
  approvals: {
    toolList: null,
    serverSwitch: {
      key: 'default_tools_approval_mode',
      value: 'approve',
      effect: 'calls every tool of "{server}" without asking',
      fix: 'use "prompt", or "auto" (which asks for tools not marked read-only), and approve single tools under [mcp_servers.{server}.tools.<tool>]'
    },
    fileGrants: null,
    projectServers: null,
    agentSwitches: [
      {
        at: ['approval_policy'],
        list: null,
        // Codex skips the MCP tool prompt only under "never" with a sandbox that may write anywhere
        // (mcp_permission_prompt_is_auto_approved); serde reads the values exactly, in lower case.
        turnsOff: (value, file) => value === 'never' && fullAccess(file),
        effect: 'runs every command outside its sandbox and calls every MCP tool without asking (full access)',
        honouredWhen: 'once the project is trusted',
        fix: 'approve single tools of reviewed servers with [mcp_servers.<server>.tools.<tool>] approval_mode = "approve", and leave the approval policy to each person\'s ~/.codex/config.toml',
        source:
          'ignatremizov/codex codex-rs/codex-mcp/src/mcp/mod.rs mcp_permission_prompt_is_auto_approved, codex-rs/config/src/loader/mod.rs PROJECT_LOCAL_CONFIG_DENYLIST (approval_policy, sandbox_mode and default_permissions are not in it) @69cf58b'
      }
    ]
  }
}

/**
 * Whether a config gives full access: the built-in permission profile `":danger-full-access"`, or, when it
 * names no profile, the older `sandbox_mode = "danger-full-access"` (a layer's default_permissions wins over
 * its sandbox_mode: resolve_permission_config_syntax, codex-rs/core/src/config/mod.rs, and
 * BUILT_IN_PERMISSION_PROFILE_DANGER_FULL_ACCESS, codex-rs/protocol/src/models.rs, ignatremizov/codex @69cf58b).
 */
function fullAccess(file: unknown): boolean {
  if (!isRecord(file)) return false
  if (file.default_permissions !== undefined) return file.default_permissions === ':danger-full-access'
  return file.sandbox_mode === 'danger-full-access'
}

/** Whether a server table only overrides settings of a server that another config layer defines. */
function isOverrideOnly(entry: Record<string, unknown>): boolean {
  const keys = Object.keys(entry)
  return keys.length > 0 && keys.every((key) => SHARED.has(key))
}

/** Messages of the transport rules, one sentence each naming the key; why and the fix go to help. */
const TRANSPORT_MESSAGES = {
  notForStdio: '{{where}} is not supported for a stdio server',
  notForHttp: '{{where}} is not supported for a Streamable HTTP server',
  noTransport: '{{where}} has neither "command" nor "url"',
  settingInTable: '{{where}} is a top-level Codex setting written after the [mcp_servers.{{server}}] table',
  tokenInConfig: '{{where}} is not supported: Codex refuses a token written into the config'
} as const

/**
 * The transport rules Codex applies after reading a table (`TryFrom<RawMcpServerConfig>`): any of
 * them makes it refuse the whole config, so each is an error.
 */
function transportFindings(doc: ParsedDocument): Finding[] {
  const findings: Finding[] = []
  for (const [name, entry] of serverEntries(doc.value, MAP)) {
    if (!isRecord(entry)) continue
    const report = (
      ruleId: string,
      severity: Finding['severity'],
      messageId: keyof typeof TRANSPORT_MESSAGES,
      path: string[],
      help: string
    ): void => {
      const data: Record<string, string> = { where: describePath([...MAP, name, ...path]), server: name }
      if (path.length > 0) data.key = path[0]
      const message = fillMessage(TRANSPORT_MESSAGES[messageId], data)
      const range = doc.locate([...MAP, name, ...path], true)
      findings.push({ ruleId, severity, message, messageId, data, help, range, server: name })
    }
    const hasCommand = 'command' in entry
    const hasUrl = 'url' in entry
    if (hasCommand) {
      for (const key of HTTP_ONLY.filter((k) => k in entry))
        report(
          'schema-shape',
          'error',
          'notForStdio',
          [key],
          `Codex starts "${name}" with its "command" and refuses the whole config when "${key}" sits beside it; remove "${key}", or move the remote server to its own table.`
        )
    } else if (hasUrl) {
      for (const key of STDIO_ONLY.filter((k) => k in entry))
        report(
          'schema-shape',
          'error',
          'notForHttp',
          [key],
          `Codex connects to "${name}" at its "url" and refuses the whole config when "${key}" sits beside it; remove "${key}", or move the stdio server to its own table.`
        )
    } else if (!isOverrideOnly(entry)) {
      report(
        'schema-required',
        'error',
        'noTransport',
        [],
        'Codex refuses the whole config ("invalid transport"); add "command" for a stdio server or "url" for a Streamable HTTP server (a table holding only settings such as "enabled" is fine: it overrides a server defined in your user config).'
      )
    }
    // TOML puts every key after a `[table]` header into that table, so a top-level setting written
    // below a server's table becomes a field of that server, which Codex's serde ignores.
    for (const key of Object.keys(entry).filter((k) => TOP_LEVEL_SETTINGS.has(k)))
      report(
        'schema-unknown-key',
        'warning',
        'settingInTable',
        [key],
        `TOML puts every key below a table header into that table, so Codex reads it as a field of "${name}" and ignores it; move "${key}" above the first [table] of the file.`
      )
    if ('bearer_token' in entry)
      report(
        'schema-shape',
        'error',
        'tokenInConfig',
        ['bearer_token'],
        'Put the token in an environment variable and name that variable in "bearer_token_env_var".'
      )
  }
  return findings
}

/**
 * OpenAI Codex: `[mcp_servers.<name>]` tables in `.codex/config.toml` (loaded for trusted projects).
 * `command` makes a server stdio and `url` Streamable HTTP; there is no `type` and no placeholder
 * syntax. Codex's serde ignores unknown keys, so they are warnings.
 */
export const codex: HostAdapter = {
  id: 'codex',
  name: 'Codex',
  patterns: ['**/.codex/config.toml'],
  syntax: 'toml',
  profile: PROFILE,
  schemas: ['codex'],
  check: (doc) => transportFindings(doc),
  normalise(value, context) {
    const servers: Server[] = []
    for (const [name, entry] of serverEntries(value, MAP)) {
      if (!isRecord(entry)) continue
      // `command` wins in Codex; a table with neither overrides a server defined elsewhere.
      const transport = 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown'
      // Codex names headers `http_headers`; the other fields are spelled as in Claude-style configs.
      const pointer = pointerWith(MAP, name)
      const fields = commonFields(entry, pointer, { headers: ['http_headers'] })
      const server: Server = { name, host: 'codex', file: context.path, pointer, transport, ...fields }
      if (entry.enabled === false) server.disabled = true
      servers.push(server)
    }
    return servers
  }
}
