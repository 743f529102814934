// An entry's servers are read as a plugin manifest's: inline (claude-plugin.js) or in files named from its folder.
import { serverFileFindings, inlineServers } from './claude-plugin.js'
import {
  CLAUDE_PLUGIN_SERVERS_PROFILE,
  marketplaceEntries,
  serverFilesAt,
  type PluginServerFile
} from './claude-code.js'
import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'

/**
 * An entry's servers mean what a plugin's `.mcp.json` servers mean. There is no one server map in the file (each
 * entry has its own), so no `servers` facts: the rules about the map's key and its emptiness have nothing to read.
 */
const PROFILE: HostProfile = { ...CLAUDE_PLUGIN_SERVERS_PROFILE, mcpOnly: false, servers: null }

/** The files of servers each local entry names in `mcpServers`, from that entry's plugin folder. */
function serverFiles(value: unknown, file: string): PluginServerFile[] {
  return marketplaceEntries(value, file).flatMap((entry) =>
    entry.folder === undefined ? [] : serverFilesAt(value, entry.at, entry.folder)
  )
}

/**
 * Claude Code plugin marketplaces: `.claude-plugin/marketplace.json`, whose `plugins` entries may carry a plugin
 * manifest's fields inline, `mcpServers` among them (code.claude.com/docs/en/plugins/marketplace-reference, "strict":
 * with `false` the entry is the whole plugin definition). Claude Code 2.1.332 makes the entry the plugin's manifest
 * whenever the plugin folder has no `.claude-plugin/plugin.json`, whatever `strict` says (`$Vo`: `vNe(entry,
 * "marketplace-entry")` when `hasManifest` is false); it then starts the entry's servers as a plugin's, reading
 * `.mcp.json` and `manifest.mcpServers` from the plugin folder (`CIo`, `Iwe`). Beside a plugin.json it merges the
 * entry's commands, agents, skills, output styles, themes and hooks but not its `mcpServers` (`YKo`), and with
 * `strict: false` and components in both it loads no plugin; the docs say the two merge, and a plugin.json can be
 * deleted by the next pull request, so the entry's servers are checked in every case.
 * npm @anthropic-ai/claude-code-linux-x64@2.1.332 $Vo, yge, YKo, CIo.
 *
 * Inline servers are normalised here, named as Claude Code names plugin servers (`plugin:<plugin>:<server>`), so
 * two entries' servers of one name stay apart. A path (or array of paths) is read from the entry's plugin folder, the
 * `source` resolved from the marketplace root (after `metadata.pluginRoot` for a bare name), and each file it names
 * is checked as the plugin's `.mcp.json` (`references`). Plugins fetched from GitHub, git or a URL are not in this
 * repository, and their files are not read.
 */
export const claudeMarketplace: HostAdapter = {
  id: 'claude-marketplace',
  name: 'Claude Code',
  patterns: ['**/.claude-plugin/marketplace.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['claude-marketplace'],
  check: (doc, context) => serverFileFindings(doc, context, serverFiles(doc.value, context.path)),
  references: (value, context) =>
    serverFiles(value, context.path).flatMap(({ path, root }) =>
      path === undefined ? [] : [{ path, root, host: 'claude-code' as const }]
    ),
  normalise: (value, context) =>
    marketplaceEntries(value, context.path).flatMap((entry) =>
      inlineServers(value, entry.at, { host: 'claude-marketplace', file: context.path }).map((server) => ({
        ...server,
        name: `plugin:${entry.name ?? String(entry.at[1])}:${server.name}`
      }))
    )
}
