import { isRecord } from '../hosts/util.js'
import type { PlaceholderSyntax } from '../placeholders.js'
import type { HostId } from '../types.js'
import { serverPlaceholders } from './_placeholder-tokens.js'
import { entryOf } from './_transport.js'
import type { Rule, RuleReport } from './types.js'

/** Syntaxes that read an environment variable. */
const ENV_SYNTAXES: PlaceholderSyntax[] = ['dollar-brace', 'dollar', 'env-colon', 'brace-env']

/** Variables every system (or the host itself) provides: nobody has to set them. */
const PROVIDED = new Set([
  'HOME',
  'USER',
  'USERNAME',
  'LOGNAME',
  'PATH',
  'PWD',
  'SHELL',
  'TMPDIR',
  'TEMP',
  'TMP',
  'LANG',
  'TERM',
  'HOSTNAME',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'HOMEDRIVE',
  'HOMEPATH',
  'SYSTEMROOT',
  'SystemRoot',
  'PROGRAMFILES',
  'ProgramFiles',
  'COMSPEC',
  'ComSpec',
  'OS'
])
const HOST_PROVIDED: Partial<Record<HostId, ReadonlySet<string>>> = {
  'claude-code': new Set(['CLAUDE_PROJECT_DIR', 'CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA']),
  'claude-plugin': new Set(['CLAUDE_PROJECT_DIR', 'CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA']),
  'gemini-extension': new Set(['extensionPath', 'workspacePath'])
}

/** Codex names variables in fields instead of placeholders: `env_vars`, `bearer_token_env_var`, `env_http_headers`. */
function codexVariables(entry: Record<string, unknown>): string[] {
  const names: string[] = []
  if (Array.isArray(entry.env_vars)) {
    for (const item of entry.env_vars) {
      if (typeof item === 'string') names.push(item)
      else if (isRecord(item) && typeof item.name === 'string') names.push(item.name)
    }
  }
  if (typeof entry.bearer_token_env_var === 'string') names.push(entry.bearer_token_env_var)
  if (isRecord(entry.env_http_headers))
    for (const value of Object.values(entry.env_http_headers)) if (typeof value === 'string') names.push(value)
  return names
}

const list = (names: Iterable<string>): string => [...names].join(', ')

/**
 * An inventory, not a problem: for each server, the environment variables it reads through the
 * host's own placeholders (and Codex's `env_vars`, `bearer_token_env_var`, `env_http_headers`), so a
 * reviewer sees what a colleague must set before the server works. Variables in a shell script
 * (`sh -c "..."`) count too, since the script reads them from the same environment. Variables with a
 * default are listed as optional; those every system or the host itself sets (HOME, PATH,
 * CLAUDE_PROJECT_DIR, ...) are left out. Disabled servers are skipped.
 */
export const envInventory: Rule = {
  id: 'env-inventory',
  defaultSeverity: 'notice',
  description: 'Lists the environment variables each server needs from whoever runs it.',
  checkFile({ doc, host, servers }) {
    if (host.id === 'registry' || host.id === 'mcpb') return []
    const provided = HOST_PROVIDED[host.id]
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled) continue
      const required = new Set<string>()
      const optional = new Set<string>()
      const secrets = new Set<string>()
      for (const node of serverPlaceholders(doc, server)) {
        for (const token of node.tokens) {
          if (!token.name) continue
          if (token.syntaxes.includes('double-brace')) {
            if (token.namespace === 'secrets' && host.profile.placeholders.syntaxes.includes('double-brace'))
              secrets.add(token.name)
            continue
          }
          if (token.syntaxes[0] === 'brace-env' && !token.text.startsWith('{env:')) continue
          const expanded = token.syntaxes.some(
            (s) => ENV_SYNTAXES.includes(s) && host.profile.placeholders.syntaxes.includes(s)
          )
          const byShell = node.inShell && token.syntaxes.some((s) => s === 'dollar' || s === 'dollar-brace')
          if (!expanded && !byShell) continue
          if (PROVIDED.has(token.name) || provided?.has(token.name)) continue
          ;(token.hasDefault ? optional : required).add(token.name)
        }
      }
      if (host.id === 'codex') {
        const entry = entryOf(doc, server)
        if (entry) for (const name of codexVariables(entry)) if (!PROVIDED.has(name)) required.add(name)
      }
      for (const name of required) optional.delete(name)
      const parts: string[] = []
      if (required.size > 0) parts.push(`${list(required)} from the environment`)
      if (secrets.size > 0) parts.push(`the secret${secrets.size === 1 ? '' : 's'} ${list(secrets)}`)
      let message: string
      if (parts.length > 0) {
        message = `server "${server.name}" needs ${parts.join(' and ')}`
        if (optional.size > 0)
          message += `; it also reads ${list(optional)} if set (${optional.size === 1 ? 'it has a default' : 'they have defaults'})`
      } else if (optional.size > 0) {
        message = `server "${server.name}" reads ${list(optional)} from the environment if set (${optional.size === 1 ? 'it has a default' : 'they have defaults'})`
      } else {
        continue
      }
      reports.push({ message, at: server.pointer, key: true, server: server.name })
    }
    return reports
  }
}
