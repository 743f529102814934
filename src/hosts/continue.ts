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
  type UserFile,
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
 * HTTP, then SSE (core/context/mcp/MCPConnection.ts connectClient); a stdio server starts in its `cwd`;
 * `${{ secrets.X }}` and `${{ inputs.X }}` are filled (packages/config-yaml/src/load/unroll.ts), all @d0a3c0b.
 * One server the schema refuses makes Continue skip the whole block (parseConfigYaml throws).
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
      source: 'continuedev/continue core/util/paths.ts CONTINUE_GLOBAL_DIR @d0a3c0b',
      unconfirmed: {}
    },
    // loadConfigYaml reads the global block folder beside the workspace ones (includeGlobal: true).
    ...['yaml', 'yml'].map((ext): UserFile => ({
      paths: onEverySystem([`\${CONTINUE_GLOBAL_DIR}/mcpServers/*.${ext}`, `~/.continue/mcpServers/*.${ext}`]),
      scope: 'user',
      note: null,
      source: 'continuedev/continue core/config/yaml/loadYaml.ts loadConfigYaml @d0a3c0b',
      unconfirmed: {}
    })),
    {
      paths: onEverySystem(['${CONTINUE_GLOBAL_DIR}/mcpServers/*.json', '~/.continue/mcpServers/*.json']),
      scope: 'user',
      note: null,
      source: 'continuedev/continue core/context/mcp/json/loadJsonMcpConfigs.ts (includeGlobal) @d0a3c0b',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcpServers'], shape: 'list', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { stdio: STDIO, sse: SSE, 'streamable-http': HTTP },
      otherwise: 'skips the whole block, with every server in it',
      others: null
    },
    untyped: { command: STDIO, url: { url: { ...HTTP_THEN_SSE, fails: null, sseEndpoint: SSE_ENDPOINT } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    ...startsInProject({
      honoured: true,
      // Without a cwd, or with a relative one, resolved against the workspace folder.
      source: 'continuedev/continue core/context/mcp/MCPConnection.ts resolveCwd @d0a3c0b'
    }),
    droppedEnv: {
      names: ['PATH'],
      does: 'sets PATH itself (its own, or the one of the user\'s login shell), over the one in "env"',
      source: 'continuedev/continue core/context/mcp/MCPConnection.ts constructStdioTransport @d0a3c0b'
    }
  },
  placeholders: expandsOnly(['double-brace']),
  approvals: NO_APPROVALS
}

/** `~/.continue/config.yaml` holds models and every other setting beside its server list. */
const CONFIG_PROFILE: HostProfile = {
  ...YAML_PROFILE,
  mcpOnly: false,
  transports: {
    ...YAML_PROFILE.transports,
    types: { ...YAML_PROFILE.transports.types!, otherwise: 'fails to load config.yaml' }
  }
}

/** How a value reaches a server from a JSON drop-in, which Continue loads as written. */
const MOVE_TO_BLOCK =
  'a JSON file is loaded as written, so move the server to a YAML block in .continue/mcpServers/, where "${{ secrets.{name} }}" is filled from ~/.continue/.env, .continue/.env or .env'

/**
 * A Claude/Cursor/Cline-style JSON drop-in: a map; `type` spells Streamable HTTP `http`; the conversion
 * to Continue's own format drops `cwd` and turns `${VAR}` in `env` into `${{ secrets.VAR }}`, but
 * loadJsonMcpConfigs renders no template, so nothing is filled (MCPConnection reports "unresolved
 * secrets") (continuedev/continue core/context/mcp/json/loadJsonMcpConfigs.ts @d0a3c0b).
 */
