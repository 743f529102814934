import { lstatSync } from 'node:fs'
import path from 'node:path'
import type { LintResult } from '../engine.js'
import { atServer, toDiagnostic, type Finding } from '../finding.js'
import { parseJson } from '../parse/json.js'
import { LineIndex, type ParsedDocument } from '../parse/source.js'
import { existsInside, readGuarded } from '../read.js'
import { revealInvisible } from '../report/escape.js'
import validateLock from '../schema/compiled/mcp-servers-lock.js'
import { fillMessage } from '../message-template.js'
import { validateDocument } from '../schema/validate.js'
import type { Diagnostic, Range, Server } from '../types.js'
import { canonicalJson, sha256 } from './canonical.js'
import { compareWithLock, updatedLock, type LockChange, type RunSurface } from './compare.js'
import type { LockChangeKind, LockSettings } from './settings.js'
import { describeChange } from './diff.js'
import { writeGuarded } from '../write.js'
import {
  describeCounts,
  ITEM_KINDS,
  ITEM_NOUN,
  itemName,
  LOCKFILE_VERSION,
  machineNeutral,
  serializeLock,
  type Lock
} from './lock.js'

export { type Lock } from './lock.js'
export { diffLocks, type LockChange } from './compare.js'
export { DEFAULT_LOCK_FILE, DEFAULT_LOCK_SETTINGS, type LockChangeKind, type LockSettings } from './settings.js'

/** Rule id of every lock finding; its severity per kind of change comes from the settings. */
export const LOCK_RULE = 'tool-lock'
/** Rule id of a lock file that cannot be used (unreadable, invalid, edited by hand). */
export const LOCK_INVALID_RULE = 'lock-invalid'

// A lock holds every tool's schema: allow far more than a config file, but not without bound.
export const MAX_LOCK_BYTES = 32 * 1024 * 1024

/** A lock file as read: the lock when it can be used, and the problems with it. */
export interface LoadedLock {
  file: string
  lock?: Lock
  doc?: ParsedDocument
  diagnostics: Diagnostic[]
}

/** Reads the lock (undefined when there is none), through the guarded reader like every file. */
export function loadLock(cwd: string, file: string): LoadedLock | undefined {
  const absolute = path.resolve(cwd, file)
  if (lstatSync(absolute, { throwIfNoEntry: false }) === undefined) return undefined
  const shown = path.relative(cwd, absolute).split(path.sep).join('/')
  const read = readGuarded(absolute, { root: cwd, maxBytes: MAX_LOCK_BYTES })
  if (read.refusal)
    return {
      file: shown,
      diagnostics: [
        invalid(
          shown,
          'unreadable',
          { reason: read.refusal.reason },
          'mcpcop reads only a regular file inside the repository, within its size limit; replace it, or run mcpcop --update-lock to write it again.'
        )
      ]
    }
  return lockFromBytes(read.bytes, shown)
}

/**
 * A lock from its bytes (from disk, or from the base commit): parsed with positions, checked against
 * its schema, and every hash checked against its definition (a hand edit that changes a definition
 * but not its hash, or the reverse, makes the lock unusable rather than silently trusted).
 */
