import type { PointerPath, Server, Transport } from '../types.js'
import {
  aboveDotFolder,
  HTTP,
  HTTP_THEN_SSE,
  SSE,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap } from './util.js'

/**
 * Gemini CLI's reading of `.gemini/settings.json` (google-gemini/gemini-cli: packages/core/src/tools/mcp-client.ts,
 * MCPServerConfig in config.ts): `httpUrl` is Streamable HTTP; a `url` without `type` tries Streamable
 * HTTP and then SSE, while an explicit `type` is used as it is; a stdio server starts in its `cwd`.
 * `tcp` is still declared but nothing connects to it: createTransport (mcp-client.ts @5411f11, npm 0.61.0)
 * knows only `httpUrl`, `url` and `command`, so a server with nothing else fails to start.
 */
export const GEMINI_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['${GEMINI_CLI_HOME}/.gemini/settings.json', '~/.gemini/settings.json']),
      scope: 'user',
      note: null,
      source: 'google-gemini/gemini-cli packages/core/src/utils/paths.ts, packages/core/src/config/storage.ts @5411f11',
      unconfirmed: {}
    },
    {
      paths: {
        linux: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', '/etc/gemini-cli/settings.json'],
        darwin: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', '/Library/Application Support/GeminiCli/settings.json'],
        win32: ['${GEMINI_CLI_SYSTEM_SETTINGS_PATH}', 'C:/ProgramData/gemini-cli/settings.json']
      },
      scope: 'managed',
      note: 'system settings, which override user and project settings',
      source: 'google-gemini/gemini-cli packages/cli/src/config/settings.ts getSystemSettingsPath @5411f11',
      unconfirmed: {}
    }
  ],
  // The top-level `mcp` is Gemini's server policy (allowed, excluded), not another host's server map.
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: ['mcp'], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, http: HTTP },
      // Settings validation only warns (settings.ts _doLoadSettings); createUrlTransport then takes any other type as "http".
      otherwise:
        'warns that settings.json is invalid, then connects to a "url" with Streamable HTTP and no SSE fallback',
      others: HTTP
    },
    untyped: {
      command: STDIO,
      url: {
        httpUrl: { ...HTTP, fails: null, sseEndpoint: null },
        url: {
          ...HTTP_THEN_SSE,
          fails: null,
          sseEndpoint: {
            does: 'Gemini CLI connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails (older versions do not fall back at all)',
            fix: 'add "type": "sse"'
          }
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    ...startsInProject({
      honoured: true,
      source:
        'google-gemini/gemini-cli packages/core/src/tools/mcp-client.ts createTransport (StdioClientTransport cwd) @5411f11'
    }),
    // createTransport skips each of these `env` entries, saying so only in its debug log.
    droppedEnv: {
      names: [
        'NODE_OPTIONS',
        '_FORCE_NODE_OPTIONS',
        'NODE_PATH',
        'ELECTRON_RUN_AS_NODE',
        'PYTHONPATH',
        'PYTHONSTARTUP',
        'RUBYOPT',
        'RUBYLIB',
        'PERL5OPT',
        'PERL5LIB',
        'LD_PRELOAD',
        'LD_AUDIT',
        'LD_DEBUG',
        'LD_PROFILE',
        'LD_LIBRARY_PATH',
        'DYLD_INSERT_LIBRARIES',
        'DYLD_FORCE_FLAT_NAMESPACE',
        'DYLD_LIBRARY_PATH',
        'DYLD_FRAMEWORK_PATH',
        'DYLD_FALLBACK_LIBRARY_PATH',
        'DYLD_FALLBACK_FRAMEWORK_PATH',
        'BASH_ENV',
        'ENV',
        'PERL5DB',
        'JAVA_TOOL_OPTIONS',
        '_JAVA_OPTIONS',
        'CLASSPATH',
        'DOTNET_STARTUP_HOOKS',
        'CORECLR_PROFILER_PATH',
        'CORECLR_ENABLE_PROFILING'
      ],
      does: 'refuses env entries that could load code into the server, saying so only in its debug log',
      source:
        'isDangerousExecutionEnvironmentVariable (BLOCKED_EXECUTION_ENVS) in createTransport, packages/core/src/tools/mcp-client.ts, npm @google/gemini-cli 0.61.0'
    }
  },
  placeholders: expandsOnly(['dollar-brace', 'dollar']),
  approvals: {
    toolList: null,
    serverSwitch: {
      key: 'trust',
      value: true,
      effect: 'skips the confirmation of every tool call to "{server}"',
      fix: 'remove "trust" so each call is confirmed, and narrow the server with "includeTools" if it offers more than you need'
    },
    // Each name in mcp.allowed also gets an ALLOW rule for all its tools (packages/core/src/policy/config.ts
    // createPolicyEngineConfig @5411f11, npm 0.61.0). Only an exact name lets a server connect at all
    // (isBlockedBySettings), so a pattern or "*" approves nothing.
    fileGrants: {
      at: ['mcp', 'allowed'],
      verb: 'call',
      serverOf: (grant) => (/[*?]/.test(grant) ? undefined : grant),
      example: (server) => `mcp_${server}_<tool>" in "tools.allowed`,
      namesServersOf: null,
      heldBackBy: []
    },
    projectServers: null,
    // `general.defaultApprovalMode: "yolo"` is skipped when settings are read ("YOLO mode ... can only be
    // enabled via command line"), and any other mode falls back to "default" in an untrusted folder
    // (packages/cli/src/config/config.ts loadCliConfig @5411f11).
    agentSwitches: []
  }
}

/**
 * Gemini CLI's choice of transport (createTransport in mcp-client.ts): `httpUrl` first (Streamable
 * HTTP), then `url` (SSE only with `"type": "sse"`; without a type, Streamable HTTP), then `command`
 * (stdio). A `tcp` address alone starts nothing.
 */
export function geminiTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  const typed = declaredType === undefined ? {} : { declaredType }
  if (typeof entry.httpUrl === 'string') return { transport: 'http', ...typed }
  if (typeof entry.url === 'string') return { transport: declaredType === 'sse' ? 'sse' : 'http', ...typed }
  if (typeof entry.command === 'string') return { transport: 'stdio', ...typed }
  return { transport: 'unknown', ...typed }
}

