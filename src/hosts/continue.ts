import { pointerWith } from '../parse/source.js'
import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { PointerPath, Server, Transport } from '../types.js'
import {
  aboveDotFolder,
  HTTP,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  SSE,
  STDIO,
  type HostProfile,
  expandsOnly,
  startsInProject,
  onEverySystem
} from './profile.js'
import type { FileContext, HostAdapter, Syntax } from './types.js'
import { asString, commonFields, isRecord, serverEntries } from './util.js'

const isJson = (path: string): boolean => path.toLowerCase().endsWith('.json')
const isConfigYaml = (path: string): boolean => /(^|\/)\.continue\/config\.yaml$/.test(path)

const SSE_ENDPOINT = {
  does: 'Continue tries Streamable HTTP on a "url" without "type" and falls back to SSE only when that fails',
  fix: 'add "type": "sse"'
}

/**
 * Continue's YAML blocks (continuedev/continue: packages/config-yaml/src/schemas/mcp/index.ts): a LIST of
 * servers with names; `type` spells Streamable HTTP `streamable-http`; a typeless url tries Streamable
 * HTTP, then SSE; a stdio server starts in its `cwd`; `${{ secrets.X }}` and `${{ inputs.X }}` are filled.
 */
const YAML_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: true,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [
    {
      paths: onEverySystem(['${CONTINUE_GLOBAL_DIR}/config.yaml', '~/.continue/config.yaml']),
      scope: 'user',
      note: null,
      source: 'continuedev/continue core/util/paths.ts CONTINUE_GLOBAL_DIR @5522c6f',
      unconfirmed: {}
    },
    {
      paths: onEverySystem(['${CONTINUE_GLOBAL_DIR}/mcpServers/*.yaml', '~/.continue/mcpServers/*.yaml']),
      scope: 'user',
      note: null,
      source: 'continuedev/continue docs customize/deep-dives/mcp (the block folder)',
      unconfirmed: {
        linux: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed',
        darwin: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed',
        win32: 'the docs describe the block folder in a workspace; the same folder under ~/.continue is presumed'
      }
    }
  ],
  servers: { at: ['mcpServers'], shape: 'list', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, 'streamable-http': HTTP },
      otherwise: 'cannot load the server',
      others: null
    },
    untyped: { command: STDIO, url: { url: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: SSE_ENDPOINT } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({
    honoured: true,
    source: 'the stdio server schema of continuedev/continue packages/config-yaml has cwd'
  }),
  placeholders: expandsOnly(['double-brace']),
  approvals: NO_APPROVALS
}

/** `~/.continue/config.yaml` holds models and every other setting beside its server list. */
const CONFIG_PROFILE: HostProfile = { ...YAML_PROFILE, mcpOnly: false }

/**
 * A Claude/Cursor/Cline-style JSON drop-in: a map; `type` spells Streamable HTTP `http`; the conversion
 * to Continue's own format drops `cwd`.
 */
const JSON_PROFILE: HostProfile = {
  ...YAML_PROFILE,
  servers: { ...YAML_PROFILE.servers!, shape: 'map' },
  transports: {
    ...YAML_PROFILE.transports,
    types: { values: { stdio: STDIO, sse: SSE, http: HTTP }, otherwise: 'cannot load the server', others: null }
  },
  launch: {
    ...YAML_PROFILE.launch,
    cwd: { honoured: false, source: 'the JSON drop-in conversion of continuedev/continue (PR #8021) keeps no cwd' }
  }
}

/** Continue falls back to reading a JSON file as one server when it has no `mcpServers` map. */
function isSingleJsonServer(value: unknown): boolean {
  return isRecord(value) && !('mcpServers' in value) && ('command' in value || 'url' in value)
}

/** The file's base name without `.json`: the server name Continue gives a single-server JSON file. */
function fileStem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/i, '')
}

/** Transport of a YAML list item: Continue tries the stdio shape first, then the remote one. */
function yamlTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  if (typeof entry.command === 'string' && (declaredType === undefined || declaredType === 'stdio'))
    return { transport: 'stdio', declaredType }
  if (declaredType === 'sse') return { transport: 'sse', declaredType }
  // Without a type Continue tries Streamable HTTP first and falls back to SSE.
  if (declaredType === undefined || declaredType === 'streamable-http')
    return { transport: 'url' in entry ? 'http' : 'unknown', declaredType }
  return { transport: 'unknown', declaredType }
}

/** Transport of a JSON entry: Continue tries the remote shape first, then stdio. */
function jsonTransport(entry: Record<string, unknown>): { transport: Transport; declaredType?: string } {
  const declaredType = asString(entry.type)
  if (declaredType === 'sse') return { transport: 'sse', declaredType }
  if (declaredType === 'http' || (declaredType === undefined && 'url' in entry))
    return { transport: 'http', declaredType }
  if (declaredType === undefined || declaredType === 'stdio')
    return { transport: 'command' in entry ? 'stdio' : 'unknown', declaredType }
  return { transport: 'unknown', declaredType }
}

