import { lstatSync } from 'node:fs'
import path from 'node:path'
import { toDiagnostic } from './finding.js'
import { parseJson } from './parse/json.js'
import { loadParsers, parserFor } from './parse/index.js'
import { LineIndex } from './parse/source.js'
import type { FileAtRef } from './git/base.js'
import { decodeConfigBytes, readGuarded } from './read.js'
import { compileGlobs, globProblem } from './glob.js'
import { loadValidators, validatorFor } from './schema/validators.js'
import { suggest } from './nearest.js'
import { validateDocument } from './schema/validate.js'
import { foldersUpToWorkTree } from './work-tree.js'
import type { Suppression } from './suppressions.js'
import { DEFAULT_LOCK_SETTINGS, type LockSettings } from './lock/settings.js'
import type { Diagnostic, Severity } from './types.js'

/** A repository's settings for mcpcop. */
export interface Config {
  /** Severity overrides by rule id; `off` drops the rule's findings. */
  rules: Record<string, Severity | 'off'>
  /** Globs of files not to check. */
  ignore: string[]
  /** Server names, or `path#name`, whose findings and dry runs are skipped. */
  ignoreServers: string[]
  /** Accepted findings, each with its reason (and optional expiry). */
  suppressions?: Suppression[]
  /** Which rules run (default `recommended`); a rule named in `rules` runs whatever the preset. */
  preset?: 'recommended' | 'strict'
  /** The tool lock: its path and the severity of each kind of change (default DEFAULT_LOCK_SETTINGS). */
  lock?: LockSettings
}

export const DEFAULT_CONFIG: Config = { rules: {}, ignore: [], ignoreServers: [] }

/** File names looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE_NAMES = ['.mcpcop.json', '.mcpcop.yaml', '.mcpcop.yml']

/** A settings file is a few hundred bytes; a larger one is refused unread. */
export const MAX_SETTINGS_BYTES = 256 * 1024

/**
 * Diagnostics that say a file could not be read or parsed, or that mcpcop itself failed. A
 * settings file arrives in the pull request like the configs it governs, so it can neither turn
 * these off nor change their severity, nor drop them with `ignoreServers`.
 */
export const UNSUPPRESSIBLE_RULES: ReadonlySet<string> = new Set([
  'syntax-error',
  'internal-error',
  'nesting-too-deep',
  'file-unreadable',
  'file-too-large',
  'file-binary',
  'file-encoding',
  'file-empty',
  'config-invalid',
  // A pull request could otherwise break the lock and turn off the one finding that says so.
  'lock-invalid'
])

export interface LoadedConfig {
  config: Config
  /** Path of the file read, relative to the working directory (undefined when none). */
  file?: string
  /** Problems in the config file itself, reported like any other finding. */
  diagnostics: Diagnostic[]
  /** The settings file's text as read (to compare it with the base branch's). */
  text?: string
}

const isYamlSettings = (file: string): boolean => /\.ya?ml$/i.test(file)

/**
 * Loads what `loadConfig(cwd, explicit)` will need, before it is called: nothing when there is no
 * settings file; its validator, and the YAML parser for a YAML one.
 */
export async function prepareSettings(cwd: string, explicit: string | undefined): Promise<void> {
  const present = (name: string): boolean => lstatSync(path.join(cwd, name), { throwIfNoEntry: false }) !== undefined
  const candidate = explicit ?? CONFIG_FILE_NAMES.find(present)
  if (candidate === undefined) return
  await loadValidators(['mcpcop-config'])
  if (isYamlSettings(candidate)) await loadParsers(['yaml'])
}

/**
 * Reads the config file (the explicit one, or the first of CONFIG_FILE_NAMES found). Invalid parts
 * are reported as diagnostics in that file and left out; a missing explicit file throws.
 */
export function loadConfig(cwd: string, explicit: string | undefined, knownRuleIds: readonly string[]): LoadedConfig {
  const present = (name: string): boolean => lstatSync(path.join(cwd, name), { throwIfNoEntry: false }) !== undefined
  const candidate = explicit ?? CONFIG_FILE_NAMES.find(present)
  if (candidate === undefined) return { config: DEFAULT_CONFIG, diagnostics: [] }
  const absolute = path.resolve(cwd, candidate)
  if (lstatSync(absolute, { throwIfNoEntry: false }) === undefined)
    throw new Error(`config file not found: ${candidate}`)
  const file = path.relative(cwd, absolute).split(path.sep).join('/')
  // Through the guarded reader like every config: a settings file that links out of the repository
  // (or to /dev/zero, a FIFO, a directory) is refused unread, so nothing of its target can be quoted.
  const root = file.startsWith('../') || path.isAbsolute(file) ? path.dirname(absolute) : cwd
  const read = readGuarded(absolute, { root, maxBytes: MAX_SETTINGS_BYTES })
  const at = (ruleId: string, message: string): Diagnostic => settingsProblem(file, ruleId, message)
  if (read.refusal) return { config: DEFAULT_CONFIG, file, diagnostics: [at(read.refusal.ruleId, read.refusal.reason)] }
  return settingsFromBytes(read.bytes, file, knownRuleIds)
}

