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
import { describePath } from '../describe-path.js'
import { fillMessage } from '../message-template.js'
import { isTemplateMarker } from '../schema/validate.js'
import { quotable } from '../mask.js'
import { asString, isRecord, mayHoldKey, valueAt } from './util.js'

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
  // Own keys only: a registryType of "constructor" or "toString" names no runtime.
  const command =
    asString(field(entry, 'runtimeHint')) ??
    (Object.hasOwn(RUNTIMES, registryType) ? RUNTIMES[registryType] : undefined)
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
  olderSchema:
    '"$schema" names the older {{version}} schema; the current one is {{current}}, and the registry may refuse others'
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

/** The notices and errors about `$schema`: missing, unknown, older or retired. */
function schemaNotices(doc: ParsedDocument, value: Record<string, unknown>): Finding[] {
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
}

/**
 * What the registry refuses to publish beyond its JSON Schema: the semantic checks of
 * modelcontextprotocol/registry internal/validators/validators.go @0122c31abcd12be88c0fd5b04440b0be6c42b871
 * (ValidateServerJSON, run on every publish whatever `$schema` says) and utils.go
 * @047d6d4450453978def72e034d0b1144e95548a1. Only the offline ones: package ownership needs the package registries.
 */
const PUBLISH_MESSAGES = {
  serverName: '"name" {{value}} has a part that is one character long, or starts or ends with a symbol',
  versionLatest: '{{where}} is "latest", which the MCP Registry reserves',
  versionRange: '{{where}} is {{value}}, a version range; the MCP Registry needs one exact version',
  notHttps: '{{where}} is {{value}}; the MCP Registry accepts only an https URL here',
  localRemote: '{{where}} is {{value}}, on this machine; the MCP Registry refuses it for a remote',
  undeclaredVariable: '{{where}} uses {{name}}, which nothing in this entry declares',
  stdioUrl: '{{where}} is set, but the MCP Registry refuses a URL for a stdio transport',
  argumentName: '{{where}} is {{value}}; the MCP Registry needs the flag alone, e.g. "--port"',
  argumentValue: '{{where}} is {{value}}, which repeats the argument name {{name}}',
  hasSpace: '{{where}} is {{value}}; the MCP Registry refuses a space in it',
  blankTitle: '"title" is only whitespace, which the MCP Registry refuses',
  repositoryUrl: '"repository.url" is {{value}}, not a {{source}} repository URL',
  subfolder: '"repository.subfolder" is {{value}}, not a clean relative path'
} as const

/** validators.go serverNameRegex: each part starts and ends with a letter or digit. */
const SERVER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9.-]*[a-zA-Z0-9]\/[a-zA-Z0-9][a-zA-Z0-9._-]*[a-zA-Z0-9]$/
/** The schema's own looser pattern: a name it refuses is reported by the schema, not again here. */
const SCHEMA_NAME = /^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/

/** validators.go looksLikeVersionRange: comparator, hyphen and `||` ranges, and x / X / * wildcards. */
const VERSION = String.raw`v?\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z.-]+)?`
const VERSION_RANGES = [
  new RegExp(String.raw`^\s*(?:\^|~|>=|<=|>|<|=)\s*${VERSION}\s*$`),
  new RegExp(String.raw`^\s*${VERSION}\s-\s*${VERSION}\s*$`),
  new RegExp(String.raw`^\s*(?:${VERSION}\s*)(?:\|\|\s*${VERSION}\s*)+$`)
]
const DOTTED_WILDCARD = /^\s*(?:v?\d+|x|X|\*)(?:\.(?:\d+|x|X|\*)){1,2}(?:-[0-9A-Za-z.-]+)?\s*$/

function looksLikeVersionRange(version: string): boolean {
  const trimmed = version.trim()
  if (VERSION_RANGES.some((re) => re.test(trimmed))) return true
  return DOTTED_WILDCARD.test(trimmed) && /[xX*]/.test(trimmed)
}

/** utils.go githubURLRegex / gitlabURLRegex (GitLab also with subgroups, as newer versions allow). */
const REPOSITORY_URLS: Record<string, RegExp> = {
  github: /^https?:\/\/(www\.)?github\.com\/[\w.-]+\/[\w.-]+\/?$/,
  gitlab: /^https?:\/\/(www\.)?gitlab\.com\/[\w.-]+(\/[\w.-]+)+\/?$/
}

