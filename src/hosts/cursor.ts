import {
  aboveDotFolder,
  HTTP,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/** cursor.com/docs/mcp; a `cwd` is not honoured for stdio servers (vectorize-io/hindsight#4530). */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: { linux: ['~/.cursor/mcp.json'], darwin: ['~/.cursor/mcp.json'], win32: ['~/.cursor/mcp.json'] },
      scope: 'user',
      note: "merged with each project's .cursor/mcp.json",
      source: 'cursor.com/docs/mcp',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, http: HTTP_THEN_SSE, 'streamable-http': HTTP },
      otherwise: 'cannot load the server',
      others: null
    },
    untyped: {
      command: STDIO,
      url: {
        url: {
          ...HTTP_THEN_SSE,
          fails: null,
          sseEndpoint: {
            does: 'Cursor connects to a "url" without "type" with Streamable HTTP and falls back to SSE only when that fails',
            fix: 'add "type": "sse"'
          }
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source: 'vectorize-io/hindsight#4530; cursor.com/docs/mcp documents no cwd'
  }),
  placeholders: {
    syntaxes: ['env-colon', 'editor-variable'],
    // The five editor variables cursor.com/docs/mcp lists.
    variables: {
      userHome: 'home',
      workspaceFolder: 'project',
      workspaceFolderBasename: 'project-name',
      pathSeparator: 'path-separator',
      '/': 'path-separator'
    },
    variablePrefixes: [],
    allEditorVariables: false,
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
 * Cursor (IDE and cursor-agent CLI): `.cursor/mcp.json`, strict JSON. A declared `type` wins;
 * otherwise `command` means stdio and a `url` means Streamable HTTP (with an SSE fallback).
 */
export const cursor: HostAdapter = {
  id: 'cursor',
  name: 'Cursor',
  patterns: ['**/.cursor/mcp.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['cursor'],
  check: (doc) => checkServersKey(doc, 'Cursor', '.cursor/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'cursor', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      if (entry.type !== undefined)
        return {
          transport: declaredType === undefined ? 'unknown' : typeMeaning(PROFILE, declaredType)!.transport,
          declaredType
        }
      if ('command' in entry) return { transport: 'stdio' }
      return { transport: 'url' in entry ? 'http' : 'unknown' }
    })
  }
}