export function lockFromBytes(bytes: Uint8Array, file: string): LoadedLock {
  let text: string
  try {
    if (bytes.includes(0)) throw new Error('binary')
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return {
      file,
      diagnostics: [
        invalid(file, 'notText', {}, 'A lock is JSON written by mcpcop; run mcpcop --update-lock to write it again.')
      ]
    }
  }
  const parsed = parseJson(text, { strict: true, hostName: 'mcpcop' })
  const lines = new LineIndex(text)
  const diagnostics = parsed.problems.map((p) =>
    toDiagnostic(file, {
      ruleId: LOCK_INVALID_RULE,
      severity: 'error',
      message: p.message,
      range: lines.range(p.offset, p.length)
    })
  )
  if (!parsed.doc) return { file, diagnostics }
  const doc = parsed.doc
  const version = (doc.value as { lockfileVersion?: unknown } | null)?.lockfileVersion
  if (typeof version === 'number' && version > LOCKFILE_VERSION) {
    diagnostics.push(
      at(
        file,
        doc,
        ['lockfileVersion'],
        'newerFormat',
        { version, supported: LOCKFILE_VERSION },
        'It was written by a newer mcpcop, whose format this one cannot read; update mcpcop.'
      )
    )
    return { file, doc, diagnostics }
  }
  for (const finding of validateDocument(validateLock, doc, { unknownKeySeverity: 'error', hostName: 'mcpcop' }))
    diagnostics.push(toDiagnostic(file, { ...finding, ruleId: LOCK_INVALID_RULE, severity: 'error' }))
  if (diagnostics.length > 0) return { file, doc, diagnostics }
  const lock = doc.value as Lock
  for (const [config, servers] of Object.entries(lock.servers))
    for (const [name, entry] of Object.entries(servers))
      for (const kind of ITEM_KINDS)
        for (const [key, item] of Object.entries(entry[kind] ?? {}))
          if (sha256(canonicalJson(item.definition)) !== item.sha256)
            diagnostics.push(
              at(
                file,
                doc,
                ['servers', config, name, kind, key, 'sha256'],
                'hashMismatch',
                { what: `${ITEM_NOUN[kind]} "${itemName(kind, key, item)}"`, server: name, config },
                'The lock was edited by hand, so it cannot be trusted; run mcpcop --update-lock to write it again.'
              )
            )
  return diagnostics.length > 0 ? { file, doc, diagnostics } : { file, lock, doc, diagnostics }
}

/**
 * After a dry run: compares what the servers offer with the lock, when there is one, and returns the
 * findings with the severities the settings give each kind of change. A lock that cannot be used
 * gives its own findings and nothing is compared.
 */
export function checkLock(
  result: LintResult,
  dryRunServers: LintResult['report']['servers'],
  cwd: string,
  settings: LockSettings
): Diagnostic[] {
  const loaded = loadLock(cwd, settings.path)
  if (!loaded) return []
  if (!loaded.lock) return loaded.diagnostics
  const changes = compareWithLock(loaded.lock, runOf(result, dryRunServers), machineNeutral(cwd))
  return lockDiagnostics(changes, result.servers, loaded, settings)
}

/** What `--update-lock` did. */
export interface LockUpdate {
  file: string
  /** False when the lock already said exactly this. */
  written: boolean
  /** What changed, as a reader sees it. */
  changes: LockChange[]
  /** Servers that could not be checked and kept their locked entry. */
  kept: LockChange[]
  lock: Lock
  /** Why the lock could not be written (then `written` is false). */
  problem?: string
}

/**
 * Writes the lock after a dry run (`--update-lock`): each server that answered gets what it offers
 * now, a server that could not be checked keeps its entry, a server gone from a file read in this
 * run is dropped. An unusable existing lock is replaced. The file is written only when it changes.
 */
export function updateLock(
  result: LintResult,
  dryRunServers: LintResult['report']['servers'],
  cwd: string,
  settings: LockSettings
): LockUpdate {
  const loaded = loadLock(cwd, settings.path)
  const neutral = machineNeutral(cwd)
  const run = runOf(result, dryRunServers)
  const { lock, kept } = updatedLock(loaded?.lock, run, neutral)
  const text = serializeLock(lock)
  const absolute = path.resolve(cwd, settings.path)
  const before = loaded?.lock ? serializeLock(loaded.lock) : undefined
  const changes = loaded?.lock ? compareWithLock(loaded.lock, run, neutral).filter((c) => c.kind !== 'unverified') : []
  const file = path.relative(cwd, absolute).split(path.sep).join('/')
  if (text === before) return { file, written: false, changes, kept, lock }
  // The path is the settings file's: it must stay in the working folder, and is never written through a link.
  const problem = writeGuarded(settings.path, text, { cwd, insideOnly: true })
  if (problem !== undefined) return { file, written: false, changes, kept, lock, problem }
  return { file, written: true, changes, kept, lock }
}

