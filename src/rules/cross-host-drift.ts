import { hasPlaceholder } from '../placeholders.js'
import { describePath } from '../describe-path.js'
import { maskSecret, quotable } from '../mask.js'
import type { PointerPath, Server } from '../types.js'
import { programName } from './support/shell-words.js'
import { argAt, fieldAt } from './support/fields.js'
import type { ProjectRuleReport, Rule, RuleFile, RuleReport } from './types.js'
import { trimEndOf } from '../text.js'

/**
 * A value with every placeholder written one way, so that `${GITHUB_TOKEN}`, `${env:GITHUB_TOKEN}`,
 * `{env:GITHUB_TOKEN}`, `$GITHUB_TOKEN` and `${{ secrets.GITHUB_TOKEN }}` compare equal, and the
 * project folder (`${workspaceFolder}`, `${CLAUDE_PROJECT_DIR:-.}`, `./`) and home (`${userHome}`, `~`) too.
 */
export function canonical(value: string): string {
  const out = value
    .trim()
    .replace(
      /\$\{(?:workspaceFolder|workspaceRoot|workspacePath|CLAUDE_PROJECT_DIR(?::-[^}]{0,200})?)\}/g,
      '${workspace}'
    )
    .replace(
      /\$\{(?:userHome|HOME|env:HOME|env:USERPROFILE)\}|\{env:HOME\}|%USERPROFILE%|\$HOME(?![\w])|^~(?=\/|$)/g,
      '~'
    )
    .replace(/\$\{(?:pathSeparator|\/)\}/g, '/')
    .replace(/\$\{\{\s*(?:secrets|inputs)\.([A-Za-z_]\w*)\s*\}\}/g, '${$1}')
    .replace(/\$\{env:([A-Za-z_]\w*)\}/g, '${$1}')
    .replace(/\{env:([A-Za-z_]\w*)\}/g, '${$1}')
    .replace(/\$\{([A-Za-z_]\w*):-[^}]{0,200}\}/g, '${$1}')
    .replace(/\$([A-Za-z_]\w*)/g, '${$1}')
    .replace(/%([A-Za-z_]\w*)%/g, '${$1}')
  if (out === '${workspace}' || out === '.' || out === './') return '.'
  return out.replace(/^\$\{workspace\}\//, '').replace(/^\.\//, '')
}

/**
 * Two values that mean the same, or differ only in which variable or prompt supplies a part; given in
 * canonical form (`canonical`), which each value gets once per run, not once per comparison.
 */
function sameCanonical(x: string, y: string): boolean {
  if (x === y) return true
  const masked = (v: string): string => v.replace(/\$\{[^}]{0,200}\}/g, '${}')
  if ((x.includes('${') || y.includes('${')) && masked(x) === masked(y)) return true
  // A value known only at run time (`https://${input:host}/mcp`) may well equal the literal one.
  return fitsTemplate(x, y) || fitsTemplate(y, x)
}

/** Whether `value` could be what `template` expands to, each `${...}` standing for any text. */
function fitsTemplate(template: string, value: string): boolean {
  if (!template.includes('${')) return false
  const pieces = template.split(/\$\{[^}]{0,200}\}/)
  const first = pieces[0]
  const last = pieces[pieces.length - 1]
  if (!value.startsWith(first) || !value.endsWith(last) || value.length < first.length + last.length) return false
  let at = first.length
  for (const piece of pieces.slice(1, -1)) {
    const found = value.indexOf(piece, at)
    if (found === -1 || found + piece.length > value.length - last.length) return false
    at = found + piece.length
  }
  return true
}

/** One value as written and in canonical form. */
interface Value {
  value: string
  canonical: string
}

/** What starts, in the host's own meaning: a program with arguments, or a URL; values canonical once. */
type Launch =
  | {
      kind: 'local'
      command: string
      program: string
      commandAt: number | 'command'
      args: (Value & { index: number })[]
    }
  | { kind: 'remote'; url: string; canonical: string; normalised: string }

/** A run's canonical forms: the same arguments and URLs recur in every host's file of a project. */
type Canonicals = (value: string) => string

function canonicals(): Canonicals {
  const known = new Map<string, string>()
  return (value) => {
    let form = known.get(value)
    if (form === undefined) {
      form = canonical(value)
      known.set(value, form)
    }
    return form
  }
}