/** utils.go IsValidSubfolderPath. */
function isCleanSubfolder(path: string): boolean {
  if (path === '') return true
  if (path.startsWith('/') || path.endsWith('/') || !/^[a-zA-Z0-9\-_./]+$/.test(path)) return false
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/**
 * The `{name}` template variables of a URL (utils.go extractTemplateVariables), leaving out `${NAME}`,
 * which publishing workflows substitute before the file reaches the registry.
 */
function templateVariables(url: string): string[] {
  return [...url.matchAll(/(\$?)\{([^{}]+)\}/g)].filter((m) => m[1] === '').map((m) => m[2])
}

/** The URL the registry parses, its variables filled as utils.go replaceTemplateVariables fills them; undefined when unparsable. */
function filledUrl(url: string): URL | undefined {
  const filled = url.replace(/:\{[^{}]+\}(\/|$)/g, ':8080$1').replace(/\{[^{}]+\}/g, 'placeholder')
  try {
    return new URL(filled)
  } catch {
    return undefined // the schema's format check reports it
  }
}

/** utils.go IsValidRemoteURL: https only, and not a loopback host (localhost, *.localhost, 127.0.0.0/8, ::1). */
function remoteUrlProblem(url: string): 'notHttps' | 'localRemote' | undefined {
  // The draft schema lets a remote URL start with a variable ("{baseUrl}/mcp"): nothing to judge offline.
  if (url.startsWith('{')) return undefined
  const parsed = filledUrl(url)
  if (parsed === undefined) return undefined
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]')
    return 'localRemote'
  return parsed.protocol === 'https:' ? undefined : 'notHttps'
}

/** A URL field that the registry accepts only as an absolute https URL (websiteUrl, icon src). */
function isNonHttpsUrl(url: string): boolean {
  const parsed = filledUrl(url)
  return parsed !== undefined && parsed.protocol !== 'https:'
}

/** Names a URL template may use in a package: environment variable names, argument names and valueHints. */
function packageVariables(entry: Record<string, unknown>): Set<string> {
  const names = new Set<string>()
  for (const key of ['environmentVariables', 'runtimeArguments', 'packageArguments']) {
    const list = entry[key]
    if (!Array.isArray(list)) continue
    for (const item of list) {
      if (!isRecord(item)) continue
      for (const field of ['name', 'valueHint']) {
        const name = asString(item[field])
        if (name) names.add(name)
      }
    }
  }
  return names
}

