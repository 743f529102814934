import { lstatSync } from 'node:fs'
import path from 'node:path'
import { toDiagnostic } from './finding.js'
import { parseJson } from './parse/json.js'
import { loadParsers, parserFor } from './parse/index.js'
import { LineIndex } from './parse/source.js'
import { decodeConfigBytes, readGuarded } from './read.js'
import { compileGlobs, globProblem } from './glob.js'
import { loadValidators, validatorFor } from './schema/validators.js'
import { suggest } from './nearest.js'
import { validateDocument } from './schema/validate.js'
import { foldersUpToWorkTree } from './work-tree.js'
import { redact } from './mask.js'
import { loadSecretRules, mayHoldSecret, secretRulesLoaded } from './secrets.js'
import { settingsSecrets } from './settings-secrets.js'
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
  /** The credentials its text holds (`settingsSecrets`): every output masks them. */
  secrets?: string[]
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
  const read = readSettings(cwd, candidate)
  await prepareSettingsFile(candidate, read && !read.refusal ? decodeConfigBytes(read.bytes).text : undefined)
}

/**
 * Loads what `settingsFromBytes` needs to read the settings file `file`: the vendor secret rules too when its
 * `text` may hold what they find, as for a config.
 */
export async function prepareSettingsFile(file: string, text?: string): Promise<void> {
  await loadValidators(['mcpcop-config'])
  if (isYamlSettings(file)) await loadParsers(['yaml'])
  if (text !== undefined && !secretRulesLoaded() && mayHoldSecret(text)) await loadSecretRules()
}

/**
 * Reads the config file (the explicit one, or the first of CONFIG_FILE_NAMES found). Invalid parts
 * are reported as diagnostics in that file and left out; a missing explicit file throws.
 */
export function loadConfig(cwd: string, explicit: string | undefined, knownRuleIds: readonly string[]): LoadedConfig {
  const present = (name: string): boolean => lstatSync(path.join(cwd, name), { throwIfNoEntry: false }) !== undefined
  const candidate = explicit ?? CONFIG_FILE_NAMES.find(present)
  if (candidate === undefined) return { config: DEFAULT_CONFIG, diagnostics: [] }
  const read = readSettings(cwd, candidate)
  if (read === undefined) throw new Error(`config file not found: ${candidate}`)
  const { file } = read
  const at = (ruleId: string, message: string): Diagnostic => settingsProblem(file, ruleId, message)
  if (read.refusal) return { config: DEFAULT_CONFIG, file, diagnostics: [at(read.refusal.ruleId, read.refusal.reason)] }
  return settingsFromBytes(read.bytes, file, knownRuleIds)
}

