import picomatch from 'picomatch'
import type { HostId } from '../types.js'
import { claudeCode } from './claude-code.js'
import { claudeSettings } from './claude-settings.js'
import { claudeUser } from './claude-user.js'
import { claudePlugin } from './claude-plugin.js'
import { claudeDesktop } from './claude-desktop.js'
import { cursor } from './cursor.js'
import { vscode } from './vscode.js'
import { vscodeSettings } from './vscode-settings.js'
import { gemini } from './gemini.js'
import { geminiExtension } from './gemini-extension.js'
import { codex } from './codex.js'
import { zed } from './zed.js'
import { opencode } from './opencode.js'
import { roo } from './roo.js'
import { kiro } from './kiro.js'
import { amazonQ } from './amazonq.js'
import { junie } from './junie.js'
import { continueDev } from './continue.js'
import { copilot } from './copilot.js'
import { copilotAgent } from './copilot-agent.js'
import { windsurf } from './windsurf.js'
import { registry } from './registry.js'
import { mcpb } from './mcpb.js'
import type { HostProfile } from './profile.js'
import type { FileContext, HostAdapter } from './types.js'

/**
 * Every host format we know, in detection order: when two patterns match one path, the first
 * adapter that claims the file wins (specific paths before generic names such as `mcp.json`).
 */
export const HOSTS: readonly HostAdapter[] = [
  claudeCode,
  claudeUser,
  claudeSettings,
  claudePlugin,
  claudeDesktop,
  cursor,
  vscode,
  vscodeSettings,
  gemini,
  geminiExtension,
  codex,
  zed,
  opencode,
  roo,
  kiro,
  amazonQ,
  junie,
  continueDev,
  copilot,
  copilotAgent,
  windsurf,
  registry,
  mcpb
]

const byId = new Map<HostId, HostAdapter>(HOSTS.map((host) => [host.id, host]))
const matchers = HOSTS.map((host) => ({ host, match: picomatch(host.patterns as string[], { dot: true }) }))

/** The adapter with this id, if any. */
export function hostById(id: string): HostAdapter | undefined {
  return byId.get(id as HostId)
}

/** The adapters whose file patterns match a path relative to a discovery root, in detection order. */
export function hostsForPath(relativePath: string): HostAdapter[] {
  // No host pattern holds a line break, and the patterns' `**` does not cross one: a folder named
  // "a\nb" must still be searched like any other.
  const matchable = relativePath.replace(/[\r\n\u2028\u2029]/g, '_')
  return matchers.filter(({ match }) => match(matchable)).map(({ host }) => host)
}

/** The profile the host reads one file with (its variant for that file, where it has several). */
export function profileOf(host: HostAdapter, context: FileContext): HostProfile {
  return host.profileFor?.(context) ?? host.profile
}
