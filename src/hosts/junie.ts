import {
  aboveDotFolder,
  BRIDGE_REMOTE,
  NO_APPROVALS,
  STDIO,
  UNLOADABLE,
  type HostProfile,
  expandsOnly,
  onEverySystem,
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
      // JetBrains' own action writes this file for the Junie command line it then runs (it moved there
      // from ~/.junie/mcp.json in cb065a7); it installs Junie with install.sh, which knows only Linux and macOS.
      paths: onEverySystem(['~/.junie/mcp/mcp.json']),
      scope: 'user',
      note: 'read by the Junie command line',
      source: 'JetBrains/junie-github-action src/mcp/prepare-mcp-config.ts prepareMcpConfig @f5fa65a',
      unconfirmed: {
        win32:
          "JetBrains' action installs Junie on Linux and macOS only; %USERPROFILE%\\.junie\\mcp\\mcp.json is presumed"
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
