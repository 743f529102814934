import { aboveDotFolder, HTTP, NO_APPROVALS, STDIO, type HostProfile, expandsOnly, startsInProject } from './profile.js'
import type { HostAdapter } from './types.js'
import { normaliseServerMap } from './util.js'

/** Where Amp keeps its servers: one flat, dotted key. */
const SERVERS = ['amp.mcpServers']

const USER_SETTINGS = ['~/.config/amp/settings.json', '~/.config/amp/settings.jsonc']

/**
 * Amp's reading of `amp.mcpServers`. Amp is closed source: the shape (`command`/`args`/`env` for a
 * local server, `url`/`headers` for a remote one) comes from its published settings schema and
 * secondary sources (developersdigest.tech/reference/amp/config-files; ampcode.com/news/mcp-permissions);
 * the transport of a `url`, its placeholder syntax and whether `cwd` is honoured are not confirmed.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: USER_SETTINGS.map((file) => ({
    paths: { linux: [file], darwin: [file], win32: [file] },
    scope: 'user' as const,
    note: null,
    source: 'developersdigest.tech/reference/amp/config-files (quoting the Amp manual)',
    unconfirmed: {
      win32:
        'sources disagree: %USERPROFILE%\\.config\\amp (developersdigest.tech) or %APPDATA%\\amp (sourcegraph/amp-examples-and-guides guides/mcp/amp-mcp-setup-guide.md @4d91215)'
    }
  })),
  servers: { at: SERVERS, shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: {
      command: STDIO,
      url: { url: { ...HTTP, fails: null, sseEndpoint: null } }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: 'unconfirmed',
    source: 'Amp is closed source and its documentation names no cwd'
  }),
  // "$VAR" and "${VAR}" per secondary sources; the exact syntax is not confirmed, so both are accepted.
  placeholders: expandsOnly(['dollar-brace', 'dollar']),
  approvals: NO_APPROVALS
}

/**
 * Amp: `.amp/settings.json` or `.amp/settings.jsonc`, searched up to the repository root; the servers
 * sit under the flat key `"amp.mcpServers"` among Amp's other settings. Partly confirmed (see the profile).
 */
export const amp: HostAdapter = {
  id: 'amp',
  name: 'Amp',
  patterns: ['**/.amp/settings.json', '**/.amp/settings.jsonc'],
  syntax: 'jsonc',
  profile: PROFILE,
  schemas: ['amp'],
  normalise(value, context) {
    return normaliseServerMap(value, SERVERS, { host: 'amp', file: context.path }, (entry) => ({
      transport: typeof entry.command === 'string' ? 'stdio' : typeof entry.url === 'string' ? 'http' : 'unknown'
    }))
  }
}
