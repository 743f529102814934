import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hostById } from '../hosts/index.js'
import type { PlaceholderSyntax } from '../placeholders.js'
import type { HostId, Server } from '../types.js'

/**
 * How each host starts what its config names, where that differs between hosts: placeholder
 * syntaxes and variables, the working directory, what it adds to a server's environment, and
 * whether it falls back to SSE when Streamable HTTP fails (host-formats.md, each host's section).
 */

/** Hosts whose `http` (or typeless `url`) tries Streamable HTTP first, then the older SSE transport. */
const SSE_FALLBACK: ReadonlySet<HostId> = new Set<HostId>(['vscode', 'vscode-settings', 'cursor', 'windsurf'])

/** Hosts that ignore `cwd` for stdio servers (Cursor: vectorize-io/hindsight#4530). */
const IGNORES_CWD: ReadonlySet<HostId> = new Set<HostId>(['cursor'])

/** The placeholder syntaxes the server's host expands, as its adapter declares them. */
export function placeholderSyntaxes(server: Server): readonly PlaceholderSyntax[] {
  return hostById(server.host)?.profile.placeholders.syntaxes ?? []
}

/** Whether a failed Streamable HTTP connection is retried over SSE, as the host does. */
export function fallsBackToSse(server: Server): boolean {
  return server.transport === 'http' && SSE_FALLBACK.has(server.host) && server.declaredType !== 'streamable-http'
}

/**
 * The folder a config belongs to, absolute: the directory above the first dot-folder of its path
 * (`a/.vscode/mcp.json` belongs to `a`, `.kiro/settings/mcp.json` to `.`), else the file's folder.
 * It stands for `${workspaceFolder}` and is the default working directory.
 */
export function projectRoot(cwd: string, file: string): string {
  const parts = file.split('/').slice(0, -1)
  const dot = parts.findIndex((p) => p.startsWith('.') && p !== '.' && p !== '..')
  return path.resolve(cwd, ...(dot === -1 ? parts : parts.slice(0, dot)))
}

/** The folder that stands for the server's project: where its host was started, for a user's own file. */
function serverRoot(server: Server, cwd: string): string {
  return server.folder ?? projectRoot(cwd, server.file)
}

/** The working directory the host starts a stdio server in. */
export function workingDirectory(server: Server, cwd: string, resolvedCwd: string | undefined): string {
  const root = serverRoot(server, cwd)
  if (resolvedCwd === undefined || resolvedCwd === '' || IGNORES_CWD.has(server.host)) return root
  return path.resolve(root, resolvedCwd)
}

/**
 * The host and editor variables the server's placeholders may name (besides environment
 * variables), for the syntaxes its host expands.
 */
export function hostVariables(server: Server, cwd: string, home: string = os.homedir()): Record<string, string> {
  const syntaxes = placeholderSyntaxes(server)
  const root = serverRoot(server, cwd)
  const fileDir = path.dirname(path.resolve(cwd, server.file))
  const vars: Record<string, string> = Object.create(null) as Record<string, string>
  if (syntaxes.includes('editor-variable')) {
    Object.assign(vars, {
      workspaceFolder: root,
      workspaceRoot: root,
      workspaceFolderBasename: path.basename(root),
      userHome: home,
      pathSeparator: path.sep,
      '/': path.sep
    })
  }
  if (syntaxes.includes('mcpb-variable'))
    Object.assign(vars, { __dirname: fileDir, HOME: home, pathSeparator: path.sep, '/': path.sep })
  if (server.host === 'gemini-extension')
    Object.assign(vars, { extensionPath: fileDir, workspacePath: cwd, '/': path.sep })
  const plugin =
    server.host === 'claude-plugin' ||
    (server.host === 'claude-code' && existsSync(path.join(root, '.claude-plugin', 'plugin.json')))
  // Plugin configs get their own root and the project directory substituted directly.
  if (plugin) Object.assign(vars, { CLAUDE_PLUGIN_ROOT: root, CLAUDE_PROJECT_DIR: cwd })
  return vars
}

/** Variables the host itself adds to a stdio server's environment. */
export function hostEnvironment(server: Server, cwd: string): Record<string, string> {
  if (server.host === 'claude-code' || server.host === 'claude-plugin') return { CLAUDE_PROJECT_DIR: cwd }
  return {}
}
