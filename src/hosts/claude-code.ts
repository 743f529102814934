import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  urlAsStdio,
  WS,
  type HostProfile
} from './profile.js'
import type { PointerPath } from '../types.js'
import type { FileContext, HostAdapter } from './types.js'
import { asString, isBareServerMap, isRecord, normaliseServerMap, valueAt } from './util.js'

/**
 * Variables Claude Code 2.1.332 expands to "" in a remote server's `url` and header values (its "remote sink"),
 * whether set or not and ignoring a `:-default`, so that its own credentials never reach a server: the
 * union of its sets `kt` (less the Hugging Face and GitHub Enterprise tokens, `yAs`), `hAs` and `mqo`,
 * each also as `INPUT_<name>`, and the names `dCe` always lists (its own tokens `e3e` and `Dwe`, its
 * session variables and `i7t`). It matches upper-cased names, and also those `$Rt` matches by pattern
 * (BLANKED_PREFIXES, BLANKED_PATTERNS). Names `dCe` adds only in some setups (a host-managed provider,
 * a bridge, HIPAA), and those blanked only for their value (`HRt`, and `BRt`, which acts in remote
 * sessions only), are left out. The same expansion (`dse` with `lse`'s lists) serves `.mcp.json`,
 * `~/.claude.json` (`W0t` over `zIo`) and plugins (`Foi`); in `command`, `args` and `env` it blanks
 * only Claude Code's own tokens, and only when they are set.
 * npm @anthropic-ai/claude-code-linux-x64@2.1.332 dse, lse, dCe, $Rt, _As, hAs, zIo.
 */
