import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem,
  urlAsStdio
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, hasText, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * Agent files (`.amazonq/default.json`, the IDE's `.amazonq/agents/default.json`, the CLI's
 * `.amazonq/cli-agents/*.json`), as opposed to the legacy `mcp.json`.
 */
const AGENT_FILE = /(^|\/)\.amazonq\/((agents\/)?default\.json|cli-agents\/[^/]+\.json)$/

/** The command line's agent files, which only the CLI reads. */
const CLI_AGENT_FILE = /(^|\/)\.amazonq\/cli-agents\/[^/]+\.json$/

/**
 * Amazon Q's reading of its files (aws/amazon-q-developer-cli CustomToolConfig: type, url, headers,
 * command, args, env, timeout, disabled; serde ignores any other key, so a `cwd` is not read).
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['~/.aws/amazonq/mcp.json']),
      scope: 'legacy',
      // A CLI agent file without the key has it false (serde default); only the built-in agent has it true.
      note: 'read by the IDE unless its agent sets useLegacyMcpJson to false, and by the CLI for its built-in default agent or an agent that sets useLegacyMcpJson to true',
      source:
        'aws/amazon-q-developer-cli crates/chat-cli/src/cli/agent/mod.rs Agent, src/util/paths.rs home_dir @15cc8f3; aws/language-servers mcpUtils.ts loadAgentConfig @55af91e',
      // The CLI's home is dirs::home_dir, %USERPROFILE% on Windows (paths.rs home_dir).
      unconfirmed: {}
    },
    {
      paths: onEverySystem(['~/.aws/amazonq/agents/default.json']),
      scope: 'user',
      // Not ~/.aws/amazonq/default.json, which the IDE never read (getGlobalAgentConfigPath).
      note: "the IDE's default agent",
      source:
        'aws/language-servers mcpUtils.ts getGlobalAgentConfigPath @55af91e; docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
      unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
    },
    {
      paths: onEverySystem(['~/.aws/amazonq/cli-agents/*.json']),
      scope: 'user',
      note: "the command line's agents; a workspace's .amazonq/cli-agents/ agent of the same name wins",
      source: 'aws/amazon-q-developer-cli crates/chat-cli/src/util/paths.rs global::AGENTS_DIR @15cc8f3',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: { values: { stdio: STDIO, http: HTTP }, otherwise: 'fails to read the file', others: null },
    untyped: { command: STDIO, url: { url: { ...HTTP, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({ honoured: false, source: 'CustomToolConfig (aws/amazon-q-developer-cli) has no cwd' }),
  // The CLI fills ${env:VAR} in `env` values and `headers` only; `args` and `url` reach the server as written
  // (aws/amazon-q-developer-cli crates/chat-cli/src/mcp_client/client.rs substitute_env_vars @15cc8f3). The IDE
  // fills nothing.
  placeholders: {
    ...expandsOnly(['env-colon']),
    expandedIn: ['env', 'headers'],
    // shellexpand 3.1.1 full_with_context on `command` alone: a leading `~`, `$VAR`, `${VAR}`, `${VAR:-default}`, an
    // unset variable left as written (aws/amazon-q-developer-cli client.rs McpClientService::into_service @15cc8f3).
    fieldSyntaxes: { command: { syntaxes: ['dollar-brace', 'dollar'], homeTilde: true } }
  },
  approvals: NO_APPROVALS
}

/** `@server` or `@server/*` (the server part may be a glob) in `allowedTools`: every tool of the matching servers. */
function serverGrant(entry: string): string | undefined {
  const m = /^@([^/]+)(?:\/(.*))?$/.exec(entry)
  if (!m || (m[2] !== undefined && m[2] !== '*')) return undefined
  // `@builtin` names the CLI's own tools, not a server (is_mcp_tool_ref in crates/chat-cli/src/cli/agent/mod.rs).
  if (m[1] === 'builtin') return undefined
  return m[1]
}

