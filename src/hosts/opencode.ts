import { pointerWith } from '../parse/source.js'
import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { SchemaId } from '../schema/compiled/index.js'
import { describePath } from '../describe-path.js'
import { schemaMessage } from '../schema/validate.js'
import type { Server } from '../types.js'
import {
  aboveDotFolder,
  HTTP_THEN_SSE,
  NO_APPROVALS,
  STDIO,
  UNLOADABLE,
  type HostProfile,
  expandsOnly,
  onEverySystem
} from './profile.js'
import type { HostAdapter, HostId } from './types.js'
import { asString, commonFields, isRecord, serverEntries, stringListField } from './util.js'

/**
 * opencode's reading of `mcp` (opencode-ai 1.18.33, packages/opencode/src/config/mcp.ts McpLocalConfig,
 * McpRemoteConfig; src/mcp/index.ts MCP.connectLocal, MCP.connectRemote): `type` is required; a `local`
 * server's `command` array holds the program and its arguments and starts in its `cwd` (resolved from the
 * directory opencode runs in, which is also the default); a `remote` server tries Streamable HTTP, then SSE.
 */
export const OPENCODE_PROFILE: HostProfile = {
  role: 'client',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  // The global folder follows the XDG layout on every system (xdg-basedir), also on macOS and Windows.
  userFiles: [
    ...['opencode.json', 'opencode.jsonc', 'config.json'].map((name) => ({
      paths: onEverySystem([`\${XDG_CONFIG_HOME}/opencode/${name}`, `~/.config/opencode/${name}`]),
      scope: 'user' as const,
      note: null,
      source:
        'anomalyco/opencode packages/opencode/src/global/index.ts @0259f2c, packages/opencode/src/config/config.ts @002d982; sindresorhus/xdg-basedir @1c00d3b',
      unconfirmed: {}
    })),
    {
      paths: { linux: ['${OPENCODE_CONFIG}'], darwin: ['${OPENCODE_CONFIG}'], win32: ['${OPENCODE_CONFIG}'] },
      scope: 'user',
      note: 'the file OPENCODE_CONFIG names, read after the global config',
      source: 'anomalyco/opencode packages/opencode/src/config/config.ts @002d982',
      unconfirmed: {}
    }
  ],
  servers: { at: ['mcp'], shape: 'map', ownKeys: [], reservedNames: [], validName: null, inputs: null },
  transports: {
    types: {
      values: { local: STDIO, remote: HTTP_THEN_SSE },
      otherwise: 'refuses the whole config',
      others: null
    },
    untyped: {
      command: UNLOADABLE,
      url: {
        url: {
          ...UNLOADABLE,
          fails: 'opencode requires "type" on every server and refuses the whole config without it',
          sseEndpoint: null
        }
      }
    },
    // Each type reads its own key and drops the other: `url` in a local server, `command` in a remote one.
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: {
    cwd: {
      honoured: true,
      source: 'McpLocalConfig.cwd; MCP.connectLocal resolves it from the instance directory (opencode-ai 1.18.33)'
    },
    startsIn: 'project',
    environment: {},
    command: 'argv',
    helpers: [],
    droppedEnv: null
  },
  placeholders: expandsOnly(['brace-env']),
  approvals: NO_APPROVALS
}

/**
 * Keys copied from Claude-style configs into a local server, which opencode drops without a word (its
 * config decoder ignores keys it does not know: ConfigParse.schema, onExcessProperty "ignore", opencode-ai
 * 1.18.33): the key it reads instead, and what the author loses.
 */
const FOREIGN_LOCAL_KEYS: Record<string, { suggestion?: string; advice: string }> = {
  env: {
    suggestion: 'environment',
    advice:
      'opencode ignores "env" and starts the server without these variables: it passes variables to a local server only through "environment"; rename it.'
  },
  args: {
    advice:
      'opencode ignores "args" and starts the program without them: put the arguments into the "command" array after the program, e.g. ["npx", "-y", "@playwright/mcp"].'
  }
}

/** `env` and `args` in a local server: the server starts without them, and the fix differs from a typo's. */
function foreignKeys(doc: ParsedDocument, host: OpencodeFamilyHost): Finding[] {
  const findings: Finding[] = []
  for (const [name, entry] of serverEntries(doc.value, ['mcp'])) {
    if (!isRecord(entry) || entry.type !== 'local') continue
    for (const [key, { suggestion, advice }] of Object.entries(FOREIGN_LOCAL_KEYS)) {
      if (!(key in entry) || host.extraKeys?.includes(key)) continue
      // The schema checker's own messages for a key the host ignores, with what is lost as help.
      const messageId = suggestion ? 'misspelled' : 'ignored'
      const data: Record<string, string> = { key, where: describePath(['mcp', name]), host: host.name }
      if (suggestion) data.suggestion = suggestion
      findings.push({
        ruleId: 'schema-unknown-key',
        severity: 'warning',
        message: schemaMessage(messageId, data),
        messageId,
        data,
        help: advice.replaceAll('opencode', host.name),
        range: doc.locate(['mcp', name, key], true),
        server: name
      })
    }
  }
  return findings
}

/** An entry that only switches a server defined elsewhere (e.g. an organisation default) on or off. */
function isOverride(entry: Record<string, unknown>): boolean {
  return !('type' in entry) && Object.keys(entry).every((key) => key === 'enabled')
}

/** One entry in opencode's meaning: `local` starts `command[0]` with the rest as arguments; `remote` speaks HTTP. */
function opencodeServer(name: string, entry: Record<string, unknown>, file: string, host: OpencodeFamilyHost): Server {
  const declaredType = asString(entry.type)
  const transport = declaredType === 'local' ? 'stdio' : declaredType === 'remote' ? 'http' : 'unknown'
  const pointer = ['mcp', name]
  // A host that reads `env` too takes it only when `environment` is absent (Kilo: environment ?? env).
  const env =
    host.extraKeys?.includes('env') && entry.environment === undefined && 'env' in entry ? 'env' : 'environment'
  // The command array is read apart: its first item is the program, the rest its arguments.
  const { command: _string, args: _args, fields, ...rest } = commonFields(entry, pointer, { env: [env] })
  const server: Server = { name, host: host.id, file, pointer, transport, ...rest, fields }
  delete fields.command
  delete fields.args
  if (declaredType !== undefined) {
    server.declaredType = declaredType
    fields.type = pointerWith(pointer, 'type')
  }
  const argv = stringListField(entry, pointer, ['command'])
  if (argv && argv.values.length > 0) {
    server.command = argv.values[0]
    fields.command = argv.pointers[0]
    server.args = argv.values.slice(1)
    fields.args = argv.pointers.slice(1)
  } else if (typeof entry.command === 'string') {
    server.command = entry.command
    fields.command = pointerWith(pointer, 'command')
  }
  // `disabled` is opencode's newer spelling, lowered to `enabled`, which wins when both are written.
  const disabled =
    'enabled' in entry ? entry.enabled === false : host.extraKeys?.includes('disabled') && entry.disabled === true
  if (disabled) server.disabled = true
  return server
}

/** A host that reads opencode's config format (opencode, and Kilo, its fork). */
export interface OpencodeFamilyHost {
  id: HostId
  name: string
  patterns: readonly string[]
  profile: HostProfile
  schema: SchemaId
  /** Server keys this host reads beyond opencode's McpLocalConfig and McpRemoteConfig. */
  extraKeys?: readonly string[]
}

/**
 * An adapter for opencode's format: JSON with comments whatever the extension; servers under `mcp`
 * as `local` (command array) or `remote` (url) entries; an entry holding only `enabled` switches a
 * server defined elsewhere and defines none itself.
 */
export function opencodeFamilyAdapter(host: OpencodeFamilyHost): HostAdapter {
  return {
    id: host.id,
    name: host.name,
    patterns: host.patterns,
    syntax: 'jsonc',
    profile: host.profile,
    // An unknown key is dropped, not refused (ConfigParse.schema decodes with onExcessProperty "ignore"),
    // so the default severity fits; a wrong type in a known key still fails the whole config.
    schemas: [host.schema],
    check: (doc) => foreignKeys(doc, host),
    normalise(value, context) {
      return serverEntries(value, ['mcp']).flatMap(([name, entry]) =>
        isRecord(entry) && !isOverride(entry) ? [opencodeServer(name, entry, context.path, host)] : []
      )
    }
  }
}

/** opencode: `opencode.json` / `opencode.jsonc` in the project (also under `.opencode/`). */
export const opencode: HostAdapter = opencodeFamilyAdapter({
  id: 'opencode',
  name: 'opencode',
  patterns: ['**/opencode.json', '**/opencode.jsonc'],
  profile: OPENCODE_PROFILE,
  schema: 'opencode',
  // ConfigV2Compat.lower reads `disabled` (opencode's newer spelling) and turns it into `enabled`.
  extraKeys: ['disabled']
})