const BLANKED_NAMES: readonly string[] = [
  // kt, less yAs (GH_ENTERPRISE_TOKEN, GITHUB_ENTERPRISE_TOKEN, HF_TOKEN, HUGGING_FACE_HUB_TOKEN, HUGGINGFACEHUB_API_TOKEN).
  ...[
    'ANTHROPIC_API_KEY',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'CLAUDE_CODE_SESSIONS_OAUTH_TOKEN',
    'CLAUDE_CODE_RUNNER_MODEL_SOCKET',
    'CLAUDE_CODE_ARTIFACTS_API_TOKEN',
    'CLAUDE_CODE_MEMORY_API_TOKEN',
    'CLAUDE_CODE_SLACK_TAG_TOKEN',
    'ANTHROPIC_AUTH_TOKEN',
    'ANTHROPIC_FOUNDRY_API_KEY',
    'ANTHROPIC_FOUNDRY_AUTH_TOKEN',
    'ANTHROPIC_AWS_API_KEY',
    'ANTHROPIC_CUSTOM_HEADERS',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK',
    'GOOGLE_APPLICATION_CREDENTIALS',
    'GOOGLE_GHA_CREDS_PATH',
    'AZURE_CLIENT_SECRET',
    'IDENTITY_HEADER',
    'MSI_SECRET',
    'AZURE_CLIENT_CERTIFICATE_PATH',
    'AZURE_CLIENT_CERTIFICATE_PASSWORD',
    'AZURE_PASSWORD',
    'AZURE_FEDERATED_TOKEN_FILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
    'CLOUDSDK_AUTH_ACCESS_TOKEN',
    'GOOGLE_OAUTH_ACCESS_TOKEN',
    'CLAUDE_CODE_OAUTH_REFRESH_TOKEN',
    'NODE_AUTH_TOKEN',
    'NUGET_AUTH_TOKEN',
    'CARGO_REGISTRY_TOKEN',
    'TWINE_PASSWORD',
    'TWINE_USERNAME',
    'PYPI_TOKEN',
    'PYPI_API_TOKEN',
    'UV_PUBLISH_TOKEN',
    'UV_PUBLISH_PASSWORD',
    'UV_PUBLISH_USERNAME',
    'FLIT_PASSWORD',
    'FLIT_USERNAME',
    'HATCH_INDEX_AUTH',
    'HATCH_INDEX_USER',
    'GEM_HOST_API_KEY',
    'MATURIN_PYPI_TOKEN',
    'MATURIN_PASSWORD',
    'MATURIN_USERNAME',
    'CONAN_LOGIN_USERNAME',
    'CONAN_PASSWORD',
    'ANACONDA_API_TOKEN',
    'BINSTAR_API_TOKEN',
    'VAULT_TOKEN',
    'VAULT_AUTH_TOKEN',
    'VAULT_ROLE_ID',
    'VAULT_SECRET_ID',
    'CONSUL_HTTP_TOKEN',
    'CONSUL_HTTP_AUTH',
    'NOMAD_TOKEN',
    'NOMAD_HTTP_AUTH',
    'CI_REGISTRY_USER',
    'CI_DEPLOY_USER',
    'JF_USER',
    'FASTLANE_SESSION',
    'MATCH_GIT_BASIC_AUTHORIZATION',
    'SONAR_TOKEN',
    'SONARQUBE_SCANNER_PARAMS',
    'SONAR_SCANNER_JSON_PARAMS',
    'SLACK_WEBHOOK_URL',
    'SLACK_WEBHOOK',
    'DISCORD_WEBHOOK',
    'DISCORD_WEBHOOK_URL',
    'TEAMS_WEBHOOK_URL',
    'MS_TEAMS_WEBHOOK_URI',
    'ANTHROPIC_IDENTITY_TOKEN',
    'ANTHROPIC_IDENTITY_TOKEN_FILE',
    'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
    'CLOUDSDK_AUTH_AUTHORIZATION_TOKEN_FILE',
    'AZURE_AUTH_LOCATION',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ALL_INPUTS',
    'VSS_NUGET_EXTERNAL_FEED_ENDPOINTS',
    'ARTIFACTS_CREDENTIALPROVIDER_EXTERNAL_FEED_ENDPOINTS',
    'VSS_NUGET_ACCESSTOKEN',
    'ARTIFACTS_CREDENTIALPROVIDER_ACCESSTOKEN',
    'COMPOSER_AUTH',
    'OVERRIDE_GITHUB_TOKEN',
    'DEFAULT_WORKFLOW_TOKEN',
    'SSH_SIGNING_KEY',
    // hAs: proxies, package indexes and registry tokens.
    'CLAUDE_CODE_CLIENT_KEY_PASSPHRASE',
    'CLAUDE_CODE_CLIENT_KEY',
    'CLAUDE_CODE_CLIENT_CERT',
    'HTTPS_PROXY',
    'HTTP_PROXY',
    'ALL_PROXY',
    'NPM_TOKEN',
    'CODEARTIFACT_AUTH_TOKEN',
    'PIP_INDEX_URL',
    'PIP_EXTRA_INDEX_URL',
    'UV_INDEX_URL',
    'UV_EXTRA_INDEX_URL',
    'UV_DEFAULT_INDEX',
    'UV_INDEX',
    'GOPROXY',
    'GOAUTH',
    // mqo: Claude Code's own secrets.
    'CLAUDE_SESSION_INGRESS_TOKEN_FILE',
    'CLAUDE_CODE_HOST_CREDS_FILE',
    'CLAUDE_CODE_MESSAGING_TOKEN',
    'MCP_CLIENT_SECRET',
    'MCP_XAA_IDP_CLIENT_SECRET',
    'ENVIRONMENT_SERVICE_KEY',
    'SELF_HOSTED_RUNNER_POOL_SECRET',
    'SELF_HOSTED_RUNNER_ENVIRONMENT_SECRET'
  ].flatMap((name) => [name, `INPUT_${name}`]),
  // e3e and Dwe: tokens Claude Code is given by the app that starts it.
  ...[
    'CLAUDE_CODE_OAUTH_TOKEN_FILE_DESCRIPTOR',
    'CLAUDE_CODE_GATEWAY_TOKEN_FILE_DESCRIPTOR',
    'CLAUDE_CODE_API_KEY_FILE_DESCRIPTOR',
    'CLAUDE_CODE_WEBSOCKET_AUTH_FILE_DESCRIPTOR',
    'CCR_AGENT_PROXY_TOKEN_FILE_DESCRIPTOR',
    'CLAUDE_CODE_HFI_BEARER_TOKEN',
    'CLAUDE_BRIDGE_OAUTH_TOKEN',
    'CLAUDE_TRUSTED_DEVICE_TOKEN',
    'AGENT_PROXY_AUTH_TOKEN',
    'CLAUDE_CODE_MCP_SERVE_AUTH_TOKEN',
    'CLAUDE_BG_AUTH_SNAPSHOT_PATH',
    'CLAUDE_BG_SOCKET_TOKENS_PATH',
    'CLAUDE_BG_RV_AUTH',
    'CLAUDE_BG_PTY_AUTH',
    'CLAUDE_BG_CLAIM_AUTH',
    // dCe's own list: what Claude Code passes to the sessions it starts.
    'CLAUDE_CODE_SUBSCRIPTION_TYPE',
    'CLAUDE_CODE_RATE_LIMIT_TIER',
    'CLAUDE_CODE_PLUGIN_ATTRIBUTION',
    'CLAUDE_CODE_SKILL_ATTRIBUTION',
    'CLAUDE_CODE_BRIDGE_CHILD_AUTO_DEFAULT',
    'CLAUDE_CODE_BRIDGE_CHILD_ARTIFACT',
    'CLAUDE_CODE_BRIDGE_CHILD_MACHINE_SETTINGS',
    'CLAUDE_CODE_BRIDGE_CHILD_PROJECTS_ENTRYPOINT',
    'CLAUDE_CODE_BRIDGE_CHILD_CLI_ENTRYPOINT',
    'CLAUDE_CODE_BRIDGE_CHILD_START_DIR',
    'CLAUDE_CODE_CONFIG_PROBE',
    'CLAUDE_CODE_HOST_STARTED_AHEAD',
    'CLAUDE_CODE_HOST_PROMPT_SUPERSEDES_RECORD',
    'CLAUDE_CODE_MCP_SERVE_SETTINGS',
    'CLAUDE_CODE_MCP_SERVE_ENABLED_PLUGINS',
    'CLAUDE_CODE_MCP_SERVE_MACHINE_PLUGINS',
    'CLAUDE_CODE_REMOTE_TOOLS_FORWARD',
    'CLAUDE_CODE_REMOTE_TOOLS_DESKTOP_APP_HOST',
    'CLAUDE_CODE_MCP_SERVE_WORKSPACE_ROOT',
    // i7t: its background sessions' variables.
    'CLAUDE_CODE_SESSION_KIND',
    'CLAUDE_BG_SOURCE',
    'CLAUDE_BG_DISPATCH_ENTRYPOINT',
    'CLAUDE_BG_ISOLATION',
    'CLAUDE_BG_BACKEND',
    'CLAUDE_CODE_SESSION_NAME',
    'CLAUDE_CODE_RESUME_INTERRUPTED_TURN',
    'CLAUDE_CODE_RESUME_INTERRUPTED_TURN_MAX_AGE_MS',
    'CLAUDE_CODE_RESUME_PROMPT',
    'CLAUDE_CODE_RESUME_SHOWS_CUT_OFF_CALLS',
    'CLAUDE_CODE_RESUME_REASON',
    'CLAUDE_CODE_RESUME_SOURCE_ALIVE',
    'CLAUDE_CODE_SESSION_BEGAN_AS_COPY',
    'CLAUDE_CODE_DISABLE_DEFERRED_TOOL_RESUME',
    'CLAUDE_BG_POST_CLEAR_RESPAWN',
    'CLAUDE_BG_SESSION_PERMISSION_RULES',
    'CLAUDE_BG_MEMORY_TOGGLED_OFF',
    'CLAUDE_BG_AUTO_MEMORY_OFF',
    'CLAUDE_BG_GATEWAY_ROUTED',
    'CLAUDE_BG_CRASH_UPLOAD_JUDGED',
    'CLAUDE_BG_WORKSPACE_TRUSTED',
    'CLAUDE_BG_CARRIED_PROMPTS_SHA256',
    'CLAUDE_BG_GATEWAY_WITHHELD',
    'CLAUDE_BG_SESSION_CREDENTIAL',
    'CLAUDE_CODE_RELAUNCH_HOME_TRUST',
    'CLAUDE_CODE_RELAUNCH_SANDBOX_HOLD',
    'CLAUDE_CODE_RELAUNCH_BYPASS_SWITCH',
    'CLAUDE_CODE_RELAUNCH_RESUME_HINT_FLAGS',
    'CLAUDE_CODE_RESUME_HINT_COMMAND',
    'CLAUDE_CODE_RELAUNCH_SEAT_LAUNCH',
    'CLAUDE_CODE_LAUNCHED_BY_SESSION_IDS',
    'CLAUDE_CODE_CHILD_NOTES_DIR',
    'CLAUDE_BG_DISPATCHER_SUBSCRIPTION_TYPE',
    'CLAUDE_BG_DISPATCHER_RATE_LIMIT_TIER'
  ],
  // KLt's names (uSt, and its OpenTelemetry switch), with or without INPUT_.
  ...['CLAUDE_CODE_MEMORY_API_BASE_URL', 'CLAUDE_CODE_OTEL_DIAG_STDERR'].flatMap((name) => [name, `INPUT_${name}`])
]