/** The settings file `candidate` read, with its path from `cwd`; undefined when there is none. */
function readSettings(cwd: string, candidate: string): (ReturnType<typeof readGuarded> & { file: string }) | undefined {
  const absolute = path.resolve(cwd, candidate)
  if (lstatSync(absolute, { throwIfNoEntry: false }) === undefined) return undefined
  const file = path.relative(cwd, absolute).split(path.sep).join('/')
  // Through the guarded reader like every config: a settings file that links out of the repository
  // (or to /dev/zero, a FIFO, a directory) is refused unread, so nothing of its target can be quoted.
  const root = file.startsWith('../') || path.isAbsolute(file) ? path.dirname(absolute) : cwd
  return { ...readGuarded(absolute, { root, maxBytes: MAX_SETTINGS_BYTES }), file }
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
  const found = settingsSecrets(file, text, parsed.doc)
  diagnostics.push(...found.diagnostics)
  const secrets = found.secrets
  if (!parsed.doc) return { config: DEFAULT_CONFIG, file, diagnostics, text, secrets }
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
  return { config, file, diagnostics, text, secrets }
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
 * Where the settings file that applies in `cwd` is looked for, in order (relative to `cwd`): each of
 * CONFIG_FILE_NAMES in `cwd`, then in each folder above it up to the root of the git work tree it is
 * in (so running in a sub-folder of a repository uses the repository's settings); outside a work
 * tree, `cwd` only.
 */
export function settingsCandidates(cwd: string): string[] {
  const start = path.resolve(cwd)
  const folders = foldersUpToWorkTree(start) ?? [start]
  return folders.flatMap((dir) =>
    CONFIG_FILE_NAMES.map((name) => path.relative(start, path.join(dir, name)).split(path.sep).join('/'))
  )
}

/** The settings file that applies in `cwd` (the first of settingsCandidates present), or undefined. */
export function findSettingsFile(cwd: string): string | undefined {
  return settingsCandidates(cwd).find(
    (file) => lstatSync(path.resolve(cwd, file), { throwIfNoEntry: false }) !== undefined
  )
}

/** One thing a settings file does that the defaults do not: what it does, and to what. */
interface PolicyItem {
  does: string
  what: string
}

/**
 * Everything a settings file changes from the defaults, item by item: files and servers it leaves
 * out, rules it turns off or re-grades, findings it suppresses, the strict preset, the tool lock's
 * place and severities. Values from the file are quoted and cut (the formatters escape them).
 */
function policyItems(config: Config, secrets: Iterable<string>): PolicyItem[] {
  // Masked before it is cut: a cut credential no longer matches its mask.
  const quote = (value: string): string => {
    const item = redact(value, secrets)
    return `"${item.length > 100 ? `${item.slice(0, 99)}…` : item}"`
  }
  const items: PolicyItem[] = []
  const add = (does: string, ...what: string[]): number => items.push({ does, what: what.join(' ') })
  for (const glob of config.ignore) add('leaves out files matching', quote(glob))
  for (const [id, level] of Object.entries(config.rules)) if (level === 'off') add('turns off', quote(id))
  for (const [id, level] of Object.entries(config.rules)) if (level !== 'off') add('sets', quote(`${id}: ${level}`))
  for (const server of config.ignoreServers) add('skips the servers', quote(server))
  for (const s of config.suppressions ?? [])
    add(
      'suppresses',
      quote(s.rule),
      ...(s.file ? ['in', quote(s.file)] : []),
      ...(s.server ? ['for', quote(s.server)] : []),
      ...(s.until ? ['until', s.until] : [])
    )
  if (config.preset === 'strict') add('runs the strict preset')
  const lock = config.lock ?? DEFAULT_LOCK_SETTINGS
  if (lock.path !== DEFAULT_LOCK_SETTINGS.path) add('keeps the tool lock in', quote(lock.path))
  for (const [kind, level] of Object.entries(lock.changes))
    if (level !== DEFAULT_LOCK_SETTINGS.changes[kind as keyof LockSettings['changes']])
      add("sets the tool lock's", quote(`${kind}: ${level}`))
  return items
}

/** Items in words, grouped by what they do: `leaves out files matching "a", "b"; turns off "c"`. */
function describeItems(items: readonly PolicyItem[]): string[] {
  const groups = new Map<string, string[]>()
  for (const { does, what } of items) groups.set(does, [...(groups.get(does) ?? []), ...(what ? [what] : [])])
  return [...groups].map(([does, whats]) => {
    const listed = whats.slice(0, 20).join(', ') + (whats.length > 20 ? ` and ${whats.length - 20} more` : '')
    return listed ? `${does} ${listed}` : does
  })
}

/** A settings file as a pull request has it, or as its base commit had it. */
export interface SettingsAt {
  file: string
  text?: string
  config: Config
}

/** What the base commit held where the settings file is looked for. */
export type BaseSettings =
  { status: 'found'; settings: SettingsAt } | { status: 'absent' } | { status: 'unknown'; reason: string }

/**
 * The sentence a reviewer must see when the pull request changes mcpcop's settings: its settings
 * file is new, differs from the base branch's or takes another's place (with all it now does, and
 * what the base's did that it no longer does), or the base's settings file is removed (with what it
 * did); or it could not be compared. Undefined when nothing changed, or nothing is known of a base
 * (not a pull request). `secrets`: the credentials either settings file holds, masked in what the note quotes.
 */
export function settingsChangeNote(
  head: SettingsAt | undefined,
  base: BaseSettings | undefined,
  secrets: Iterable<string> = []
): string | undefined {
  if (!base) return undefined
  const masks = [...secrets]
  const now = head ? policyItems(head.config, masks) : []
  const before = base.status === 'found' ? policyItems(base.settings.config, masks) : []
  const key = (item: PolicyItem): string => `${item.does}\u0000${item.what}`
  const kept = new Set(now.map(key))
  const dropped = before.filter((item) => !kept.has(key(item)))
  const noLonger = dropped.length > 0 ? `it no longer ${describeItems(dropped).join(', nor ')}` : undefined
  if (!head) {
    if (base.status !== 'found' || noLonger === undefined) return undefined
    return `The settings file ${base.settings.file} is removed in this pull request: the default settings apply, and ${noLonger}.`
  }
  // The same file doing the same (reformatted, a reason reworded): nothing for the reviewer.
  if (
    base.status === 'found' &&
    base.settings.file === head.file &&
    dropped.length === 0 &&
    now.length === before.length
  )
    return undefined
  if (base.status === 'unknown' && now.length === 0) return undefined
  const state =
    base.status === 'absent'
      ? 'is new in this pull request'
      : base.status === 'unknown'
        ? `could not be compared with the base branch (${base.reason})`
        : base.settings.file !== head.file
          ? `is new in this pull request and takes the place of ${base.settings.file}`
          : 'differs from the base branch'
  const effects = now.length > 0 ? [`it ${describeItems(now).join('; ')}`] : []
  if (noLonger) effects.push(noLonger)
  if (effects.length === 0) effects.push('it leaves nothing out and turns nothing off')
  return `The settings file ${head.file} ${state}: ${effects.join('; ')}.`
}
