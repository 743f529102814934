import { isRecord } from '../hosts/util.js'
import type { ParsedDocument, WrittenKey } from '../parse/source.js'
import { describePath } from '../describe-path.js'
import type { PointerPath, Range } from '../types.js'
import type { FileRuleContext, Rule, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

/**
 * Every key of the server map at `path` as written, repeats included (the parser records them), or
 * undefined where the syntax cannot repeat keys (TOML refuses them), and whether the file is YAML.
 */
function keysAt(context: KeyContext, path: PointerPath): { keys: readonly WrittenKey[]; yaml: boolean } | undefined {
  const keys = context.doc.keysAt(path)
  if (!keys) return undefined
  const syntax = context.host.syntaxFor?.(context.path) ?? context.host.syntax
  return { keys, yaml: syntax === 'yaml' || syntax === 'markdown-frontmatter' }
}

type KeyContext = Pick<FileRuleContext, 'host' | 'path' | 'doc'>

function lineOf(doc: ParsedDocument, offset: number): number {
  return doc.lines.position(offset).line
}

function where(path: PointerPath): string {
  return path.length === 0 ? 'this file' : describePath(path)
}

/** The server maps of a file: the host's own key, and wherever its servers were found (bare maps, `mcp.servers`). */
function serverMaps(context: FileRuleContext): { objects: PointerPath[]; lists: PointerPath[] } {
  // A file has one or two maps: compared segment by segment, not through a string per server, and a server's
  // map (its pointer but the last segment) copied out of its pointer only when it is a new one.
  const seen: PointerPath[] = []
  const objects: PointerPath[] = []
  const lists: PointerPath[] = []
  const consider = (pointer: PointerPath, length: number): void => {
    for (const other of seen) if (startsWith(other, pointer, length)) return
    const path = length === pointer.length ? pointer : pointer.slice(0, length)
    seen.push(path)
    const value = valueAt(context.doc.value, path)
    if (Array.isArray(value)) lists.push(path)
    else if (isRecord(value)) objects.push(path)
  }
  const known = context.profile.servers?.at
  if (known) consider(known, known.length)
  for (const server of context.servers)
    if (server.pointer.length > 0) consider(server.pointer, server.pointer.length - 1)
  return { objects, lists }
}

/** Whether two of these distinct names are the same but for case. */
function differInCaseOnly(names: readonly string[]): boolean {
  // Distinct names all in lower case (most files') differ in more than case: no lower-cased copy to compare.
  if (names.every((name) => name.toLowerCase() === name)) return false
  return new Set(names.map((name) => name.toLowerCase())).size !== names.length
}

/** Exact repeats (the host keeps one) and case-only variants (two servers that are probably one) in a map. */
function repeatedKeys(context: FileRuleContext, path: PointerPath): RuleReport[] {
  // A text known to repeat no key can still hold names that differ only in case: only then are the keys
  // as written (and so the file's positions) needed.
  if (context.doc.repeatsNoKey) {
    const map = valueAt(context.doc.value, path)
    if (isRecord(map) && !differInCaseOnly(Object.keys(map))) return []
  }
  const found = keysAt(context, path)
  if (!found) return []
  const { doc, host } = context
  const reports: RuleReport[] = []
  const first = new Map<string, WrittenKey>()
  const spellings = new Map<string, WrittenKey>()
  for (const key of found.keys) {
    const earlier = first.get(key.name)
    // Positions only for what is reported: most files repeat no key, and need no line index at all.
    const range = (): Range => doc.lines.range(key.offset, key.length)
    if (earlier) {
      const outcome = found.yaml
        ? `YAML does not allow a key twice, so ${host.name} either refuses the file or keeps only one of them`
        : `${host.name} keeps only this last definition and silently drops the earlier one`
      reports.push({
        messageId: found.yaml ? 'repeatedYaml' : 'repeated',
        data: { name: key.name, map: where(path), host: host.name },
        help: `The first definition is on line ${lineOf(doc, earlier.offset)}; ${outcome}; remove one, or rename it if both are needed.`,
        at: range(),
        server: key.name
      })
      continue
    }
    first.set(key.name, key)
    const folded = key.name.toLowerCase()
    const variant = spellings.get(folded)
    if (variant) {
      reports.push({
        messageId: 'caseVariant',
        data: { name: key.name, other: variant.name, host: host.name },
        help: `"${variant.name}" is on line ${lineOf(doc, variant.offset)}. ${host.name} treats them as two servers, so if they are the same one it runs twice and offers every tool twice; keep one of them.`,
        at: range(),
        server: key.name,
        severity: 'notice'
      })
    } else spellings.set(folded, key)
  }
  return reports
}

/** The other top-level spelling of a server map: VS Code's `servers` beside the Claude-style `mcpServers`. */
const OTHER_SPELLING: Record<string, string> = { mcpServers: 'servers', servers: 'mcpServers' }

/** A server defined under the key the host reads and again under the one it ignores. */
function ignoredCopies(context: FileRuleContext, read: PointerPath): RuleReport[] {
  const last = String(read[read.length - 1] ?? '')
  const otherKey = Object.hasOwn(OTHER_SPELLING, last) ? OTHER_SPELLING[last] : undefined
  if (!otherKey || !context.servers.some((s) => samePointer(s.pointer, read, s.pointer.length - 1))) return []
  const other = [...read.slice(0, -1), otherKey]
  const ignored = valueAt(context.doc.value, other)
  const used = valueAt(context.doc.value, read)
  if (!isRecord(ignored) || !isRecord(used)) return []
  return Object.keys(ignored)
    .filter((name) => Object.prototype.hasOwnProperty.call(used, name))
    .map((name) => ({
      messageId: 'ignoredCopy',
      data: { name, ignoredKey: otherKey, readKey: last, host: context.host.name },
      help: `The copy ${context.host.name} reads is ${describePath([...read, name])}, on line ${context.doc.locate([...read, name], true).start.line}; a change made to this one has no effect (and moving it would define the server twice): delete it.`,
      at: [...other, name],
      key: true,
      severity: 'warning' as const,
      server: name
    }))
}

/** Whether `path` starts with the first `length` segments of `pointer` (`1` is not `"1"`). */
function startsWith(path: PointerPath, pointer: PointerPath, length: number): boolean {
  for (let i = 0; i < length; i++) if (path[i] !== pointer[i]) return false
  return true
}

/** Whether the first `length` segments of `path` are `parent`, as their JSON would say (`1` is not `"1"`). */
function samePointer(path: PointerPath, parent: PointerPath, length: number): boolean {
  if (length !== parent.length) return false
  for (let i = 0; i < length; i++) if (path[i] !== parent[i]) return false
  return true
}

/** Continue's `mcpServers:` list: items with the same `name`. */
function repeatedNames(context: FileRuleContext, path: PointerPath): RuleReport[] {
  const list = valueAt(context.doc.value, path)
  if (!Array.isArray(list)) return []
  const reports: RuleReport[] = []
  const first = new Map<string, number>()
  list.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.name !== 'string') return
    const earlier = first.get(item.name)
    if (earlier === undefined) {
      first.set(item.name, index)
      return
    }
    reports.push({
      messageId: 'repeatedName',
      data: { name: item.name, list: describePath(path), host: context.host.name },
      help: `The first is on line ${context.doc.locate([...path, earlier, 'name']).start.line}; ${context.host.name} identifies a server by its name, so the two entries clash and only one of them is kept; give each server its own name.`,
      at: [...path, index, 'name'],
      server: item.name
    })
  })
  return reports
}

