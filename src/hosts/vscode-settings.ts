import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { PointerPath, Server } from '../types.js'
import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord, mayHoldKey, normaliseServerMap } from './util.js'
import {
  checkMcpServersKey,
  inVscodeUserData,
  normaliseVscodeServers,
  VSCODE_PROFILE,
  vscodeTransport
} from './vscode.js'

/** The same servers and inputs as `.vscode/mcp.json`, one level down in the `mcp` setting, among every other setting. */
const PROFILE: HostProfile = {
  ...VSCODE_PROFILE,
  mcpOnly: false,
  userFiles: [
    {
      paths: inVscodeUserData('settings.json'),
      scope: 'legacy',
      note: 'servers in the "mcp" setting, which VS Code 1.102 moved to mcp.json',
      source: 'microsoft/vscode src/vs/platform/environment/node/userDataPath.ts @05528c7; redis/mcp-redis#57',
      unconfirmed: {}
    }
  ],
  servers: { ...VSCODE_PROFILE.servers!, at: ['mcp', 'servers'], inputs: ['mcp', 'inputs'] }
}

/**
 * Where VS Code finds the `mcp` setting's servers and inputs. It reads settings.json's top-level keys in order
 * and splits each at its dots into nested objects (toValuesTree and addToValueTree, microsoft/vscode
 * src/vs/platform/configuration/common/configuration.ts): `"mcp.servers": {…}` is `"mcp": { "servers": {…} }`, a
 * later key replaces what an earlier one set there (a later `"mcp"` replaces everything set below it), and a key
 * below a value that is not an object is ignored.
 */
interface McpSetting {
  /** The server map read, when one key holds it. */
  servers?: PointerPath
  /** Servers set one by one (`"mcp.servers.<name>"`), by name: over the map's entries of the same name. */
  single: Map<string, PointerPath>
  inputs?: PointerPath
  /** Keys whose servers or inputs a later key replaces: VS Code does not read them. */
  replaced: { at: PointerPath; by: string }[]
  /** Keys that set part of a server or of the inputs (`"mcp.servers.a.command"`): not checked. */
  partial: string[]
}

function mcpSetting(value: unknown): McpSetting {
  const setting: McpSetting = { single: new Map(), replaced: [], partial: [] }
  if (!isRecord(value)) return setting
  // Whether `mcp` is a value keys below it cannot go into (`"mcp": null`, `"mcp": 1`).
  let closed = false
  const replace = (at: PointerPath | undefined, by: string): void => {
    if (at) setting.replaced.push({ at, by })
  }
  const replaceSingles = (by: string): void => {
    for (const at of setting.single.values()) replace(at, by)
    setting.single.clear()
  }
  for (const key of Object.keys(value)) {
    if (key !== 'mcp' && !key.startsWith('mcp.')) continue
    const entry = value[key]
    if (key === 'mcp') {
      replace(setting.servers, key)
      replace(setting.inputs, key)
      replaceSingles(key)
      closed = entry === null || typeof entry !== 'object'
      setting.servers = isRecord(entry) && 'servers' in entry ? ['mcp', 'servers'] : undefined
      setting.inputs = isRecord(entry) && 'inputs' in entry ? ['mcp', 'inputs'] : undefined
      continue
    }
    if (closed) continue
    const segments = key.split('.')
    if (key === 'mcp.servers') {
      replace(setting.servers, key)
      replaceSingles(key)
      setting.servers = [key]
    } else if (key === 'mcp.inputs') {
      replace(setting.inputs, key)
      setting.inputs = [key]
    } else if (segments[1] === 'servers' && segments.length === 3) {
      // Into the map read so far, unless it is not an object (then VS Code ignores the key).
      const map = setting.servers && valueAt(value, setting.servers)
      if (setting.servers && (map === null || typeof map !== 'object')) continue
      const name = segments[2]
      replace(setting.single.get(name) ?? (isRecord(map) && name in map ? [...setting.servers!, name] : undefined), key)
      setting.single.set(name, [key])
    } else if (segments[1] === 'servers' || segments[1] === 'inputs') setting.partial.push(key)
  }
  return setting
}

function valueAt(value: unknown, at: PointerPath): unknown {
  let node = value
  for (const segment of at) node = isRecord(node) ? node[String(segment)] : undefined
  return node
}

