import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { SchemaId } from '../schema/compiled/index.js'
import type { Server } from '../types.js'
import { aboveDotFolder, NO_APPROVALS, STDIO, type HostProfile, startsInProject } from './profile.js'
import type { HostAdapter } from './types.js'
import { asString, commonFields, isRecord, mayHoldKey } from './util.js'
import { fillMessage } from '../message-template.js'
import { quotable } from '../mask.js'

/** The manifest schemas the MCPB tooling (`@anthropic-ai/mcpb` 2.1.2) validates with, by version. */
const SCHEMAS: Record<string, SchemaId> = {
  '0.1': 'mcpb-0.1',
  '0.2': 'mcpb-0.2',
  '0.3': 'mcpb-0.3',
  '0.4': 'mcpb-0.4'
}

/** Supported manifest versions, oldest first. */
export const MCPB_MANIFEST_VERSIONS: readonly string[] = Object.keys(SCHEMAS)

const LATEST = '0.4'

/**
 * The version the MCPB tooling picks (mirrors its getManifestVersionFromRawData): `manifest_version`
 * when it is a supported one, else the legacy `dxt_version` when that is.
 */
export function mcpbManifestVersion(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined
  for (const key of ['manifest_version', 'dxt_version']) {
    const version = value[key]
    // Own keys only: a version of "constructor" or "__proto__" names no schema.
    if (typeof version === 'string' && Object.hasOwn(SCHEMAS, version)) return version
  }
  return undefined
}

/**
 * An MCP bundle's manifest (modelcontextprotocol/mcpb MANIFEST.md): one stdio server in
 * `server.mcp_config` (`command`, `args`, `env`; no `cwd`), run from the bundle's folder, with
 * `${__dirname}`, `${HOME}`, `${/}` and the user's `${user_config.KEY}` answers filled in.
 */
const PROFILE: HostProfile = {
  role: 'manifest',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [],
  servers: null,
  transports: { types: null, untyped: { command: STDIO, url: {} }, commandAndUrl: null, stdioOnly: null },
  launch: startsInProject({
    honoured: false,
    source: 'mcp_config has command, args, env and platform_overrides (MANIFEST.md)'
  }),
  placeholders: {
    syntaxes: ['mcpb-variable'],
    variables: { __dirname: 'file-folder', HOME: 'home', pathSeparator: 'path-separator', '/': 'path-separator' },
    variablePrefixes: ['user_config.'],
    allEditorVariables: false,
    variableFields: [],
    withoutExpansion: null,
    setElsewhere: null,
    expandedIn: null,
    fieldSyntaxes: {},
    blanked: null
  },
  approvals: NO_APPROVALS
}

const holdsVersionKey = mayHoldKey('"manifest_version"', '"dxt_version"')
const holdsServerKey = mayHoldKey('"server"')

function claims(value: unknown): boolean {
  return isRecord(value) && ('manifest_version' in value || 'dxt_version' in value) && 'server' in value
}

/**
 * `mcpb validate` (and so `mcpb pack`) refuses an `icon` that is not a path inside the bundle:
 * npm @anthropic-ai/mcpb@2.1.2 dist/node/validate.js validateIcon. Whether the file exists and is a PNG
 * needs the bundle's files and is left to the tool.
 */
function iconRefusals(doc: ParsedDocument, value: Record<string, unknown>): Finding[] {
  const icon = value.icon
  if (typeof icon !== 'string') return []
  const messageId = icon.includes('${__dirname}') ? 'iconVariable' : icon.startsWith('/') ? 'iconAbsolute' : undefined
  if (messageId === undefined) return []
  const data = { value: JSON.stringify(quotable(icon, 80)) }
  const message =
    messageId === 'iconVariable'
      ? fillMessage('"icon" is {{value}}; MCPB refuses ${__dirname} in an icon path', data)
      : fillMessage('"icon" is {{value}}, an absolute path; MCPB needs a path inside the bundle', data)
  return [
    {
      ruleId: 'schema-value',
      severity: 'error',
      message,
      messageId,
      data,
      help: 'The MCPB tooling refuses to validate or pack the bundle; use a path relative to the bundle root, e.g. "icon.png".',
      range: doc.locate(['icon'])
    }
  ]
}

/**
 * MCP Bundle (formerly DXT) `manifest.json`. The MCPB tooling validates it with a strict schema per
 * manifest version (unknown keys are rejected) and launches `server.mcp_config` as a stdio process.
 */
export const mcpb: HostAdapter = {
  id: 'mcpb',
  name: 'MCPB',
  patterns: ['**/manifest.json'],
  syntax: 'json',
  profile: PROFILE,
  unknownKeySeverity: 'error',
  claims,
  // Both keys `claims` asks for: browser extensions' manifest.json has a manifest_version too.
  claimsText: (text) => holdsVersionKey(text) && holdsServerKey(text),
  schemas: [...Object.values(SCHEMAS), 'mcpb-unversioned'],
  schemaFor(value) {
    return SCHEMAS[mcpbManifestVersion(value) ?? ''] ?? 'mcpb-unversioned'
  },
  check(doc: ParsedDocument): Finding[] {
    const value = doc.value
    if (!isRecord(value)) return []
    if (mcpbManifestVersion(value) !== undefined) return iconRefusals(doc, value)
    const supported = MCPB_MANIFEST_VERSIONS.map((v) => JSON.stringify(v)).join(', ')
    const key = 'manifest_version' in value ? 'manifest_version' : 'dxt_version' in value ? 'dxt_version' : undefined
    if (key === undefined) {
      return [
        {
          ruleId: 'schema-required',
          severity: 'error',
          message: 'the manifest is missing the required "manifest_version"',
          messageId: 'missingVersion',
          data: { key: 'manifest_version' },
          help: `The MCPB tooling refuses a manifest without it (or the legacy "dxt_version"); add "manifest_version": "${LATEST}" (supported: ${supported}).`,
          range: doc.locate([])
        }
      ]
    }
    const shown = JSON.stringify(value[key])
    return [
      {
        ruleId: 'schema-enum',
        severity: 'error',
        message: `"${key}" is ${shown}, a manifest version the MCPB tooling does not know`,
        messageId: 'unknownVersion',
        data: { key, value: shown },
        help: `The MCPB tooling rejects the bundle ("Unrecognized or unsupported manifest version"); use one of ${supported} (the rest of the file was checked against ${LATEST}).`,
        range: doc.locate([key])
      }
    ]
  },
  normalise(value, context) {
    if (!isRecord(value) || !isRecord(value.server) || !isRecord(value.server.mcp_config)) return []
    const config = value.server.mcp_config
    const server: Server = {
      name: asString(value.name) ?? 'server',
      host: 'mcpb',
      file: context.path,
      pointer: ['server', 'mcp_config'],
      transport: 'stdio',
      ...commonFields(config, ['server', 'mcp_config'])
    }
    return [server]
  }
}
