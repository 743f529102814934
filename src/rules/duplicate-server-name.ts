import { parseTree, type Node as JsonNode } from 'jsonc-parser'
import { isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml'
import { isRecord } from '../hosts/util.js'
import type { ParsedDocument } from '../parse/source.js'
import { describePath } from '../schema/validate.js'
import type { PointerPath } from '../types.js'
import type { FileRuleContext, Rule, RuleReport } from './types.js'
import { valueAt } from './walk.js'

/** One key of a server map as written, duplicates included (the parsed value keeps only the last). */
interface KeyAt {
  name: string
  offset: number
  length: number
}

/** The keys of the JSON object at `path`, following the last of any duplicated key on the way, as hosts do. */
function jsonKeys(text: string, path: PointerPath): KeyAt[] | undefined {
  let node: JsonNode | undefined = parseTree(text, [], {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: true
  })
  for (const segment of path) {
    if (node?.type !== 'object') return undefined
    let next: JsonNode | undefined
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? []
      if (key && value && String(key.value) === String(segment)) next = value
    }
    node = next
  }
  if (node?.type !== 'object') return undefined
  return (node.children ?? []).flatMap((property) => {
    const key = property.children?.[0]
    return key ? [{ name: String(key.value), offset: key.offset, length: key.length }] : []
  })
}

/** The keys of the YAML mapping at `path` (front matter is blanked out around, so offsets stay the file's). */
function yamlKeys(text: string, path: PointerPath): KeyAt[] | undefined {
  let node = parseDocument(text, { uniqueKeys: false, strict: true }).contents as YamlNode | null
  for (const segment of path) {
    if (!isMap(node)) return undefined
    let next: YamlNode | null = null
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(segment))
        next = pair.value as YamlNode | null
    }
    node = next
  }
  if (!isMap(node)) return undefined
  return node.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return []
    const [start, end] = pair.key.range
    return [{ name: String(pair.key.value), offset: start, length: Math.max(1, end - start) }]
  })
}

/** The YAML of a Markdown file's front matter, blanked around so that offsets are the file's own. */
function frontMatter(text: string): string | undefined {
  const opening = /^---[ \t]*\r?\n/.exec(text)
  if (!opening) return undefined
  const rest = text.slice(opening[0].length)
  const end = /^---[ \t]*$/m.exec(rest)
  if (!end) return undefined
  const newline = opening[0].endsWith('\r\n') ? '\r\n' : '\n'
  return ' '.repeat(opening[0].length - newline.length) + newline + rest.slice(0, end.index)
}

/** Every key of the server map at `path` as written, or undefined when the syntax cannot repeat keys (TOML refuses them). */
function keysAt(context: KeyContext, path: PointerPath): { keys: KeyAt[]; yaml: boolean } | undefined {
  const syntax = context.host.syntaxFor?.(context.path) ?? context.host.syntax
  const text = context.doc.text
  if (syntax === 'json' || syntax === 'jsonc') {
    const keys = jsonKeys(text, path)
    return keys && { keys, yaml: false }
  }
  const yamlText = syntax === 'yaml' ? text : syntax === 'markdown-frontmatter' ? frontMatter(text) : undefined
  const keys = yamlText === undefined ? undefined : yamlKeys(yamlText, path)
  return keys && { keys, yaml: true }
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
  const candidates: PointerPath[] = []
  const known = context.profile.servers?.at
  if (known) candidates.push(known)
  for (const server of context.servers) if (server.pointer.length > 0) candidates.push(server.pointer.slice(0, -1))
  const seen = new Set<string>()
  const objects: PointerPath[] = []
  const lists: PointerPath[] = []
  for (const path of candidates) {
    const id = JSON.stringify(path)
    if (seen.has(id)) continue
    seen.add(id)
    const value = valueAt(context.doc.value, path)
    if (Array.isArray(value)) lists.push(path)
    else if (isRecord(value)) objects.push(path)
  }
  return { objects, lists }
}

/** Exact repeats (the host keeps one) and case-only variants (two servers that are probably one) in a map. */
function repeatedKeys(context: FileRuleContext, path: PointerPath): RuleReport[] {
  const found = keysAt(context, path)
  if (!found) return []
  const { doc, host } = context
  const reports: RuleReport[] = []
  const first = new Map<string, KeyAt>()
  const spellings = new Map<string, KeyAt>()
  for (const key of found.keys) {
    const earlier = first.get(key.name)
    const range = doc.lines.range(key.offset, key.length)
    if (earlier) {
      const outcome = found.yaml
        ? `YAML does not allow a key twice, so ${host.name} either refuses the file or keeps only one of them`
        : `${host.name} keeps only this last definition and silently drops the earlier one`
      reports.push({
        message: `server "${key.name}" is defined twice in ${where(path)} (first on line ${lineOf(doc, earlier.offset)}): ${outcome}; remove one, or rename it if both are needed`,
        at: range,
        server: key.name
      })
      continue
    }
    first.set(key.name, key)
    const folded = key.name.toLowerCase()
    const variant = spellings.get(folded)
    if (variant) {
      reports.push({
        message: `servers "${key.name}" and "${variant.name}" (line ${lineOf(doc, variant.offset)}) differ only in case: ${host.name} treats them as two servers, so if they are the same one it runs twice and offers every tool twice; keep one of them`,
        at: range,
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
  if (!otherKey || !context.servers.some((s) => JSON.stringify(s.pointer.slice(0, -1)) === JSON.stringify(read)))
    return []
  const other = [...read.slice(0, -1), otherKey]
  const ignored = valueAt(context.doc.value, other)
  const used = valueAt(context.doc.value, read)
  if (!isRecord(ignored) || !isRecord(used)) return []
  return Object.keys(ignored)
    .filter((name) => Object.prototype.hasOwnProperty.call(used, name))
    .map((name) => ({
      message: `server "${name}" is also defined in ${describePath([...read, name])} (line ${context.doc.locate([...read, name], true).start.line}), the key ${context.host.name} reads; this copy under "${otherKey}" is ignored, so a change made here has no effect (and moving it would define the server twice): delete it`,
      at: [...other, name],
      key: true,
      severity: 'warning' as const,
      server: name
    }))
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
      message: `server name "${item.name}" is used twice in ${describePath(path)} (first on line ${context.doc.locate([...path, earlier, 'name']).start.line}): ${context.host.name} identifies a server by its name, so the two entries clash and only one of them is kept; give each server its own name`,
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
  checkFile(context) {
    const { objects, lists } = serverMaps(context)
    return [
      ...objects.flatMap((path) => [...repeatedKeys(context, path), ...ignoredCopies(context, path)]),
      ...lists.flatMap((path) => repeatedNames(context, path))
    ]
  }
}
