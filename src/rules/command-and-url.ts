import { typeMeaning } from '../hosts/profile.js'
import { entryOf, urlKeyOf } from './support/transport.js'
import type { Rule, RuleReport } from './types.js'

/** A non-empty command: a string, opencode's array, or Zed's legacy `{ path }` object. */
function hasRealCommand(entry: Record<string, unknown>): boolean {
  const command = entry.command
  if (typeof command === 'string') return command.trim() !== ''
  if (Array.isArray(command)) return command.length > 0
  return typeof command === 'object' && command !== null
}

/**
 * One server entry with both a `command` and a `url` (or `serverUrl`/`httpUrl`). Hosts that refuse
 * the mix get an error at the key they reject; hosts that pick one (each its own way) get a warning
 * at the key they ignore. Empty strings do not count (Amazon Q's IDE writes `"url": ""` beside a
 * command). Disabled servers are skipped where the host would only ignore a key.
 */
export const commandAndUrl: Rule = {
  id: 'command-and-url',
  defaultSeverity: 'error',
  description: 'One server sets both a command and a url.',
  supersedes: ['schema-shape', 'schema-unknown-key'],
  messages: {
    refused: 'the server has both "command" and "{{urlKey}}", which {{host}} refuses',
    ignoresUrl: 'the server has both "command" and "{{urlKey}}": {{host}} starts the command and ignores "{{urlKey}}"',
    ignoresCommand:
      'the server has both "command" and "{{urlKey}}": {{host}} connects to "{{urlKey}}" and ignores "command"'
  },
  checkFile({ doc, host, profile, servers }) {
    // A registry package legitimately has both: a command that starts it, and the url it then serves.
    if (profile.role === 'manifest') return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      const entry = entryOf(doc, server)
      const urlKey = entry ? urlKeyOf(entry) : undefined
      if (!entry || !urlKey || (entry[urlKey] as string).trim() === '' || !hasRealCommand(entry)) continue
      const refusal = profile.transports.commandAndUrl
      if (refusal) {
        // The key that does not fit the declared type goes; without one, the url.
        const declared = typeof entry.type === 'string' ? typeMeaning(profile, entry.type)?.transport : undefined
        const remote = declared === 'http' || declared === 'sse' || declared === 'ws'
        const rejected = remote ? 'command' : urlKey
        reports.push({
          messageId: 'refused',
          data: { urlKey, host: host.name },
          help: `${refusal}; keep one: remove "${rejected}", or move that server to its own entry.`,
          at: [...server.pointer, rejected],
          key: true,
          server: server.name
        })
        continue
      }
      if (server.disabled || server.transport === 'unknown') continue
      const usesCommand = server.transport === 'stdio'
      const ignored = usesCommand ? urlKey : 'command'
      const help = usesCommand
        ? `The remote server is never used; remove "${urlKey}", or move the remote server to an entry of its own.`
        : 'The local server is never started; remove "command", or move the local server to an entry of its own.'
      reports.push({
        messageId: usesCommand ? 'ignoresUrl' : 'ignoresCommand',
        data: { urlKey, host: host.name },
        help,
        at: [...server.pointer, ignored],
        key: true,
        server: server.name,
        severity: 'warning'
      })
    }
    return reports
  }
}
