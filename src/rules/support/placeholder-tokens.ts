import { expandsKey, syntaxesIn, type HostProfile } from '../../hosts/profile.js'
import type { PlaceholderSyntax } from '../../placeholders.js'
import type { PointerPath, Server } from '../../types.js'
import type { FileRuleContext } from '../types.js'
import type { DocumentString } from './document.js'
import { isScriptFlag } from './shell-words.js'
import { valueAt } from './walk.js'

/**
 * Placeholders as rules see them: each `${...}`, `{env:...}`, `${{ ... }}` or bare `$NAME` in a string,
 * with the syntaxes it could belong to and the variable it reads. Whether a host expands one is
 * decided from the host profile's placeholder syntaxes and variables (VS Code knows every editor
 * variable, Cursor five, Roo Code one).
 */
export interface PlaceholderToken {
  /** The text as written, e.g. `${env:GITHUB_TOKEN}`. */
  text: string
  /** The text to quote in messages: a default value is elided (`${TOKEN:-…}`), since it may be a secret. */
  shown: string
  /** Every syntax the token's shape fits (`${HOME}` is both a `${VAR}` and an MCPB variable). */
  syntaxes: PlaceholderSyntax[]
  /** The environment variable (or input id, secret name) it reads, when it reads one. */
  name?: string
  /** `${VAR:-default}`: the variable may be unset. */
  hasDefault?: boolean
  /** The `${{ }}` namespace: `secrets` or `inputs`. */
  namespace?: string
}

/**
 * Every placeholder shape, most specific first, with its parts captured; each alternative matches in
 * linear time. The same bounded shapes as PLACEHOLDER_SHAPES in src/placeholders.ts, except that a bare
 * `$VAR` counts only in upper case and not inside a word or after `\\`: rules say what a token is and
 * whether the host expands it, so they take only what is surely a variable, where the detectors there
 * (masking, URL checks) take anything that may be one.
 */
const TOKEN =
  /\$\{\{([^{}]{0,200})\}\}|\$\{([^{}]{0,200})\}|(?<!\$)\{(env|file):([^{}]{0,200})\}|(?<![A-Za-z0-9_$\\])\$([A-Z_][A-Z0-9_]{0,200})(?![A-Za-z0-9_])/g

/** VS Code's predefined variables (code.visualstudio.com/docs/reference/variables-reference), besides env: and input:. */
const VSCODE_VARIABLES = new Set([
  'workspaceFolder',
  'workspaceFolderBasename',
  'workspaceRoot',
  'userHome',
  'file',
  'fileWorkspaceFolder',
  'relativeFile',
  'relativeFileDirname',
  'fileBasename',
  'fileBasenameNoExtension',
  'fileExtname',
  'fileDirname',
  'fileDirnameBasename',
  'cwd',
  'lineNumber',
  'columnNumber',
  'selectedText',
  'execPath',
  'defaultBuildTask',
  'pathSeparator',
  '/'
])
/** VS Code variables that take an argument: `${config:editor.fontSize}`, `${workspaceFolder:app}`. */
const VSCODE_PREFIXED = /^(config|command|workspaceFolder|workspaceFolderBasename|extensionInstallFolder):./

