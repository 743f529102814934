import { blankedIn, syntaxesIn, variableFor, type HostProfile } from '../hosts/profile.js'
import type { HostAdapter } from '../hosts/types.js'
import type { PlaceholderSyntax } from '../placeholders.js'
import type { PointerPath, Server } from '../types.js'
import { quoteList } from './support/message-text.js'
import { fieldOf, hostExpands, serverPlaceholders, type PlaceholderToken } from './support/placeholder-tokens.js'
import { envReference } from './placeholder-syntax.js'
import type { Rule, RuleReport } from './types.js'
import { trimEndOf, trimStartOf } from '../text.js'

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What each syntax is, for messages. */
const SYNTAX_NAMES: Record<PlaceholderSyntax, string> = {
  'dollar-brace': 'the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot',
  'dollar-brace-plain': 'the ${VAR} syntax of Amp and Qwen Code',
  dollar: 'a bare shell-style $VAR',
  'env-colon': 'the ${env:VAR} syntax of VS Code, Cursor, Roo Code and Windsurf',
  input: 'a VS Code input variable',
  'editor-variable': 'an editor variable',
  'brace-env': "opencode's {env:...}/{file:...} syntax",
  'double-brace': 'the ${{ ... }} syntax of Continue and GitHub Actions',
  'registry-variable': 'an MCP Registry template variable',
  'mcpb-variable': 'an MCP bundle (MCPB) variable'
}

/** `${VAR:-default}`, which hosts that expand `${VAR}` alone leave as written. */
const DEFAULT_FORM = 'the ${VAR:-default} form of Claude Code, Gemini CLI, Kiro and GitHub Copilot'

/** Syntaxes whose shell-style forms a shell script (`sh -c "..."`) expands on its own. */
const SHELL_SYNTAXES = new Set<PlaceholderSyntax>(['dollar', 'dollar-brace', 'dollar-brace-plain'])

/** An environment variable name for an input id: `github_pat` → `GITHUB_PAT`. */
function envName(id: string): string {
  return trimEndOf(trimStartOf(id.replace(/[^A-Za-z0-9]+/g, '_'), '_'), '_').toUpperCase() || 'VALUE'
}

/** How to get a variable's value to the server in a host that expands nothing. */
function withoutExpansion(host: HostAdapter, profile: HostProfile, server: Server, name: string | undefined): string {
  const own = profile.placeholders.withoutExpansion
  if (own) {
    const way = server.transport === 'stdio' ? own.stdio : own.remote
    return `${host.name} expands no placeholders: ${way.replace('{name}', name ?? 'NAME')}`
  }
  return `${host.name} expands no placeholders: write the real value in each user's own copy of the file (keeping secrets out of the repository), or let the server read the variable from its environment`
}

/** The fix for one foreign token in the entry's key `field`, in the host's own terms there. */
function fixFor(
  host: HostAdapter,
  profile: HostProfile,
  server: Server,
  token: PlaceholderToken,
  field: string
): string {
  const inner = token.text.startsWith('${') ? token.text.slice(2, -1).trim() : ''
  const primary = token.syntaxes[0]
  const syntaxes = syntaxesIn(profile.placeholders, field)
  if (primary === 'editor-variable' || (primary === 'mcpb-variable' && !token.name)) {
    if (inner === 'userHome') {
      const ref = variableFor(profile, 'home') ?? envReference(syntaxes, 'HOME')
      return ref ? `write "${ref}"` : withoutExpansion(host, profile, server, 'HOME')
    }
    if (inner === '/' || inner === 'pathSeparator') return 'write "/", which works on every system for most programs'
    // A bundle's own folder: a plugin's root, an extension's path.
    const folder = inner === '__dirname' ? variableFor(profile, 'file-folder', 'project') : undefined
    if (folder) return `write "${folder}"`
    if (/^workspace(Folder|Root)/.test(inner)) {
      // The user's project: where a plugin or an extension is used, else the file's own project folder.
      const project = variableFor(profile, 'working-directory', 'project')
      if (project) return `write "${project}"`
      // A variable the host sets in the server's environment, which ${VAR:-default} reads (Claude Code's CLAUDE_PROJECT_DIR).
      const set = Object.entries(profile.launch.environment).find(([, held]) => held === 'project')?.[0]
      if (set !== undefined && syntaxes.includes('dollar-brace'))
        return `${host.name} starts servers in the project folder, so use a relative path, or "\${${set}:-.}"`
      return 'use a path relative to the project folder, or an environment variable'
    }
    return `${host.name} has no such variable: write the value itself`
  }
  if (primary === 'brace-env' && !token.name)
    return `${host.name} does not read files into values: write the value, or reference an environment variable`
  if (primary === 'double-brace' && token.namespace !== 'secrets')
    return `${host.name} has no such inputs: write the value, or reference an environment variable`
  const name = primary === 'input' && token.name ? envName(token.name) : token.name
  if (!name) return `${host.name} does not expand it: write the value itself`
  const ref = envReference(syntaxes, name)
  if (!ref) return withoutExpansion(host, profile, server, name)
  if (primary === 'input')
    return `${host.name} has no prompts for inputs: read the value from the environment with "${ref}"`
  return `write "${ref}"${token.hasDefault ? ` (${host.name} has no default values)` : ''}`
}

