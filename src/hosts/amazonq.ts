import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, hasText, normaliseMcpServers } from './mcp-servers-json.js'

/** Agent files (`.amazonq/default.json`, `.amazonq/cli-agents/*.json`), as opposed to the legacy `mcp.json`. */
const AGENT_FILE = /(^|\/)\.amazonq\/(default\.json|cli-agents\/[^/]+\.json)$/

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
      note: 'read while an agent sets useLegacyMcpJson (the default)',
      source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html; aws/amazon-q-developer-cli#2984',
      unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
    },
    {
      paths: onEverySystem(['~/.aws/amazonq/agents/default.json']),
      scope: 'user',
      note: "the IDE's default agent",
      source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html; aws/language-servers#2708',
      unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
    },
    {
      paths: onEverySystem(['~/.aws/amazonq/cli-agents/*.json']),
      scope: 'user',
      note: "the command line's agents",
      source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/qdev-mcp.html',
      unconfirmed: { win32: 'the docs give only ~/.aws/amazonq; %USERPROFILE%\\.aws is presumed' }
    },
    {
      paths: onEverySystem(['~/.aws/amazonq/default.json']),
      scope: 'user',
      note: "the IDE's global file as the host-formats brief gives it; newer documentation names agents/default.json",
      source: 'docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/mcp-ide.html',
      unconfirmed: {
        linux: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json",
        darwin: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json",
        win32: "newer documentation moved the IDE's global agent to ~/.aws/amazonq/agents/default.json"
      }
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
  placeholders: expandsOnly(['env-colon']),
  approvals: NO_APPROVALS
}

/** `@server` or `@server/*` (the server part may be a glob) in `allowedTools`: every tool of the matching servers. */
function serverGrant(entry: string): string | undefined {
  const m = /^@([^/]+)(?:\/(.*))?$/.exec(entry)
  if (!m || (m[2] !== undefined && m[2] !== '*')) return undefined
  return m[1]
}

/** Agent files hold an agent's other settings too, and pre-approve tools at the top level. */
const AGENT_PROFILE: HostProfile = {
  ...PROFILE,
  mcpOnly: false,
  approvals: {
    ...NO_APPROVALS,
    fileGrants: {
      at: ['allowedTools'],
      verb: 'use',
      serverOf: serverGrant,
      example: (server) => `@${server.replace(/[*?]/g, 'server')}/read_file`
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
  patterns: ['**/.amazonq/mcp.json', '**/.amazonq/default.json', '**/.amazonq/cli-agents/*.json'],
  syntax: 'json',
  profile: PROFILE,
  profileFor: (context) => (AGENT_FILE.test(context.path) ? AGENT_PROFILE : PROFILE),
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
      // Without a type a command wins; a lone url is a remote server.
      if (hasText(entry, 'command') || !hasText(entry, 'url')) return { transport: 'stdio' }
      return { transport: 'http' }
    })
  }
}
