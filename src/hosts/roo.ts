import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  type HostProfile,
  type UserFile,
  startsInProject
} from './profile.js'
import type { SchemaId } from '../schema/compiled/index.js'
import type { HostAdapter, HostId } from './types.js'
import { inVscodeUserData } from './vscode.js'
import { isRecord, serverEntries } from './util.js'
import {
  MCP_SERVERS,
  checkServersKey,
  declaredTypeOf,
  normaliseMcpServers,
  serverKeyFinding
} from './mcp-servers-json.js'

/**
 * The Roo Code family's reading of a server map: Roo Code and the Kilo Code extension (its fork,
 * Kilo-Org/kilocode src/services/mcp/McpHub.ts @0fc86ce) validate entries with the same McpHub and
 * inject the same variables (src/utils/config.ts injectVariables): a typeless `url` is SSE (the zod
 * union's sse arm fills in the type before validateServerConfig's "must explicitly specify 'type'" check
 * sees the entry, RooCodeInc/Roo-Code @cb83656); a stdio server starts in its `cwd` (the workspace folder
 * by default); `${env:X}` and `${workspaceFolder}` are injected after validation.
 */
export function rooFamilyProfile(host: string, userFiles: readonly UserFile[]): HostProfile {
  return {
    role: 'client',
    readFrom: 'project',
    mcpOnly: true,
    projectRoot: aboveDotFolder,
    notRead: null,
    userFiles,
    servers: { at: ['mcpServers'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
    transports: {
      types: {
        values: { stdio: STDIO, sse: SSE, 'streamable-http': HTTP },
        otherwise: "refuses the whole file (\"Server type must be 'stdio', 'sse', or 'streamable-http'\")",
        others: null
      },
      untyped: {
        command: STDIO,
        url: { url: { ...SSE, fails: null, sseEndpoint: null } }
      },
      commandAndUrl: `${host} refuses the whole file when one entry mixes a stdio and a remote server ("Cannot mix 'stdio' and ('sse' or 'streamable-http') fields")`,
      stdioOnly: null
    },
    launch: startsInProject({
      honoured: true,
      source: 'McpHub.ts: a stdio server starts in its cwd, the workspace folder by default'
    }),
    placeholders: {
      syntaxes: ['env-colon', 'editor-variable'],
      variables: { workspaceFolder: 'project' },
      variablePrefixes: [],
      allEditorVariables: false,
      variableFields: [],
      withoutExpansion: null,
      setElsewhere: null,
      expandedIn: null,
      fieldSyntaxes: {},
      blanked: null
    },
    approvals: { ...NO_APPROVALS, toolList: 'alwaysAllow' }
  }
}

const PROFILE = rooFamilyProfile('Roo Code', [
  {
    paths: inVscodeUserData('globalStorage/rooveterinaryinc.roo-cline/settings/mcp_settings.json'),
    scope: 'user',
    note: "Roo Code's global servers in VS Code; a project's .roo/mcp.json overrides them",
    source: 'RooCodeInc/Roo-Code src/services/mcp/McpHub.ts (getMcpSettingsFilePath) @cb83656',
    unconfirmed: {}
  }
])

/** Keys of a stdio server; Roo Code's remote shapes require them to be absent. */
const STDIO_KEYS = ['command', 'args', 'env'] as const
/** Keys of a remote server; Roo Code's stdio shape requires them to be absent. */
const REMOTE_KEYS = ['url', 'headers'] as const

/**
 * Roo Code refuses an entry that mixes stdio and remote keys ("Cannot mix 'stdio' and ('sse' or
 * 'streamable-http') fields"), and with it the whole file: each stray key is an error at the key.
 */
function mixedTransportFindings(doc: ParsedDocument, host: string): Finding[] {
  const findings: Finding[] = []
  for (const [name, entry] of serverEntries(doc.value, MCP_SERVERS)) {
    if (!isRecord(entry)) continue
    if ('command' in entry) {
      for (const key of REMOTE_KEYS.filter((k) => k in entry)) {
        findings.push(
          serverKeyFinding(
            doc,
            name,
            key,
            'schema-shape',
            (where) =>
              `${where} does not belong to a stdio server: ${host} starts "${name}" with its "command" and refuses the file when "${key}" sits beside it ("Cannot mix 'stdio' and ('sse' or 'streamable-http') fields"); remove "${key}", or move the remote server to its own entry`
          )
        )
      }
    } else if ('url' in entry) {
      for (const key of STDIO_KEYS.filter((k) => k in entry)) {
        findings.push(
          serverKeyFinding(
            doc,
            name,
            key,
            'schema-shape',
            (where) =>
              `${where} does not belong to a remote server: ${host} connects to "${name}" at its "url" and refuses the file when "${key}" sits beside it; remove "${key}", or move the stdio server to its own entry`
          )
        )
      }
    }
  }
  return findings
}

/** A host of the Roo Code family: its id, name, project file and the JSON Schema of that file. */
export interface RooFamilyHost {
  id: HostId
  name: string
  /** The project file, as messages name it (`.roo/mcp.json`). */
  file: string
  profile: HostProfile
  schema: SchemaId
}

/**
 * An adapter for a host of the Roo Code family: strict JSON validated by zod; `command` makes a stdio
 * server; a `url` is `streamable-http` or `sse` by its `type`, and SSE without one.
 */
export function rooFamilyAdapter(host: RooFamilyHost): HostAdapter {
  return {
    id: host.id,
    name: host.name,
    patterns: [`**/${host.file}`],
    syntax: 'json',
    profile: host.profile,
    schemas: [host.schema],
    check: (doc) => [...checkServersKey(doc, host.name, host.file), ...mixedTransportFindings(doc, host.name)],
    normalise(value, context) {
      return normaliseMcpServers(value, host.id, context.path, (entry) => {
        const declaredType = declaredTypeOf(entry)
        const hasCommand = 'command' in entry
        const hasUrl = 'url' in entry
        // The host refuses a mixed entry and a type without its fields: no transport.
        if (hasCommand && hasUrl) return { transport: 'unknown', declaredType }
        if (entry.type === undefined) return { transport: hasCommand ? 'stdio' : hasUrl ? 'sse' : 'unknown' }
        const transport = declaredType === undefined ? 'unknown' : typeMeaning(host.profile, declaredType)!.transport
        const complete = transport === 'stdio' ? hasCommand : hasUrl
        return { transport: complete ? transport : 'unknown', declaredType }
      })
    }
  }
}

/** Roo Code: `.roo/mcp.json` (RooCodeInc/Roo-Code src/services/mcp/McpHub.ts). */
export const roo: HostAdapter = rooFamilyAdapter({
  id: 'roo',
  name: 'Roo Code',
  file: '.roo/mcp.json',
  profile: PROFILE,
  schema: 'roo'
})