/** The fix for a placeholder in a field the host passes as written: move the value where the host fills it. */
function fieldFix(server: Server, path: PointerPath): string {
  const field = path[server.pointer.length]
  if (server.transport === 'stdio' && (field === 'args' || field === 'command'))
    return `pass the value in "env" and let the server read it there, or write it out`
  return `write the value itself`
}

/**
 * A placeholder in a syntax the file's host does not expand (`${env:X}` in Claude Code, `${VAR}` in
 * Cursor, `${input:x}` outside VS Code, bare `$VAR` in Claude Code or Kiro, `{env:X}` outside opencode,
 * `${{ secrets.X }}` outside Continue, editor variables where there are none): the server receives
 * the text as written. Which syntaxes and variables a host expands comes from its profile. Shell
 * scripts (`sh -c "..."`) expand `$VAR` themselves and are left alone; disabled servers are skipped.
 */
export const foreignPlaceholder: Rule = {
  id: 'foreign-placeholder',
  defaultSeverity: 'warning',
  description: 'A placeholder syntax that this host does not expand.',
  messages: {
    notExpanded: '{{host}} does not expand "{{token}}": the server gets that text as it is',
    setElsewhere: '{{host}} sets "{{token}}" only for {{for}}: here the server gets that text as it is',
    notInField: '{{host}} expands "{{token}}" only in {{fields}}: here the text is used as written',
    blanked: '{{host}} replaces "{{token}}" with an empty text here: the server gets nothing in its place'
  },
  checkFile(context) {
    const { host, profile, servers } = context
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled) continue
      for (const node of serverPlaceholders(context, server)) {
        const seen = new Set<string>()
        const field = fieldOf(server, node.path)
        for (const token of node.tokens) {
          if (seen.has(token.text)) continue
          const expands = hostExpands(profile, token, field)
          if (expands && !node.inExpandedField) {
            if (node.inShell && token.syntaxes.some((s) => SHELL_SYNTAXES.has(s))) continue
            seen.add(token.text)
            const fields = quoteList(profile.placeholders.expandedIn ?? [])
            reports.push({
              messageId: 'notInField',
              data: { token: token.shown, host: host.name, fields },
              help: `${host.name} fills placeholders only in ${fields}; ${fieldFix(server, node.path)}.`,
              at: node.path,
              server: server.name
            })
            continue
          }
          if (expands && token.name !== undefined && blankedIn(profile.placeholders, token.name, field)) {
            // Claude Code keeps its own credentials from remote servers: `${NPM_TOKEN}` in a header becomes "".
            seen.add(token.text)
            reports.push({
              messageId: 'blanked',
              data: { token: token.shown, host: host.name },
              help: `${host.name} never expands ${token.name} in ${quoteList(profile.placeholders.blanked?.fields ?? [])}, so that its own credentials and proxies do not reach servers (even a default is dropped); use another variable name, such as MCP_${token.name}, set to the same value.`,
              at: node.path,
              server: server.name
            })
            continue
          }
          if (expands) {
            // A variable the host sets for other files only (Claude Code's plugin variables): here it stays as written.
            const elsewhere = profile.placeholders.setElsewhere
            if (elsewhere && token.name !== undefined && !token.hasDefault && elsewhere.names.includes(token.name)) {
              seen.add(token.text)
              reports.push({
                messageId: 'setElsewhere',
                data: { token: token.shown, host: host.name, for: elsewhere.for },
                help: `${capitalized(elsewhere.instead)}.`,
                at: node.path,
                server: server.name
              })
            }
            continue
          }
          if (node.inShell && token.syntaxes.some((s) => SHELL_SYNTAXES.has(s))) continue
          seen.add(token.text)
          reports.push({
            messageId: 'notExpanded',
            data: { token: token.shown, host: host.name },
            // In a field the host passes as written, no placeholder of its own would do either.
            help: `"${token.shown}" is ${token.hasDefault ? DEFAULT_FORM : SYNTAX_NAMES[token.syntaxes[0]]}; ${node.inExpandedField ? fixFor(host, profile, server, token, field) : fieldFix(server, node.path)}.`,
            at: node.path,
            server: server.name
          })
        }
      }
    }
    return reports
  }
}
