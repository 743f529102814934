import type { Server, ServerResult } from '../types.js'
import { fieldChanges, type FieldChange } from './diff.js'
import {
  ITEM_KINDS,
  LOCKFILE_VERSION,
  lockedServer,
  type ItemKind,
  type Lock,
  type LockedItem,
  type LockedServer
} from './lock.js'

import type { LockChangeKind } from './settings.js'

/** One difference, about one item of one server, or about a whole server. */
export interface LockChange {
  kind: LockChangeKind
  file: string
  server: string
  /** The item, for `added`, `removed` and `changed`. */
  item?: { kind: ItemKind; key: string; before?: LockedItem; after?: LockedItem }
  /** What changed in a `changed` item, field by field. */
  fields?: FieldChange[]
  /** The server's entry before and after (`new-server`, `stale-server`, `server-version`, `unverified`). */
  before?: LockedServer
  after?: LockedServer
  /** Why an `unverified` server could not be checked ("failed: exited"). */
  reason?: string
}

/** The servers of one run: each configured server, its dry-run result, and the config files read. */
export interface RunSurface {
  servers: readonly Server[]
  results: readonly ServerResult[]
  /** Config files checked in this run: a locked server of another file is left alone. */
  files: ReadonlySet<string>
}

/**
 * Compares what each server offers now with the lock: items added, removed or changed since it was
 * written, servers the lock does not know, locked servers the configs no longer define, and locked
 * servers that could not be checked (reported as such: never as if all their tools were removed).
 */
export function compareWithLock(lock: Lock, run: RunSurface, neutral: (text: string) => string): LockChange[] {
  const changes: LockChange[] = []
  const seen = new Set<string>()
  run.servers.forEach((server, i) => {
    seen.add(key(server.file, server.name))
    const locked = lock.servers[server.file]?.[server.name]
    const result = run.results[i]
    const now = result ? lockedServer(result, neutral) : undefined
    if (!now) {
      // Not reachable now: nothing can be said about its tools. A disabled server is simply not checked.
      if (locked && result && result.error?.kind !== 'disabled')
        changes.push({
          kind: 'unverified',
          file: server.file,
          server: server.name,
          before: locked,
          reason: `${result.status}: ${result.error?.kind ?? 'no answer'}`
        })
      return
    }
    if (!locked) changes.push({ kind: 'new-server', file: server.file, server: server.name, after: now })
    else changes.push(...compareServers(server.file, server.name, locked, now))
  })
  changes.push(...staleServers(lock, run.files, seen))
  return changes
}

/** The differences between two locks (a pull request's base and head), whole servers included. */
export function diffLocks(base: Lock | undefined, head: Lock): LockChange[] {
  const changes: LockChange[] = []
  const files = [...new Set([...Object.keys(base?.servers ?? {}), ...Object.keys(head.servers)])].sort()
  for (const file of files) {
    const before = base?.servers[file] ?? {}
    const after = head.servers[file] ?? {}
    for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const old = Object.hasOwn(before, name) ? before[name] : undefined
      const now = Object.hasOwn(after, name) ? after[name] : undefined
      if (old && now) changes.push(...compareServers(file, name, old, now))
      else if (now) changes.push({ kind: 'new-server', file, server: name, after: now })
      else if (old) changes.push({ kind: 'stale-server', file, server: name, before: old })
    }
  }
  return changes
}

/** Item by item, and the server's version and protocol. */
export function compareServers(file: string, server: string, locked: LockedServer, now: LockedServer): LockChange[] {
  const changes: LockChange[] = []
  if (
    locked.serverInfo?.name !== now.serverInfo?.name ||
    locked.serverInfo?.version !== now.serverInfo?.version ||
    locked.protocolVersion !== now.protocolVersion
  )
    changes.push({ kind: 'server-version', file, server, before: locked, after: now })
  for (const kind of ITEM_KINDS) {
    const before = locked[kind] ?? {}
    const after = now[kind] ?? {}
    for (const itemKey of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      const old = Object.hasOwn(before, itemKey) ? before[itemKey] : undefined
      const current = Object.hasOwn(after, itemKey) ? after[itemKey] : undefined
      if (old && current) {
        if (old.sha256 !== current.sha256)
          changes.push({
            kind: 'changed',
            file,
            server,
            item: { kind, key: itemKey, before: old, after: current },
            fields: fieldChanges(old.definition, current.definition)
          })
      } else if (current) changes.push({ kind: 'added', file, server, item: { kind, key: itemKey, after: current } })
      else if (old) changes.push({ kind: 'removed', file, server, item: { kind, key: itemKey, before: old } })
    }
  }
  return changes
}

/**
 * The lock after a run: servers that answered get their entry now; servers that could not be
 * checked keep theirs (so a server that was down is not taken for one whose tools were all removed);
 * servers gone from a config file this run read are dropped; other files' servers are kept.
 */
export function updatedLock(
  old: Lock | undefined,
  run: RunSurface,
  neutral: (text: string) => string
): { lock: Lock; kept: LockChange[] } {
  const servers: Lock['servers'] = {}
  for (const [file, entries] of Object.entries(old?.servers ?? {}))
    if (!run.files.has(file)) servers[file] = { ...entries }
  const kept: LockChange[] = []
  run.servers.forEach((server, i) => {
    const result = run.results[i]
    const now = result ? lockedServer(result, neutral) : undefined
    const previous = old?.servers[server.file]?.[server.name]
    const entry = now ?? previous
    if (!entry) return
    if (!now && previous && result)
      kept.push({
        kind: 'unverified',
        file: server.file,
        server: server.name,
        before: previous,
        reason: `${result.status}: ${result.error?.kind ?? 'no answer'}`
      })
    const forFile = (servers[server.file] ??= {})
    Object.defineProperty(forFile, server.name, { value: entry, enumerable: true, writable: true, configurable: true })
  })
  return { lock: { lockfileVersion: LOCKFILE_VERSION, servers }, kept }
}

function staleServers(lock: Lock, files: ReadonlySet<string>, seen: Set<string>): LockChange[] {
  const out: LockChange[] = []
  for (const [file, entries] of Object.entries(lock.servers)) {
    if (!files.has(file)) continue
    for (const [name, entry] of Object.entries(entries))
      if (!seen.has(key(file, name))) out.push({ kind: 'stale-server', file, server: name, before: entry })
  }
  return out
}

function key(file: string, name: string): string {
  return `${file}\u0000${name}`
}
