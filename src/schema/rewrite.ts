import { asString, isRecord } from '../hosts/util.js'

/**
 * The rewriters that turn a vendored schema (schemas/) into the one we compile, at build time (see
 * sources.ts); the vendored files stay as published.
 */

/** Keywords that hold data, not subschemas: copied as they are. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'required', 'errorMessage'])
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(['properties', 'definitions', '$defs', 'patternProperties', 'dependencies'])

/**
 * The schema we compile a vendored one into (at build time, see src/schema/sources.ts), leaving the file untouched:
 * - drops the OpenAPI `example` annotation, which ajv's strict mode does not know;
 * - checks `format: uri` with the placeholder-aware `mcp-url` format (real files template values);
 * - turns the `anyOf` unions whose branches are tagged by a `type` constant (transports, arguments) into the
 *   equivalent `if`/`then`/`else` chain, so an error names the one branch the entry meant instead of every
 *   branch it failed.
 * The local `$ref`s stay: ajv compiles each definition once, as a function of its own, instead of a copy at
 * every use (Input is met a dozen times). `validate.ts` groups a union's errors by their schema path, which a
 * `$ref` leaves, so no union left here may hold a `$ref` in its branches (a test holds every schema to that).
 */
export function registrySchema(source: unknown): object {
  const copy = strip(source, REGISTRY_FORMATS) as Record<string, unknown>
  explain(copy)
  const definitions = isRecord(copy.definitions) ? copy.definitions : {}
  return discriminate(copy, definitions) as object
}

/**
 * Keywords that only annotate, for editors and readers: no validator reads them, and neither do our messages
 * (they read `errorMessage`, and `properties` for suggestions). Left out of what is compiled, they are not
 * copied into each module as part of the schema its errors point to (`parentSchema`).
 */
const UNREAD = new Set([
  'description',
  'markdownDescription',
  'deprecationMessage',
  'defaultSnippets',
  'title',
  'examples',
  'default',
  '$comment'
])
/** A schema without the keywords that only annotate (`UNREAD`), for compiling: property names stay. */
export function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations)
  if (!isRecord(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (UNREAD.has(key)) continue
    if (DATA_KEYWORDS.has(key)) out[key] = value
    else if (SCHEMA_MAPS.has(key) && isRecord(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, withoutAnnotations(sub)]))
    else out[key] = withoutAnnotations(value)
  }
  return out
}

/**
 * A copy of a vendored schema whose `format`s are renamed by `formats`, without the OpenAPI `example`
 * annotation (ajv's strict mode does not know it); data keywords and property names are copied as they are.
 */
function strip(node: unknown, formats: Readonly<Record<string, string>>): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, formats))
  if (!isRecord(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example') continue
    if (key === 'format' && typeof value === 'string') out[key] = formats[value] ?? value
    else if (DATA_KEYWORDS.has(key)) out[key] = value
    else if (SCHEMA_MAPS.has(key) && isRecord(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, strip(sub, formats)]))
    else out[key] = strip(value, formats)
  }
  return out
}

/** Registry files template their URLs (`https://{host}/mcp`): checked with the placeholder-aware format. */
const REGISTRY_FORMATS: Readonly<Record<string, string>> = { uri: 'mcp-url' }

/** The definition a local `#/definitions/X` reference names. */
function named(node: Record<string, unknown>, definitions: Record<string, unknown>): unknown {
  const ref = asString(node.$ref)
  return ref?.startsWith('#/definitions/') ? definitions[ref.slice('#/definitions/'.length)] : undefined
}

/**
 * The single `type` constant a union branch is tagged with: directly, inside its `allOf`, or in the
 * definition it refers to (the schemas have no recursive definitions; the depth bound is a guard).
 */
function tagOf(branch: unknown, definitions: Record<string, unknown>, depth = 0): string | undefined {
  if (!isRecord(branch) || depth > 20) return undefined
  const type = isRecord(branch.properties) && isRecord(branch.properties.type) ? branch.properties.type : undefined
  const values = type?.enum ?? (type && 'const' in type ? [type.const] : undefined)
  const required = Array.isArray(branch.required) && branch.required.includes('type')
  if (Array.isArray(values) && values.length === 1 && typeof values[0] === 'string' && required) return values[0]
  const target = named(branch, definitions)
  if (target !== undefined) return tagOf(target, definitions, depth + 1)
  return Array.isArray(branch.allOf)
    ? branch.allOf.map((part) => tagOf(part, definitions, depth + 1)).find((tag) => tag !== undefined)
    : undefined
}

