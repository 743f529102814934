import { blankedIn, fieldSyntaxesOf, LEADING_HOME_TILDE, type PlaceholderFacts } from '../hosts/profile.js'
import { placeholderPattern, type PlaceholderSyntax } from '../placeholders.js'
import type { PointerPath, Server } from '../types.js'

/** The fields of an entry the dry run fills. */
type ResolvedField = 'command' | 'args' | 'env' | 'cwd' | 'url' | 'headers'

/** What placeholders may read while one server's entry is resolved. */
export interface InterpolationContext {
  /** Variables for `${VAR}`, `${env:VAR}`, `$VAR`, `{env:VAR}`: the scrubbed base environment only. */
  env: Readonly<Record<string, string>>
  /**
   * Host and editor variables by name (`workspaceFolder`, `userHome`, `extensionPath`, `__dirname`,
   * `CLAUDE_PLUGIN_ROOT`, ...), already chosen for the server's host.
   */
  variables: Readonly<Record<string, string>>
}

/** A placeholder the dry run cannot fill, and why. */
export interface MissingPlaceholder {
  /** The placeholder as written, e.g. `${env:API_KEY}`. */
  text: string
  /** The variable, input, secret or file it names. */
  name: string
  /**
   * `variable`: an unset environment variable; `input`: a value the host prompts for;
   * `secret`: a `${{ secrets.X }}` value the host's vault holds; `file`: a file's content;
   * `host-variable`: a value only the running host knows (`${command:...}`, `${user_config.x}`).
   */
  kind: 'variable' | 'input' | 'secret' | 'file' | 'host-variable'
}

/** A string with its placeholders filled, and the ones that could not be. */
export interface Interpolated {
  value: string
  missing: MissingPlaceholder[]
}

// One pass over every placeholder shape a host expands (cmd.exe's `%VAR%` is no host's).
const TOKEN = placeholderPattern(['doubleBrace', 'dollarBrace', 'braceEnv', 'dollar', 'registry'])
const DOLLAR_BRACE = /^([A-Za-z_][A-Za-z0-9_]*)(?::-([\s\S]*))?$/
// Editor variables that need the running editor (`${command:x}`, `${config:x}`, the active file).
const EDITOR_ONLY =
  /^(?:command|config|input):|^(?:file|fileBasename|fileDirname|fileExtname|relativeFile|relativeFileDirname|lineNumber|selectedText|execPath|defaultBuildTask)$/

/**
 * Fills the placeholders of one string the way a host with these syntaxes would. Syntaxes the
 * host does not know stay as literal text, as they would for the host.
 */
export function interpolate(
  value: string,
  syntaxes: readonly PlaceholderSyntax[],
  context: InterpolationContext
): Interpolated {
  const has = (syntax: PlaceholderSyntax): boolean => syntaxes.includes(syntax)
  const missing: MissingPlaceholder[] = []
  const env = (text: string, name: string): string => {
    const found = Object.hasOwn(context.env, name) ? context.env[name] : undefined
    if (found === undefined) missing.push({ text, name, kind: 'variable' })
    return found ?? text
  }
  const result = value.replace(TOKEN, (token) => {
    if (token.startsWith('${{')) {
      if (!has('double-brace')) return token
      missing.push({ text: token, name: token.slice(3, -2).trim(), kind: 'secret' })
      return token
    }
    if (token.startsWith('${')) return dollarBrace(token, token.slice(2, -1))
    if (token.startsWith('{env:') || token.startsWith('{file:')) {
      if (!has('brace-env')) return token
      const name = token.slice(token.indexOf(':') + 1, -1)
      if (token.startsWith('{env:')) return env(token, name)
      missing.push({ text: token, name, kind: 'file' })
      return token
    }
    if (token.startsWith('$')) return has('dollar') ? env(token, token.slice(1)) : token
    // `{name}` templates of the MCP Registry, filled from the entry's declared variables.
    if (!has('registry-variable')) return token
    const name = token.slice(1, -1)
    if (Object.hasOwn(context.variables, name)) return context.variables[name]
    missing.push({ text: token, name, kind: 'host-variable' })
    return token
  })
  return { value: result, missing }

  function dollarBrace(token: string, inner: string): string {
    if (inner.startsWith('env:') && has('env-colon')) return env(token, inner.slice(4))
    if (inner.startsWith('input:') && has('input')) {
      missing.push({ text: token, name: inner.slice(6), kind: 'input' })
      return token
    }
    if (Object.hasOwn(context.variables, inner)) return context.variables[inner]
    if (has('editor-variable') && EDITOR_ONLY.test(inner)) {
      missing.push({ text: token, name: inner, kind: 'host-variable' })
      return token
    }
    if (has('mcpb-variable') && inner.startsWith('user_config.')) {
      missing.push({ text: token, name: inner, kind: 'host-variable' })
      return token
    }
    const withDefaults = has('dollar-brace')
    if (!withDefaults && !has('dollar-brace-plain')) return token
    const match = DOLLAR_BRACE.exec(inner)
    if (!match) return token
    const [, name, fallback] = match
    // A host without defaults looks up "VAR:-default" as a name, which no variable has: left as written.
    if (fallback !== undefined && !withDefaults) return token
    const found = Object.hasOwn(context.env, name) ? context.env[name] : undefined
    // `${VAR:-default}` uses the default when VAR is unset or empty, as in the shell.
    if (fallback !== undefined) return found === undefined || found === '' ? fallback : found
    return env(token, name)
  }
}