function publishRefusals(doc: ParsedDocument, value: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  const serverName = asString(value.name) ?? 'server'
  const report = (
    messageId: keyof typeof PUBLISH_MESSAGES,
    path: PointerPath,
    data: Record<string, string>,
    help: string,
    server?: string
  ): void => {
    // A value a release script writes later (`<AUTO_GENERATED>`) is judged once it is written, as the schema does.
    if (isTemplateMarker(valueAt(value, path))) return
    const filled = { where: describePath(path), ...data }
    const finding: Finding = {
      ruleId: 'schema-value',
      severity: 'error',
      message: fillMessage(PUBLISH_MESSAGES[messageId], filled),
      messageId,
      data: filled,
      help: `Publishing fails: ${help}`,
      range: doc.locate(path)
    }
    if (server !== undefined) finding.server = `${serverName} (${server})`
    findings.push(finding)
  }
  const shown = (text: string): string => JSON.stringify(quotable(text, 80))

  const name = asString(value.name)
  if (name !== undefined && SCHEMA_NAME.test(name) && !SERVER_NAME.test(name))
    report(
      'serverName',
      ['name'],
      { value: shown(name) },
      'the registry wants a namespace and a name of two or more characters each, starting and ending with a letter or digit, e.g. "io.github.owner/weather".'
    )
  const title = asString(value.title)
  if (title !== undefined && title !== '' && title.trim() === '')
    report('blankTitle', ['title'], {}, 'give a display name or leave "title" out.')

  const checkVersion = (version: unknown, path: PointerPath, server?: string): void => {
    if (typeof version !== 'string') return
    if (version === 'latest' && path.length === 1)
      report('versionLatest', path, {}, 'the registry needs the exact version being published, e.g. "1.2.3".', server)
    else if (looksLikeVersionRange(version))
      report(
        'versionRange',
        path,
        { value: shown(version) },
        'the registry needs the one exact version being published, e.g. "1.2.3", not a range.',
        server
      )
  }
  checkVersion(value.version, ['version'])

  const httpsOnly = (url: unknown, path: PointerPath): void => {
    if (typeof url === 'string' && isNonHttpsUrl(url))
      report('notHttps', path, { value: shown(url) }, 'the registry accepts only https URLs here.')
  }
  httpsOnly(value.websiteUrl, ['websiteUrl'])
  if (Array.isArray(value.icons))
    value.icons.forEach((icon, index) => isRecord(icon) && httpsOnly(icon.src, ['icons', index, 'src']))

  if (isRecord(value.repository)) {
    const source = asString(value.repository.source)
    const url = asString(value.repository.url)
    // Own keys only: a source of "__proto__" or "toString" names no known host.
    const pattern = source !== undefined && Object.hasOwn(REPOSITORY_URLS, source) ? REPOSITORY_URLS[source] : undefined
    if (pattern && url !== undefined && !pattern.test(url))
      report(
        'repositoryUrl',
        ['repository', 'url'],
        { value: shown(url), source: source! },
        `the registry wants the repository's own address, e.g. "https://${source}.com/owner/repo".`
      )
    const subfolder = asString(value.repository.subfolder)
    if (subfolder !== undefined && !isCleanSubfolder(subfolder))
      report(
        'subfolder',
        ['repository', 'subfolder'],
        { value: shown(subfolder) },
        'the registry wants a relative path such as "servers/weather": no leading or trailing "/", no "." or "..".'
      )
  }

  if (Array.isArray(value.packages))
    value.packages.forEach((entry, index) => {
      if (!isRecord(entry)) return
      const at: PointerPath = ['packages', index]
      const server = `packages[${index}]`
      const identifier = asString(entry.identifier)
      if (identifier?.includes(' '))
        report('hasSpace', [...at, 'identifier'], { value: shown(identifier) }, 'a package name has no spaces.', server)
      checkVersion(entry.version, [...at, 'version'], server)
      for (const list of ['runtimeArguments', 'packageArguments']) {
        const items = entry[list]
        if (!Array.isArray(items)) continue
        items.forEach((argument, position) => {
          if (!isRecord(argument) || argument.type !== 'named') return
          const path: PointerPath = [...at, list, position]
          const flag = asString(argument.name)
          if (flag === undefined || flag === '') return // the schema requires it
          if (/[<> $]/.test(flag)) {
            report(
              'argumentName',
              [...path, 'name'],
              { value: shown(flag) },
              'the name of a named argument is the flag alone; put a fixed value in "value", or describe it in "valueHint".',
              server
            )
            return
          }
          for (const field of ['value', 'default']) {
            const given = asString(argument[field])
            if (given && given.startsWith(flag))
              report(
                'argumentValue',
                [...path, field],
                { value: shown(given), name: shown(flag) },
                `"${field}" holds only what follows the flag; the client adds "name" itself.`,
                server
              )
          }
        })
      }
      const transport = isRecord(entry.transport) ? entry.transport : undefined
      const url = asString(transport?.url)
      if (transport === undefined || url === undefined) return
      if (transport.type === 'stdio') {
        if (url !== '')
          report(
            'stdioUrl',
            [...at, 'transport', 'url'],
            {},
            'a stdio package is started, not reached; remove "url".',
            server
          )
        return
      }
      const declared = packageVariables(entry)
      const missing = templateVariables(url).find((name) => !declared.has(name))
      if (missing !== undefined)
        report(
          'undeclaredVariable',
          [...at, 'transport', 'url'],
          { name: shown(`{${missing}}`) },
          'a variable in a package URL must be the name or valueHint of an argument, or an environment variable.',
          server
        )
    })

  if (Array.isArray(value.remotes))
    value.remotes.forEach((entry, index) => {
      if (!isRecord(entry)) return
      const url = asString(entry.url)
      if (url === undefined || url === '') return
      const path: PointerPath = ['remotes', index, 'url']
      const server = `remotes[${index}]`
      const problem = remoteUrlProblem(url)
      if (problem !== undefined)
        report(
          problem,
          path,
          { value: shown(url) },
          problem === 'notHttps'
            ? 'a remote must be served over https.'
            : 'a remote must be reachable by everyone who installs it; list a local server as a package instead.',
          server
        )
      const declared = new Set(isRecord(entry.variables) ? Object.keys(entry.variables) : [])
      const missing = templateVariables(url).find((name) => !declared.has(name))
      if (missing !== undefined)
        report(
          'undeclaredVariable',
          path,
          { name: shown(`{${missing}}`) },
          'a variable in a remote URL must be declared in the remote\'s "variables".',
          server
        )
    })
  return findings
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
  claimsText: mayHoldKey('modelcontextprotocol.io/schemas', '"packages"', '"remotes"'),
  schemas: [...new Set(Object.values(SCHEMAS))],
  // A file without `$schema` is read as the current version; new files name it.
  usualSchema: SCHEMAS[CURRENT_REGISTRY_SCHEMA],
  schemaFor(value) {
    return SCHEMAS[registrySchemaVersion(value) ?? CURRENT_REGISTRY_SCHEMA] ?? SCHEMAS[CURRENT_REGISTRY_SCHEMA]
  },
  check(doc) {
    const value = doc.value
    if (!isRecord(value)) return []
    const findings = schemaNotices(doc, value)
    // A retired snake_case file is one error already: the validator would not read its fields at all.
    // One by one: a crafted file can hold tens of thousands, more than a spread call passes on the stack.
    if (registrySchemaVersion(value) !== RETIRED_SNAKE_CASE)
      for (const f of publishRefusals(doc, value)) findings.push(f)
    return findings
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
