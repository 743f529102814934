// Importing claude-code.js also registers the Claude Code schema whose server definition this one refers to.
import { CLAUDE_PLUGIN_SERVERS_PROFILE, pluginServerFiles, type PluginServerFile } from './claude-code.js'
import type { Finding } from '../finding.js'
import { typeMeaning, type HostProfile } from './profile.js'
import type { PointerPath, Server, Transport } from '../types.js'
import type { ParsedDocument } from '../parse/source.js'
import type { FileContext, HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap, valueAt } from './util.js'

/** Inline servers mean what they mean in a plugin's `.mcp.json`; the manifest holds the plugin's other fields too. */
const PROFILE: HostProfile = { ...CLAUDE_PLUGIN_SERVERS_PROFILE, mcpOnly: false }

/** Claude Code's transport rule, as for .mcp.json: no `type` means stdio. */
function claudeTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  return {
    transport: declaredType === undefined ? 'stdio' : typeMeaning(PROFILE, declaredType)!.transport,
    declaredType
  }
}

/**
 * The servers held inline in the `mcpServers` of the manifest fields at `at` (a plugin.json's root, a marketplace
 * entry): the map itself, or each map item of an array.
 */
export function inlineServers(value: unknown, at: PointerPath, base: Pick<Server, 'host' | 'file'>): Server[] {
  const fields = valueAt(value, at)
  const servers = isRecord(fields) ? fields.mcpServers : undefined
  if (isRecord(servers)) return normaliseServerMap(value, [...at, 'mcpServers'], base, claudeTransport)
  if (!Array.isArray(servers)) return []
  return servers.flatMap((_item: unknown, index) =>
    normaliseServerMap(value, [...at, 'mcpServers', index], base, claudeTransport)
  )
}

/**
 * What is wrong with the files of servers the manifest names: one that leaves the plugin folder is not read (its
 * servers would go unchecked), one that is not there holds nothing to check. Whether a file is there is asked only
 * where there is a repository to look in (`context.read`).
 */
export function serverFileFindings(doc: ParsedDocument, context: FileContext, files: PluginServerFile[]): Finding[] {
  return files.flatMap(({ at, written, path }): Finding[] => {
    if (path === undefined)
      return [
        {
          ruleId: 'file-unreadable',
          severity: 'error',
          message: `"${written}" leads outside the plugin folder, so mcpcop does not read it and its servers are not checked`,
          help: 'Claude Code reads a plugin\'s files from the plugin root: keep the file of servers inside the plugin folder and name it with a path starting with "./", without "..".',
          range: doc.locate(at)
        }
      ]
    if (context.read === undefined || context.exists(path)) return []
    return [
      {
        ruleId: 'file-unreadable',
        severity: 'warning',
        message: `"${written}" is not in the repository (${path}), so none of its servers are checked`,
        help: 'Claude Code reads this path from the plugin root (the folder holding .claude-plugin/): commit the file there, or fix the path.',
        range: doc.locate(at)
      }
    ]
  })
}

/**
 * Claude Code plugins: `.claude-plugin/plugin.json`, whose `mcpServers` holds servers inline (the
 * `.mcp.json` server shape) or names JSON files of servers or MCPB bundles. Inline servers are normalised
 * here; each JSON file it names is checked as the plugin's `.mcp.json` (`references`), whatever its name,
 * since Claude Code starts its servers too. MCPB bundles are archives, not read.
 */
export const claudePlugin: HostAdapter = {
  id: 'claude-plugin',
  name: 'Claude Code',
  patterns: ['**/.claude-plugin/plugin.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-plugin'],
  check: (doc, context) => serverFileFindings(doc, context, pluginServerFiles(doc.value, context.path)),
  references: (value, context) =>
    pluginServerFiles(value, context.path).flatMap(({ path, root }) =>
      path === undefined ? [] : [{ path, root, host: 'claude-code' as const }]
    ),
  normalise: (value, context) => inlineServers(value, [], { host: 'claude-plugin', file: context.path })
}
