import { hasPlaceholder } from '../placeholders.js'
import { describePath } from '../describe-path.js'
import { maskSecret, quotable } from '../mask.js'
import type { PointerPath, Server } from '../types.js'
import { programName } from './support/shell-words.js'
import { argAt, fieldAt } from './support/fields.js'
import type { ProjectRuleReport, Rule, RuleFile } from './types.js'

/**
 * A value with every placeholder written one way, so that `${GITHUB_TOKEN}`, `${env:GITHUB_TOKEN}`,
 * `{env:GITHUB_TOKEN}`, `$GITHUB_TOKEN` and `${{ secrets.GITHUB_TOKEN }}` compare equal, and the
 * project folder (`${workspaceFolder}`, `${CLAUDE_PROJECT_DIR:-.}`, `./`) and home (`${userHome}`, `~`) too.
 */
export function canonical(value: string): string {
  const out = value
    .trim()
    .replace(/\$\{(?:workspaceFolder|workspaceRoot|workspacePath|CLAUDE_PROJECT_DIR(?::-[^}]*)?)\}/g, '${workspace}')
    .replace(
      /\$\{(?:userHome|HOME|env:HOME|env:USERPROFILE)\}|\{env:HOME\}|%USERPROFILE%|\$HOME(?![\w])|^~(?=\/|$)/g,
      '~'
    )
    .replace(/\$\{(?:pathSeparator|\/)\}/g, '/')
    .replace(/\$\{\{\s*(?:secrets|inputs)\.([A-Za-z_]\w*)\s*\}\}/g, '${$1}')
    .replace(/\$\{env:([A-Za-z_]\w*)\}/g, '${$1}')
    .replace(/\{env:([A-Za-z_]\w*)\}/g, '${$1}')
    .replace(/\$\{([A-Za-z_]\w*):-[^}]*\}/g, '${$1}')
    .replace(/\$([A-Za-z_]\w*)/g, '${$1}')
    .replace(/%([A-Za-z_]\w*)%/g, '${$1}')
  if (out === '${workspace}' || out === '.' || out === './') return '.'
  return out.replace(/^\$\{workspace\}\//, '').replace(/^\.\//, '')
}

/** Two values that mean the same, or differ only in which variable or prompt supplies a part. */
function same(a: string, b: string): boolean {
  const x = canonical(a)
  const y = canonical(b)
  if (x === y) return true
  const masked = (v: string): string => v.replace(/\$\{[^}]*\}/g, '${}')
  if ((x.includes('${') || y.includes('${')) && masked(x) === masked(y)) return true
  // A value known only at run time (`https://${input:host}/mcp`) may well equal the literal one.
  return fitsTemplate(x, y) || fitsTemplate(y, x)
}

/** Whether `value` could be what `template` expands to, each `${...}` standing for any text. */
function fitsTemplate(template: string, value: string): boolean {
  if (!template.includes('${')) return false
  const pieces = template.split(/\$\{[^}]*\}/)
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

/** What starts, in the host's own meaning: a program with arguments, or a URL. */
type Launch =
  | { kind: 'local'; command: string; commandAt: number | 'command'; args: { value: string; index: number }[] }
  | { kind: 'remote'; url: string }