function jsonServer(name: string, entry: Record<string, unknown>, pointer: PointerPath, file: string): Server {
  const { transport, declaredType } = jsonTransport(entry)
  const server: Server = { name, host: 'continue', file, pointer, transport, ...commonFields(entry, pointer) }
  if (declaredType !== undefined) {
    server.declaredType = declaredType
    server.fields.type = pointerWith(pointer, 'type')
  }
  return server
}

function yamlServers(value: unknown, file: string): Server[] {
  const list = isRecord(value) ? value.mcpServers : undefined
  if (!Array.isArray(list)) return []
  const servers: Server[] = []
  list.forEach((entry: unknown, index) => {
    // `uses:` items name a Continue Hub block, which cannot be resolved offline.
    if (!isRecord(entry) || 'uses' in entry) return
    const { transport, declaredType } = yamlTransport(entry)
    const pointer = ['mcpServers', index]
    // Headers go in `requestOptions.headers`.
    const headers = isRecord(entry.requestOptions) && isRecord(entry.requestOptions.headers)
    const fields = commonFields(entry, pointer, headers ? { headers: ['requestOptions', 'headers'] } : {})
    const server: Server = {
      name: asString(entry.name) ?? `mcpServers[${index}]`,
      host: 'continue',
      file,
      pointer,
      transport,
      ...fields
    }
    if (declaredType !== undefined) {
      server.declaredType = declaredType
      server.fields.type = pointerWith(pointer, 'type')
    }
    servers.push(server)
  })
  return servers
}

/** The one finding for a file that holds no server list Continue can read. */
function noServerList(doc: ParsedDocument, context: FileContext): Finding[] {
  if (isConfigYaml(context.path)) return []
  const value = doc.value
  if (isJson(context.path)) {
    if (isRecord(value) && ('mcpServers' in value || isSingleJsonServer(value))) return []
    return [
      {
        ruleId: 'schema-required',
        severity: 'error',
        message: 'this JSON file has neither an "mcpServers" map nor the "command" or "url" of a single server',
        messageId: 'noServerMap',
        data: { key: 'mcpServers' },
        help: 'Continue skips a JSON file in .continue/mcpServers/ in any other form ("doesn\'t match a supported MCP JSON configuration format"); use the { "mcpServers": { "<name>": { ... } } } format of Claude, Cursor or Cline.',
        range: doc.locate([])
      }
    ]
  }
  if (isRecord(value) && 'mcpServers' in value) return []
  return [
    {
      ruleId: 'schema-required',
      severity: 'error',
      message: 'this block has no "mcpServers" list, so Continue loads no server from it',
      messageId: 'noServerList',
      data: { key: 'mcpServers' },
      help: 'A block in .continue/mcpServers/ starts with name, version and schema: v1, then "mcpServers:" with items that start with "- name:"; add the list.',
      range: doc.locate([])
    }
  ]
}

/**
 * Continue: YAML blocks in `.continue/mcpServers/` (a header, then an `mcpServers:` LIST), JSON files
 * in the Claude/Cursor/Cline format dropped into the same folder, and the `mcpServers:` list of
 * `config.yaml`. Unknown keys are stripped by Continue's zod schemas, so they are warnings.
 */
export const continueDev: HostAdapter = {
  id: 'continue',
  name: 'Continue',
  patterns: [
    '**/.continue/mcpServers/**/*.yaml',
    '**/.continue/mcpServers/**/*.yml',
    '**/.continue/mcpServers/**/*.json',
    '**/.continue/config.yaml'
  ],
  syntax: 'yaml',
  // comment-json reads the JSON drop-ins, so comments and trailing commas are fine there.
  syntaxFor: (path): Syntax => (isJson(path) ? 'jsonc' : 'yaml'),
  profile: YAML_PROFILE,
  profileFor: ({ path }) => (isJson(path) ? JSON_PROFILE : isConfigYaml(path) ? CONFIG_PROFILE : YAML_PROFILE),
  // The blocks' server list; `~/.continue/config.yaml`'s; a JSON drop-in's map, or single server; none at all
  // (reported once by check(), not key by key).
  schemas: ['continue', 'continue-config', 'continue-json', 'continue-json-single', 'continue-none'],
  schemaFor(value, context) {
    if (isConfigYaml(context.path)) return 'continue-config'
    if (isJson(context.path)) {
      if (isRecord(value) && 'mcpServers' in value) return 'continue-json'
      return isSingleJsonServer(value) ? 'continue-json-single' : 'continue-none'
    }
    return isRecord(value) && 'mcpServers' in value ? 'continue' : 'continue-none'
  },
  check: noServerList,
  normalise(value, context) {
    if (!isJson(context.path)) return yamlServers(value, context.path)
    if (isSingleJsonServer(value))
      return [jsonServer(fileStem(context.path), value as Record<string, unknown>, [], context.path)]
    return serverEntries(value, ['mcpServers'])
      .filter((pair): pair is [string, Record<string, unknown>] => isRecord(pair[1]))
      .map(([name, entry]) => jsonServer(name, entry, ['mcpServers', name], context.path))
  }
}
