import type { HostAdapter } from '../hosts/types.js'
import type { PlaceholderSyntax } from '../placeholders.js'
import { describePath } from '../schema/validate.js'
import type { Server } from '../types.js'
import { hostExpands, serverPlaceholders, type PlaceholderToken } from './_placeholder-tokens.js'
import { envReference } from './placeholder-syntax.js'
import type { Rule, RuleReport } from './types.js'
import { profileOf } from '../hosts/index.js'

/** What each syntax is, for messages. */
const SYNTAX_NAMES: Record<PlaceholderSyntax, string> = {
  'dollar-brace': 'the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot',
  dollar: 'a bare shell-style $VAR',
  'env-colon': 'the ${env:VAR} syntax of VS Code, Cursor, Roo Code and Windsurf',
  input: 'a VS Code input variable',
  'editor-variable': 'an editor variable',
  'brace-env': "opencode's {env:...}/{file:...} syntax",
  'double-brace': 'the ${{ ... }} syntax of Continue and GitHub Actions',
  'registry-variable': 'an MCP Registry template variable',
  'mcpb-variable': 'an MCP bundle (MCPB) variable'
}

/** Syntaxes whose shell-style forms a shell script (`sh -c "..."`) expands on its own. */
const SHELL_SYNTAXES = new Set<PlaceholderSyntax>(['dollar', 'dollar-brace'])

/** An environment variable name for an input id: `github_pat` → `GITHUB_PAT`. */
function envName(id: string): string {
  return (
    id
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase() || 'VALUE'
  )
}

/** Hosts that expand nothing, and how to get a variable's value to the server there. */
function withoutExpansion(host: HostAdapter, server: Server, name: string | undefined): string {
  if (host.id === 'codex') {
    const variable = name ?? 'NAME'
    const field =
      server.transport === 'stdio'
        ? `forward the variable to the server with env_vars = ["${variable}"] and let it read the value from its environment`
        : `read a token from the environment with bearer_token_env_var = "${variable}", or a header with env_http_headers`
    return `Codex expands no placeholders: ${field}`
  }
  return `${host.name} expands no placeholders: write the real value in each user's own copy of the file (keeping secrets out of the repository), or let the server read the variable from its environment`
}

/** Variables Claude Code provides to plugin servers only. */
const PLUGIN_ONLY = new Set(['CLAUDE_PLUGIN_ROOT', 'CLAUDE_PLUGIN_DATA'])

/** The fix for one foreign token, in the host's own terms. */
function fixFor(host: HostAdapter, server: Server, token: PlaceholderToken): string {
  const inner = token.text.startsWith('${') ? token.text.slice(2, -1).trim() : ''
  const primary = token.syntaxes[0]
  if (primary === 'editor-variable' || (primary === 'mcpb-variable' && !token.name)) {
    if (inner === 'userHome') {
      const ref = envReference(host.profile.placeholders.syntaxes, 'HOME')
      return ref ? `write "${ref}"` : withoutExpansion(host, server, 'HOME')
    }
    if (inner === '/' || inner === 'pathSeparator') return 'write "/", which works on every system for most programs'
    if (inner === '__dirname' && (host.id === 'claude-code' || host.id === 'claude-plugin'))
      return 'in a plugin, write "${CLAUDE_PLUGIN_ROOT}"'
    if (/^workspace(Folder|Root)/.test(inner)) {
      if (hostExpands(host, { text: '${workspaceFolder}', shown: '', syntaxes: ['editor-variable'] }))
        return 'write "${workspaceFolder}"'
      if (host.id === 'claude-code')
        return 'Claude Code starts servers in the project folder, so use a relative path, or "${CLAUDE_PROJECT_DIR:-.}"'
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
  const ref = envReference(host.profile.placeholders.syntaxes, name)
  if (!ref) return withoutExpansion(host, server, name)
  if (primary === 'input')
    return `${host.name} has no prompts for inputs: read the value from the environment with "${ref}"`
  return `write "${ref}"${token.hasDefault ? ` (${host.name} has no default values)` : ''}`
}

/**
 * A placeholder in a syntax the file's host does not expand (`${env:X}` in Claude Code, `${VAR}` in
 * Cursor, `${input:x}` outside VS Code, bare `$VAR` in Claude Code or Kiro, `{env:X}` outside opencode,
 * `${{ secrets.X }}` outside Continue, editor variables where there are none): the server receives
 * the text as written. Which syntaxes a host expands comes from its adapter's `placeholders`. Shell
 * scripts (`sh -c "..."`) expand `$VAR` themselves and are left alone; disabled servers are skipped.
 */
export const foreignPlaceholder: Rule = {
  id: 'foreign-placeholder',
  defaultSeverity: 'warning',
  description: 'A placeholder syntax that this host does not expand.',
  checkFile({ doc, host, servers, path, exists }) {
    const reports: RuleReport[] = []
    const provided = profileOf(host, { path, exists }).placeholders.variables
    for (const server of servers) {
      if (server.disabled) continue
      for (const node of serverPlaceholders(doc, server)) {
        const seen = new Set<string>()
        for (const token of node.tokens) {
          if (seen.has(token.text)) continue
          if (hostExpands(host, token)) {
            // Claude Code sets its plugin variables for a plugin's servers only: elsewhere they stay as written.
            const pluginOnly = token.name !== undefined && PLUGIN_ONLY.has(token.name) && !token.hasDefault
            if (pluginOnly && provided[token.name as string] === undefined) {
              seen.add(token.text)
              reports.push({
                message: `${describePath(node.path)} uses "${token.shown}", which ${host.name} sets only for the servers of a plugin (a .mcp.json beside .claude-plugin/plugin.json), not for a project's, so the server gets that text as it is; use a path relative to the project folder, or "\${CLAUDE_PROJECT_DIR:-.}"`,
                at: node.path,
                server: server.name
              })
            }
            continue
          }
          if (node.inShell && token.syntaxes.some((s) => SHELL_SYNTAXES.has(s))) continue
          seen.add(token.text)
          reports.push({
            message: `${describePath(node.path)} uses "${token.shown}", ${SYNTAX_NAMES[token.syntaxes[0]]}, which ${host.name} does not expand, so the server gets that text as it is; ${fixFor(host, server, token)}`,
            at: node.path,
            server: server.name
          })
        }
      }
    }
    return reports
  }
}
