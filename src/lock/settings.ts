import type { Severity } from '../types.js'

/** Where the lock lives by default, relative to the repository root. */
export const DEFAULT_LOCK_FILE = 'mcp-servers.lock.json'

/** Each kind of difference between the lock and what the servers offer (see docs in the README). */
export const LOCK_CHANGE_KINDS = [
  'added',
  'removed',
  'changed',
  'new-server',
  'stale-server',
  'unverified',
  'server-version'
] as const
export type LockChangeKind = (typeof LOCK_CHANGE_KINDS)[number]

/** The settings' `lock` section: where the lock is and how serious each kind of change is. */
export interface LockSettings {
  /** The lock file, relative to the working directory (the repository root in CI). */
  path: string
  changes: Record<LockChangeKind, Severity | 'off'>
}

export const DEFAULT_LOCK_SETTINGS: LockSettings = {
  path: DEFAULT_LOCK_FILE,
  changes: {
    added: 'error',
    removed: 'error',
    changed: 'error',
    'new-server': 'error',
    'stale-server': 'warning',
    unverified: 'notice',
    'server-version': 'notice'
  }
}