const JSON_PROFILE: HostProfile = {
  ...YAML_PROFILE,
  servers: { ...YAML_PROFILE.servers!, shape: 'map' },
  transports: {
    ...YAML_PROFILE.transports,
    types: {
      values: { stdio: STDIO, sse: SSE, http: HTTP },
      otherwise: 'skips the whole file ("doesn\'t match a supported MCP JSON configuration format")',
      others: null
    }
  },
  launch: {
    ...YAML_PROFILE.launch,
    cwd: {
      honoured: false,
      source:
        'continuedev/continue packages/config-yaml/src/schemas/mcp/convertJson.ts convertJsonMcpConfigToYamlMcpConfig @d0a3c0b'
    }
  },
  placeholders: { ...expandsOnly([]), withoutExpansion: { stdio: MOVE_TO_BLOCK, remote: MOVE_TO_BLOCK } }
}

/** A JSON file with a server map: Claude's `mcpServers`, or the `projects` of a copied `~/.claude.json`. */
function hasServerMap(value: unknown): boolean {
  return isRecord(value) && ('mcpServers' in value || 'projects' in value)
}

/** Continue falls back to reading a JSON file as one server when it has no server map. */
function isSingleJsonServer(value: unknown): boolean {
  return isRecord(value) && !hasServerMap(value) && ('command' in value || 'url' in value)
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

/**
 * The kind Continue takes a block for, when it is not a server block although it lists servers: the first
 * non-empty section in getBlockType's order (continuedev/continue packages/config-yaml/src/load/getBlockType.ts
 * @d0a3c0b). A block in `.continue/mcpServers/` that also lists models is loaded as models only.
 */
const SECTIONS_BEFORE_SERVERS = ['context', 'models', 'docs'] as const

function otherBlockKind(value: unknown, path: string): (typeof SECTIONS_BEFORE_SERVERS)[number] | undefined {
  if (isJson(path) || isConfigYaml(path) || !isRecord(value)) return undefined
  return SECTIONS_BEFORE_SERVERS.find((section) => {
    const list = value[section]
    return Array.isArray(list) && list.length > 0
  })
}

function yamlServers(value: unknown, file: string): Server[] {
  const list = isRecord(value) ? value.mcpServers : undefined
  if (!Array.isArray(list)) return []
  // Continue loads such a block as another kind: none of its servers start.
  if (otherBlockKind(value, file) !== undefined) return []
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
    if (hasServerMap(value) || isSingleJsonServer(value)) return []
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
  const kind = otherBlockKind(value, context.path)
  if (kind !== undefined && isRecord(value) && Array.isArray(value.mcpServers) && value.mcpServers.length > 0)
    return [
      {
        ruleId: 'schema-required',
        severity: 'error',
        message: `this block also lists "${kind}", so Continue loads it as a ${kind} block and starts none of its servers`,
        messageId: 'otherBlockKind',
        data: { key: kind },
        help: `Continue takes a block for the kind of its first non-empty section among context, models, docs and mcpServers; move the "${kind}" list to a block of its own (or into config.yaml).`,
        range: doc.locate([kind], true)
      }
    ]
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
      if (hasServerMap(value)) return 'continue-json'
      return isSingleJsonServer(value) ? 'continue-json-single' : 'continue-none'
    }
    return isRecord(value) && 'mcpServers' in value ? 'continue' : 'continue-none'
  },
  check: noServerList,
  normalise(value, context) {
    if (!isJson(context.path)) return yamlServers(value, context.path)
    if (isSingleJsonServer(value))
      return [jsonServer(fileStem(context.path), value as Record<string, unknown>, [], context.path)]
    // A copied `~/.claude.json` adds the servers of each of its projects (loadJsonMcpConfigs).
    const projects = isRecord(value) && isRecord(value.projects) ? Object.keys(value.projects) : []
    return [['mcpServers'], ...projects.map((project) => ['projects', project, 'mcpServers'])].flatMap((at) =>
      serverEntries(value, at)
        .filter((pair): pair is [string, Record<string, unknown>] => isRecord(pair[1]))
        .map(([name, entry]) => jsonServer(name, entry, [...at, name], context.path))
    )
  }
}
