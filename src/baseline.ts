import { lstatSync } from 'node:fs'
import path from 'node:path'
import { findingKey, hashKey } from './compare/fingerprint.js'
import { UNSUPPRESSIBLE_RULES } from './config.js'
import { readGuarded } from './read.js'
import type { Diagnostic } from './types.js'

/**
 * The baseline: the findings a project had when it adopted mcpcop, committed so that later runs report
 * only what is not in it (ESLint's suppressions file, with fingerprints). Per file and rule, the number
 * of findings and the fingerprint of each, so a finding that moves lines is still the same finding
 * and one that disappears can be dropped from the file.
 */

/** Default name, next to the settings file (or in the working directory when there is none). */
export const BASELINE_FILE = '.mcpcop-baseline.json'

/** A baseline file is small; a larger one is refused unread. */
export const MAX_BASELINE_BYTES = 4 * 1024 * 1024

/** The file's content: version 1. Paths are relative to the baseline file's folder, with `/`. */
export interface Baseline {
  version: 1
  files: Record<string, Record<string, { count: number; fingerprints: string[] }>>
}

/** A baseline as loaded: where it is and the folder its paths are relative to. */
export interface LoadedBaseline {
  /** Relative to the working directory. */
  file: string
  baseline: Baseline
}

/** Findings a baseline names that this run did not find: fixed (the baseline can shrink). */
export interface GoneEntry {
  file: string
  rule: string
  count: number
}

export interface BaselineOutcome {
  kept: Diagnostic[]
  baselined: Diagnostic[]
  gone: GoneEntry[]
}

/**
 * Where the baseline is: the given path, or BASELINE_FILE in the settings file's folder (the working
 * directory when there is no settings file). Relative to the working directory.
 */
export function baselinePath(result: { settingsDir?: string }, explicit?: string): string {
  return explicit || path.posix.join(result.settingsDir ?? '.', BASELINE_FILE)
}

/** A finding's path as the baseline writes it: relative to the baseline file's folder. */
function pathInBaseline(baselineFile: string, file: string): string {
  return path.posix.relative(path.posix.dirname(baselineFile), file) || file
}

function fingerprintIn(baselineFile: string, d: Diagnostic): string {
  return hashKey(findingKey({ ...d, file: pathInBaseline(baselineFile, d.file) }))
}

/**
 * A baseline of these findings (those about unreadable or unchecked files are never baselined), plus
 * the entries of `kept` (a previous baseline's, for rules this run could not report: dry-run findings
 * written again without --dry-run), as they were.
 */
export function buildBaseline(diagnostics: readonly Diagnostic[], baselineFile: string, kept?: Baseline): Baseline {
  // No prototype: a path or rule id such as "__proto__" is a key like any other.
  const files = Object.create(null) as Baseline['files']
  const carried = Object.entries(kept?.files ?? {}).flatMap(([file, rules]) =>
    Object.entries(rules).flatMap(([rule, entry]) => entry.fingerprints.map((print) => ({ file, rule, print })))
  )
  const sorted = [...diagnostics]
    .filter((d) => !UNSUPPRESSIBLE_RULES.has(d.ruleId))
    .map((d) => ({ file: pathInBaseline(baselineFile, d.file), rule: d.ruleId, print: fingerprintIn(baselineFile, d) }))
    .concat(carried)
    .sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.print, b.print))
  for (const { file, rule, print } of sorted) {
    const rules = (files[file] ??= Object.create(null) as Baseline['files'][string])
    const entry = (rules[rule] ??= { count: 0, fingerprints: [] })
    entry.count++
    entry.fingerprints.push(print)
  }
  return { version: 1, files }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The part of a baseline about the rules `keep` accepts (the others' entries are left out). */
export function baselineOf(baseline: Baseline, keep: (ruleId: string) => boolean): Baseline {
  const files = Object.create(null) as Baseline['files']
  for (const [file, rules] of Object.entries(baseline.files))
    for (const [rule, entry] of Object.entries(rules))
      if (keep(rule)) (files[file] ??= Object.create(null) as Baseline['files'][string])[rule] = entry
  return { version: 1, files }
}

/** The baseline as committed: stable key order, one fingerprint per line, a final newline. */
export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n'
}

/**
 * Leaves out the findings the baseline holds (each fingerprint once per time it is listed) and says
 * which baselined findings were not found any more.
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], loaded: LoadedBaseline): BaselineOutcome {
  const remaining = new Map<string, number>()
  const slot = (file: string, rule: string, print: string): string => `${file}\u0000${rule}\u0000${print}`
  for (const [file, rules] of Object.entries(loaded.baseline.files))
    for (const [rule, entry] of Object.entries(rules))
      for (const print of entry.fingerprints) {
        const key = slot(file, rule, print)
        remaining.set(key, (remaining.get(key) ?? 0) + 1)
      }
  const kept: Diagnostic[] = []
  const baselined: Diagnostic[] = []
  for (const d of diagnostics) {
    const key = slot(pathInBaseline(loaded.file, d.file), d.ruleId, fingerprintIn(loaded.file, d))
    const left = remaining.get(key) ?? 0
    if (left > 0 && !UNSUPPRESSIBLE_RULES.has(d.ruleId)) {
      remaining.set(key, left - 1)
      baselined.push(d)
    } else kept.push(d)
  }
  const gone = new Map<string, GoneEntry>()
  for (const [key, left] of remaining) {
    if (left === 0) continue
    const [file, rule] = key.split('\u0000')
    const entry = gone.get(`${file}\u0000${rule}`) ?? { file, rule, count: 0 }
    entry.count += left
    gone.set(`${file}\u0000${rule}`, entry)
  }
  return { kept, baselined, gone: [...gone.values()] }
}

/** Why a baseline file cannot be used; the run then goes on without it. */
export class BaselineError extends Error {}

/**
 * Reads a baseline file (relative to `cwd`) through the guarded reader. Undefined when there is none;
 * throws BaselineError when it is unreadable or not a baseline.
 */
export function readBaseline(cwd: string, file: string): LoadedBaseline | undefined {
  const absolute = path.resolve(cwd, file)
  if (lstatSync(absolute, { throwIfNoEntry: false }) === undefined) return undefined
  const read = readGuarded(absolute, { root: cwd, maxBytes: MAX_BASELINE_BYTES })
  if (read.refusal) throw new BaselineError(`${file}: ${read.refusal.reason}`)
  return { file, baseline: parseBaseline(read.bytes.toString('utf8'), file) }
}

/** Parses and checks a baseline's text. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BaselineError(`${file} is not JSON; write it again with --write-baseline`)
  }
  const bad = (): never => {
    throw new BaselineError(`${file} is not an mcpcop baseline (version 1); write it again with --write-baseline`)
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.files)) return bad()
  for (const rules of Object.values(value.files)) {
    if (!isRecord(rules)) return bad()
    for (const entry of Object.values(rules)) {
      if (!isRecord(entry) || !Array.isArray(entry.fingerprints)) return bad()
      if (!entry.fingerprints.every((p) => typeof p === 'string' && /^[0-9a-f]{16}$/.test(p))) return bad()
      if (entry.count !== entry.fingerprints.length) return bad()
    }
  }
  return value as unknown as Baseline
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