/** The servers of a Gemini `mcpServers` map at `at`, with the URL Gemini actually connects to. */
export function normaliseGeminiServers(value: unknown, at: PointerPath, base: Pick<Server, 'host' | 'file'>): Server[] {
  // `httpUrl` wins over `url`.
  return normaliseServerMap(value, at, base, geminiTransport, { url: [['httpUrl'], ['url']] }).map((server) => {
    // Gemini has no per-server switch: servers are turned off through mcp.excluded or the CLI.
    delete server.disabled
    return server
  })
}

/** Whether the top-level `mcp` policy excludes a server (or leaves it off an allow-list). */
function excludedByPolicy(value: unknown, name: string): boolean {
  const policy = isRecord(value) && isRecord(value.mcp) ? value.mcp : undefined
  if (!policy) return false
  if (Array.isArray(policy.excluded) && policy.excluded.includes(name)) return true
  // An empty allow-list is read as no list at all, so only a non-empty one switches servers off.
  return Array.isArray(policy.allowed) && policy.allowed.length > 0 && !policy.allowed.includes(name)
}

/**
 * Gemini CLI: `.gemini/settings.json` in the project, JSON with comments (but no trailing commas).
 * Servers sit under `mcpServers` beside every other Gemini setting; a typeless `url` is Streamable
 * HTTP, not SSE.
 */
export const gemini: HostAdapter = {
  id: 'gemini',
  name: 'Gemini CLI',
  patterns: ['**/.gemini/settings.json'],
  syntax: 'jsonc',
  trailingCommaRefused:
    'Gemini CLI strips comments from settings.json but not trailing commas: this comma makes the whole file fail to parse, and Gemini stops with a configuration error; remove it',
  profile: GEMINI_PROFILE,
  schemas: ['gemini'],
  normalise(value, context) {
    return normaliseGeminiServers(value, ['mcpServers'], { host: 'gemini', file: context.path }).map((server) => {
      if (excludedByPolicy(value, server.name)) server.disabled = true
      return server
    })
  }
}
