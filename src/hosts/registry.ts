import { pointerWith } from '../parse/source.js'
import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { SchemaId } from '../schema/compiled/index.js'
import type { PointerPath, Server } from '../types.js'
import {
  aboveDotFolder,
  HTTP,
  NO_APPROVALS,
  SSE,
  STDIO,
  typeMeaning,
  UNLOADABLE,
  type HostProfile,
  expandsOnly,
  startsInProject
} from './profile.js'
import type { HostAdapter } from './types.js'
import { fillMessage } from '../message-template.js'
import { quotable } from '../mask.js'
import { asString, isRecord } from './util.js'

/** The schema the registry's publisher accepts today; unknown or missing `$schema` falls back to it. */
export const CURRENT_REGISTRY_SCHEMA = '2025-12-11'

/** The first format, with snake_case fields, which the registry no longer reads at all. */
const RETIRED_SNAKE_CASE = '2025-07-09'

const SCHEMA_URL = (version: string): string =>
  `https://static.modelcontextprotocol.io/schemas/${version}/server.schema.json`

/**
 * Every published server.json schema version and the vendored schema that checks it (see
 * schemas/registry/README.md). 2025-10-11 and 2025-10-17 have no vendored copy: they are checked with
 * 2025-12-11, which only added optional remote `variables` and named the transport definitions.
 */
const SCHEMAS: Record<string, SchemaId> = {
  '2025-07-09': 'registry-2025-07-09',
  '2025-09-16': 'registry-2025-09-16',
  '2025-09-29': 'registry-2025-09-29',
  '2025-12-11': 'registry-2025-12-11',
  '2025-10-11': 'registry-2025-12-11',
  '2025-10-17': 'registry-2025-12-11'
}

/** The published versions, oldest first. */
export const REGISTRY_SCHEMA_VERSIONS: readonly string[] = Object.keys(SCHEMAS).sort()

/** The schema date in a `$schema` URL such as https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json. */
export function registrySchemaVersion(value: unknown): string | undefined {
  const url = isRecord(value) ? asString(value.$schema) : undefined
  return url?.match(/\/schemas\/(\d{4}-\d{2}-\d{2})\/server\.schema\.json$/)?.[1]
}

/** Whether a `server.json` looks like an MCP Registry server description (other tools use the name too). */
function looksLikeServerJson(value: unknown): boolean {
  if (!isRecord(value)) return false
  const url = asString(value.$schema)
  if (url !== undefined && /modelcontextprotocol\.io\/schemas\/.{0,100}server\.schema\.json/.test(url)) return true
  return typeof value.name === 'string' && (Array.isArray(value.packages) || Array.isArray(value.remotes))
}

/** Reads a camelCase field, or its snake_case spelling from the 2025-07-09 format. */
function field(entry: Record<string, unknown>, camel: string): unknown {
  if (camel in entry) return entry[camel]
  return entry[camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]
}

/** How a client runs a package of each registry type when the file gives no `runtimeHint`. */
const RUNTIMES: Record<string, string> = { npm: 'npx', pypi: 'uvx', oci: 'docker', nuget: 'dnx' }

/**
 * A server's own description for the MCP Registry: no map of named servers but `packages[]` (each run
 * as registry clients run it, with `transport.type`) and `remotes[]` (with `type` required); templates
 * `{name}` are filled from declared variables.
 */
const PROFILE: HostProfile = {
  role: 'manifest',
  readFrom: 'project',
  mcpOnly: false,
  projectRoot: aboveDotFolder,
  notRead: null,
  userFiles: [],
  servers: null,
  transports: {
    types: {
      values: { stdio: STDIO, 'streamable-http': HTTP, sse: SSE },
      otherwise: 'cannot load the server',
      others: null
    },
    untyped: { command: UNLOADABLE, url: { url: { ...UNLOADABLE, fails: null, sseEndpoint: null } } },
    commandAndUrl: null,
    stdioOnly: null
  },
  launch: startsInProject({ honoured: false, source: 'server.json packages have no working directory' }),
  placeholders: expandsOnly(['registry-variable']),
  approvals: NO_APPROVALS
}

/** Renders `runtimeArguments` / `packageArguments` as command-line words; unfilled values stay `{name}` templates. */
function renderArguments(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const words: string[] = []
  for (const argument of value) {
    if (!isRecord(argument)) continue
    const given = asString(argument.value) ?? asString(argument.default)
    if (argument.type === 'named') {
      const name = asString(argument.name)
      if (name !== undefined) words.push(name)
      if (given !== undefined) words.push(given)
    } else {
      const hint = asString(field(argument, 'valueHint'))
      if (given !== undefined) words.push(given)
      else if (hint !== undefined) words.push(`{${hint}}`)
    }
  }
  return words
}