/** MCPB manifest variables (MANIFEST.md): `${__dirname}`, `${user_config.KEY}` and a few directories. */
const MCPB_VARIABLES = new Set(['__dirname', 'HOME', 'DESKTOP', 'DOCUMENTS', 'DOWNLOADS', 'pathSeparator', '/'])

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Classifies the inside of `${...}`. */
function braced(text: string, inner: string): PlaceholderToken | undefined {
  const colon = /^(env|input):(.+)$/.exec(inner)
  if (colon) return { text, shown: text, syntaxes: [colon[1] === 'env' ? 'env-colon' : 'input'], name: colon[2].trim() }
  if (VSCODE_VARIABLES.has(inner) || VSCODE_PREFIXED.test(inner)) {
    const syntaxes: PlaceholderSyntax[] = ['editor-variable']
    if (MCPB_VARIABLES.has(inner)) syntaxes.push('mcpb-variable')
    return { text, shown: text, syntaxes }
  }
  if (inner.startsWith('user_config.') || MCPB_VARIABLES.has(inner)) {
    const syntaxes: PlaceholderSyntax[] = ['mcpb-variable']
    // `${HOME}` is also an ordinary environment variable reference.
    if (IDENTIFIER.test(inner))
      return { text, shown: text, syntaxes: ['dollar-brace', 'dollar-brace-plain', ...syntaxes], name: inner }
    return { text, shown: text, syntaxes }
  }
  const withDefault = /^([A-Za-z_][A-Za-z0-9_]*):-([\s\S]*)$/.exec(inner)
  if (withDefault)
    return {
      text,
      shown: `\${${withDefault[1]}:-…}`,
      syntaxes: ['dollar-brace'],
      name: withDefault[1],
      hasDefault: true
    }
  if (IDENTIFIER.test(inner))
    return { text, shown: text, syntaxes: ['dollar-brace', 'dollar-brace-plain'], name: inner }
  return undefined
}

/** What a string without placeholders holds: one list for all of them (most strings). */
const NO_TOKENS: readonly PlaceholderToken[] = Object.freeze([])

/** The placeholders in one string, in order of appearance. */
export function placeholderTokens(value: string): readonly PlaceholderToken[] {
  // Every shape starts with `$` or `{`: most strings have neither, and need no regular expression.
  if (!value.includes('$') && !value.includes('{')) return NO_TOKENS
  const tokens: PlaceholderToken[] = []
  for (const match of value.matchAll(TOKEN)) {
    const [text, doubleInner, inner, braceKind, braceName, bare] = match
    if (doubleInner !== undefined) {
      const m = /^\s*(secrets|inputs|vars)\.([A-Za-z0-9_.-]+)\s*$/.exec(doubleInner)
      tokens.push({ text, shown: text, syntaxes: ['double-brace'], ...(m ? { namespace: m[1], name: m[2] } : {}) })
    } else if (inner !== undefined) {
      const token = braced(text, inner.trim())
      if (token) tokens.push(token)
    } else if (braceKind !== undefined) {
      tokens.push({
        text,
        shown: text,
        syntaxes: ['brace-env'],
        ...(braceKind === 'env' ? { name: braceName.trim() } : {})
      })
    } else if (bare !== undefined) {
      tokens.push({ text, shown: text, syntaxes: ['dollar'], name: bare })
    }
  }
  return tokens
}

/**
 * Whether the host expands this token: a variable it fills itself (`${workspaceFolder}` in Cursor,
 * `${user_config.x}` in a Claude Code plugin), or a syntax it expands (every editor variable only
 * where the profile says the host knows them all), in the entry's key `field` where one is given (the
 * Amazon Q CLI takes `$VAR` in `command` and `${env:VAR}` elsewhere).
 */
export function hostExpands(profile: HostProfile, token: PlaceholderToken, field?: string): boolean {
  const facts = profile.placeholders
  const syntaxes = field === undefined ? facts.syntaxes : syntaxesIn(facts, field)
  const inner =
    token.text.startsWith('${') && !token.text.startsWith('${{') ? token.text.slice(2, -1).trim() : undefined
  if (
    inner !== undefined &&
    (Object.hasOwn(facts.variables, inner) || facts.variablePrefixes.some((p) => inner.startsWith(p)))
  )
    return true
  return token.syntaxes.some(
    (syntax) =>
      syntaxes.includes(syntax) && (syntax !== 'editor-variable' || inner === undefined || facts.allEditorVariables)
  )
}

/** Shells whose `-c` script expands `$VAR` and `${VAR}` itself, whatever the host does. */
const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'fish'])

/** The base name of a command: `/bin/bash` → `bash`. */
function baseName(command: string): string {
  return (command.trim().split(/[\\/]/).pop() ?? '').toLowerCase()
}

/**
 * The pointers of strings that a shell interprets: the arguments after `-c` of a `sh`/`bash` server,
 * and the host's helper commands (Claude Code's `headersHelper`). `$VAR` there is the shell's business,
 * not the host's.
 */