/**
 * Agent files hold an agent's other settings too, and pre-approve tools at the top level. The IDE, the
 * only reader of its agent files, passes env values as written: it expands no placeholder
 * (aws/language-servers mcpManager.ts initOneServerInternal @55af91e); the CLI's own agents override this.
 */
const AGENT_PROFILE: HostProfile = {
  ...PROFILE,
  mcpOnly: false,
  placeholders: expandsOnly([]),
  approvals: {
    ...NO_APPROVALS,
    fileGrants: {
      at: ['allowedTools'],
      verb: 'use',
      serverOf: serverGrant,
      example: (server) => `@${server.replace(/[*?]/g, 'server')}/read_file`,
      namesServersOf: null,
      heldBackBy: []
    }
  }
}

/**
 * The CLI picks the transport from `type` alone (stdio by default), so a url without `"type": "http"`
 * is a stdio server with an empty command, which it refuses ("transport type is specified to be stdio
 * but command is empty": aws/amazon-q-developer-cli crates/chat-cli/src/mcp_client/client.rs
 * into_service @15cc8f3, v1.19.7). The IDE, which never reads these files, goes by command or url.
 */
const CLI_AGENT_PROFILE: HostProfile = {
  ...AGENT_PROFILE,
  // ${env:VAR} in env and headers, and a shell-style `command`, as in mcp.json.
  placeholders: PROFILE.placeholders,
  transports: {
    ...PROFILE.transports,
    untyped: {
      command: STDIO,
      url: {
        url: urlAsStdio(
          'the Amazon Q CLI starts a server without "type" as a stdio process and refuses this one ("transport type is specified to be stdio but command is empty")'
        )
      }
    }
  }
}

/** The file's name as messages show it: from `.amazonq/` on, or the base name. */
function displayName(path: string): string {
  const at = path.lastIndexOf('.amazonq/')
  return at >= 0 ? path.slice(at) : path.slice(path.lastIndexOf('/') + 1)
}

/**
 * Amazon Q Developer (IDE and CLI): `.amazonq/mcp.json`, and `mcpServers` in the agent files
 * `.amazonq/default.json` and `.amazonq/cli-agents/*.json`. Strict JSON read by serde, so unknown
 * keys are ignored and missing strings default to "": the IDE writes `"url": ""` beside a command
 * and `"command": ""` in disabled stubs, and both load.
 */
export const amazonQ: HostAdapter = {
  id: 'amazonq',
  name: 'Amazon Q',
  patterns: [
    '**/.amazonq/mcp.json',
    '**/.amazonq/default.json',
    // The IDE's workspace agent (aws/language-servers mcpUtils.ts getWorkspaceAgentConfigPaths @55af91e).
    '**/.amazonq/agents/default.json',
    '**/.amazonq/cli-agents/*.json'
  ],
  syntax: 'json',
  profile: PROFILE,
  profileFor: (context) =>
    CLI_AGENT_FILE.test(context.path) ? CLI_AGENT_PROFILE : AGENT_FILE.test(context.path) ? AGENT_PROFILE : PROFILE,
  // Agent files validate their `mcpServers` with the same server definition as `.amazonq/mcp.json`.
  schemas: ['amazonq', 'amazonq-agent'],
  schemaFor: (_value, context) => (AGENT_FILE.test(context.path) ? 'amazonq-agent' : 'amazonq'),
  check: (doc, context) => checkServersKey(doc, 'Amazon Q', displayName(context.path)),
  normalise(value, context) {
    return normaliseMcpServers(value, 'amazonq', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      if (entry.type !== undefined)
        return {
          transport: declaredType === 'stdio' ? 'stdio' : declaredType === 'http' ? 'http' : 'unknown',
          declaredType
        }
      // Without a type a command wins; a lone url is a remote server, except to the CLI (see CLI_AGENT_PROFILE).
      if (hasText(entry, 'command') || !hasText(entry, 'url') || CLI_AGENT_FILE.test(context.path))
        return { transport: 'stdio' }
      return { transport: 'http' }
    })
  }
}
