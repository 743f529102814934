import { isRecord } from '../hosts/util.js'
import type { PlaceholderSyntax } from '../placeholders.js'
import { blankedIn, syntaxesIn, type HostProfile } from '../hosts/profile.js'
import { fieldOf, serverPlaceholders } from './support/placeholder-tokens.js'
import { entryOf } from './support/transport.js'
import type { MessageData, Rule, RuleReport } from './types.js'

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
/** The names a host's profile says it sets or fills itself: they need no one to set them. */
function hostProvided(profile: HostProfile): Set<string> {
  return new Set([...Object.keys(profile.launch.environment), ...Object.keys(profile.placeholders.variables)])
}

/** Variables a host reads from fields that name them (Codex's `env_vars`, `bearer_token_env_var`, `env_http_headers`). */
function fieldVariables(profile: HostProfile, entry: Record<string, unknown>): string[] {
  const names: string[] = []
  for (const { key, holds } of profile.placeholders.variableFields) {
    const value = entry[key]
    if (holds === 'name' && typeof value === 'string') names.push(value)
    if (holds === 'names' && Array.isArray(value))
      for (const item of value) {
        if (typeof item === 'string') names.push(item)
        else if (isRecord(item) && typeof item.name === 'string') names.push(item.name)
      }
    if (holds === 'values' && isRecord(value))
      for (const name of Object.values(value)) if (typeof name === 'string') names.push(name)
  }
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
  preset: 'strict',
  description: 'Lists the environment variables each server needs from whoever runs it.',
  messages: {
    variables: 'server "{{server}}" needs {{variables}} from the environment',
    secrets: 'server "{{server}}" needs {{secrets}} from the host\'s secrets',
    variablesAndSecrets:
      'server "{{server}}" needs {{variables}} from the environment and {{secrets}} from the host\'s secrets',
    optional: 'server "{{server}}" reads {{optional}} from the environment if set'
  },
  checkFile(context) {
    const { doc, host, profile, servers } = context
    // A server's own manifest declares its variables itself; the inventory is for client configs.
    if (profile.role === 'manifest') return []
    const provided = hostProvided(profile)
    const syntaxes = profile.placeholders.syntaxes
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled) continue
      const required = new Set<string>()
      const optional = new Set<string>()
      const secrets = new Set<string>()
      for (const node of serverPlaceholders(context, server)) {
        for (const token of node.tokens) {
          if (!token.name) continue
          if (token.syntaxes.includes('double-brace')) {
            if (token.namespace === 'secrets' && syntaxes.includes('double-brace')) secrets.add(token.name)
            continue
          }
          if (token.syntaxes[0] === 'brace-env' && !token.text.startsWith('{env:')) continue
          const here = syntaxesIn(profile.placeholders, fieldOf(server, node.path))
          const expanded =
            node.inExpandedField && token.syntaxes.some((s) => ENV_SYNTAXES.includes(s) && here.includes(s))
          const byShell = node.inShell && token.syntaxes.some((s) => s === 'dollar' || s === 'dollar-brace')
          if (!expanded && !byShell) continue
          if (PROVIDED.has(token.name) || provided.has(token.name)) continue
          // The host sends "" for it there whatever is set (Claude Code's own credentials): nobody can provide it.
          if (expanded && blankedIn(profile.placeholders, token.name, String(node.path[server.pointer.length])))
            continue
          ;(token.hasDefault ? optional : required).add(token.name)
        }
      }
      const entry = entryOf(doc, server)
      if (entry) for (const name of fieldVariables(profile, entry)) if (!PROVIDED.has(name)) required.add(name)
      for (const name of required) optional.delete(name)
      const optionalNote =
        optional.size > 0
          ? ` It also reads ${list(optional)} if set (${optional.size === 1 ? 'it has a default' : 'they have defaults'}).`
          : ''
      let report: Pick<RuleReport, 'messageId' | 'data' | 'help'>
      if (required.size > 0 || secrets.size > 0) {
        const data: MessageData = { server: server.name }
        if (required.size > 0) data.variables = list(required)
        if (secrets.size > 0) data.secrets = list(secrets)
        const messageId = required.size === 0 ? 'secrets' : secrets.size === 0 ? 'variables' : 'variablesAndSecrets'
        report = {
          messageId,
          data,
          help: `The server does not work for a colleague until they provide these (in the environment that starts ${host.name}, or its secrets); say so in the README.${optionalNote}`
        }
      } else if (optional.size > 0) {
        report = {
          messageId: 'optional',
          data: { server: server.name, optional: list(optional) },
          help: `${optional.size === 1 ? 'It has a default' : 'They have defaults'}, so the server works without ${optional.size === 1 ? 'it' : 'them'}; set ${optional.size === 1 ? 'it' : 'them'} in the environment that starts ${host.name} to change the behaviour.`
        }
      } else {
        continue
      }
      reports.push({ ...report, at: server.pointer, key: true, server: server.name })
    }
    return reports
  }
}