/** A problem with the settings file as a whole, reported at its first character. */
function settingsProblem(file: string, ruleId: string, message: string): Diagnostic {
  return {
    ruleId,
    severity: 'error',
    message: `${message}; the default settings are used`,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2
  }
}

/**
 * Settings from a file's bytes (read from disk, or from another commit): invalid parts are reported
 * as diagnostics in `file` and left out.
 */
export function settingsFromBytes(bytes: Uint8Array, file: string, knownRuleIds: readonly string[]): LoadedConfig {
  const at = (ruleId: string, message: string): Diagnostic => settingsProblem(file, ruleId, message)
  const decoded = decodeConfigBytes(bytes)
  if (decoded.text === undefined) {
    const problem = decoded.problems[0]
    // An empty settings file simply sets nothing.
    if (problem?.ruleId === 'file-empty') return { config: DEFAULT_CONFIG, file, diagnostics: [] }
    return { config: DEFAULT_CONFIG, file, diagnostics: decoded.problems.map((p) => at(p.ruleId, p.message)) }
  }
  const text = decoded.text
  const parsed = isYamlSettings(file) ? parserFor('yaml')(text) : parseJson(text, { strict: false, hostName: 'mcpcop' })
  const lines = new LineIndex(text)
  const diagnostics = parsed.problems.map((p) => toDiagnostic(file, { ...p, range: lines.range(p.offset, p.length) }))
  if (!parsed.doc) return { config: DEFAULT_CONFIG, file, diagnostics, text }
  const findings = validateDocument(validatorFor('mcpcop-config'), parsed.doc, {
    unknownKeySeverity: 'error',
    hostName: 'mcpcop'
  })
  diagnostics.push(...findings.map((f) => toDiagnostic(file, { ...f, ruleId: 'config-invalid' })))
  const value = (parsed.doc.value ?? {}) as Partial<Omit<Config, 'lock'>> & { lock?: Partial<LockSettings> }
  const config: Config = { rules: {}, ignore: [], ignoreServers: [] }
  if (findings.length === 0) {
    Object.assign(config, { ignore: value.ignore ?? [], ignoreServers: value.ignoreServers ?? [] })
    config.ignore.forEach((glob, i) => {
      const problem = globProblem(glob)
      if (problem)
        diagnostics.push(
          toDiagnostic(file, {
            ruleId: 'config-invalid',
            severity: 'warning',
            message: `this glob cannot be used: ${problem}`,
            range: parsed.doc!.locate(['ignore', i])
          })
        )
    })
    if (value.preset) config.preset = value.preset
    config.lock = {
      path: value.lock?.path ?? DEFAULT_LOCK_SETTINGS.path,
      changes: { ...DEFAULT_LOCK_SETTINGS.changes, ...value.lock?.changes }
    }
    for (const [id, level] of Object.entries(value.rules ?? {})) {
      if (UNSUPPRESSIBLE_RULES.has(id)) {
        diagnostics.push(
          toDiagnostic(file, {
            ruleId: 'config-invalid',
            severity: 'warning',
            message: `"${id}" cannot be turned off or changed: it reports files that could not be read or checked, so the setting is ignored`,
            range: parsed.doc.locate(['rules', id], true)
          })
        )
        continue
      }
      if (knownRuleIds.includes(id)) {
        config.rules[id] = level
        continue
      }
      const guess = suggest(id, [...knownRuleIds])
      diagnostics.push(
        toDiagnostic(file, {
          ruleId: 'config-invalid',
          severity: 'warning',
          message:
            `unknown rule "${id}"` + (guess ? `; did you mean "${guess}"?` : '; see docs/rules/ for the rule ids'),
          range: parsed.doc.locate(['rules', id], true)
        })
      )
    }
    const suppressions = readSuppressions(value.suppressions ?? [], parsed.doc, knownRuleIds, (message, pointer) =>
      diagnostics.push(
        toDiagnostic(file, {
          ruleId: 'config-invalid',
          severity: 'warning',
          message,
          range: parsed.doc!.locate(pointer)
        })
      )
    )
    if (suppressions.length > 0) config.suppressions = suppressions
  }
  return { config, file, diagnostics, text }
}