/** The servers VS Code starts from the setting, each at the key that holds it. */
function normalise(value: unknown, file: string): Server[] {
  const setting = mcpSetting(value)
  const base = { host: 'vscode-settings' as const, file }
  const servers = !setting.servers
    ? []
    : setting.servers.length === 2
      ? normaliseVscodeServers(value, ['mcp'], base)
      : normaliseFrom(value, setting.servers, base)
  const kept = servers.filter((server) => !setting.single.has(server.name))
  if (setting.single.size === 0) return kept
  // Each `"mcp.servers.<name>"` key is a server of its own, named by the key's last part.
  const keys = new Set([...setting.single.values()].map((at) => String(at[0])))
  const singles = normaliseServerMap(value, [], base, vscodeTransport)
    .filter((server) => keys.has(server.name))
    .map((server) => {
      delete server.disabled
      return { ...server, name: server.name.slice('mcp.servers.'.length) }
    })
  return [...kept, ...singles]
}

/** `normaliseVscodeServers` for a map at `at` (a dotted key), which it takes as `<at>.servers` otherwise. */
function normaliseFrom(value: unknown, at: PointerPath, base: Pick<Server, 'host' | 'file'>): Server[] {
  return normaliseServerMap(value, at, base, vscodeTransport).map((server) => {
    delete server.disabled
    return server
  })
}

/** What VS Code does not read as written: a key a later one replaces, a key that sets part of a server. */
function checkSetting(doc: ParsedDocument): Finding[] {
  const setting = mcpSetting(doc.value)
  return [
    ...setting.replaced.map(({ at, by }): Finding => ({
      ruleId: 'schema-value',
      severity: 'warning',
      message: `VS Code does not read this: "${by}", written after it, replaces it`,
      help: 'VS Code splits dotted setting keys into nested objects, and a later key replaces what an earlier one set: keep the servers and inputs in one place ("mcp": { "servers": … } or "mcp.servers").',
      range: doc.locate(at, true)
    })),
    ...setting.partial.map((key): Finding => ({
      ruleId: 'schema-shape',
      severity: 'error',
      message: `"${key}" sets part of the "mcp" setting's servers or inputs, which mcpcop does not check written this way`,
      help: 'VS Code splits dotted setting keys into nested objects, so this key changes a server or an input: write the whole server (or the inputs) under "mcp": { "servers": … } or "mcp.servers" so that it is checked.',
      range: doc.locate([key], true)
    }))
  ]
}

/** A key that sets the `mcp` setting's servers or inputs, or the whole setting. */
const MCP_KEY = /^mcp(?:$|\.(?:servers|inputs)(?:$|\.))/

/**
 * VS Code's legacy home for MCP servers: the `mcp` setting (`{ servers, inputs }`) of
 * `.vscode/settings.json`, used before 1.102 moved them to `.vscode/mcp.json`. The file holds every
 * other workspace setting too, so only files with an `mcp` setting are claimed, and only it is checked. VS Code
 * reads dotted keys as nested objects, so `"mcp.servers"`, `"mcp.inputs"` and `"mcp.servers.<name>"` are the
 * same setting (`mcpSetting`).
 */
export const vscodeSettings: HostAdapter = {
  id: 'vscode-settings',
  name: 'VS Code',
  patterns: ['**/.vscode/settings.json'],
  syntax: 'jsonc',
  profile: PROFILE,
  profileFor(_context, value) {
    if (value === undefined) return PROFILE
    const setting = mcpSetting(value)
    if (setting.servers?.length !== 1 && setting.inputs?.length !== 1) return PROFILE
    const { at, inputs } = PROFILE.servers!
    return { ...PROFILE, servers: { ...PROFILE.servers!, at: setting.servers ?? at, inputs: setting.inputs ?? inputs } }
  },
  claims: (value) => isRecord(value) && Object.keys(value).some((key) => MCP_KEY.test(key)),
  // The dotted form (`"mcp.servers"`) names the same setting to VS Code.
  claimsText: mayHoldKey('"mcp"', '"mcp.'),
  schemas: ['vscode-settings'],
  check: (doc) => [...checkMcpServersKey(doc, ['mcp'], 'the "mcp" setting'), ...checkSetting(doc)],
  normalise: (value, context) => normalise(value, context.path)
}