/** Whether a lock file exists at the settings' path. */
export function hasLock(cwd: string, settings: LockSettings): boolean {
  return existsInside(cwd, settings.path)
}

/** Findings for lock changes: at each server's entry in its config, or at the lock for a stale entry. */
export function lockDiagnostics(
  changes: readonly LockChange[],
  servers: readonly Server[],
  loaded: LoadedLock,
  settings: LockSettings
): Diagnostic[] {
  const byKey = new Map(servers.map((s) => [`${s.file}\u0000${s.name}`, s]))
  const out: Diagnostic[] = []
  for (const change of changes) {
    const severity = settings.changes[change.kind]
    if (severity === 'off') continue
    const { message, messageId, data, help } = lockFinding(change, loaded.file)
    const server = byKey.get(`${change.file}\u0000${change.server}`)
    const diagnostic = server
      ? atServer(server, LOCK_RULE, severity, message)
      : loaded.doc
        ? toDiagnostic(loaded.file, {
            ruleId: LOCK_RULE,
            severity,
            message,
            range: loaded.doc.locate(['servers', change.file, change.server], true)
          })
        : undefined
    if (diagnostic) out.push({ ...diagnostic, messageId, data, help })
  }
  return out
}

/** The tool lock's finding messages by id: which item of which server, and what happened to it. */
export const LOCK_MESSAGES: Readonly<Record<LockChangeKind, string>> = {
  added: '{{what}} was added since {{lock}} was written',
  removed: '{{what}} was removed since {{lock}} was written',
  changed: '{{what}} changed since {{lock}} was written ({{fields}})',
  'new-server': 'server "{{server}}" is not in {{lock}}: its {{counts}} were never locked',
  'stale-server': '{{lock}} locks server "{{server}}" of {{file}}, which that file no longer defines',
  unverified: 'server "{{server}}" is in {{lock}} but could not be checked',
  'server-version': 'server "{{server}}" now reports {{after}} (locked: {{before}})'
}

/**
 * A lock change as a finding: one sentence naming the item and what happened (`messageId` is the kind of
 * change), and in help the evidence (the description, the field-by-field diff) and what to do.
 */
export function lockFinding(
  change: LockChange,
  lockFile: string
): { messageId: string; data: Record<string, string>; message: string; help: string } {
  const item = change.item
  const what = item
    ? `${ITEM_NOUN[item.kind]} "${revealInvisible(itemName(item.kind, item.key, item.after ?? item.before))}" of server "${change.server}"`
    : `server "${change.server}"`
  const review = `Review it, then run mcpcop --update-lock and commit ${lockFile}.`
  const data: Record<string, string> = { server: change.server, lock: lockFile }
  let help: string
  switch (change.kind) {
    case 'added': {
      data.what = what
      const description = item?.after?.definition.description
      help =
        typeof description === 'string' && description !== ''
          ? `Its description: "${excerpt(description)}". ${review}`
          : review
      break
    }
    case 'removed':
      data.what = what
      help = review
      break
    case 'changed': {
      data.what = what
      const fields = change.fields ?? []
      data.fields = [...new Set(fields.map((f) => f.path))].slice(0, 5).join(', ') || 'its definition'
      const shown = fields.slice(0, 5).map((f) => describeChange(f, 300))
      if (fields.length > 5) shown.push(`and ${fields.length - 5} more`)
      help = `${shown.join('; ')}. ${review}`
      break
    }
    case 'new-server':
      data.counts = describeCounts(change.after!)
      help = `Review them (the JSON report lists them), then run mcpcop --update-lock and commit ${lockFile}.`
      break
    case 'stale-server':
      data.file = change.file
      help = 'Run mcpcop --update-lock to drop it.'
      break
    case 'unverified':
      help = `It could not be checked (${change.reason}), so its ${describeCounts(change.before!)} were not compared.`
      break
    case 'server-version':
      data.after = version(change.after)
      data.before = version(change.before)
      help = 'Run mcpcop --update-lock to record it.'
      break
  }
  const message = fillMessage(LOCK_MESSAGES[change.kind], data)
  return { messageId: change.kind, data, message, help }
}