/** The settings' suppressions, each located at its `rule`; an entry that cannot apply is reported and left out. */
function readSuppressions(
  entries: Omit<Suppression, 'range'>[],
  doc: { locate(pointer: (string | number)[], key?: boolean): Suppression['range'] },
  knownRuleIds: readonly string[],
  report: (message: string, pointer: (string | number)[]) => void
): Suppression[] {
  const out: Suppression[] = []
  entries.forEach((entry, i) => {
    const at = ['suppressions', i, 'rule']
    if (UNSUPPRESSIBLE_RULES.has(entry.rule))
      return report(`"${entry.rule}" cannot be suppressed: it reports files that could not be read or checked`, at)
    if (!knownRuleIds.includes(entry.rule)) {
      const guess = suggest(entry.rule, [...knownRuleIds])
      return report(`unknown rule "${entry.rule}"` + (guess ? `; did you mean "${guess}"?` : ''), at)
    }
    if (entry.until !== undefined && !isCalendarDate(entry.until))
      return report(`"until" is "${entry.until}", not a date: write it as YYYY-MM-DD`, ['suppressions', i, 'until'])
    const problem = entry.file === undefined ? undefined : globProblem(entry.file)
    if (problem) return report(`"file" cannot be used: ${problem}`, ['suppressions', i, 'file'])
    out.push({ ...entry, range: doc.locate(at) })
  })
  return out
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** A predicate for the files the config leaves out. */
export function ignoredFiles(config: Config): (file: string) => boolean {
  if (config.ignore.length === 0) return () => false
  return compileGlobs(config.ignore)
}

/** Whether findings about a server are left out. */
export function isIgnoredServer(config: Config, file: string, server: string | undefined, ruleId?: string): boolean {
  return (
    server !== undefined &&
    !UNSUPPRESSIBLE_RULES.has(ruleId ?? '') &&
    (config.ignoreServers.includes(server) || config.ignoreServers.includes(`${file}#${server}`))
  )
}

/**
 * The settings file that applies in `cwd`: the first of CONFIG_FILE_NAMES in `cwd` or in a folder
 * above it, up to the root of the git work tree it is in (so running in a sub-folder of a
 * repository uses the repository's settings); outside a work tree, `cwd` only. Returns its path
 * relative to `cwd`, or undefined.
 */
export function findSettingsFile(cwd: string): string | undefined {
  const present = (file: string): boolean => lstatSync(file, { throwIfNoEntry: false }) !== undefined
  const start = path.resolve(cwd)
  const folders = foldersUpToWorkTree(start) ?? [start]
  for (const dir of folders) {
    const name = CONFIG_FILE_NAMES.find((n) => present(path.join(dir, n)))
    if (name !== undefined) return path.relative(start, path.join(dir, name)).split(path.sep).join('/')
  }
  return undefined
}

/**
 * What a settings file leaves out or changes, in words; values from the file are quoted and cut
 * (the formatters escape them for their medium).
 */
export function describePolicy(config: Config): string[] {
  const list = (items: string[]): string =>
    items
      .slice(0, 20)
      .map((item) => `"${item.length > 100 ? `${item.slice(0, 99)}…` : item}"`)
      .join(', ') + (items.length > 20 ? ` and ${items.length - 20} more` : '')
  const parts: string[] = []
  if (config.ignore.length > 0) parts.push(`leaves out files matching ${list(config.ignore)}`)
  const off = Object.entries(config.rules).filter(([, level]) => level === 'off')
  if (off.length > 0) parts.push(`turns off ${list(off.map(([id]) => id))}`)
  const changed = Object.entries(config.rules).filter(([, level]) => level !== 'off')
  if (changed.length > 0) parts.push(`sets ${list(changed.map(([id, level]) => `${id}: ${level}`))}`)
  if (config.ignoreServers.length > 0) parts.push(`skips the servers ${list(config.ignoreServers)}`)
  return parts
}

/**
 * The sentence a reviewer must see when the pull request brings its own settings: the settings
 * file differs from the base branch's (or is new there, or could not be compared), and what it
 * now leaves out or turns off. Undefined when it is the base branch's own, or nothing is known of
 * a base (not a pull request).
 */
export function settingsChangeNote(
  settings: { file: string; text?: string } | undefined,
  config: Config,
  base: FileAtRef | undefined
): string | undefined {
  if (!settings || !base) return undefined
  if (base.status === 'found' && base.text === settings.text) return undefined
  const policy = describePolicy(config)
  if (base.status === 'unknown' && policy.length === 0) return undefined
  const state =
    base.status === 'absent'
      ? 'is new in this pull request'
      : base.status === 'found'
        ? 'differs from the base branch'
        : `could not be compared with the base branch (${base.reason})`
  const effect = policy.length > 0 ? `it ${policy.join('; ')}` : 'it leaves nothing out and turns nothing off'
  return `The settings file ${settings.file} ${state}: ${effect}.`
}
