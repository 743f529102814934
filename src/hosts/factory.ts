import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  expandsOnly,
  startsInProject,
  urlAsStdio
} from './profile.js'
import type { HostAdapter } from './types.js'
import { checkServersKey, declaredTypeOf, normaliseMcpServers } from './mcp-servers-json.js'

/** Factory's own bundle: npm @factory/cli-linux-x64 0.225.2 (JavaScript embedded in the droid binary). */
const DROID_BUNDLE = 'npm @factory/cli-linux-x64@0.225.2'

/**
 * Factory droid's reading of `mcpServers`, from its bundled JavaScript (DROID_BUNDLE): mcp.json is parsed
 * as JSON with comments (jsonc-parser, no trailing commas: the file is then skipped); each entry is a zod
 * union on `type`, `stdio` when omitted, so a `url` without a `type` starts nothing, and unknown keys are
 * stripped. `${VAR}` and `${VAR:-default}` are expanded only in `env` and `headers` values (an unset
 * variable without a default stops the server). Read from `<git root>/.factory/`, every `.factory/`
 * between the working directory and the git root (the nearest wins) and `~/.factory/`, which loses.
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
      note: "the user's servers, which a project's servers of the same name override",
      source: `${DROID_BUNDLE}: Ja() (userPath = join(home, ".factory")), Vv() (the project level wins)`,
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: { values: { stdio: STDIO, http: HTTP, sse: SSE }, otherwise: 'cannot load the server', others: null },
    untyped: {
      command: STDIO,
      url: {
        url: urlAsStdio('Factory starts a server without "type" as a stdio process, so a "url" alone starts nothing')
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source: `${DROID_BUNDLE} McpHub.addServer: a stdio server starts in the session's working directory; no cwd is read`
  }),
  // McpHub.addServer expands the values of `env` and `headers` (kt → ze: `${VAR}`, `${VAR:-default}`, an unset
  // variable without a default fails the server); `command`, `args` and `url` are passed as written.
  placeholders: { ...expandsOnly(['dollar-brace']), expandedIn: ['env', 'headers'] },
  approvals: NO_APPROVALS
}

/** Factory droid: `.factory/mcp.json` at the project root (and in the folders above it). */
export const factory: HostAdapter = {
  id: 'factory',
  name: 'Factory',
  patterns: ['**/.factory/mcp.json'],
  syntax: 'jsonc',
  trailingCommaRefused:
    'Factory droid reads mcp.json with comments but not trailing commas: this comma makes droid skip the whole file without a word, losing every server; remove it',
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
