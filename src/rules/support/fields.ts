import type { PointerPath, Server } from '../../types.js'

/**
 * Where a server's fields are written, as its adapter recorded them (see `Server.fields`). A field the
 * adapter built rather than read has no place of its own: findings about it go to the server's entry.
 */

/** The pointer of `server.args[index]`, or the server's entry. */
export function argAt(server: Server, index: number): PointerPath {
  return server.fields.args?.[index] ?? server.pointer
}

/** The pointer of the env entry `name` (its value), or the server's entry. */
export function envAt(server: Server, name: string): PointerPath {
  return server.fields.env?.[name] ?? server.pointer
}

/** The pointer of `server.command`, `url`, `cwd` or the declared type, or the server's entry. */
export function fieldAt(server: Server, field: 'command' | 'url' | 'cwd' | 'type'): PointerPath {
  return server.fields[field] ?? server.pointer
}
