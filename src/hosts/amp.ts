import {
  aboveDotFolder,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord, normaliseServerMap } from './util.js'

/** Where Amp keeps its servers: one flat, dotted key. */
const SERVERS = ['amp.mcpServers']

/** An Amp permission rule that allows every tool in every context: `{"tool": "*", "action": "allow"}`. */
function isAllowAll(rule: unknown): boolean {
  if (!isRecord(rule) || rule.action !== 'allow' || rule.context !== undefined) return false
  const unnarrowed = rule.matches === undefined || (isRecord(rule.matches) && Object.keys(rule.matches).length === 0)
  return typeof rule.tool === 'string' && /^\*+$/.test(rule.tool) && unnarrowed
}

/** Amp's own bundle, the source of every fact below: npm @ampcode/cli-linux-x64 0.0.1790142911-g7618fb (JavaScript embedded in the binary). */
const AMP_BUNDLE = 'npm @ampcode/cli-linux-x64@0.0.1790142911-g7618fb'

// `$XDG_CONFIG_HOME/amp/settings.json` (default `~/.config`, on Windows too), else `settings.jsonc` beside it.
const USER_SETTINGS = ['settings.json', 'settings.jsonc'].map((file) => [
  `\${XDG_CONFIG_HOME}/amp/${file}`,
  `~/.config/amp/${file}`
])

/**
 * Amp's reading of `amp.mcpServers`, from its bundled JavaScript (AMP_BUNDLE): settings are read as JSONC
 * and only `amp.`-prefixed keys count; an entry with a `url` is remote (Streamable HTTP, then SSE), any
 * other starts its `command` with `args` and `env`. Entries are not validated, so unknown keys are ignored.
 * A workspace file's servers wait until the workspace is trusted and each server is approved.
 */
const PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: USER_SETTINGS.map((paths) => ({
    paths: { linux: paths, darwin: paths, win32: paths },
    scope: 'user' as const,
    note: null,
    source: `${AMP_BUNDLE}: OA = join(XDG_CONFIG_HOME || ~/.config, "amp", "settings.json"), zpH's settings.jsonc fallback`,
    unconfirmed: {}
  })),
  servers: { at: SERVERS, shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: null,
    untyped: {
      command: STDIO,
      // u5t: StreamableHTTPClientTransport first, SSEClientTransport when that fails.
      url: { url: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: null } }
    },
    // c5t tests `"url" in spec` first, so an entry with both is remote.
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: false,
    source: `${AMP_BUNDLE} I5t: a stdio server starts in the workspace folder; the entry's cwd is never read`
  }),
  // HB: /\$\{([^}]+)\}/ in command, args and env (and url, headers); an unset variable stays as written.
  // Bare $VAR is not expanded, and ${VAR:-default} looks up a variable named "VAR:-default".
  placeholders: expandsOnly(['dollar-brace-plain']),
  approvals: {
    ...NO_APPROVALS,
    agentSwitches: [
      {
        at: ['amp.dangerouslyAllowAll'],
        list: null,
        // l8: only `true` counts; a nested "amp": {...} is refused ("Setting keys must start with \"amp.\"").
        turnsOff: (value) => value === true,
        effect: 'allows every tool call without asking, MCP tools and shell commands included',
        honouredWhen: null,
        fix: 'allow single tools of reviewed servers in "amp.permissions" (e.g. {"tool": "mcp__github__get_issue", "action": "allow"}), and leave allow-all to each person\'s own settings',
        source: `${AMP_BUNDLE}: the dangerouslyAllowAll setting ("Disable all command confirmation prompts"), l8; a workspace value wins (tst) and only mcpServers, mcpPermissions and url wait for workspace trust (yk)`
      },
      {
        at: ['amp.permissions'],
        // The workspace's rules come first (Znt: workspace, then user, then defaults), and the first rule whose
        // tool matches decides (tv); "*" matches every tool (D1; "**" too, as a glob), with no `matches` or
        // `context` to narrow it. An earlier rule that asks or rejects still does, so only allows may precede.
        list: { holdsBack: (rule) => !isRecord(rule) || rule.action !== 'allow' },
        turnsOff: isAllowAll,
        effect: 'allows every tool call that no earlier rule holds back, MCP tools and shell commands included',
        honouredWhen: null,
        fix: 'allow single tools of reviewed servers instead (e.g. {"tool": "mcp__github__get_issue", "action": "allow"})',
        source: `${AMP_BUNDLE}: the permissions setting (tv, U9t, D1, Znt); permissions is not among the keys that wait for workspace trust (yk)`
      }
    ]
  }
}

/**
 * Amp: `.amp/settings.json` or `.amp/settings.jsonc`, searched up to the repository root; the servers
 * sit under the flat key `"amp.mcpServers"` among Amp's other settings.
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
      transport: typeof entry.url === 'string' ? 'http' : typeof entry.command === 'string' ? 'stdio' : 'unknown'
    }))
  }
}