/** Prefixes `$Rt` blanks whole, with or without `INPUT_`: telemetry (KLt) and registry credentials (jJt). */
const BLANKED_PREFIXES: readonly string[] = [
  'OTEL_',
  'POETRY_PYPI_TOKEN_',
  'POETRY_HTTP_BASIC_',
  'CONAN_LOGIN_USERNAME_',
  'CONAN_PASSWORD_'
].flatMap((prefix) => [prefix, `INPUT_${prefix}`])

/** What Claude Code takes for a secret's name (XCe: its `Ge` words, and connection strings), searched in an upper-cased name. */
const SECRET_WORD =
  '(?:(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|KEY|AUTH|COOKIE|PAT|DSN|WEBHOOK|CREDENTIALS?|CREDS|APIKEY|ACCESSKEY|SECRETKEY|ACCOUNTKEY|PRIVATEKEY|AUTHKEY|SSHKEY|SIGNINGKEY|MASTERKEY|DEPLOYKEY|ENCRYPTIONKEY|PGPASSWORD|SSHPASS|(?:KEY|SECRET|PASSWORD|CREDENTIAL)S)|_(?:PWD|PASS|JWT)|(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE)|CONN(?:ECT(?:ION)?)?_?STR(?:ING)?S?)(?=$|[_0-9])'