/** A lock change as one line of `--update-lock`'s report: which item of which server, what happened, and what to do. */
export function describeLockChange(change: LockChange, lockFile: string): string {
  const server = `server "${change.server}"`
  const item = change.item
  const what = item
    ? `${ITEM_NOUN[item.kind]} "${revealInvisible(itemName(item.kind, item.key, item.after ?? item.before))}" of ${server}`
    : server
  const review = `review it, then run mcpcop --update-lock and commit ${lockFile}`
  switch (change.kind) {
    case 'added': {
      const description = item?.after?.definition.description
      const about = typeof description === 'string' && description !== '' ? `: "${excerpt(description)}"` : ''
      return `${what} was added since ${lockFile} was written${about}; ${review}`
    }
    case 'removed':
      return `${what} was removed since ${lockFile} was written; ${review}`
    case 'changed': {
      const fields = change.fields ?? []
      const shown = fields.slice(0, 5).map((f) => describeChange(f, 300))
      if (fields.length > 5) shown.push(`and ${fields.length - 5} more`)
      return `${what} changed since ${lockFile} was written: ${shown.join('; ')}; ${review}`
    }
    case 'new-server':
      return `${server} is not in ${lockFile}: its ${describeCounts(change.after!)} were never locked; review them (the JSON report lists them), then run mcpcop --update-lock and commit ${lockFile}`
    case 'stale-server':
      return `${lockFile} locks ${server} of ${change.file}, which that file no longer defines; run mcpcop --update-lock to drop it`
    case 'unverified':
      return `${server} is in ${lockFile} but could not be checked (${change.reason}), so its ${describeCounts(change.before!)} were not compared`
    case 'server-version':
      return `${server} now reports ${version(change.after)} (locked: ${version(change.before)}); run mcpcop --update-lock to record it`
  }
}

function version(entry: LockChange['after']): string {
  const info = entry?.serverInfo ? `"${entry.serverInfo.name} ${entry.serverInfo.version}"` : 'no name or version'
  return entry?.protocolVersion ? `${info}, protocol ${entry.protocolVersion}` : info
}

function excerpt(text: string): string {
  const shown = revealInvisible(text)
  return shown.length > 160 ? `${shown.slice(0, 159)}…` : shown
}

function runOf(result: LintResult, dryRunServers: LintResult['report']['servers']): RunSurface {
  return { servers: result.servers, results: dryRunServers, files: new Set(result.report.files.map((f) => f.path)) }
}

/** Messages of a lock that cannot be used, one sentence each; why and the fix go to help. */
const LOCK_INVALID_MESSAGES = {
  unreadable: 'the lock cannot be read: {{reason}}',
  notText: 'the lock is not UTF-8 text',
  newerFormat: 'the lock has format {{version}}, newer than the {{supported}} this mcpcop reads',
  hashMismatch: 'the sha256 of {{what}} of server "{{server}}" ({{config}}) does not match its definition'
} as const
type LockInvalidId = keyof typeof LOCK_INVALID_MESSAGES

function invalid(
  file: string,
  messageId: LockInvalidId,
  data: Record<string, string | number>,
  help: string
): Diagnostic {
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }
  return toDiagnostic(file, lockInvalid(messageId, data, help, range))
}

function at(
  file: string,
  doc: ParsedDocument,
  pointer: (string | number)[],
  messageId: LockInvalidId,
  data: Record<string, string | number>,
  help: string
): Diagnostic {
  return toDiagnostic(file, lockInvalid(messageId, data, help, doc.locate(pointer, true)))
}

function lockInvalid(
  messageId: LockInvalidId,
  data: Record<string, string | number>,
  help: string,
  range: Range
): Finding {
  const message = fillMessage(LOCK_INVALID_MESSAGES[messageId], data)
  return { ruleId: LOCK_INVALID_RULE, severity: 'error', message, messageId, data, help, range }
}
