import { pointerWith } from '../parse/source.js'
import type { Server } from '../types.js'
import { aboveDotFolder, HTTP, NO_APPROVALS, STDIO, type HostProfile, expandsOnly, startsInProject } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, commonFields, isRecord, serverEntries } from './util.js'

/**
 * Zed's reading of `context_servers` (zed-industries/zed crates/settings_content/src/project.rs
 * ContextServerSettingsContent @006ce51, crates/project/src/context_server_store.rs): a stdio server is
 * `{ command, args, env, timeout }`, with no `cwd`, and starts in the active project folder (else the first
 * visible worktree's root); no placeholders are expanded. Timeouts are seconds, capped at 600.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: {
        linux: [
          '${FLATPAK_XDG_CONFIG_HOME}/zed/settings.json',
          '${XDG_CONFIG_HOME}/zed/settings.json',
          '~/.config/zed/settings.json'
        ],
        darwin: ['~/.config/zed/settings.json'],
        win32: ['${APPDATA}/Zed/settings.json', '~/AppData/Roaming/Zed/settings.json']
      },
      scope: 'user',
      note: null,
      source: 'zed-industries/zed crates/paths/src/paths.rs config_dir, settings_file @010c9b6',
      unconfirmed: {}
    }
  ],
  servers: { at: ['context_servers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: { command: STDIO, url: { url: { ...HTTP, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source:
      'ContextServerCommand has command, args, env and timeout (zed-industries/zed crates/settings_content/src/project.rs @006ce51); context_server_store.rs resolve_root_path: the active project folder, else the first visible worktree'
  }),
  placeholders: expandsOnly([]),
  // No approval switch is honoured from a project file: Zed parses `.zed/settings.json` as
  // ProjectSettingsContent and keeps only that part (set_local_settings, kjanat/zed-editor
  // crates/settings/src/settings_store.rs @13be813, a mirror of zed-industries/zed), and `agent` (with
  // `always_allow_tool_actions`, `tool_permissions`, `default_profile`) and `agent_servers` (with
  // `default_mode`) are fields of the user-level SettingsContent only (zed-industries/zed
  // crates/settings_content/src/project.rs @006ce51, settings_content.rs @004920a). Servers carry no
  // approval key of their own.
  approvals: NO_APPROVALS
}

/**
 * One entry in Zed's meaning: the first variant of its untagged enum that fits wins, so `command`
 * makes it stdio, else `url` makes it HTTP, else `settings` makes it an extension's server (which the
 * extension starts as a stdio process), else `registry` one installed from the MCP Registry. The legacy
 * nested `command: { path, args, env }` still counts: Zed rewrites it before reading (migration m_2025_06_27).
 */
function zedServer(name: string, entry: Record<string, unknown>, file: string): Server {
  const pointer = ['context_servers', name]
  const server: Server = { name, host: 'zed', file, pointer, transport: 'unknown', fields: {} }
  const declaredType = asString(entry.source)
  if (declaredType !== undefined) {
    server.declaredType = declaredType
    server.fields.type = pointerWith(pointer, 'source')
  }
  if (entry.command !== undefined) {
    server.transport = 'stdio'
    // The legacy form nests the program, its arguments and variables: `command: { path, args, env }`.
    const nested = isRecord(entry.command) ? entry.command : undefined
    const key = (field: string): string[] => (nested?.[field] !== undefined ? ['command', field] : [field])
    const command = nested ? ['command', 'path'] : ['command']
    // A cwd is read as written: the profile says Zed ignores it.
    const only = { command, args: key('args'), env: key('env'), url: [], headers: null }
    const read = commonFields(entry, pointer, only)
    Object.assign(server, read, { fields: { ...server.fields, ...read.fields } })
  } else if (entry.url !== undefined) {
    server.transport = 'http'
    const only = { command: null, args: null, env: null, cwd: null }
    const fields = commonFields(entry, pointer, only)
    Object.assign(server, fields, { fields: { ...server.fields, ...fields.fields } })
  } else if (entry.settings !== undefined) {
    server.transport = 'stdio'
  }
  // A `registry` entry is a server Zed installed from the MCP Registry: what it runs is known only to Zed.
  if (entry.enabled === false) server.disabled = true
  return server
}

/**
 * Zed: `context_servers` in the project's `.zed/settings.json` (JSON with comments), beside every other
 * Zed setting. A settings file without `context_servers` simply defines no server.
 */
export const zed: HostAdapter = {
  id: 'zed',
  name: 'Zed',
  patterns: ['**/.zed/settings.json'],
  syntax: 'jsonc',
  profile: PROFILE,
  schemas: ['zed'],
  normalise(value, context) {
    return serverEntries(value, ['context_servers']).flatMap(([name, entry]) =>
      isRecord(entry) ? [zedServer(name, entry, context.path)] : []
    )
  }
}