function launchOf(server: Server): Launch | undefined {
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
    // npx's -y only answers the install prompt (npx-without-yes has its own rule).
    if (programName(command) === 'npx') args = args.filter((a) => a.value !== '-y' && a.value !== '--yes')
    return { kind: 'local', command, commandAt, args }
  }
  if (server.url !== undefined && server.url.trim() !== '') return { kind: 'remote', url: server.url }
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
    const norm = (url: string): string =>
      canonical(url)
        .replace(/\/+$/, '')
        .replace(/^[a-z]+:\/\/[^/?#]*/i, (origin) => origin.toLowerCase())
    return norm(mine.url) === norm(theirs.url) || same(mine.url, theirs.url)
      ? undefined
      : { at: fieldAt(server, 'url'), kind: 'url', mine: mine.url, theirs: theirs.url }
  }
  if (mine.kind !== 'local' || theirs.kind !== 'local') return undefined
  const commandAt = mine.commandAt === 'command' ? fieldAt(server, 'command') : argAt(server, mine.commandAt)
  if (programName(mine.command) !== programName(theirs.command))
    return { at: commandAt, kind: 'command', mine: mine.command, theirs: theirs.command }
  const length = Math.max(mine.args.length, theirs.args.length)
  for (let i = 0; i < length; i++) {
    const a = mine.args[i]
    const b = theirs.args[i]
    if (a && b && same(a.value, b.value)) continue
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

/** Flags whose value is a credential: such an argument is shown masked, whatever its shape. */
const SECRET_FLAG = /^--?[\w-]*(?:token|secret|password|passwd|api[-_]?key|auth|credential)[\w-]*(?:=|$)/i

function quoted(value: string, previous = ''): string {
  const secret =
    !hasPlaceholder(value) && (SECRET_FLAG.test(previous) || (SECRET_FLAG.test(value) && value.includes('=')))
  const shown = secret
    ? value.includes('=')
      ? `${value.slice(0, value.indexOf('=') + 1)}${maskSecret(value.slice(value.indexOf('=') + 1))}`
      : maskSecret(value)
    : value
  return `"${quotable(shown, 80)}"`
}

/** What differs, for one place in my file, against every other definition that differs there. */
function describe(d: Difference, others: { difference: Difference; where: string }[]): string {
  const label = d.kind === 'command' ? 'the command' : d.kind === 'url' ? 'the URL' : describePath(d.at)
  const theirs = (o: { difference: Difference; where: string }): string =>
    `${quoted(o.difference.theirs, o.difference.theirsPrevious)} in ${o.where}`
  if (d.kind === 'extra')
    return `${label} (${quoted(d.mine, d.minePrevious)}) is not passed in ${others.map((o) => o.where).join(' or ')}`
  if (d.kind === 'missing')
    return `an argument the other definition passes is missing here: ${others.map(theirs).join(' and ')}`
  return `${label} is ${quoted(d.mine, d.minePrevious)} here but ${others.map(theirs).join(' and ')}`
}

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
  checkProject({ files }) {
    const groups = new Map<string, { file: RuleFile; server: Server; launch: Launch }[]>()
    for (const file of files) {
      // Server manifests and settings files describe no client's server, so they are not compared.
      if (file.profile.role !== 'client') continue
      for (const server of file.servers) {
        const launch = server.disabled ? undefined : launchOf(server)
        if (!launch) continue
        const key = `${file.profile.projectRoot(file.path)}\u0000${server.name}`
        groups.set(key, [...(groups.get(key) ?? []), { file, server, launch }])
      }
    }
    const reports: ProjectRuleReport[] = []
    for (const group of groups.values()) {
      if (new Set(group.map((g) => g.file.host)).size < 2) continue
      for (const { file, server, launch } of group) {
        const byPlace = new Map<string, { difference: Difference; where: string }[]>()
        for (const other of group) {
          if (other.file.host === file.host) continue
          const found = difference(server, launch, other.launch)
          if (!found) continue
          const place = `${JSON.stringify(found.at)}|${found.kind}`
          byPlace.set(place, [
            ...(byPlace.get(place) ?? []),
            { difference: found, where: `${other.file.path} (${other.file.host.name})` }
          ])
        }
        for (const others of byPlace.values()) {
          const d = others[0].difference
          reports.push({
            file: file.path,
            message: `server "${server.name}" is defined differently for other hosts: ${describe(d, others)}, so it behaves differently depending on the editor; make the definitions match, or give them different names if they are meant to differ`,
            at: d.at,
            server: server.name
          })
        }
      }
    }
    return reports
  }
}