/** A Gradle property or a Cargo registry setting (jJt's prefixes), with or without INPUT_. */
const GRADLE_OR_CARGO = /^(?:INPUT_)?(?:ORG_GRADLE_PROJECT_|CARGO_REGISTRIES_)/
/** jJt's test of such a name: named like a secret or a user name. */
const SECRET_OR_USER_NAME = new RegExp(`^(?:.*USER(?:_?NAME)?_?[0-9]*$|.*?${SECRET_WORD})`)

/** The rest of `$Rt`, tested on the upper-cased name. */
const BLANKED_PATTERNS: readonly Pick<RegExp, 'test'>[] = [
  // KLt: the artifact service's endpoints.
  /^(?:INPUT_)?CLAUDE_CODE_ARTIFACT[A-Z0-9_]*_BASE_URL$/,
  /^(?:INPUT_)?GIT_CONFIG_(?:PARAMETERS|(?:KEY|VALUE)_\d+)$/,
  /^(?:INPUT_)?CARGO_REGISTRIES_[A-Z0-9_]+_TOKEN$/,
  // jJt: a Gradle property or a Cargo registry setting named like a secret or a user name. The prefix first:
  // the test of the name is one of the costliest expressions to compile (~1 ms), and almost no name needs it.
  { test: (name: string) => GRADLE_OR_CARGO.test(name) && SECRET_OR_USER_NAME.test(name) },
  // vKr: Bundler's per-source credentials (BUNDLE_<HOST>__<DOMAIN>), not its switches such as BUNDLE_WITHOUT.
  /^(?:INPUT_){0,2}BUNDLE_(?!(?:BUILD|LOCAL|MIRROR|PATH|WITH|WITHOUT|CACHE|DISABLE|IGNORE|ONLY)__(?!(?:[A-Z0-9]+(?:___[A-Z0-9]+)*__)+[A-Z]{2,}$))\w*__/
]

