import { escapeMarkdown, fencedBlock, revealInvisible } from '../report/escape.js'
import { plural } from '../report/summary.js'
import type { LockChange } from './compare.js'
import { describeChange } from './diff.js'
import { describeLockChange, type LockUpdate } from './index.js'
import { describeCounts, ITEM_NOUN, itemName } from './lock.js'

export type { LockUpdate } from './index.js'

/** What `--update-lock` did, for the terminal: the file, each change it accepted, each entry it kept. */
export function describeUpdate(update: LockUpdate): string {
  const servers = Object.values(update.lock.servers).reduce((n, entries) => n + Object.keys(entries).length, 0)
  const lines = [
    update.written
      ? `mcpcop: wrote ${update.file} (${plural(servers, 'server')})${update.changes.length > 0 ? `, accepting ${plural(update.changes.length, 'change')}:` : ''}`
      : `mcpcop: ${update.file} is up to date (${plural(servers, 'server')})`
  ]
  for (const change of update.changes) lines.push(`  ${describeLockChange(change, update.file)}`)
  for (const kept of update.kept)
    lines.push(
      `mcpcop: kept the locked entry of server "${kept.server}" (${kept.file}): it could not be checked (${kept.reason})`
    )
  return `${lines.join('\n')}\n`
}

/**
 * The changes a pull request makes to the lock, for the reviewer: one collapsed block per item with
 * its field-by-field word diff in a fence (so nothing a server wrote can render as Markdown).
 */
export function lockChangesMarkdown(changes: readonly LockChange[], file: string, maxBlocks = 50): string {
  if (changes.length === 0) return ''
  const text = (value: string): string => escapeMarkdown(revealInvisible(value))
  const out = [`### Tool lock: ${plural(changes.length, 'change')} to ${text(file)}`, '']
  out.push(
    'This pull request changes what was reviewed. Each tool, prompt or resource below is what the servers will offer the model once merged.',
    ''
  )
  for (const change of changes.slice(0, maxBlocks)) {
    const where = `server <code>${text(change.server)}</code> (${text(change.file)})`
    const item = change.item
    const what = item
      ? `${ITEM_NOUN[item.kind]} <code>${text(itemName(item.kind, item.key, item.after ?? item.before))}</code> of ${where}`
      : where
    const body = lockChangeBody(change)
    out.push(`<details><summary>${verb(change)} ${what}</summary>`, '', fencedBlock(body, 'diff'), '', '</details>')
  }
  if (changes.length > maxBlocks) out.push('', `… and ${plural(changes.length - maxBlocks, 'more change')}.`)
  return `${out.join('\n')}\n`
}

function verb(change: LockChange): string {
  switch (change.kind) {
    case 'added':
    case 'new-server':
      return '➕ added:'
    case 'removed':
    case 'stale-server':
      return '➖ removed:'
    default:
      return '✏️ changed:'
  }
}

/** The lines of one change: the word diff of each field, or the whole definition of a new item. */
function lockChangeBody(change: LockChange): string {
  const item = change.item
  switch (change.kind) {
    case 'changed':
      return (change.fields ?? []).map((f) => describeChange(f, 2000)).join('\n')
    case 'added':
      return definitionLines(item?.after?.definition, '+')
    case 'removed':
      return definitionLines(item?.before?.definition, '-')
    case 'new-server':
      return `+ ${describeCounts(change.after!)}${version(change.after)}`
    case 'stale-server':
      return `- ${describeCounts(change.before!)}${version(change.before)}`
    default:
      return `- ${version(change.before).trim() || 'no version'}\n+ ${version(change.after).trim() || 'no version'}`
  }
}

function definitionLines(definition: unknown, sign: '+' | '-'): string {
  return JSON.stringify(definition ?? {}, null, 2)
    .split('\n')
    .map((line) => `${sign} ${revealInvisible(line, true)}`)
    .join('\n')
}

function version(entry: LockChange['after']): string {
  if (!entry) return ''
  const info = entry.serverInfo ? ` ${entry.serverInfo.name} ${entry.serverInfo.version}` : ''
  return `${info}${entry.protocolVersion ? ` (protocol ${entry.protocolVersion})` : ''}`
}
