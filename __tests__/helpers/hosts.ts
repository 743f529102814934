import { HOSTS, profileOf } from '../../src/hosts/index.js'
import type { HostProfile } from '../../src/hosts/profile.js'
import type { FileContext, HostAdapter } from '../../src/hosts/types.js'

/** One kind of file a host reads: a sample path for it and the profile the host reads it with. */
export interface HostCase {
  host: HostAdapter
  path: string
  context: FileContext
  profile: HostProfile
  /** `claude-code .mcp.json`: a name for test titles. */
  label: string
}

/** The plugin manifest that makes `plugins/p/.mcp.json` a plugin's file. */
const PLUGIN_MANIFEST = 'plugins/p/.claude-plugin/plugin.json'

/** One path per file pattern of the host (`**\/.vscode/mcp.json` → `.vscode/mcp.json`), plus the paths of its variants. */
function samplePaths(host: HostAdapter): string[] {
  const paths = host.patterns.map((pattern) =>
    pattern
      .replace(/^\*\*\//, '')
      .replace(/\*\*\//g, '')
      .replace(/\*/g, 'x')
  )
  if (host.id === 'claude-code') paths.push('.claude/.mcp.json', 'plugins/p/.mcp.json')
  // A format read only from users' own folders (mcpcop doctor): its user file's name.
  const userFile = host.profile.userFiles.find((file) => file.paths.linux)?.paths.linux?.at(-1)
  if (paths.length === 0 && userFile) paths.push(userFile.replace(/^~\//, '').replace(/\*/g, 'x'))
  return paths
}

/** Every kind of file of every host, each with the profile it is read with. */
export const HOST_CASES: readonly HostCase[] = HOSTS.flatMap((host) =>
  samplePaths(host).map((path) => {
    const context = { path, exists: (p: string) => p === PLUGIN_MANIFEST }
    return { host, path, context, profile: profileOf(host, context), label: `${host.id} ${path}` }
  })
)

/** The files a case's file needs beside it to be read as that kind (a plugin's manifest). */
export function companions(c: HostCase): string[] {
  return c.context.exists(PLUGIN_MANIFEST) && c.path.startsWith('plugins/p/') ? [PLUGIN_MANIFEST] : []
}

/** A stdio server entry in the host's own shape: `{ command, args }` (opencode: a command array), typed where the host needs a type. */
export function stdioEntry(profile: HostProfile, command: string, args: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (profile.transports.untyped.command.transport !== 'stdio') {
    const type = Object.entries(profile.transports.types?.values ?? {}).find(([, m]) => m.transport === 'stdio')?.[0]
    if (type !== undefined) out.type = type
  }
  if (profile.launch.command === 'argv') out.command = [command, ...args]
  else Object.assign(out, { command, args })
  return out
}

/** A document holding one server named `s` where the profile says servers are. */
export function documentWith(profile: HostProfile, server: Record<string, unknown>): unknown {
  const at = profile.servers?.at ?? []
  let value: unknown = profile.servers?.shape === 'list' ? [{ name: 's', ...server }] : { s: server }
  for (const key of [...at].reverse()) value = { [key]: value }
  return value
}

/** The document as the text of a file at `path`, in that file's syntax (TOML, front matter, JSON; YAML reads JSON). */
export function fileText(path: string, value: unknown): string {
  if (path.endsWith('.toml')) {
    const server = (value as { mcp_servers: { s: Record<string, unknown> } }).mcp_servers.s
    return `[mcp_servers.s]\n${Object.entries(server)
      .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
      .join('\n')}\n`
  }
  if (path.endsWith('.md')) return `---\n${JSON.stringify(value)}\n---\n`
  return JSON.stringify(value, null, 2)
}
