import type { Server } from '../types.js'
import { CLAUDE_CODE_PROFILE } from './claude-code.js'
import { typeMeaning, type HostProfile, onEverySystem } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap, serverEntries } from './util.js'

/**
 * `~/.claude.json`: the entries mean what they mean in `.mcp.json`, but the file is each user's own,
 * holds Claude Code's other state too, and its servers start wherever Claude Code is started (the
 * local-scope ones only in their project).
 */
const PROFILE: HostProfile = {
  ...CLAUDE_CODE_PROFILE,
  readFrom: 'user-folder',
  mcpOnly: false,
  projectRoot: () => '',
  userFiles: [
    {
      paths: onEverySystem(['${CLAUDE_CONFIG_DIR}/.claude.json', '~/.claude.json']),
      scope: 'user',
      note: 'user servers ("mcpServers") and each project\'s local servers ("projects.<folder>.mcpServers")',
      source:
        'code.claude.com/docs/en/mcp (claude-code-docs docs/mcp.md §Local scope, docs/mcp-quickstart.md, docs/env-vars.md CLAUDE_CONFIG_DIR @ec68a5b)',
      unconfirmed: {}
    }
  ]
}

function claudeTransport(entry: Record<string, unknown>): Pick<Server, 'transport' | 'declaredType'> {
  const declaredType = asString(entry.type)
  return {
    transport: declaredType === undefined ? 'stdio' : typeMeaning(PROFILE, declaredType)!.transport,
    declaredType
  }
}

/**
 * Claude Code's user file, `~/.claude.json` (or `$CLAUDE_CONFIG_DIR/.claude.json`): user-scope servers
 * under `mcpServers`, and under `projects["<folder>"].mcpServers` the local-scope servers of each
 * project, which Claude Code starts only in that folder. Read by `mcpcop doctor`; never committed.
 */
export const claudeUser: HostAdapter = {
  id: 'claude-user',
  name: 'Claude Code',
  patterns: [],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-user'],
  normalise(value, context) {
    const base = { host: 'claude-user' as const, file: context.path }
    const servers = normaliseServerMap(value, ['mcpServers'], base, claudeTransport)
    for (const [project, settings] of serverEntries(value, ['projects'])) {
      if (!isRecord(settings)) continue
      for (const server of normaliseServerMap(value, ['projects', project, 'mcpServers'], base, claudeTransport))
        servers.push({ ...server, project })
    }
    return servers
  }
}
