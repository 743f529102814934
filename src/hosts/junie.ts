import {
  aboveDotFolder,
  BRIDGE_REMOTE,
  NO_APPROVALS,
  STDIO,
  UNLOADABLE,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/**
 * Junie's reading of `.junie/mcp/mcp.json` (jetbrains.com/help/junie/model-context-protocol-mcp.html):
 * local servers only, each a `command` with `args` and `env`; a `cwd` is not among them.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: { linux: ['~/.junie/mcp/mcp.json'], darwin: ['~/.junie/mcp/mcp.json'], win32: ['~/.junie/mcp/mcp.json'] },
      scope: 'user',
      note: "the Junie command line's file; the IDE plugin keeps its servers in the IDE settings",
      source:
        'junie.jetbrains.com/docs/junie-cli-mcp-configuration.html, as cited by gleanwork/mcp-config configs/junie.json @4f7c469',
      unconfirmed: {
        linux: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages",
        darwin: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages",
        win32: "known only from the gleanwork/mcp-config catalogue, not read in JetBrains' own pages"
      }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: { values: { stdio: STDIO }, otherwise: 'cannot load the server', others: null },
    untyped: { command: STDIO, url: { url: { ...UNLOADABLE, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: {
      does: 'JetBrains documents only stdio servers for Junie, so it has no way to connect to this one',
      instead: BRIDGE_REMOTE
    }
  },
  launch: startsInProject({
    honoured: false,
    source: 'jetbrains.com/help/junie/model-context-protocol-mcp.html documents command, args and env'
  }),
  placeholders: expandsOnly([]),
  approvals: NO_APPROVALS
}

/**
 * JetBrains Junie: `.junie/mcp/mcp.json`, strict JSON. JetBrains documents only stdio servers for
 * Junie, so every entry is a program to start and a remote entry has no transport Junie is known to use.
 */
export const junie: HostAdapter = {
  id: 'junie',
  name: 'Junie',
  patterns: ['**/.junie/mcp/mcp.json'],
  syntax: 'json',
  profile: PROFILE,
  schemas: ['junie'],
  check: (doc) => checkServersKey(doc, 'Junie', '.junie/mcp/mcp.json'),
  normalise(value, context) {
    return normaliseMcpServers(value, 'junie', context.path, (entry) => {
      const declaredType = declaredTypeOf(entry)
      const startable = (entry.type === undefined || declaredType === 'stdio') && 'command' in entry
      return { transport: startable ? 'stdio' : 'unknown', declaredType }
    })
  }
}
