import schema from '../../schemas/copilot-agent.schema.json' with { type: 'json' }
// Importing copilot.js also registers the copilot schema that this one refers to.
import { copilotTransport } from './copilot.js'
import type { HostAdapter } from './types.js'
import { isRecord, normaliseServerMap } from './util.js'

const MAP = ['mcp-servers']

/**
 * GitHub Copilot custom agents: `mcp-servers:` in the YAML front matter of `*.agent.md` profiles, with
 * the cloud agent's fields (`type` and `tools` required). Profiles without `mcp-servers` are not ours.
 */
export const copilotAgent: HostAdapter = {
  id: 'copilot-agent',
  name: 'GitHub Copilot custom agent',
  patterns: ['**/.github/agents/*.agent.md', '**/.copilot/agents/*.agent.md', 'agents/*.agent.md'],
  syntax: 'markdown-frontmatter',
  placeholders: ['double-brace', 'dollar-brace', 'dollar'],
  claims: (value) => isRecord(value) && 'mcp-servers' in value,
  schemaFor: () => schema,
  normalise(value, context) {
    return normaliseServerMap(value, MAP, { host: 'copilot-agent', file: context.path }, copilotTransport)
  }
}
