import { isRecord } from '../hosts/util.js'
import { describePath } from '../schema/validate.js'
import type { PointerPath } from '../types.js'
import type { Rule, RuleReport } from './types.js'
import { strings, valueAt } from './walk.js'

/** The fields of a server entry that hosts pass on as written, by their spelling in each host. */
const FIELDS: readonly (readonly string[])[] = [
  ['command'],
  ['args'],
  ['cwd'],
  ['envFile'],
  ['url'],
  ['serverUrl'],
  ['httpUrl'],
  ['env'],
  ['environment'],
  ['headers'],
  ['http_headers'],
  ['env_http_headers'],
  ['requestOptions', 'headers']
]

/** Maps whose keys are names (of variables or headers), so their keys count too. */
const MAPS = new Set(['env', 'environment', 'headers', 'http_headers', 'env_http_headers'])
const ENV_MAPS = new Set(['env', 'environment'])

const EDGE = /^[\s\u200b\ufeff]|[\s\u200b\ufeff]$/

function describeCharacter(ch: string): string {
  if (ch === ' ') return 'a space'
  if (ch === '\t') return 'a tab'
  if (ch === '\n' || ch === '\r') return 'a line break'
  return `an invisible character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`
}

/** "ends with a space", "starts with a tab", "is only whitespace". */
function describeEdges(value: string): string {
  if (value.trim() === '' && !/[\u200b\ufeff]/.test(value)) return 'is only whitespace'
  const lead = EDGE.test(value[0]) ? describeCharacter(value[0]) : undefined
  const last = value[value.length - 1]
  const trail = EDGE.test(last) ? describeCharacter(last) : undefined
  if (lead && trail) return `starts with ${lead} and ends with ${trail}`
  return lead ? `starts with ${lead}` : `ends with ${trail}`
}

/** What the whitespace does, for the field it sits in. */
function consequence(field: string, isKey: boolean, hostName: string): string {
  if (isKey && ENV_MAPS.has(field))
    return 'the variable is set under a name that includes it, which the server never reads'
  if (isKey) return 'it is not a valid header name, so the request fails'
  switch (field) {
    case 'command':
      return `${hostName} looks for a program whose name includes it and the server fails to start (spawn ENOENT)`
    case 'args':
      return 'the program receives the argument with it, so a flag, path or package name no longer matches'
    case 'cwd':
      return 'no directory has that name, so the server fails to start'
    case 'envFile':
      return 'no file has that name, so the variables are not loaded'
    case 'env':
    case 'environment':
      return 'the server receives the value with it (a token with a trailing line break fails to authenticate)'
    case 'url':
    case 'serverUrl':
    case 'httpUrl':
      return 'hosts that do not trim it fail to parse the URL'
    default:
      return 'the header is sent with it or rejected, depending on the HTTP client'
  }
}

/**
 * Leading or trailing whitespace in a server's command, arguments, cwd, url, env or headers (keys and
 * values). Claude Code warns about these; most hosts pass the value on as written, so a trailing space
 * in `command` is a program that does not exist.
 */
export const surroundingWhitespace: Rule = {
  id: 'surrounding-whitespace',
  defaultSeverity: 'warning',
  description: 'Leading or trailing whitespace in a command, argument, url, env or header.',
  checkFile({ doc, host, servers }) {
    // A registry server.json describes its fields with free text (headers are lists of {name, description}).
    if (host.id === 'registry') return []
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled) continue
      const entry = valueAt(doc.value, server.pointer)
      if (!isRecord(entry)) continue
      for (const field of FIELDS) {
        const base: PointerPath = [...server.pointer, ...field]
        const value = valueAt(doc.value, base)
        if (value === undefined) continue
        for (const node of strings(value, base)) {
          if (node.value === '' || !EDGE.test(node.value)) continue
          const parent = String(node.path[node.path.length - 2])
          // Keys of Zed's nested `command: { path, args, env }` are field names, not values.
          if (node.isKey && !MAPS.has(parent)) continue
          const kind =
            field[0] === 'command' && node.path.length > base.length
              ? nestedField(node.path, base)
              : field[field.length - 1]
          reports.push({
            message: `${node.isKey ? 'the name ' : ''}${describePath(node.path)} ${describeEdges(node.value)}: ${consequence(kind, node.isKey, host.name)}; remove it`,
            at: node.path,
            key: node.isKey,
            server: server.name
          })
        }
      }
    }
    return reports
  }
}

/** Inside opencode's `command` array every item is an argument except the first; inside Zed's nested form, its own key says. */
function nestedField(path: PointerPath, base: PointerPath): string {
  const next = path[base.length]
  if (typeof next === 'number') return next === 0 ? 'command' : 'args'
  if (next === 'path') return 'command'
  return String(next)
}
