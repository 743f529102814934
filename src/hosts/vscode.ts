import { pointerWith } from '../parse/source.js'
import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { PointerPath, Server, Transport } from '../types.js'
import {
  aboveDotFolder,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  type UserFile,
  startsInProject
} from './profile.js'
import { foreignKeyFinding } from './mcp-servers-json.js'
import type { HostAdapter } from './types.js'
import { asString, isRecord, normaliseServerMap, serverEntries } from './util.js'

/**
 * VS Code's reading of `.vscode/mcp.json` (microsoft/vscode: src/vs/platform/mcp/common/mcpPlatformTypes.ts,
 * mcpConfiguration.ts). `http` tries Streamable HTTP, then SSE; a stdio server starts in its `cwd`, by
 * default the workspace folder. Every predefined variable of the editor is expanded.
 */
/**
 * Where VS Code keeps a user's files, as `UserFile` paths: `<user data>/User/<relative>`. The user
 * data folder is `$VSCODE_PORTABLE/user-data` in portable mode, else `$VSCODE_APPDATA/<product>`,
 * else `%APPDATA%` (or `%USERPROFILE%\\AppData\\Roaming`), `~/Library/Application Support` or
 * `$XDG_CONFIG_HOME` (or `~/.config`) followed by the product folder (microsoft/vscode
 * src/vs/platform/environment/node/userDataPath.ts getUserDataPath @05528c7). Extensions such as Roo
 * Code and Cline keep their settings under it too. A `--user-data-dir` given on the command line
 * cannot be known.
 */
export function inVscodeUserData(relative: string, product = 'Code'): UserFile['paths'] {
  const common = [`\${VSCODE_PORTABLE}/user-data/User/${relative}`, `\${VSCODE_APPDATA}/${product}/User/${relative}`]
  return {
    linux: [...common, `\${XDG_CONFIG_HOME}/${product}/User/${relative}`, `~/.config/${product}/User/${relative}`],
    darwin: [...common, `~/Library/Application Support/${product}/User/${relative}`],
    win32: [...common, `\${APPDATA}/${product}/User/${relative}`, `~/AppData/Roaming/${product}/User/${relative}`]
  }
}

export const VSCODE_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: inVscodeUserData('mcp.json'),
      scope: 'user',
      note: null,
      source:
        'microsoft/vscode src/vs/platform/environment/node/userDataPath.ts @05528c7; microsoft/vscode-docs docs/agents/reference/mcp-configuration.md @a5dc2e3',
      unconfirmed: {}
    },
    {
      paths: inVscodeUserData('profiles/*/mcp.json'),
      scope: 'user',
      note: "a profile's own servers (the folder is a hash of the profile's name)",
      source:
        'microsoft/vscode src/vs/platform/userDataProfile/common/userDataProfile.ts (profilesHome, mcpResource) @01254de',
      unconfirmed: {}
    },
    {
      paths: inVscodeUserData('mcp.json', 'Code - Insiders'),
      scope: 'user',
      note: 'VS Code Insiders',
      source: 'the product folder of VS Code Insiders',
      unconfirmed: {
        linux:
          'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository',
        darwin:
          'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository',
        win32:
          'the folder name "Code - Insiders" is widely used but comes from product.json, which is not in the open-source repository'
      }
    }
  ],
  servers: { at: ['servers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: ['inputs'] },
  transports: {
    // VS Code keeps "stdio" and "http" and reads any other type ("sse" included) as "stdio" when the entry has a
    // command and as "http" otherwise (McpResourceScannerService.sanitizeServer, microsoft/vscode
    // src/vs/platform/mcp/common/mcpResourceScannerService.ts); "http" tries Streamable HTTP, then SSE.
    types: {
      values: { stdio: STDIO, http: HTTP_THEN_SSE, sse: HTTP_THEN_SSE },
      otherwise:
        'reads the entry by its keys instead (a "command" starts a process, a "url" is Streamable HTTP with an SSE fallback), while its editor marks the value as invalid',
      others: HTTP_THEN_SSE
    },
    untyped: { command: STDIO, url: { url: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: true,
    source: 'IMcpStdioServerConfiguration.cwd (microsoft/vscode mcpPlatformTypes.ts)'
  }),
  placeholders: {
    syntaxes: ['env-colon', 'input', 'editor-variable'],
    variables: {
      workspaceFolder: 'project',
      workspaceRoot: 'project',
      workspaceFolderBasename: 'project-name',
      userHome: 'home',
      pathSeparator: 'path-separator',
      '/': 'path-separator'
    },
    variablePrefixes: [],
    allEditorVariables: true,
    variableFields: [],
    withoutExpansion: null,
    setElsewhere: null,
    expandedIn: null,
    fieldSyntaxes: {},
    blanked: null
  },
  approvals: NO_APPROVALS
}

/**
 * VS Code's reading of one entry (McpResourceScannerService.sanitizeServer): it keeps a declared "stdio" or
 * "http", and reads any other type, or none, as "stdio" when the entry has a command and "http" otherwise.
 */
export function vscodeTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  if (entry.type !== undefined && declaredType === undefined) return { transport: 'unknown' }
  const typed = declaredType === undefined ? {} : { declaredType }
  if (declaredType === 'stdio' || declaredType === 'http') return { transport: declaredType, ...typed }
  return { transport: entry.command ? 'stdio' : 'http', ...typed }
}

/** The servers of a VS Code `{ servers, inputs }` object found at `at` in the document. */
export function normaliseVscodeServers(value: unknown, at: PointerPath, base: Pick<Server, 'host' | 'file'>): Server[] {
  // VS Code has no per-entry switch in its files (servers are stopped from the UI), so none is disabled.
  return normaliseServerMap(value, pointerWith(at, 'servers'), base, vscodeTransport).map((server) => {
    delete server.disabled
    return server
  })
}

/**
 * A Claude-style `mcpServers` key where VS Code expects `servers`: VS Code loads none of those servers,
 * and its own schema only hints at the unknown key, so the mistake goes unnoticed.
 */
export function checkMcpServersKey(doc: ParsedDocument, at: PointerPath, where: string): Finding[] {
  let node: unknown = doc.value
  for (const segment of at) node = isRecord(node) ? node[String(segment)] : undefined
  if (!isRecord(node) || !('mcpServers' in node)) return []
  const count = serverEntries(node, ['mcpServers']).length
  const names = { host: 'VS Code', key: 'mcpServers', expected: 'servers', where }
  return [foreignKeyFinding(doc, at, names, count, 'servers' in node)]
}

/**
 * VS Code (GitHub Copilot Chat): `.vscode/mcp.json` in the workspace, JSON with comments. Servers sit
 * under `servers` (not `mcpServers`), with `inputs` that `${input:id}` placeholders refer to.
 */
export const vscode: HostAdapter = {
  id: 'vscode',
  name: 'VS Code',
  patterns: ['**/.vscode/mcp.json'],
  syntax: 'jsonc',
  profile: VSCODE_PROFILE,
  schemas: ['vscode'],
  check: (doc) => checkMcpServersKey(doc, [], '.vscode/mcp.json'),
  normalise: (value, context) => normaliseVscodeServers(value, [], { host: 'vscode', file: context.path })
}