/**
 * How Claude Code reads a project's `.mcp.json`. Its stdio entries have no `cwd`: the SDK's
 * McpStdioServerConfig is `{ type?, command, args?, env? }`, and a `cwd` is dropped without a word
 * (anthropics/claude-code#17565, #42883, #54786); servers start where Claude Code was started.
 */
export const CLAUDE_CODE_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  // Servers an administrator sets for every user of the machine, in the .mcp.json format.
  userFiles: [
    {
      paths: {
        linux: ['/etc/claude-code/managed-mcp.json'],
        darwin: ['/Library/Application Support/ClaudeCode/managed-mcp.json'],
        win32: ['C:/Program Files/ClaudeCode/managed-mcp.json']
      },
      scope: 'managed',
      note: 'servers set by an administrator for every user of this machine',
      source: 'code.claude.com/docs/en/managed-mcp (claude-code-docs docs/managed-mcp.md @ec68a5b)',
      unconfirmed: {}
    }
  ],
  servers: {
    at: ['mcpServers'],
    shape: 'map',
    ownKeys: [],
    // Names Claude Code keeps for its built-in servers and skips in .mcp.json ("is a reserved MCP server name and
    // was not loaded"): host-formats.md §2.1, and the rest as @anthropic-ai/claude-code 2.1.332 skipped them (Aae).
    // It compares names with spaces read as "_", so both spellings are listed.
    reservedNames: [
      'workspace',
      'claude-in-chrome',
      'Claude_in_Chrome',
      'computer-use',
      'Claude Preview',
      'Claude_Preview',
      'Claude Browser',
      'Claude_Browser',
      'claude-code-remote',
      'webagent',
      'claude_ai',
      'claude-device',
      'remote-devices',
      'hearthbot',
      'ccr-email',
      'Slack sign-in (Claude Code tag)'
    ],
    validName: null,
    inputs: null
  },
  transports: {
    types: {
      values: { stdio: STDIO, http: HTTP, 'streamable-http': HTTP, sse: SSE, ws: WS },
      otherwise: 'skips the server',
      others: null
    },
    untyped: {
      command: STDIO,
      url: {
        url: urlAsStdio(
          'Claude Code starts a server without "type" as a stdio process, so it skips this one ("has a \\"url\\" but no \\"type\\"")'
        )
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    cwd: {
      honoured: false,
      source:
        'McpStdioServerConfig (code.claude.com/docs/en/agent-sdk/typescript) has no cwd; anthropics/claude-code#17565, #42883, #54786'
    },
    startsIn: 'project',
    // code.claude.com/docs/en/mcp: "Claude Code sets CLAUDE_PROJECT_DIR in the spawned server's environment".
    environment: { CLAUDE_PROJECT_DIR: 'project' },
    command: 'program',
    // A remote server's headersHelper is a shell command Claude Code runs for its headers (code.claude.com/docs/en/mcp).
    helpers: ['headersHelper'],
    droppedEnv: null
  },
  placeholders: {
    syntaxes: ['dollar-brace'],
    variables: {},
    variablePrefixes: ['user_config.'],
    allEditorVariables: false,
    variableFields: [],
    withoutExpansion: null,
    // code.claude.com/docs/en/mcp: the plugin path variables are substituted for plugin servers only.
    setElsewhere: {
      names: ['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA'],
      // Also a folder a marketplace lists (isPluginRoot); this text is part of the findings' fingerprints, so it stays.
      for: "the servers of a plugin (a .mcp.json beside .claude-plugin/plugin.json), not for a project's",
      instead: 'use a path relative to the project folder, or "${CLAUDE_PROJECT_DIR:-.}"'
    },
    // 2.1.332 fills `command`, `args`, `env` and `headers` values and `url`; not `oauth` nor `headersHelper`
    // (a shell expands that one). npm @anthropic-ai/claude-code-linux-x64@2.1.332, zIo and dse.
    expandedIn: ['command', 'args', 'env', 'url', 'headers'],
    fieldSyntaxes: {},
    blanked: {
      names: BLANKED_NAMES,
      prefixes: BLANKED_PREFIXES,
      patterns: BLANKED_PATTERNS,
      fields: ['url', 'headers'],
      source: 'npm @anthropic-ai/claude-code-linux-x64@2.1.332 dse, lse, dCe, $Rt, _As'
    }
  },
  approvals: NO_APPROVALS
}

/**
 * A plugin's `.mcp.json`: the same entries, plus the plugin's path variables (substituted by Claude
 * Code itself), and no reserved names, since plugin servers are renamed `plugin:<plugin>:<name>`.
 */
export const CLAUDE_PLUGIN_SERVERS_PROFILE: HostProfile = {
  ...CLAUDE_CODE_PROFILE,
  userFiles: [],
  servers: { ...CLAUDE_CODE_PROFILE.servers!, reservedNames: [], validName: null },
  launch: { ...CLAUDE_CODE_PROFILE.launch, environment: { CLAUDE_PROJECT_DIR: 'working-directory' } },
  placeholders: {
    ...CLAUDE_CODE_PROFILE.placeholders,
    variables: {
      CLAUDE_PLUGIN_ROOT: 'project',
      CLAUDE_PLUGIN_DATA: 'host-only',
      CLAUDE_PROJECT_DIR: 'working-directory'
    },
    setElsewhere: null,
    expandedIn: null
  }
}

/** `.mcp.json` saved inside `.claude/`, which Claude Code never reads (anthropics/claude-code#5037). */
const IN_CLAUDE_DIR = /(^|\/)\.claude\/\.mcp\.json$/

/**
 * A plugin's `.mcp.json` sits at the plugin's root, and may be a bare server map. The root holds
 * `.claude-plugin/plugin.json`, or, since that manifest is optional (code.claude.com/docs/en/plugins/
 * manifest-reference), is a folder that a marketplace lists as a plugin's relative `source`.
 */
function isPluginRoot(context: FileContext): boolean {
  const dir = context.path.includes('/') ? context.path.slice(0, context.path.lastIndexOf('/') + 1) : ''
  return (
    context.exists(`${dir}.claude-plugin/plugin.json`) ||
    listedByMarketplace(dir.slice(0, -1), context) ||
    namedByPluginManifest(context)
  )
}

/** A file of servers that a plugin manifest's `mcpServers` names (`"./config/servers.json"`, or an item of an array). */
export interface PluginServerFile {
  /** Where the manifest names it. */
  at: PointerPath
  /** The path as written. */
  written: string
  /** The file, from the working directory; undefined when the path leaves the plugin folder (absolute, or with `..`). */
  path?: string
  /** The plugin root (the folder holding `.claude-plugin/`), from the working directory. */
  root: string
}

/**
 * The JSON files of servers a plugin manifest (at `manifestPath`) names in `mcpServers`. Claude Code reads each
 * as a plugin's `.mcp.json`, from the plugin root (code.claude.com/docs/en/plugins-reference); `.mcpb` bundles and
 * URLs are not files of this repository to read.
 */
export function pluginServerFiles(manifest: unknown, manifestPath: string): PluginServerFile[] {
  return serverFilesAt(manifest, [], manifestPath.split('/').slice(0, -2).join('/'))
}

/**
 * The JSON files of servers that the `mcpServers` of the manifest fields at `at` in `value` name (a plugin.json's
 * root, or a marketplace entry), from the plugin root `root`.
 */
export function serverFilesAt(value: unknown, at: PointerPath, root: string): PluginServerFile[] {
  const fields = valueAt(value, at)
  const servers = isRecord(fields) ? fields.mcpServers : undefined
  const named: [PointerPath, unknown][] =
    typeof servers === 'string'
      ? [[[...at, 'mcpServers'], servers]]
      : Array.isArray(servers)
        ? servers.map((item: unknown, index) => [[...at, 'mcpServers', index], item])
        : []
  return named.flatMap(([at, written]) => {
    if (typeof written !== 'string' || !written.endsWith('.json') || /^[a-z][\w+.-]*:\/\//i.test(written)) return []
    return [{ at, written, root, path: joinRelative(root, written) }]
  })
}

/**
 * Whether a plugin manifest in this file's folder or one above it names the file in `mcpServers`: Claude Code reads
 * it as that plugin's `.mcp.json`, whatever its name.
 */
function namedByPluginManifest(context: FileContext): boolean {
  if (context.read === undefined) return false
  const parts = context.path.split('/').slice(0, -1)
  for (let depth = parts.length; depth >= 0; depth--) {
    // Only folders of the repository: never above a `..` of a path given from outside it.
    if (depth > 0 && parts[depth - 1] === '..') break
    const root = parts.slice(0, depth).join('/')
    const manifest = `${root === '' ? '' : `${root}/`}.claude-plugin/plugin.json`
    if (!context.exists(manifest)) continue
    const text = context.read(manifest)
    let value: unknown
    try {
      value = text === undefined ? undefined : JSON.parse(text)
    } catch {
      continue
    }
    if (pluginServerFiles(value, manifest).some((file) => file.path === context.path)) return true
  }
  return namedByMarketplace(context, parts)
}

/**
 * Whether a marketplace in this file's folder or one above it names the file in an entry's `mcpServers`: with no
 * plugin.json, Claude Code reads the entry as the plugin's manifest, and the file as the plugin's `.mcp.json`.
 */
function namedByMarketplace(context: FileContext, parts: readonly string[]): boolean {
  for (let depth = parts.length; depth >= 0; depth--) {
    if (depth > 0 && parts[depth - 1] === '..') break
    const root = parts.slice(0, depth).join('/')
    const file = `${root === '' ? '' : `${root}/`}.claude-plugin/marketplace.json`
    if (!context.exists(file)) continue
    const value = parseJson(context.read?.(file))
    for (const entry of marketplaceEntries(value, file))
      if (
        entry.folder !== undefined &&
        serverFilesAt(value, entry.at, entry.folder).some((named) => named.path === context.path)
      )
        return true
  }
  return false
}

/** A JSON text's value; undefined when there is none or it does not parse. */
function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Whether a marketplace (`.claude-plugin/marketplace.json` in this folder or one above it) lists `folder` as a
 * plugin's source. A relative source resolves from the marketplace root, the folder that holds
 * `.claude-plugin/` (code.claude.com/docs/en/plugins/marketplace-reference), after `metadata.pluginRoot`
 * where the marketplace sets one.
 */
function listedByMarketplace(folder: string, context: FileContext): boolean {
  if (context.read === undefined) return false
  const parts = folder === '' ? [] : folder.split('/')
  for (let depth = parts.length; depth >= 0; depth--) {
    const root = parts.slice(0, depth).join('/')
    const file = `${root === '' ? '' : `${root}/`}.claude-plugin/marketplace.json`
    if (!context.exists(file)) continue
    const text = context.read(file)
    if (text !== undefined && marketplaceSources(text).some((source) => joinRelative(root, source) === folder))
      return true
  }
  return false
}

/** Each plugin source of a marketplace file that is a folder of the same repository, as written (with and without `pluginRoot`). */
function marketplaceSources(text: string): string[] {
  const value = parseJson(text)
  if (!isRecord(value) || !Array.isArray(value.plugins)) return []
  const pluginRoot = isRecord(value.metadata) ? asString(value.metadata.pluginRoot) : undefined
  return value.plugins.flatMap((plugin) => {
    const source = isRecord(plugin) ? asString(plugin.source) : undefined
    if (source === undefined) return []
    // The documented use of pluginRoot is a bare name (`"source": "formatter"`); both readings are taken.
    return pluginRoot === undefined || source.startsWith('.') ? [source] : [source, `${pluginRoot}/${source}`]
  })
}

/** One plugin entry of a marketplace file. */
export interface MarketplaceEntry {
  /** Where the entry is (`plugins`, index). */
  at: PointerPath
  /** Its `name`, when it is a string. */
  name?: string
  /**
   * The plugin folder, from the working directory, when `source` is a folder of this repository: a relative path
   * from the marketplace root (the folder holding `.claude-plugin/`), after `metadata.pluginRoot` for a bare name.
   * Undefined for a GitHub, git or URL source, and for a path that leaves the repository (absolute, or with `..`).
   */
  folder?: string
}

/** The plugin entries of a marketplace file (at `file`), each with the folder of its plugin where it is local. */
export function marketplaceEntries(value: unknown, file: string): MarketplaceEntry[] {
  if (!isRecord(value) || !Array.isArray(value.plugins)) return []
  const root = file.split('/').slice(0, -2).join('/')
  const pluginRoot = isRecord(value.metadata) ? asString(value.metadata.pluginRoot) : undefined
  return value.plugins.flatMap((plugin: unknown, index): MarketplaceEntry[] => {
    if (!isRecord(plugin)) return []
    const source = asString(plugin.source)
    // code.claude.com/docs/en/plugins/marketplace-reference: pluginRoot is prepended to a bare source name.
    const relative =
      source === undefined || pluginRoot === undefined || source.startsWith('.') ? source : `${pluginRoot}/${source}`
    const folder = relative === undefined ? undefined : joinRelative(root, relative)
    return [{ at: ['plugins', index], name: asString(plugin.name), folder }]
  })
}

/** `relative` (`./plugins/x`, `plugins/x/`, `./`) from `root`, normalised; undefined when absolute or climbing (`..`). */
export function joinRelative(root: string, relative: string): string | undefined {
  if (relative.startsWith('/') || /^[A-Za-z]:|^[a-z][\w+.-]*:\/\//i.test(relative)) return undefined
  const parts = relative.replace(/\\/g, '/').split('/')
  if (parts.includes('..')) return undefined
  return [...(root === '' ? [] : [root]), ...parts.filter((part) => part !== '' && part !== '.')].join('/')
}

/** Whether the document is a bare map of servers (the form official plugins commit). */
const isBareMap = isBareServerMap

/**
 * Claude Code: `.mcp.json` at the project root (and in plugins). A server without `type` is started
 * as stdio, so a typeless `url` is a broken stdio entry, not a remote one.
 */
export const claudeCode: HostAdapter = {
  id: 'claude-code',
  name: 'Claude Code',
  patterns: ['**/.mcp.json'],
  syntax: 'json',
  profile: CLAUDE_CODE_PROFILE,
  profileFor(context) {
    if (IN_CLAUDE_DIR.test(context.path)) {
      const readFrom = `${context.path.slice(0, context.path.length - '.claude/.mcp.json'.length)}.mcp.json`
      return {
        ...CLAUDE_CODE_PROFILE,
        notRead: { because: 'it loads project servers only from .mcp.json at the project root', readFrom }
      }
    }
    return isPluginRoot(context) ? CLAUDE_PLUGIN_SERVERS_PROFILE : CLAUDE_CODE_PROFILE
  },
  // A plugin's bare map validates each member as a server.
  schemas: ['claude-code', 'claude-code-bare-map'],
  usualSchema: 'claude-code',
  schemaFor(value) {
    // A bare map outside a plugin is reported once by check(); its servers are still validated.
    return isBareMap(value) ? 'claude-code-bare-map' : 'claude-code'
  },
  check(doc: ParsedDocument, context: FileContext): Finding[] {
    if (isBareMap(doc.value) && !isPluginRoot(context)) {
      return [
        {
          ruleId: 'schema-required',
          severity: 'error',
          message: 'this .mcp.json is a bare map of servers without the "mcpServers" wrapper',
          messageId: 'bareServerMap',
          data: { key: 'mcpServers' },
          help: 'Claude Code accepts that form only in a plugin (beside .claude-plugin/plugin.json, or in a folder a marketplace lists), so here it loads no server; wrap the servers in { "mcpServers": { ... } }.',
          range: doc.locate([])
        }
      ]
    }
    return []
  },
  normalise(value, context) {
    const mapPath = isBareMap(value) ? [] : ['mcpServers']
    return normaliseServerMap(value, mapPath, { host: 'claude-code', file: context.path }, (entry) => {
      const declaredType = asString(entry.type)
      return {
        transport: declaredType === undefined ? 'stdio' : typeMeaning(CLAUDE_CODE_PROFILE, declaredType)!.transport,
        declaredType
      }
    })
  }
}
