import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import { describePath } from '../describe-path.js'
import { fillMessage } from '../message-template.js'
import type { PointerPath, Server, Transport } from '../types.js'
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
  onEverySystem
} from './profile.js'
import type { FileContext, HostAdapter } from './types.js'
import { asString, isBareServerMap, isRecord, normaliseServerMap, serverEntries } from './util.js'

/**
 * GitHub Copilot's reading of its MCP JSON (microsoft/vscode mcpCopilotConfiguration.ts; docs.github.com
 * "extend cloud agent with MCP"): `local` and `stdio` start a process in its `cwd`, `http` is Streamable
 * HTTP without an SSE fallback; `$VAR`, `${VAR}` and `${VAR:-default}` are expanded.
 */
export const COPILOT_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['${COPILOT_HOME}/mcp-config.json', '~/.copilot/mcp-config.json']),
      scope: 'user',
      note: "the Copilot command line's servers",
      source: 'microsoft/vscode-docs docs/agents/reference/mcp-configuration.md @a5dc2e3; github/docs#41226',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { local: STDIO, stdio: STDIO, http: HTTP, sse: SSE },
      otherwise: 'cannot load the server',
      others: null
    },
    untyped: {
      command: STDIO,
      url: {
        url: {
          ...HTTP,
          fails: null,
          sseEndpoint: {
            does: 'GitHub Copilot reads a "url" without "type" as "http" and connects with Streamable HTTP, which an SSE-only server does not answer',
            fix: 'add "type": "sse"'
          }
        }
      }
    },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: true,
    source: "a local server's cwd (microsoft/vscode mcpCopilotConfiguration.ts)"
  }),
  placeholders: expandsOnly(['dollar-brace', 'dollar']),
  approvals: NO_APPROVALS
}

/** The cloud agent's pasted JSON: its missing `type` is asked for by check(), whatever the url. */
const CLOUD_AGENT_PROFILE: HostProfile = {
  ...COPILOT_PROFILE,
  transports: {
    ...COPILOT_PROFILE.transports,
    untyped: { command: STDIO, url: { url: { ...HTTP, fails: null, sseEndpoint: null } } }
  }
}

/** Copilot's transport: `type` when given; without it the CLI starts a `command` and connects to a `url`. */
export function copilotTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  if (declaredType !== undefined)
    return { transport: typeMeaning(COPILOT_PROFILE, declaredType)!.transport, declaredType }
  return { transport: 'command' in entry ? 'stdio' : 'url' in entry ? 'http' : 'unknown' }
}

/** The cloud agent's settings JSON, committed as a paste source; Copilot itself reads no such file. */
const isCloudAgentFile = (path: string): boolean => /(^|\/)\.github\/copilot-mcp\.json$/.test(path)
/** `.github/mcp.json` may be a bare server map, as the CLI accepts for workspace files. */
const isWorkspaceFile = (path: string): boolean => /(^|\/)\.github\/mcp\.json$/.test(path)

const isBareMap = isBareServerMap

function mapPath(value: unknown, context: FileContext): PointerPath {
  return isWorkspaceFile(context.path) && isBareMap(value) ? [] : ['mcpServers']
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

/** The message of a cloud-agent entry without the keys the agent requires; why and the fix go to help. */
const CLOUD_AGENT_MISSING = '{{where}} lacks {{keys}}, which the Copilot cloud agent requires'

/**
 * What the cloud agent would refuse in a pasted configuration (`type`, `tools`, `args` on local
 * servers). A warning: the committed file itself is loaded by nothing, so nothing fails until it is pasted.
 */
function cloudAgentGaps(doc: ParsedDocument): Finding[] {
  const findings: Finding[] = []
  for (const [name, entry] of serverEntries(doc.value, ['mcpServers'])) {
    if (!isRecord(entry)) continue
    const missing = ['type', 'tools'].filter((key) => !(key in entry))
    if (copilotTransport(entry).transport === 'stdio' && !('args' in entry)) missing.push('args')
    if (missing.length === 0) continue
    const listed = joinWords(missing.map((key) => `"${key}"`))
    const fixes = joinWords(
      missing.map((key) =>
        key === 'type'
          ? `"type": "${'url' in entry ? 'http' : 'local'}"`
          : key === 'tools'
            ? '"tools": ["*"] (or a list of read-only tools)'
            : '"args": []'
      )
    )
    const data = { where: describePath(['mcpServers', name]), keys: listed }
    findings.push({
      ruleId: 'schema-required',
      severity: 'warning',
      message: fillMessage(CLOUD_AGENT_MISSING, data),
      messageId: 'cloudAgentMissing',
      data,
      help: `Copilot reads no .github/copilot-mcp.json, and pasting this entry into the repository's Copilot settings fails validation; add ${fixes}.`,
      range: doc.locate(['mcpServers', name], true),
      server: name
    })
  }
  return findings
}

/**
 * GitHub Copilot: the CLI's `.github/mcp.json` and `~/.copilot/mcp-config.json` (committed in dotfiles),
 * and `.github/copilot-mcp.json`, the cloud agent's settings JSON kept in the repository. The CLI
 * defaults `type` and `tools`; the cloud agent requires them, which is reported as a warning.
 */
export const copilot: HostAdapter = {
  id: 'copilot',
  name: 'GitHub Copilot',
  patterns: ['**/.github/mcp.json', '**/.copilot/mcp-config.json', '**/.github/copilot-mcp.json'],
  syntax: 'json',
  profile: COPILOT_PROFILE,
  profileFor: ({ path }) => (isCloudAgentFile(path) ? CLOUD_AGENT_PROFILE : COPILOT_PROFILE),
  schemas: ['copilot', 'copilot-bare-map'],
  usualSchema: 'copilot',
  schemaFor: (value, context) => (mapPath(value, context).length === 0 ? 'copilot-bare-map' : 'copilot'),
  check: (doc, context) => (isCloudAgentFile(context.path) ? cloudAgentGaps(doc) : []),
  normalise(value, context): Server[] {
    return normaliseServerMap(value, mapPath(value, context), { host: 'copilot', file: context.path }, copilotTransport)
  }
}
