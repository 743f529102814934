import type { Transport } from '../types.js'
import { GEMINI_PROFILE } from './gemini.js'
import { HTTP, SSE, STDIO, type AgentSwitch, type HostProfile, expandsOnly, onEverySystem } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap } from './util.js'

/** Whether a settings file is already in the second shape (`"$version": 2` or more), which Qwen Code does not migrate. */
function isVersion2(file: unknown): boolean {
  return isRecord(file) && typeof file.$version === 'number' && file.$version >= 2
}

/**
 * `"yolo"` as Qwen Code reads an approval mode from settings: parseApprovalModeValue trims and lower-cases it,
 * and needsConfirmation then asks for nothing but the ask-user tool (npm @qwen-code/qwen-code 0.24.4).
 */
const YOLO: Omit<AgentSwitch, 'at' | 'list'> = {
  turnsOff: (value) => typeof value === 'string' && value.trim().toLowerCase() === 'yolo',
  effect: 'approves every tool call without asking, MCP tools and shell commands included (YOLO mode)',
  // isFolderTrustEnabled: security.folderTrust.enabled, false unless set; an untrusted folder gets "default".
  honouredWhen: 'unless folder trust is turned on and the folder is not trusted',
  fix: 'approve single tools by name in "tools.allowed" (e.g. "run_shell_command(npm test)"), and leave YOLO mode to each person (qwen --yolo)',
  source:
    'npm @qwen-code/qwen-code@0.24.4 loadCliConfig (settings.tools.approvalMode, parseApprovalModeValue, the untrusted-folder override), needsConfirmation'
}

/**
 * Qwen Code's reading of `.qwen/settings.json` (QwenLM/qwen-code, a Gemini CLI fork:
 * packages/core/src/config/mcp-server-config.ts MCPServerConfig @67f799c, docs/users/features/mcp.md
 * @023f40b). The transport comes from the field present, not from `type` (only `sdk`, for embedded
 * servers): `httpUrl` is Streamable HTTP, but `url` is **SSE**, unlike Gemini CLI; `command` starts
 * a stdio server in its `cwd`. `tcp` is only a label: createTransport (packages/core/src/tools/mcp-client.ts,
 * npm @qwen-code/qwen-code 0.24.4) has no WebSocket transport. `$VAR` and `${VAR}` are expanded.
 */
const PROFILE: HostProfile = {
  ...GEMINI_PROFILE,
  userFiles: [
    {
      paths: onEverySystem(['${QWEN_HOME}/settings.json', '~/.qwen/settings.json']),
      scope: 'user',
      note: null,
      source:
        'QwenLM/qwen-code packages/core/src/config/storage.ts Storage.getGlobalQwenDir; docs/users/configuration/settings.md',
      unconfirmed: {}
    },
    {
      paths: {
        linux: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', '/etc/qwen-code/settings.json'],
        darwin: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', '/Library/Application Support/QwenCode/settings.json'],
        win32: ['${QWEN_CODE_SYSTEM_SETTINGS_PATH}', 'C:/ProgramData/qwen-code/settings.json']
      },
      scope: 'managed',
      note: 'system settings, which override user and project settings',
      source: 'QwenLM/qwen-code docs/users/configuration/settings.md',
      unconfirmed: {}
    }
  ],
  transports: {
    types: null,
    untyped: {
      command: STDIO,
      url: {
        httpUrl: { ...HTTP, fails: null, sseEndpoint: null },
        url: { ...SSE, fails: null, sseEndpoint: null }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    ...GEMINI_PROFILE.launch,
    cwd: {
      honoured: true,
      source: 'MCPServerConfig.cwd (QwenLM/qwen-code packages/core/src/config/mcp-server-config.ts @67f799c)'
    },
    // The fork passes every `env` entry (npm @qwen-code/qwen-code 0.24.4 has no such filter).
    droppedEnv: null
  },
  // resolveEnvVarsInString's /\$(?:(\w+)|{([^}]+)})/: "${VAR:-default}" is looked up as a variable of that name
  // and left as written (npm @qwen-code/qwen-code 0.24.4).
  placeholders: expandsOnly(['dollar-brace-plain', 'dollar']),
  // `trust` approves as in Gemini CLI, but mcp.allowed only filters servers (Config.getMcpServers, npm 0.24.4).
  approvals: {
    ...GEMINI_PROFILE.approvals,
    fileGrants: null,
    agentSwitches: [
      { ...YOLO, at: ['tools', 'approvalMode'], list: null },
      // The settings of version 1 kept it at the top; loadSettings moves it to tools.approvalMode in any file
      // whose $version is not 2 or more (V1_TO_V2_MIGRATION_MAP), the project's own included.
      {
        ...YOLO,
        at: ['approvalMode'],
        list: null,
        turnsOff: (value, file) => YOLO.turnsOff(value, file) && !isVersion2(file)
      }
    ]
  }
}

/** Qwen Code's choice of transport: `httpUrl` (Streamable HTTP), then `url` (SSE), then `command` (stdio). */
function qwenTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  const typed = declaredType === undefined ? {} : { declaredType }
  if (typeof entry.httpUrl === 'string') return { transport: 'http', ...typed }
  if (typeof entry.url === 'string') return { transport: 'sse', ...typed }
  if (typeof entry.command === 'string') return { transport: 'stdio', ...typed }
  return { transport: 'unknown', ...typed }
}

/**
 * Qwen Code: `.qwen/settings.json` in the project (it also reads a workspace `.mcp.json`, once the user
 * approves it). A `url` copied from a Gemini CLI or Claude config is connected to with SSE, so a
 * Streamable HTTP endpoint there fails: it belongs in `httpUrl`.
 */
export const qwen: HostAdapter = {
  id: 'qwen',
  name: 'Qwen Code',
  patterns: ['**/.qwen/settings.json'],
  syntax: 'jsonc',
  // loadSettings reads JSON.parse(stripJsonComments(text)) and, for a project file it cannot parse, keeps a
  // copy and writes "{}" over it (packages/cli/src/config/settings.ts, npm @qwen-code/qwen-code 0.24.4).
  trailingCommaRefused:
    'Qwen Code strips comments from settings.json but not trailing commas: this comma makes the file fail to parse, and Qwen Code moves a project settings file it cannot parse aside (settings.json.corrupted) and replaces it with "{}", losing every server; remove it',
  profile: PROFILE,
  schemas: ['qwen'],
  normalise(value, context) {
    return normaliseServerMap(value, ['mcpServers'], { host: 'qwen', file: context.path }, qwenTransport, {
      url: [['httpUrl'], ['url']]
    }).map((server) => {
      // Qwen Code, like Gemini CLI, has no per-server switch: servers are turned off through mcp.excluded.
      delete server.disabled
      return server
    })
  }
}
