import path from 'node:path'
import type { RunContext } from '../github/context.js'
import type { LockSettings } from '../lock/settings.js'
import { escapeMarkdown } from '../report/escape.js'
import { baseCommitOf } from './scope.js'

/**
 * When the change (a pull request, a merge group) edits the tool lock: its differences from the
 * base's lock, item by item with word diffs, as Markdown for the summary and the comment, so that
 * the reviewer sees every tool description and schema being accepted. Undefined when the lock is
 * not touched or the base cannot be read (the findings still say what differs from the servers).
 */
export async function lockChangesSection(
  context: RunContext,
  cwd: string,
  settings: LockSettings,
  log: (message: string) => void
): Promise<string | undefined> {
  const baseCommit = baseCommitOf(context)
  if (!baseCommit) return undefined
  // Loaded only for a change with a base: git's history and the lock's reader and differ.
  const { gitBaseSource } = await import('../compare/git-source.js')
  const { blobsAt } = await import('../git/changes.js')
  const { diffLocks, loadLock, lockFromBytes, MAX_LOCK_BYTES } = await import('../lock/index.js')
  const { lockChangesMarkdown } = await import('../lock/report.js')
  const source = await gitBaseSource(cwd, baseCommit, { fetch: true })
  if (typeof source === 'string') {
    log(`the tool lock's changes are not shown: ${source}`)
    return undefined
  }
  const lockPath = path.relative(source.root, path.resolve(cwd, settings.path)).split(path.sep).join('/')
  const change = (await source.changed()).find((c) => c.path === lockPath)
  if (!change) return undefined
  const head = loadLock(cwd, settings.path)
  const shown = head?.file ?? settings.path
  let base
  if (change.status !== 'added') {
    const blob = (await blobsAt(source.root, source.commit, [lockPath], MAX_LOCK_BYTES)).get(lockPath)
    if (blob?.status === 'found') base = lockFromBytes(blob.bytes, shown).lock
  }
  if (!head?.lock) {
    // Deleted, or unusable (its own finding says why): what was locked is no longer.
    return base
      ? `### Tool lock: ${escapeMarkdown(shown)} ${head ? 'cannot be read' : 'is deleted'}\n\nThe tools reviewed at the base are no longer locked: a later change to any of them will pass unnoticed.\n`
      : undefined
  }
  return lockChangesMarkdown(diffLocks(base, head.lock), shown) || undefined
}
