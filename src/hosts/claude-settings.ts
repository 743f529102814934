import {
  aboveDotFolder,
  NO_TRANSPORTS,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { HostAdapter } from './types.js'

/** `mcp__server`, `mcp__server__*` or `mcp__*` in `permissions.allow` (or `ask`, `deny`): every tool of the matching servers. */
function serverGrant(entry: string): string | undefined {
  const m = /^mcp__(.+)$/.exec(entry.trim())
  if (!m) return undefined
  const separator = m[1].indexOf('__')
  if (separator === -1) return m[1]
  return m[1].slice(separator + 2) === '*' ? m[1].slice(0, separator) : undefined
}

/**
 * Settings define no server: they approve the servers of the project's `.mcp.json` by name, and
 * grant tools in `permissions.allow` unless `deny` or `ask` covers them too. The server facts are those
 * of a file without servers.
 */
const PROFILE: HostProfile = {
  role: 'settings',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['${CLAUDE_CONFIG_DIR}/settings.json', '~/.claude/settings.json']),
      scope: 'user',
      note: 'Claude Code reads no servers here; user servers belong in ~/.claude.json (claude mcp add --scope user)',
      source:
        'code.claude.com/docs/en/settings (claude-code-docs docs/settings.md, docs/mcp-quickstart.md @ec68a5b); anthropics/claude-code#24477',
      unconfirmed: {}
    }
  ],
  servers: null,
  transports: NO_TRANSPORTS,
  launch: startsInProject({ honoured: false, source: 'settings files define no server' }),
  placeholders: expandsOnly([]),
  approvals: {
    toolList: null,
    serverSwitch: null,
    fileGrants: {
      at: ['permissions', 'allow'],
      verb: 'call',
      serverOf: serverGrant,
      example: (server) => (server === '*' ? 'mcp__github__get_issue' : `mcp__${server}__<tool>`),
      namesServersOf: null,
      // Deny rules, then ask rules, are checked before allow rules, and either settles the call (npm
      // @anthropic-ai/claude-code-linux-x64@2.1.332, FNt: owo, then rwo, before the allow rules of k4s).
      heldBackBy: [
        ['permissions', 'deny'],
        ['permissions', 'ask']
      ]
    },
    // code.claude.com/docs/en/settings-reference; servers in settings.json are ignored (anthropics/claude-code#24477).
    projectServers: {
      file: '.mcp.json',
      all: 'enableAllProjectMcpServers',
      approve: 'enabledMcpjsonServers',
      reject: 'disabledMcpjsonServers',
      ignoredServerMap: 'mcpServers'
    },
    // `permissions.defaultMode: "bypassPermissions"` is ignored here: "only policy/user/flag settings may
    // grant bypass mode (projectSettings and localSettings are repo-controllable)" (npm
    // @anthropic-ai/claude-code@2.1.332, the permission-mode setup). "acceptEdits" approves file edits only.
    agentSwitches: []
  }
}

/**
 * Claude Code settings files, for their MCP approval keys (`enableAllProjectMcpServers`,
 * `enabledMcpjsonServers`, allow and deny lists). They define no server: those live in `.mcp.json`.
 */
export const claudeSettings: HostAdapter = {
  id: 'claude-settings',
  name: 'Claude Code',
  patterns: ['**/.claude/settings.json', '**/.claude/settings.local.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-settings'],
  normalise: () => []
}
