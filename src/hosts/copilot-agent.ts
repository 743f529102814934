// Importing copilot.js also registers the copilot schema that this one refers to.
import { COPILOT_PROFILE, copilotTransport } from './copilot.js'
import type { HostProfile } from './profile.js'
import type { HostAdapter } from './types.js'
import { isRecord, mayHoldKey, normaliseServerMap } from './util.js'

const MAP = ['mcp-servers']

/**
 * The cloud agent's server fields in an agent profile's front matter, which holds the agent's other
 * settings too. The cloud agent requires `type`; the Copilot CLI reads a typeless url as Streamable HTTP.
 */
const PROFILE: HostProfile = {
  ...COPILOT_PROFILE,
  mcpOnly: false,
  userFiles: [],
  servers: { ...COPILOT_PROFILE.servers!, at: MAP },
  transports: {
    ...COPILOT_PROFILE.transports,
    untyped: {
      command: COPILOT_PROFILE.transports.untyped.command,
      url: {
        url: {
          ...COPILOT_PROFILE.transports.untyped.url.url,
          fails:
            'the Copilot cloud agent requires "type" on every server and rejects the agent\'s configuration without it',
          sseEndpoint: null
        }
      }
    }
  },
  placeholders: { ...COPILOT_PROFILE.placeholders, syntaxes: ['double-brace', 'dollar-brace', 'dollar'] }
}

/**
 * GitHub Copilot custom agents: `mcp-servers:` in the YAML front matter of `*.agent.md` profiles, with
 * the cloud agent's fields (`type` and `tools` required). Profiles without `mcp-servers` are not ours.
 */
export const copilotAgent: HostAdapter = {
  id: 'copilot-agent',
  name: 'GitHub Copilot custom agent',
  patterns: ['**/.github/agents/*.agent.md', '**/.copilot/agents/*.agent.md', 'agents/*.agent.md'],
  syntax: 'markdown-frontmatter',
  profile: PROFILE,
  claims: (value) => isRecord(value) && 'mcp-servers' in value,
  claimsText: mayHoldKey('mcp-servers'),
  schemas: ['copilot-agent'],
  normalise(value, context) {
    return normaliseServerMap(value, MAP, { host: 'copilot-agent', file: context.path }, copilotTransport)
  }
}
