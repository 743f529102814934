import { isRecord } from '../hosts/util.js'
import { describePath } from '../describe-path.js'
import type { PointerPath, Server } from '../types.js'
import type { Rule, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

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
  if (isKey && field === 'env') return 'the variable is set under a name that includes it, which the server never reads'
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
      return 'the server receives the value with it (a token with a trailing line break fails to authenticate)'
    case 'url':
      return 'hosts that do not trim it fail to parse the URL'
    default:
      return 'the header is sent with it or rejected, depending on the HTTP client'
  }
}

/** One string to check: its field, where it is, and whether it is the name (key) of a variable or header. */
interface Written {
  field: string
  at: PointerPath
  value: string
  isKey: boolean
}

/** Whether a string starts or ends with whitespace (`EDGE`), testing its two ends only. */
function hasEdge(value: string): boolean {
  return value !== '' && (EDGE_CHARACTER.test(value[0]) || EDGE_CHARACTER.test(value[value.length - 1]))
}
const EDGE_CHARACTER = /^[\s\u200b\ufeff]$/

/**
 * The strings a server is started or reached with, where its adapter read them (`Server.fields`), plus
 * the fields the normalised shape does not keep (`envFile`, Codex's `env_http_headers`). The names of
 * variables and headers count where they are keys of a map; a registry's `{ name, value }` items are not.
 * Only those with whitespace at an edge are kept: most servers have none, and cost no list.
 */
function written(doc: { value: unknown }, server: Server): Written[] {
  const out: Written[] = []
  const add = (field: string, at: PointerPath | undefined, value: unknown, isKey = false): void => {
    if (at !== undefined && typeof value === 'string' && hasEdge(value)) out.push({ field, at, value, isKey })
  }
  add('command', server.fields.command, server.command)
  server.args?.forEach((arg, i) => add('args', server.fields.args?.[i], arg))
  add('cwd', server.fields.cwd, server.cwd)
  add('url', server.fields.url, server.url)
  for (const field of ['env', 'headers'] as const) {
    const fields = server.fields[field]
    if (fields === undefined) continue
    for (const name in fields) {
      if (!Object.hasOwn(fields, name)) continue
      const at = fields[name]
      if (at[at.length - 1] === name) add(field, at, name, true)
      add(field, at, valueAt(doc.value, at))
    }
  }
  const entry = valueAt(doc.value, server.pointer)
  if (!isRecord(entry)) return out
  if (Object.hasOwn(entry, 'envFile')) add('envFile', [...server.pointer, 'envFile'], entry.envFile)
  const envHeaders = Object.hasOwn(entry, 'env_http_headers') ? entry.env_http_headers : undefined
  if (isRecord(envHeaders))
    for (const [name, value] of Object.entries(envHeaders)) {
      const at = [...server.pointer, 'env_http_headers', name]
      add('env_http_headers', at, name, true)
      add('env_http_headers', at, value)
    }
  return out
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
  messages: {
    value: '"{{path}}" {{edges}}',
    name: 'the name "{{path}}" {{edges}}'
  },
  checkFile({ doc, host, servers }) {
    const reports: RuleReport[] = []
    for (const server of servers) {
      if (server.disabled) continue
      for (const node of written(doc, server)) {
        // The path and what the edge is, never the value: it may be a secret.
        const effect = consequence(node.field, node.isKey, host.name)
        reports.push({
          messageId: node.isKey ? 'name' : 'value',
          data: { path: describePath(node.at).slice(1, -1), edges: describeEdges(node.value) },
          help: `${effect.startsWith(host.name) ? effect : effect.charAt(0).toUpperCase() + effect.slice(1)}; remove it.`,
          at: node.at,
          key: node.isKey,
          server: server.name
        })
      }
    }
    return reports
  }
}