function discriminate(node: unknown, definitions: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((item) => discriminate(item, definitions))
  if (!isRecord(node)) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(key)) out[key] = value
    else if (SCHEMA_MAPS.has(key) && isRecord(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([prop, sub]) => [prop, discriminate(sub, definitions)]))
    else out[key] = discriminate(value, definitions)
  }
  const branches = Array.isArray(out.anyOf) ? out.anyOf : undefined
  const tags = branches?.map((branch) => tagOf(branch, definitions))
  if (
    !branches ||
    !tags ||
    branches.length < 2 ||
    tags.some((tag) => tag === undefined) ||
    new Set(tags).size !== tags.length
  )
    return out
  // Every branch requires its own `type` constant, so "the branch its type names" is the same test as anyOf.
  const known = tags as string[]
  const fallback: Record<string, unknown> = { required: ['type'], properties: { type: { enum: known } } }
  if (known.includes('streamable-http')) {
    ;(fallback.properties as Record<string, Record<string, unknown>>).type.errorMessage =
      'the MCP Registry calls the Streamable HTTP transport "streamable-http" (not "http")'
  }
  let chain: Record<string, unknown> = fallback
  for (let i = branches.length - 1; i >= 0; i--)
    chain = { if: { required: ['type'], properties: { type: { const: known[i] } } }, then: branches[i], else: chain }
  delete out.anyOf
  return { ...out, ...chain }
}

/** Adds the registry's reasons to the limits people break most (our messages read `errorMessage`). */
function explain(schema: Record<string, unknown>): void {
  const definitions = isRecord(schema.definitions) ? schema.definitions : {}
  const server = isRecord(definitions.Server) ? definitions.Server : definitions.ServerDetail
  const properties = isRecord(server) && isRecord(server.properties) ? server.properties : {}
  if (isRecord(properties.name)) {
    properties.name.errorMessage =
      'the MCP Registry needs a reverse-DNS namespace and a server name separated by one slash, e.g. "io.github.owner/server", and the namespace must be one the publisher can prove (io.github.<user> by GitHub login, or a domain they control)'
  }
  if (isRecord(properties.description)) {
    properties.description.errorMessage =
      'the MCP Registry rejects a longer description when publishing; keep it to one short sentence and put the details in the README'
  }
  const pkg =
    isRecord(definitions.Package) && isRecord(definitions.Package.properties) ? definitions.Package.properties : {}
  if (isRecord(pkg.version))
    pkg.version.errorMessage =
      '"latest" is not allowed: the registry needs the exact version the package was published as, e.g. "1.2.3"'
  // A positional argument's `anyOf: [{required: [valueHint]}, {required: [value]}]`.
  const positional =
    isRecord(definitions.PositionalArgument) && Array.isArray(definitions.PositionalArgument.allOf)
      ? definitions.PositionalArgument.allOf
      : []
  for (const part of positional) {
    if (!isRecord(part) || !Array.isArray(part.anyOf)) continue
    for (const branch of part.anyOf)
      if (isRecord(branch))
        branch.errorMessage =
          'a positional argument needs a "value" (passed as it is) or a "valueHint" (a label for the value the user supplies)'
  }
}

/**
 * The schema we compile a vendored one into (at build time, see src/schema/sources.ts), with our
 * explanations of two common mistakes (the vendored file stays as published; our messages read `errorMessage`),
 * and its URLs and e-mail addresses checked as the MCPB tooling checks them (`MCPB_FORMATS`).
 */
export function mcpbSchema(source: object, version: string): object {
  const copy = strip(source, MCPB_FORMATS) as { properties: Record<string, Record<string, unknown>> }
  const server = copy.properties.server.properties as Record<string, Record<string, unknown>>
  if (version !== '0.4') server.type.errorMessage = 'the "uv" server type needs "manifest_version": "0.4"'
  const option = (
    copy.properties.user_config.additionalProperties as { properties: Record<string, Record<string, unknown>> }
  ).properties
  option.type.errorMessage = 'for a secret use "type": "string" with "sensitive": true'
  return copy
}

/** The MCPB tooling's own checks (zod 3's, see formats.ts) for the formats its published schemas name. */
const MCPB_FORMATS: Readonly<Record<string, string>> = { uri: 'mcpb-url', email: 'mcpb-email' }

/**
 * For a manifest whose version the tooling does not know: the newest schema without its version
 * constants, so the rest of the file is still checked while check() reports the version once.
 */
export function unversionedMcpbSchema(latest: object): object {
  const copy = structuredClone(latest) as { properties: Record<string, Record<string, unknown>> }
  delete copy.properties.dxt_version.const
  delete copy.properties.manifest_version.const
  return copy
}