function launchOf(server: Server, canonicalOf: Canonicals): Launch | undefined {
  if (server.command !== undefined && server.command.trim() !== '') {
    let command = server.command
    let commandAt: number | 'command' = 'command'
    let args = (server.args ?? []).map((value, index) => ({ value, index }))
    // Windows wrappers (`cmd /c npx ...`) start the same program.
    if (programName(command) === 'cmd' && /^\/c$/i.test(args[0]?.value ?? '') && args[1]) {
      command = args[1].value
      commandAt = args[1].index
      args = args.slice(2)
    }
    const program = programName(command)
    // npx's -y only answers the install prompt (npx-without-yes has its own rule).
    if (program === 'npx') args = args.filter((a) => a.value !== '-y' && a.value !== '--yes')
    return {
      kind: 'local',
      command,
      program,
      commandAt,
      args: args.map((a) => ({ ...a, canonical: canonicalOf(a.value) }))
    }
  }
  if (server.url !== undefined && server.url.trim() !== '') {
    const form = canonicalOf(server.url)
    const normalised = trimEndOf(form, '/').replace(/^[a-z]+:\/\/[^/?#]*/i, (origin) => origin.toLowerCase())
    return { kind: 'remote', url: server.url, canonical: form, normalised }
  }
  return undefined
}

/**
 * The first difference of `mine` from `theirs`: where it is in my file and both values. `extra`: an
 * argument only I pass; `missing`: one only they pass (pointing at my last argument).
 */
interface Difference {
  at: PointerPath
  kind: 'command' | 'url' | 'arg' | 'extra' | 'missing'
  mine: string
  theirs: string
  /** The arguments just before each value, to tell a credential (`--token abc`) from an ordinary argument. */
  minePrevious?: string
  theirsPrevious?: string
}

function difference(server: Server, mine: Launch, theirs: Launch): Difference | undefined {
  if (mine.kind === 'remote' && theirs.kind === 'remote') {
    return mine.normalised === theirs.normalised || sameCanonical(mine.canonical, theirs.canonical)
      ? undefined
      : { at: fieldAt(server, 'url'), kind: 'url', mine: mine.url, theirs: theirs.url }
  }
  if (mine.kind !== 'local' || theirs.kind !== 'local') return undefined
  const commandAt = mine.commandAt === 'command' ? fieldAt(server, 'command') : argAt(server, mine.commandAt)
  if (mine.program !== theirs.program)
    return { at: commandAt, kind: 'command', mine: mine.command, theirs: theirs.command }
  const length = Math.max(mine.args.length, theirs.args.length)
  for (let i = 0; i < length; i++) {
    const a = mine.args[i]
    const b = theirs.args[i]
    if (a && b && sameCanonical(a.canonical, b.canonical)) continue
    const previous = { minePrevious: mine.args[i - 1]?.value ?? '', theirsPrevious: theirs.args[i - 1]?.value ?? '' }
    if (a)
      return {
        at: argAt(server, a.index),
        kind: b ? 'arg' : 'extra',
        mine: a.value,
        theirs: b?.value ?? '',
        ...previous
      }
    const last = mine.args[mine.args.length - 1]
    return {
      at: last ? argAt(server, last.index) : commandAt,
      kind: 'missing',
      mine: '',
      theirs: b?.value ?? '',
      ...previous
    }
  }
  return undefined
}

/**
 * Whether an argument is a flag whose value is a credential (`--api-key`, `--token=…`): such an argument is
 * shown masked, whatever its shape. The flag's name is cut out first, as one pattern over the whole
 * argument took time quadratic in it (`-IAUTHAUTH…`).
 */
function isSecretFlag(arg: string): boolean {
  const name = /^-[\w-]*/.exec(arg)?.[0]
  return (
    name !== undefined &&
    (name.length === arg.length || arg[name.length] === '=') &&
    /token|secret|password|passwd|api[-_]?key|auth|credential/i.test(name)
  )
}

function quoted(value: string, previous = ''): string {
  const secret = !hasPlaceholder(value) && (isSecretFlag(previous) || (isSecretFlag(value) && value.includes('=')))
  const shown = secret
    ? value.includes('=')
      ? `${value.slice(0, value.indexOf('=') + 1)}${maskSecret(value.slice(value.indexOf('=') + 1))}`
      : maskSecret(value)
    : value
  return `"${quotable(shown, 80)}"`
}

/** Another definition that differs at one place of mine: what it has there, and which file and host it is in. */
interface Other {
  difference: Difference
  where: string
}

/** The message and its data for one place in my file, against every other definition that differs there. */
function describe(server: Server, d: Difference, others: Other[]): Pick<RuleReport, 'messageId' | 'data'> {
  const theirs = others
    .map((o) => `${quoted(o.difference.theirs, o.difference.theirsPrevious)} in ${o.where}`)
    .join(' and ')
  const mine = quoted(d.mine, d.minePrevious)
  switch (d.kind) {
    case 'command':
      return { messageId: 'command', data: { server: server.name, mine, theirs } }
    case 'url':
      return { messageId: 'url', data: { server: server.name, mine, theirs } }
    case 'arg':
      return { messageId: 'argument', data: { server: server.name, field: describePath(d.at), mine, theirs } }
    case 'extra':
      return {
        messageId: 'extraArgument',
        data: { server: server.name, field: describePath(d.at), mine, others: others.map((o) => o.where).join(' or ') }
      }
    default:
      return { messageId: 'missingArgument', data: { server: server.name, theirs } }
  }
}

const PREFIX = 'server "{{server}}" is defined differently for other hosts: '

/**
 * The same server (by name, in one project) defined for several hosts with a different command,
 * arguments or URL, compared in each host's meaning: placeholder syntax, the project-folder and home
 * variables, npx's `-y` and a Windows `cmd /c` wrapper are not differences. A local definition and a
 * remote one are not compared (hosts without remote support need a bridge); env and headers are not
 * compared (each host writes its secrets its own way). Disabled servers are skipped.
 */
export const crossHostDrift: Rule = {
  id: 'cross-host-drift',
  defaultSeverity: 'warning',
  preset: 'strict',
  description: 'The same server is defined for several hosts with different command, args or url.',
  messages: {
    command: `${PREFIX}the command is {{mine}} here but {{theirs}}`,
    url: `${PREFIX}the URL is {{mine}} here but {{theirs}}`,
    argument: `${PREFIX}{{field}} is {{mine}} here but {{theirs}}`,
    extraArgument: `${PREFIX}{{field}} ({{mine}}) is not passed in {{others}}`,
    missingArgument: `${PREFIX}an argument passed elsewhere is missing here: {{theirs}}`
  },
  checkProject({ files }) {
    // Servers are grouped by name first: only a name defined in two files is ever compared.
    const byName = new Map<string, { file: RuleFile; server: Server }[]>()
    for (const file of files) {
      // Server manifests and settings files describe no client's server, so they are not compared.
      if (file.profile.role !== 'client') continue
      for (const server of file.servers) {
        if (server.disabled) continue
        const key = `${file.profile.projectRoot(file.path)}\u0000${server.name}`
        const group = byName.get(key)
        if (group) group.push({ file, server })
        else byName.set(key, [{ file, server }])
      }
    }
    const canonicalOf = canonicals()
    const reports: ProjectRuleReport[] = []
    for (const entries of byName.values()) {
      if (entries.length < 2 || new Set(entries.map((e) => e.file.host)).size < 2) continue
      const group = entries.flatMap(({ file, server }) => {
        const launch = launchOf(server, canonicalOf)
        return launch ? [{ file, server, launch }] : []
      })
      if (new Set(group.map((g) => g.file.host)).size < 2) continue
      for (const { file, server, launch } of group) {
        const byPlace = new Map<string, Other[]>()
        for (const other of group) {
          if (other.file.host === file.host) continue
          const found = difference(server, launch, other.launch)
          if (!found) continue
          const place = `${JSON.stringify(found.at)}|${found.kind}`
          const entry = { difference: found, where: `${other.file.path} (${other.file.host.name})` }
          const list = byPlace.get(place)
          if (list) list.push(entry)
          else byPlace.set(place, [entry])
        }
        for (const others of byPlace.values()) {
          const d = others[0].difference
          reports.push({
            file: file.path,
            ...describe(server, d, others),
            help: 'The same server then behaves differently depending on the editor a colleague uses: make the definitions match, or give them different names if they are meant to differ.',
            at: d.at,
            server: server.name
          })
        }
      }
    }
    return reports
  }
}