/**
 * `${NAME}` or `${NAME:-default}`, as a host that blanks variables matches them. The default stops at a `$` too,
 * so that a text of many unclosed `${A:-` costs linear time (a default holding `$` is not matched: rare).
 */
const BLANKABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-[^$}]*)?\}/g

/** A server entry with every placeholder filled: what the dry run starts or connects to. */
export interface ResolvedServer {
  command?: string
  args: string[]
  env: Record<string, string>
  cwd?: string
  url?: string
  headers: Record<string, string>
}

/**
 * Resolves the fields a host interpolates (`command`, `args`, `env` values, `cwd`, `url`, header
 * values). Returns the missing placeholders instead when any is unfilled, deduplicated by name.
 */
export function resolveServer(
  server: Server,
  placeholders: Pick<PlaceholderFacts, 'syntaxes' | 'expandedIn'> &
    Partial<Pick<PlaceholderFacts, 'blanked' | 'fieldSyntaxes'>>,
  context: InterpolationContext
): { resolved: ResolvedServer; missing: MissingPlaceholder[] } {
  const missing: MissingPlaceholder[] = []
  // The entry's own key for the field (`url` may be Windsurf's `serverUrl`), else the field's name.
  const keyOf = (field: ResolvedField): string => {
    const at = server.fields[field]
    const pointer =
      field === 'args'
        ? server.fields.args?.[0]
        : field === 'env' || field === 'headers'
          ? Object.values(server.fields[field] ?? {})[0]
          : (at as PointerPath | undefined)
    return String(pointer?.[server.pointer.length] ?? field)
  }
  // A key the host expands its own way (the Amazon Q CLI's shell-style `command`), or undefined.
  const ownWay = (key: string) => fieldSyntaxesOf({ fieldSyntaxes: placeholders.fieldSyntaxes ?? {} }, key)
  // A field the host passes as written (Factory's droid fills `env` and `headers` only) keeps its text.
  const expands = (field: ResolvedField): boolean => {
    if (placeholders.expandedIn === null) return true
    const key = keyOf(field)
    return ownWay(key) !== undefined || placeholders.expandedIn.includes(key)
  }
  const fillIn =
    (field: ResolvedField) =>
    (written: string): string => {
      if (!expands(field)) return written
      const own = ownWay(keyOf(field))
      const home = context.env.HOME
      // A leading `~` is the home folder where the host says so, as a shell would read it.
      const value =
        own?.homeTilde && home !== undefined && LEADING_HOME_TILDE.test(written) ? home + written.slice(1) : written
      // A variable the host fills with "" on purpose (Claude Code's own credentials in a remote server's
      // `url` and headers): "" whether set or not, default or not, as the host sends it.
      const blanked = placeholders.blanked
        ? value.replace(BLANKABLE, (text, name: string) =>
            blankedIn({ blanked: placeholders.blanked ?? null }, name, field) ? '' : text
          )
        : value
      const out = interpolate(blanked, own?.syntaxes ?? placeholders.syntaxes, context)
      // One by one: a value of 900 KB holds 200,000 placeholders, too many to spread as arguments.
      for (const placeholder of out.missing) missing.push(placeholder)
      return out.value
    }
  const mapValues = (field: 'env' | 'headers', record: Record<string, string> | undefined): Record<string, string> => {
    const fill = fillIn(field)
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(record ?? {})) if (typeof value === 'string') out[key] = fill(value)
    return out
  }
  const resolved: ResolvedServer = {
    command: server.command === undefined ? undefined : fillIn('command')(server.command),
    args: (server.args ?? []).filter((a): a is string => typeof a === 'string').map(fillIn('args')),
    env: mapValues('env', server.env),
    cwd: server.cwd === undefined ? undefined : fillIn('cwd')(server.cwd),
    url: server.url === undefined ? undefined : fillIn('url')(server.url),
    headers: mapValues('headers', server.headers)
  }
  const seen = new Set<string>()
  const unique = missing.filter((m) => !seen.has(`${m.kind}:${m.name}`) && seen.add(`${m.kind}:${m.name}`))
  return { resolved, missing: unique }
}
