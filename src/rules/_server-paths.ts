import type { ParsedDocument } from '../parse/source.js'
import type { PointerPath, Server } from '../types.js'
import { valueAt } from './walk.js'

/**
 * Where a normalised server's fields sit in its document. Hosts spell them differently (opencode's
 * `command` array and `environment`, Zed's legacy `command: { path, args, env }`, Windsurf's
 * `serverUrl`, Gemini's `httpUrl`), so each lookup tries the known spellings and keeps the one that
 * holds the normalised value. Without a match the server's own key is used.
 */

function first(doc: ParsedDocument, candidates: PointerPath[], expected: string): PointerPath | undefined {
  return candidates.find((path) => valueAt(doc.value, path) === expected)
}

/** The pointer of `server.args[index]`. */
export function argPointer(doc: ParsedDocument, server: Server, index: number): PointerPath {
  const p = server.pointer
  const expected = server.args?.[index]
  if (expected === undefined) return p
  return (
    first(
      doc,
      [
        [...p, 'args', index],
        [...p, 'command', index + 1],
        [...p, 'command', 'args', index]
      ],
      expected
    ) ?? p
  )
}

/** The pointer of `server.command`. */
export function commandPointer(doc: ParsedDocument, server: Server): PointerPath {
  const p = server.pointer
  if (server.command === undefined) return p
  return (
    first(
      doc,
      [
        [...p, 'command'],
        [...p, 'command', 0],
        [...p, 'command', 'path'],
        [...p, 'cmd']
      ],
      server.command
    ) ?? p
  )
}

/** The pointer of the env entry `name` (the key is what findings point at). */
export function envPointer(doc: ParsedDocument, server: Server, name: string): PointerPath {
  const p = server.pointer
  const expected = server.env?.[name]
  if (expected === undefined) return p
  const candidates: PointerPath[] = [
    [...p, 'env', name],
    [...p, 'environment', name],
    [...p, 'command', 'env', name],
    [...p, 'envs', name]
  ]
  // Numbers and booleans are normalised to text; fall back to the first key that exists at all.
  return first(doc, candidates, expected) ?? candidates.find((path) => valueAt(doc.value, path) !== undefined) ?? p
}

/** The pointer of the field holding `server.url` (`url`, `serverUrl`, `httpUrl`, `uri`). */
export function urlPointer(doc: ParsedDocument, server: Server): PointerPath {
  const p = server.pointer
  if (server.url === undefined) return p
  return (
    first(
      doc,
      [
        [...p, 'url'],
        [...p, 'serverUrl'],
        [...p, 'httpUrl'],
        [...p, 'uri']
      ],
      server.url
    ) ?? p
  )
}

/** The last path segment of a command, without a Windows `.cmd`/`.exe` suffix: `/usr/bin/npx` → `npx`. */
export function commandName(command: string): string {
  const base = command.trim().split(/[\\/]/).pop() ?? ''
  return base.replace(/\.(cmd|exe|bat)$/i, '').toLowerCase()
}