export function shellScriptPaths(
  doc: { value: unknown },
  server: Server,
  entryStrings: readonly DocumentString[],
  helpers: readonly string[]
): Set<string> {
  const out = new Set<string>()
  const entry = valueAt(doc.value, server.pointer)
  const key = (path: PointerPath): string => JSON.stringify(path)
  if (entry && typeof entry === 'object')
    for (const helper of helpers)
      if (typeof (entry as Record<string, unknown>)[helper] === 'string') out.add(key([...server.pointer, helper]))
  if (server.command === undefined || !SHELLS.has(baseName(server.command))) return out
  const args = server.args ?? []
  const flag = args.findIndex(isScriptFlag)
  if (flag === -1) return out
  for (const node of entryStrings) {
    if (node.isKey) continue
    // Arguments sit in `args` (or after the program in opencode's `command` array).
    const last = node.path[node.path.length - 1]
    const parent = node.path[node.path.length - 2]
    if (typeof last !== 'number') continue
    const index = parent === 'command' ? last - 1 : parent === 'args' ? last : -1
    if (index > flag) out.add(key(node.path))
  }
  return out
}

/** Every string value inside one server's entry, with the placeholders it holds. */
export function serverPlaceholders(
  context: Pick<FileRuleContext, 'doc' | 'strings' | 'profile'>,
  server: Server
): readonly PlaceholderString[] {
  // Several rules read the same server's placeholders: find them once per file (kept as long as its strings).
  const ofFile = context.strings.derive(serverPlaceholders, () => new Map<Server, readonly PlaceholderString[]>())
  let found = ofFile.get(server)
  if (!found) ofFile.set(server, (found = readPlaceholders(context, server)))
  return found
}

/** A string in a server's entry, with the placeholders it holds and whether a shell script holds it. */
export interface PlaceholderString {
  path: PointerPath
  value: string
  tokens: readonly PlaceholderToken[]
  inShell: boolean
  /** Whether the host expands placeholders in this string's field at all (see `expandedIn`). */
  inExpandedField: boolean
}

/** Whether the host expands placeholders in the field of the entry at `server` that holds `path`. */
export function expandsField(profile: HostProfile, server: Pick<Server, 'pointer'>, path: PointerPath): boolean {
  if (profile.placeholders.expandedIn === null) return true
  const key = path[server.pointer.length]
  return typeof key === 'string' && expandsKey(profile.placeholders, key)
}

/** The entry's key that holds `path` (`args` for `[..., "args", 2]`), as placeholder facts name it. */
export function fieldOf(server: Pick<Server, 'pointer'>, path: PointerPath): string {
  return String(path[server.pointer.length])
}

function readPlaceholders(
  { doc, strings, profile }: Pick<FileRuleContext, 'doc' | 'strings' | 'profile'>,
  server: Server
): PlaceholderString[] {
  const entryStrings = strings.of(server)
  // Which strings a shell script holds: asked only of an entry that has a placeholder.
  let shell: Set<string> | undefined
  const found: PlaceholderString[] = []
  // By index: a loop per string of every server, where a `for…of` allocates a result per step until V8 optimises it.
  for (let i = 0; i < entryStrings.length; i++) {
    const node = entryStrings[i]
    if (node.isKey) continue
    const tokens = placeholderTokens(node.value)
    if (tokens.length > 0) {
      shell ??= shellScriptPaths(doc, server, entryStrings, profile.launch.helpers)
      found.push({
        path: node.path,
        value: node.value,
        tokens,
        inShell: shell.has(JSON.stringify(node.path)),
        inExpandedField: expandsField(profile, server, node.path)
      })
    }
  }
  // The walk uses a stack; keep document order, which messages list names in. Only an entry with two or
  // more such strings asks where they are: a position costs a read of the text (most entries have one).
  if (found.length < 2) return found
  const at = new Map(found.map((string) => [string, doc.span(string.path)?.value.offset ?? 0]))
  return found.sort((a, b) => (at.get(a) as number) - (at.get(b) as number))
}