/** The key a field is written under: camelCase, or its snake_case spelling from the 2025-07-09 format. */
function fieldKey(entry: Record<string, unknown>, camel: string): string {
  return camel in entry ? camel : camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/**
 * Name/value pairs of `environmentVariables` or `headers` (a list at `at`) that carry a value or
 * default, with the pointer of the value each takes; undefined when there are none.
 */
function keyValues(
  value: unknown,
  at: PointerPath
): { values: Record<string, string>; pointers: Record<string, PointerPath> } | undefined {
  if (!Array.isArray(value)) return undefined
  const out = { values: {} as Record<string, string>, pointers: {} as Record<string, PointerPath> }
  value.forEach((item: unknown, index) => {
    if (!isRecord(item)) return
    const name = asString(item.name)
    const key = typeof item.value === 'string' ? 'value' : typeof item.default === 'string' ? 'default' : undefined
    if (name === undefined || key === undefined) return
    out.values[name] = item[key] as string
    out.pointers[name] = pointerWith(at, index, key)
  })
  return Object.keys(out.values).length > 0 ? out : undefined
}

/** The command line a registry client builds for a package: `npx -y pkg@1.2.3`, `uvx pkg==1.2.3`, `docker run -i --rm image`. */
function packageCommand(entry: Record<string, unknown>): Pick<Server, 'command' | 'args'> {
  const registryType = asString(field(entry, 'registryType')) ?? ''
  const identifier = asString(entry.identifier)
  const version = asString(entry.version)
  const command = asString(field(entry, 'runtimeHint')) ?? RUNTIMES[registryType]
  if (command === undefined || identifier === undefined) return {}
  const runtime = renderArguments(field(entry, 'runtimeArguments'))
  const after = renderArguments(field(entry, 'packageArguments'))
  let target = identifier
  if (version !== undefined && command === 'npx') target = `${identifier}@${version}`
  else if (version !== undefined && command === 'uvx') target = `${identifier}==${version}`
  else if (version !== undefined && command === 'dnx') target = `${identifier}@${version}`
  else if (
    version !== undefined &&
    command === 'docker' &&
    !/[:@]/.test(identifier.slice(identifier.lastIndexOf('/') + 1))
  )
    target = `${identifier}:${version}`
  if (command === 'npx')
    return {
      command,
      args: [...(runtime.some((a) => a === '-y' || a === '--yes') ? [] : ['-y']), ...runtime, target, ...after]
    }
  if (command === 'docker') {
    const declared = field(entry, 'environmentVariables')
    const env = (Array.isArray(declared) ? declared : []).flatMap((item) =>
      isRecord(item) && typeof item.name === 'string' ? ['-e', item.name] : []
    )
    return { command, args: ['run', '-i', '--rm', ...runtime, ...env, target, ...after] }
  }
  return { command, args: [...runtime, target, ...after] }
}

function normalisePackage(
  entry: Record<string, unknown>,
  index: number,
  base: Pick<Server, 'host' | 'file'>,
  name: string
): Server {
  const transport = isRecord(entry.transport) ? entry.transport : {}
  const declaredType = asString(transport.type)
  const pointer = ['packages', index]
  // The command line is built, not written: findings about it point at the package.
  const server: Server = {
    name: `${name} (packages[${index}])`,
    ...base,
    pointer,
    transport: declaredType === undefined ? 'unknown' : typeMeaning(PROFILE, declaredType)!.transport,
    ...packageCommand(entry),
    fields: {}
  }
  if (declaredType !== undefined) {
    server.declaredType = declaredType
    server.fields.type = pointerWith(pointer, 'transport', 'type')
  }
  const envKey = fieldKey(entry, 'environmentVariables')
  const env = keyValues(entry[envKey], pointerWith(pointer, envKey))
  if (env) {
    server.env = env.values
    server.fields.env = env.pointers
  }
  // A package may serve HTTP once started: it keeps its command and gains the URL to connect to.
  const url = asString(transport.url)
  if (url !== undefined && declaredType !== 'stdio') {
    server.url = url
    server.fields.url = pointerWith(pointer, 'transport', 'url')
  }
  const headers = keyValues(transport.headers, pointerWith(pointer, 'transport', 'headers'))
  if (headers) {
    server.headers = headers.values
    server.fields.headers = headers.pointers
  }
  return server
}

function normaliseRemote(
  entry: Record<string, unknown>,
  index: number,
  base: Pick<Server, 'host' | 'file'>,
  name: string
): Server {
  const declaredType = asString(entry.type)
  const pointer = ['remotes', index]
  const server: Server = {
    name: `${name} (remotes[${index}])`,
    ...base,
    pointer,
    fields: {},
    // A remote is reached over the network: `stdio` is no transport for it.
    transport:
      declaredType === undefined || declaredType === 'stdio' ? 'unknown' : typeMeaning(PROFILE, declaredType)!.transport
  }
  if (declaredType !== undefined) {
    server.declaredType = declaredType
    server.fields.type = pointerWith(pointer, 'type')
  }
  const url = asString(entry.url)
  if (url !== undefined) {
    server.url = url
    server.fields.url = pointerWith(pointer, 'url')
  }
  const headers = keyValues(entry.headers, pointerWith(pointer, 'headers'))
  if (headers) {
    server.headers = headers.values
    server.fields.headers = headers.pointers
  }
  return server
}

/** The messages about `$schema`, one sentence each; why and the fix go to help. */
const SCHEMA_URL_MESSAGES = {
  noSchema: 'this server.json has no "$schema", which mcp-publisher requires',
  unknownSchema: '"$schema" {{url}} is not a published server.json schema',
  retiredSchema: '"$schema" names the retired {{version}} snake_case format, which the MCP Registry no longer reads',
  olderSchema: '"$schema" names the older {{version}} schema; mcp-publisher publishes only the current {{current}}'
} as const

function notice(
  ruleId: string,
  severity: Finding['severity'],
  messageId: keyof typeof SCHEMA_URL_MESSAGES,
  data: Record<string, string>,
  help: string,
  doc: ParsedDocument,
  path: PointerPath
): Finding {
  const message = fillMessage(SCHEMA_URL_MESSAGES[messageId], data)
  return { ruleId, severity, message, messageId, data, help, range: doc.locate(path) }
}

/**
 * MCP Registry `server.json`: validated against the published schema its `$schema` names (the
 * current one when it names none we know). Each package and remote becomes one server, run the way
 * registry clients run them.
 */
export const registry: HostAdapter = {
  id: 'registry',
  name: 'MCP Registry',
  patterns: ['**/server.json'],
  syntax: 'json',
  profile: PROFILE,
  claims: looksLikeServerJson,
  schemas: [...new Set(Object.values(SCHEMAS))],
  // A file without `$schema` is read as the current version; new files name it.
  usualSchema: SCHEMAS[CURRENT_REGISTRY_SCHEMA],
  schemaFor(value) {
    return SCHEMAS[registrySchemaVersion(value) ?? CURRENT_REGISTRY_SCHEMA] ?? SCHEMAS[CURRENT_REGISTRY_SCHEMA]
  },
  check(doc) {
    const value = doc.value
    if (!isRecord(value)) return []
    const current = SCHEMA_URL(CURRENT_REGISTRY_SCHEMA)
    if (!('$schema' in value)) {
      return [
        notice(
          'schema-required',
          'notice',
          'noSchema',
          { key: '$schema' },
          `It was checked against the current schema ${CURRENT_REGISTRY_SCHEMA}; add "$schema": "${current}".`,
          doc,
          []
        )
      ]
    }
    const url = asString(value.$schema)
    if (url === undefined) return [] // a non-string $schema is reported by the schema itself
    const version = registrySchemaVersion(value)
    if (version === undefined || !(version in SCHEMAS)) {
      return [
        notice(
          'schema-value',
          'notice',
          'unknownSchema',
          { url: JSON.stringify(quotable(url, 80)) },
          `The published schemas are ${REGISTRY_SCHEMA_VERSIONS.join(', ')}; the file was checked against the current ${CURRENT_REGISTRY_SCHEMA}. Use "${current}".`,
          doc,
          ['$schema']
        )
      ]
    }
    if (version === RETIRED_SNAKE_CASE) {
      return [
        notice(
          'schema-value',
          'error',
          'retiredSchema',
          { version },
          `Publishing fails: the registry no longer reads its snake_case fields ("registry_type", "registry_base_url", "environment_variables", ...). Rename them to camelCase ("registryType", ...), drop "status", and use "${current}".`,
          doc,
          ['$schema']
        )
      ]
    }
    if (version !== CURRENT_REGISTRY_SCHEMA) {
      return [
        notice(
          'schema-value',
          'notice',
          'olderSchema',
          { version, current: CURRENT_REGISTRY_SCHEMA },
          `This file was checked against the schema it names; update it to "${current}" (see the registry's server.json CHANGELOG).`,
          doc,
          ['$schema']
        )
      ]
    }
    return []
  },
  normalise(value, context) {
    if (!isRecord(value)) return []
    const base = { host: 'registry' as const, file: context.path }
    const name = asString(value.name) ?? 'server'
    const servers: Server[] = []
    if (Array.isArray(value.packages))
      value.packages.forEach(
        (entry, index) => isRecord(entry) && servers.push(normalisePackage(entry, index, base, name))
      )
    if (Array.isArray(value.remotes))
      value.remotes.forEach(
        (entry, index) => isRecord(entry) && servers.push(normaliseRemote(entry, index, base, name))
      )
    return servers
  }
}