/**
 * The same server name twice in one file: a repeated key in a server map (where JSON hosts keep the
 * last one silently; explained here instead of the parser's generic `duplicate-key`), a repeated
 * `name` in Continue's list, a server under both `mcpServers` and `servers`, and names that differ
 * only in case (a notice: no host documents case-insensitive names, so both start).
 */
export const duplicateServerName: Rule = {
  id: 'duplicate-server-name',
  defaultSeverity: 'error',
  description: 'The same server name is defined twice in one file.',
  supersedes: ['duplicate-key'],
  messages: {
    repeated: 'server "{{name}}" is defined twice in {{map}}, and {{host}} keeps only the last definition',
    repeatedYaml: 'server "{{name}}" is defined twice in {{map}}, which YAML does not allow',
    caseVariant: 'servers "{{name}}" and "{{other}}" differ only in case, so {{host}} starts both',
    ignoredCopy: 'server "{{name}}" under "{{ignoredKey}}" is ignored: {{host}} reads the one under "{{readKey}}"',
    repeatedName: 'server name "{{name}}" is used twice in {{list}}, so {{host}} keeps only one of the entries'
  },
  checkFile(context) {
    const { objects, lists } = serverMaps(context)
    return [
      ...objects.flatMap((path) => [...repeatedKeys(context, path), ...ignoredCopies(context, path)]),
      ...lists.flatMap((path) => repeatedNames(context, path))
    ]
  }
}
