import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * Factory droid's reading of `mcpServers` (Factory-AI/factory docs/cli/configuration/mcp.mdx
 * @a80aa7c): `type` is `stdio` when omitted, so a `url` without a `type` starts nothing; `${VAR}` and
 * `${VAR:-default}` are expanded in command, args, env, url and headers. The docs document no `cwd`.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: { linux: ['~/.factory/mcp.json'], darwin: ['~/.factory/mcp.json'], win32: ['~/.factory/mcp.json'] },
      scope: 'user',
      note: "the user's servers, which win over a project's",
      source: 'Factory-AI/factory docs/cli/configuration/mcp.mdx @a80aa7c (an older revision said ~/.droid/mcp.json)',
      unconfirmed: { win32: 'the docs give only ~/.factory/mcp.json; %USERPROFILE%\\.factory is presumed' }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: { values: { stdio: STDIO, http: HTTP, sse: SSE }, otherwise: 'cannot load the server', others: null },
    untyped: {
      command: STDIO,
      url: {
        url: {
          ...STDIO,
          fails: 'Factory starts a server without "type" as a stdio process, so a "url" alone starts nothing',
          sseEndpoint: null
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: 'unconfirmed',
    source: 'Factory-AI/factory docs/cli/configuration/mcp.mdx @a80aa7c documents no cwd'
  }),
  placeholders: expandsOnly(['dollar-brace']),
  approvals: NO_APPROVALS
}

/** Factory droid: `.factory/mcp.json` at the project root (and in the folders above it). */
export const factory: HostAdapter = {
  id: 'factory',
  name: 'Factory',
  patterns: ['**/.factory/mcp.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['factory'],
  check: (doc) => checkServersKey(doc, 'Factory', '.factory/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'factory', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      if (declaredType === undefined) return { transport: 'stdio' }
      return { transport: typeMeaning(PROFILE, declaredType)!.transport, declaredType }
    })
  }
}
