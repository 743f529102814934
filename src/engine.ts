import path from 'node:path'
import {
  findSettingsFile,
  ignoredFiles,
  isIgnoredServer,
  loadConfig,
  prepareSettings,
  DEFAULT_CONFIG,
  type Config,
  type LoadedConfig
} from './config.js'
import { discover, gitIgnoreCheck, PATH_NOT_UTF8, type Candidate, type FolderListings } from './discover.js'
// For the comparison with a base: a second importer of discovery, in another chunk, kept this module out of the
// linter chunk's joined modules (bundle.test.ts).
export { PATH_NOT_UTF8 }
import { withEvidence } from './evidence.js'
import { compareDiagnostics, toDiagnostic, type Finding } from './finding.js'
import { hostById, hostsForPath, profileOf } from './hosts/index.js'
import type { FileContext, HostAdapter, Syntax } from './hosts/types.js'
import { loadParsers, parseDocument, prefetchParsers } from './parse/index.js'
import { isRuleOff } from './presets.js'
import type { ParseProblem } from './parse/problem.js'
import { LineIndex, lazyKeyRange, type ParsedDocument } from './parse/source.js'
import {
  decodeConfigBytes,
  existsInside,
  isFileOrLink,
  readConfigFileSync,
  readTextInside,
  type InsideCache
} from './read.js'
import { knownRuleIds } from './diagnostics.js'
import { RULES } from './rules/index.js'
import type { FileRuleContext, Rule, RuleFile, RuleReport } from './rules/types.js'
import { DocumentStrings } from './rules/support/document.js'
import { validateDocument } from './schema/validate.js'
import { loadValidators, prefetchValidators, validatorFor, ValidatorNotLoaded } from './schema/validators.js'
import type { SchemaId } from './schema/compiled/index.js'
import { maskDiagnostic } from './mask.js'
import { fillMessage } from './message-template.js'
import { variableNameSecret } from './rules/hardcoded-secret.js'
import { textSecretDiagnostics } from './settings-secrets.js'
import {
  fileSecrets,
  loadSecretRules,
  mayHoldSecret,
  secretRulesLoaded,
  textSecrets,
  writtenSecretForms
} from './secrets.js'
import type { Diagnostic, FileReport, HostId, PointerPath, Range, Report, Server } from './types.js'

/** What to check. */
export interface LintOptions {
  /** Files, directories and globs; default the working directory. */
  paths: string[]
  cwd: string
  /** Force a host format for explicitly named files with unusual names. */
  host?: string
  /** A config file to use instead of looking for `.mcpcop.json`/`.yaml` in `cwd`. */
  config?: string
  /**
   * The files to check, found by the caller instead of by discovering `paths` (`mcpcop doctor`
   * lists each host's user-level files); each may name the host that reads it.
   */
  files?: FileToCheck[]
  /** Settings to use instead of a settings file. */
  settings?: Config
  /** Called after each file is checked but the last (the CLI and the action hold the young generation's size there). */
  afterFile?: () => void
}

/** A file found by the caller, read as `host` (default: the hosts whose patterns match `matchPath`). */
export interface FileToCheck extends Candidate {
  host?: HostId
}

/** Outcome of checking one file: its report line, diagnostics and normalised servers. */
export interface FileResult {
  file: FileReport
  diagnostics: Diagnostic[]
  servers: Server[]
  /** The parsed file, for rules; absent when it could not be parsed. */
  parsed?: RuleFile
  /** Secrets found in the file: in its text, and (parsed) in its values; set once its own rules ran. */
  secrets?: string[]
  /** The per-file rules' diagnostics, made as soon as the file is checked (see `settleFile`). */
  ruleDiagnostics?: Diagnostic[]
  /** Parses the file again, for positions asked of it after its position maps were released. */
  reparse?: () => ParsedDocument | undefined
}

/** The whole run (without dry-run results). */
export interface LintResult {
  report: Report
  servers: Server[]
  /** Inputs that matched no file. */
  missing: string[]
  /**
   * Configs found (or named) that the settings' `ignore` leaves out, with whether the user named them: a
   * named file that is not checked, or a folder whose every config is ignored, is told, not taken for absent.
   */
  ignored?: { path: string; explicit: boolean }[]
  /** Each checked file's text, by path, for code frames. */
  sources: Map<string, string>
  /**
   * Configs refused because their path is not UTF-8 (as decoded, with U+FFFD): Node cannot open them by
   * name, so neither can a comparison with the base, where the same bytes name them.
   */
  pathsNotUtf8?: Set<string>
  /** Configs checked because another config names them (a plugin's file of servers), not found by a host's pattern. */
  referenced?: Set<string>
  /** Every credential-looking value found, already masked in the report; shells register them as secrets. */
  secrets: Set<string>
  config: Config
  /** The settings file read, relative to the working directory (undefined when none). */
  settingsFile?: string
  /** The folder the settings' globs and `path#server` names are relative to (from the working directory). */
  settingsDir?: string
  /** The settings file that was read (its path from the working directory, and its text). */
  settings?: { file: string; text?: string }
}

/** Thrown for problems with how the tool was called (exit code 2), never for problems in configs. */
export class UsageError extends Error {}

/**
 * Finds, reads, parses, validates and checks every config under the given paths. Never throws
 * because of a file's content: every problem becomes a diagnostic and the other files are still checked.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const forced = options.host === undefined ? undefined : hostById(options.host)
  if (options.host !== undefined && !forced) throw new UsageError(`unknown host "${options.host}"`)
  let loaded
  try {
    // In a sub-folder of a repository, the repository's settings file applies.
    const settingsFile = options.settings ? undefined : (options.config ?? findSettingsFile(options.cwd))
    if (!options.settings) await prepareSettings(options.cwd, settingsFile)
    loaded = options.settings
      ? { config: options.settings, diagnostics: [] }
      : loadConfig(options.cwd, settingsFile, knownRuleIds())
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { config } = loaded
  const { candidates, missing, listings }: { candidates: FileToCheck[]; missing: string[]; listings?: FolderListings } =
    options.files ? { candidates: options.files, missing: [] } : await discover(options.paths, options.cwd)
  // Rules ask about the same paths file after file (a script, the project folder): answered once each,
  // and a folder proven real on the way to one answer is not looked at again for the next.
  const existing = new Map<string, boolean>()
  const tree: InsideCache = new Map()
  // A file discovery found (and did not refuse) is there: whether its path stays inside or leads out, the answer
  // is yes. One git listed is known to be there once it is read (`unseen`).
  if (!options.files)
    for (const candidate of candidates) if (!candidate.refused && !candidate.unseen) existing.set(candidate.path, true)
  const exists = (relative: string): boolean => {
    let answer = existing.get(relative)
    if (answer === undefined) {
      // A name absent from a folder discovery listed is absent: no system call (a plugin's manifest beside each .mcp.json).
      answer = listings?.absent(path.resolve(options.cwd, relative)) ? false : existsInside(options.cwd, relative, tree)
      if (existing.size < 100_000) existing.set(relative, answer)
      if (tree.size > 100_000) tree.clear()
    }
    return answer
  }
  // A found settings file's globs and `path#server` names are relative to the folder it is in.
  const settingsDir =
    options.config === undefined && loaded.file ? path.dirname(path.resolve(options.cwd, loaded.file)) : options.cwd
  const fromSettings = answeredOnce((file: string): string =>
    path.relative(settingsDir, path.resolve(options.cwd, file)).split(path.sep).join('/')
  )
  const ignored = ignoredFiles(config)
  const isIgnored = (file: string): boolean => config.ignore.length > 0 && ignored(fromSettings(file))

  const results: FileResult[] = []
  const sources = new Map<string, string>()
  // git is not asked while files are checked: a file whose rules asked about a path git has not answered
  // yet is checked again at the end, once one git process has answered every such path of the run.
  const gitIgnore = gitIgnoreCheck(options.cwd)
  let unanswered = 0
  const ignoredByGit =
    gitIgnore &&
    ((relative: string): boolean => {
      const answer = gitIgnore.known(relative)
      if (answer === undefined) unanswered++
      return answer ?? false
    })
  const rules = activeRules(RULES, config)
  // The syntaxes whose parsers this run has loaded.
  const parsersLoaded = new Set<Syntax>()
  // Another file an adapter asks to read (Claude Code's plugin marketplace): guarded, inside the working folder, once each.
  const otherFiles = new Map<string, string | undefined>()
  const readOther = (relative: string): string | undefined => {
    if (otherFiles.has(relative)) return otherFiles.get(relative)
    const text = exists(relative) ? readTextInside(path.resolve(options.cwd, relative), options.cwd) : undefined
    if (otherFiles.size >= 1000) otherFiles.clear()
    otherFiles.set(relative, text)
    return text
  }
  const ignoredConfigs: { path: string; explicit: boolean }[] = []
  const pathsNotUtf8 = new Set<string>()
  const hostsOf = (candidate: FileToCheck): readonly HostAdapter[] => {
    const named = candidate.host === undefined ? undefined : hostById(candidate.host)
    if (named) return [named]
    if (forced && candidate.explicit) return [forced]
    return candidate.hosts ?? hostsForPath(candidate.matchPath)
  }
  const checked = candidates.filter((candidate) => {
    if (!isIgnored(candidate.path)) return true
    if (!candidate.unseen || isFileOrLink(candidate.absolute))
      ignoredConfigs.push({ path: candidate.path, explicit: candidate.explicit })
    return false
  })
  const hostsByCandidate = checked.map(hostsOf)
  prefetchCode(checked, hostsByCandidate)
  // A file another file makes its host read (a plugin's file of servers) is checked once, after those found.
  let checkedPaths: Set<string> | undefined
  const referenced = new Set<string>()
  const addReferenced = (file: RuleFile): void => {
    const references = file.host.references?.(file.doc.value, { path: file.path, exists, read: readOther }) ?? []
    for (const reference of references) {
      checkedPaths ??= new Set(candidates.map((candidate) => candidate.path))
      // Absent: the adapter says so at the reference. Leading outside: read below, and refused by the reader.
      if (checkedPaths.has(reference.path) || !exists(reference.path)) continue
      checkedPaths.add(reference.path)
      referenced.add(reference.path)
      const host = hostById(reference.host)
      if (!host) continue
      if (isIgnored(reference.path)) {
        ignoredConfigs.push({ path: reference.path, explicit: false })
        continue
      }
      checked.push({
        path: reference.path,
        absolute: path.resolve(options.cwd, reference.path),
        explicit: false,
        matchPath: reference.path,
        root: path.resolve(options.cwd, reference.root),
        host: reference.host
      })
      hostsByCandidate.push([host])
    }
  }
  for (const [index, candidate] of checked.entries()) {
    const context: FileContext = { path: candidate.path, exists, read: readOther }
    const hosts = hostsByCandidate[index] ?? []
    if (candidate.notChecked) {
      results.push(fileProblem(candidate.path, null, 'file-unreadable', candidate.notChecked, 'warning'))
      continue
    }
    if (candidate.refused) {
      if (candidate.refused === PATH_NOT_UTF8) pathsNotUtf8.add(candidate.path)
      results.push(fileProblem(candidate.path, hosts[0]?.id ?? null, 'file-unreadable', candidate.refused))
      continue
    }
    if (hosts.length === 0) {
      if (candidate.explicit)
        results.push(
          fileProblem(
            candidate.path,
            null,
            'unknown-format',
            'no host reads a file with this name; pass --host to say which format it is in',
            'warning'
          )
        )
      continue
    }
    try {
      const read = readConfigFileSync(
        candidate.absolute,
        candidate.root,
        !!candidate.listed,
        !!candidate.unseen,
        candidate.maxBytes
      )
      // git listed it, but the work tree holds no file there now: as if it had not been listed.
      if (read === undefined) continue
      if (candidate.unseen) existing.set(candidate.path, true)
      // Each host's parser is loaded the first time one of its files is met, each validator the first time
      // a file needs it (and only then awaited: three awaits per file cost more than reading a small one).
      const syntaxes = hosts.map((host) => syntaxOf(host, candidate.path))
      if (syntaxes.some((syntax) => !parsersLoaded.has(syntax))) {
        await loadParsers(syntaxes)
        for (const syntax of syntaxes) parsersLoaded.add(syntax)
      }
      // The vendor secret rules cost start-up time: loaded only once some file may hold what they find.
      if (read.text !== undefined && !secretRulesLoaded() && mayHoldSecret(read.text)) await loadSecretRules()
      let result = withValidators(() =>
        checkText(
          read.text,
          read.problems,
          hosts,
          context,
          candidate.explicit,
          'positionText' in read ? read.positionText : undefined
        )
      )
      if (result instanceof Promise) result = await result
      if (read.text !== undefined && result) sources.set(candidate.path, read.text)
      if (result) {
        if (result.parsed?.host.references) addReferenced(result.parsed)
        const before = unanswered
        results.push(settleFile(result, exists, rules, ignoredByGit))
        if (unanswered > before) result.ruleDiagnostics = undefined
      }
    } catch (error) {
      // A bug of ours on one file must not cost the other files their findings.
      results.push(
        fileProblem(
          candidate.path,
          hosts[0]?.id ?? null,
          'internal-error',
          `mcpcop failed on this file: ${String((error as Error)?.message ?? error).slice(0, 200)}`
        )
      )
    }
    // Between files: after the last one there is nothing left to tune for (a one-config run skips it whole).
    if (index < checked.length - 1) options.afterFile?.()
  }
  gitIgnore?.answerPending()
  return {
    ...finish(results, config, exists, loaded, { missing, sources }, rules, fromSettings, gitIgnore?.ignored),
    ...(loaded.file === undefined ? {} : { settings: { file: loaded.file, text: loaded.text } }),
    ...(ignoredConfigs.length > 0 ? { ignored: ignoredConfigs } : {}),
    ...(pathsNotUtf8.size > 0 ? { pathsNotUtf8 } : {}),
    ...(referenced.size > 0 ? { referenced } : {}),
    settingsFile: loaded.file,
    settingsDir: path.relative(options.cwd, settingsDir).split(path.sep).join('/') || '.'
  }
}

/**
 * The rules whose findings the settings keep: a rule that is off is not run at all, unless it
 * supersedes a built-in diagnostic (its findings drop that diagnostic even when they are not shown).
 */
function activeRules(rules: readonly Rule[], config: Config): readonly Rule[] {
  return rules.filter((rule) => !isRuleOff(rule.id, config) || (rule.supersedes?.length ?? 0) > 0)
}

/**
 * Runs a check, and again once each validator it asked for and found not loaded is loaded: which of a
 * host's schemas a file needs (its version, its form) is known only once it is parsed, and a run loads
 * only those its files need. Synchronous while every validator it needs is loaded (nearly every file).
 */
function withValidators<T>(check: () => T): T | Promise<T> {
  try {
    return check()
  } catch (error) {
    if (!(error instanceof ValidatorNotLoaded)) throw error
    return loadValidators([error.schema]).then(() => withValidators(check))
  }
}

/**
 * Starts loading the parsers and the default validators of the hosts these files are for, while the
 * first files are checked: Node 20 reads a module's file asynchronously, and a run that met a new host
 * would otherwise wait for each such read in turn. A host whose files need another of its schemas
 * (`schemaFor`) has only its usual one loaded ahead (`usualSchema`), the others when a file asks for them.
 */
function prefetchCode(candidates: readonly FileToCheck[], hostsByCandidate: readonly (readonly HostAdapter[])[]): void {
  const syntaxes = new Set<Syntax>()
  const schemas = new Set<SchemaId>()
  candidates.forEach((candidate, index) => {
    if (candidate.refused) return
    for (const host of hostsByCandidate[index] ?? []) {
      syntaxes.add(syntaxOf(host, candidate.path))
      const schema = host.schemaFor ? host.usualSchema : host.schemas[0]
      if (schema !== undefined) schemas.add(schema)
    }
  })
  prefetchParsers(syntaxes)
  prefetchValidators(schemas)
}

/** The syntax a host reads one of its files with. */
function syntaxOf(host: HostAdapter, file: string): Syntax {
  return host.syntaxFor ? host.syntaxFor(file) : host.syntax
}

/** A file as it is at another commit, for `lintSnapshot`. */
export interface SnapshotFile {
  /** Path relative to the working directory, with `/`. */
  path: string
  /** The file's content there; undefined with `refusal` when it could not be read. */
  bytes?: Uint8Array
  refusal?: { ruleId: string; reason: string }
  /** The host the file was checked as in the working tree, for a file no host pattern names (`--host`). */
  host?: string
  /**
   * Checked in the working tree because another config names it (`LintResult.referenced`): checked here only
   * if a config of the snapshot names it too, so that a pull request that starts naming it introduces its findings.
   */
  referenced?: boolean
}

export interface SnapshotOptions {
  files: readonly SnapshotFile[]
  /** The settings as they are in the snapshot. */
  settings: LoadedConfig
  /** The folder the settings' globs are relative to (from the working directory; default: the settings file's). */
  settingsDir?: string
  /** Whether a path relative to the working directory exists in the snapshot. */
  exists: (path: string) => boolean
}

/**
 * Checks files as they are somewhere other than the file system (the pull request's base commit),
 * with the same hosts, rules and settings logic as `lint`: what the check reported there.
 */
export async function lintSnapshot(options: SnapshotOptions): Promise<LintResult> {
  const { config } = options.settings
  // The settings file's globs and `path#server` names are relative to its folder, as in `lint`.
  const settingsDir = options.settingsDir ?? path.posix.dirname(options.settings.file ?? './x')
  const fromSettings = answeredOnce((file: string): string => path.posix.relative(settingsDir, file))
  const ignored = ignoredFiles(config)
  const isIgnored = (file: string): boolean => ignored(fromSettings(file))
  const results: FileResult[] = []
  const sources = new Map<string, string>()
  // The files configs name, as the snapshot's configs name them (those come first, the named files after).
  const namedFiles = new Set<string>()
  const files = [
    ...options.files.filter((file) => !file.referenced),
    ...options.files.filter((file) => file.referenced)
  ]
  for (const file of files) {
    if (isIgnored(file.path) || (file.referenced && !namedFiles.has(file.path))) continue
    let hosts = hostsForPath(file.path)
    const named = hosts.length === 0 && file.host !== undefined ? hostById(file.host) : undefined
    if (named) hosts = [named]
    if (hosts.length === 0) continue
    if (file.refusal || !file.bytes) {
      const refusal = file.refusal ?? { ruleId: 'file-unreadable', reason: 'the file could not be read' }
      results.push(fileProblem(file.path, hosts[0].id, refusal.ruleId, refusal.reason))
      continue
    }
    const read = decodeConfigBytes(file.bytes)
    try {
      await loadParsers(hosts.map((host) => syntaxOf(host, file.path)))
      const result = await withValidators(() =>
        checkText(
          read.text,
          read.problems,
          hosts,
          { path: file.path, exists: options.exists },
          named !== undefined,
          'positionText' in read ? read.positionText : undefined
        )
      )
      if (read.text !== undefined && result) sources.set(file.path, read.text)
      const parsed = result?.parsed
      const context = { path: file.path, exists: options.exists }
      for (const reference of parsed?.host.references?.(parsed.doc.value, context) ?? []) namedFiles.add(reference.path)
      if (result) results.push(result)
    } catch (error) {
      results.push(
        fileProblem(
          file.path,
          hosts[0].id,
          'internal-error',
          `mcpcop failed on this file: ${String((error as Error)?.message ?? error).slice(0, 200)}`
        )
      )
    }
  }
  return {
    ...finish(
      results,
      config,
      options.exists,
      options.settings,
      { missing: [], sources },
      activeRules(RULES, config),
      fromSettings
    ),
    settingsFile: options.settings.file
  }
}

/** Runs the rules over the parsed files, applies the config, masks secrets and builds the report. */
function finish(
  results: FileResult[],
  config: Config,
  exists: (p: string) => boolean,
  settings: Pick<LoadedConfig, 'diagnostics' | 'secrets'>,
  rest: Pick<LintResult, 'missing' | 'sources'>,
  rules: readonly Rule[] = RULES,
  fromSettings: (file: string) => string = (file) => file,
  ignoredByGit?: (p: string) => boolean
): LintResult {
  for (const result of results) if (!result.ruleDiagnostics) settleFile(result, exists, rules, ignoredByGit)
  const parsed = results.flatMap((r) => (r.parsed ? [r.parsed] : []))
  const reparsers = new Map<RuleFile, () => ParsedDocument | undefined>()
  for (const result of results) if (result.parsed && result.reparse) reparsers.set(result.parsed, result.reparse)
  const ruleDiagnostics = [
    ...results.flatMap((r) => r.ruleDiagnostics ?? []),
    ...runProjectRules(parsed, rules, reparsers)
  ]
  // What the cross-file rules' findings parsed again for their positions is let go of again.
  for (const result of results) if (result.reparse) result.parsed?.doc.compact(result.reparse)
  const diagnostics = [
    ...settings.diagnostics,
    ...withoutSuperseded(
      results.flatMap((r) => r.diagnostics),
      ruleDiagnostics,
      rules
    ),
    ...ruleDiagnostics
  ]
  // The settings file's too: findings about it quote it.
  const secrets = new Set<string>(settings.secrets)
  for (const result of results) for (const secret of result.secrets ?? []) secrets.add(secret)
  const ignoresServers = config.ignoreServers.length > 0
  const kept = diagnostics
    .filter(
      (d) =>
        !isRuleOff(d.ruleId, config) &&
        !(ignoresServers && isIgnoredServer(config, fromSettings(d.file), d.server, d.ruleId))
    )
    .map((d) => {
      const level = config.rules[d.ruleId]
      const masked = maskDiagnostic(d, secrets)
      return level && level !== 'off' ? { ...masked, severity: level } : masked
    })
    .sort(compareDiagnostics)
  const servers = results
    .flatMap((r) => r.servers)
    .filter((s) => !(ignoresServers && isIgnoredServer(config, fromSettings(s.file), s.name)))
  return {
    report: { version: 1, files: results.map((r) => r.file), diagnostics: kept, servers: [] },
    servers,
    secrets,
    config,
    ...rest
  }
}

/**
 * A path function that computes each answer once: the run asks where a file is from the settings' folder
 * for the file, and again for each of its findings and servers (`path.relative` costs ~10 µs a call).
 */
function answeredOnce(relativePath: (file: string) => string): (file: string) => string {
  const answers = new Map<string, string>()
  return (file) => {
    let answer = answers.get(file)
    if (answer === undefined) {
      answer = relativePath(file)
      answers.set(file, answer)
    }
    return answer
  }
}

/** Drops built-in diagnostics that a rule reported better (see `Rule.supersedes`). */
function withoutSuperseded(
  builtIn: Diagnostic[],
  fromRules: Diagnostic[],
  rules: readonly Rule[] = RULES
): Diagnostic[] {
  const covered = new Set<string>()
  for (const d of fromRules) {
    for (const entry of rules.find((r) => r.id === d.ruleId)?.supersedes ?? []) {
      const [id, scope] = entry.split('@')
      if (scope === 'server') {
        if (d.server !== undefined) covered.add(`${id}|${d.file}|server:${d.server}`)
      } else if (scope === 'file') covered.add(`${id}|${d.file}|file`)
      else covered.add(`${id}|${d.file}|${d.line}|${d.column}`)
    }
  }
  if (covered.size === 0) return builtIn
  return builtIn.filter(
    (d) =>
      !covered.has(`${d.ruleId}|${d.file}|${d.line}|${d.column}`) &&
      !(d.server !== undefined && covered.has(`${d.ruleId}|${d.file}|server:${d.server}`)) &&
      !(d.server === undefined && covered.has(`${d.ruleId}|${d.file}|file`))
  )
}

/**
 * Finishes one checked file as soon as it is checked: its per-file rules' diagnostics and the secrets
 * it holds (comments too: a code frame may show them); then it lets go of the file's position maps,
 * so a run over many files holds one file's at a time. A failing rule is reported, not thrown.
 */
function settleFile(
  result: FileResult,
  exists: (p: string) => boolean,
  rules: readonly Rule[],
  ignoredByGit?: (p: string) => boolean
): FileResult {
  const file = result.parsed
  result.ruleDiagnostics = []
  if (!file) return result
  const out = result.ruleDiagnostics
  // What every rule may ask of the document (its strings, each server's), found once and dropped with the
  // file: what rules derive from it (launches, placeholders) is kept by it, so it lives as long too.
  const strings = new DocumentStrings(file.doc, file.servers)
  const { host, profile, doc, servers } = file
  const context: FileRuleContext = { path: file.path, host, profile, doc, servers, exists, ignoredByGit, strings }
  // By index: this runs per rule of every file (~40), where a `for…of` allocates an iterator and a result per
  // step until V8 optimises it; most rules report nothing.
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]
    if (!rule.checkFile) continue
    try {
      const reports = rule.checkFile(context)
      for (let i = 0; i < reports.length; i++) out.push(fromRuleReport(rule, file, reports[i]))
    } catch (error) {
      out.push(
        toDiagnostic(file.path, {
          ruleId: 'internal-error',
          severity: 'error',
          message: `rule ${rule.id} failed on this file: ${(error as Error).message}`,
          range: file.doc.locate([])
        })
      )
    }
  }
  const all = strings.all
  const secrets = fileSecrets(all, file.doc.text, new Set(result.secrets), file.doc.jsonText)
  // What the rule reports beyond the scans (a variable name that is a token) is masked too. By index: a loop
  // per string of every file, where a `for…of` allocates a result per step until V8 optimises it.
  for (let i = 0; i < all.length; i++) {
    const asName = all[i].isKey ? variableNameSecret(all[i]) : undefined
    if (asName) secrets.add(asName.value)
  }
  // A secret written with escapes is masked as written too: code frames show the text.
  for (const form of writtenSecretForms(secrets, all, file.doc.text, (at) => file.doc.span(at))) secrets.add(form)
  result.secrets = [...secrets]
  if (result.reparse) file.doc.compact(result.reparse)
  return result
}

/** The cross-file rules over every parsed file; a failing rule is reported, not thrown. */
function runProjectRules(
  files: RuleFile[],
  rules: readonly Rule[] = RULES,
  reparsers: ReadonlyMap<RuleFile, () => ParsedDocument | undefined> = new Map()
): Diagnostic[] {
  const out: Diagnostic[] = []
  const byPath = new Map<string, RuleFile>()
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file)
  for (const rule of rules) {
    if (!rule.checkProject) continue
    try {
      const reports = rule.checkProject({ files })
      // A released file parsed again for its findings' positions is let go of after its last one, so
      // the run holds one such file at a time, not every file with a cross-file finding.
      const last = new Map<RuleFile, number>()
      reports.forEach((report, index) => {
        const file = byPath.get(report.file)
        if (file) last.set(file, index)
      })
      reports.forEach((report, index) => {
        const file = byPath.get(report.file)
        if (!file) return
        out.push(fromRuleReport(rule, file, report))
        const reparse = reparsers.get(file)
        if (reparse && last.get(file) === index) file.doc.compact(reparse)
      })
    } catch (error) {
      const first = files[0]
      if (first)
        out.push(
          toDiagnostic(first.path, {
            ruleId: 'internal-error',
            severity: 'error',
            message: `rule ${rule.id} failed: ${(error as Error).message}`,
            range: first.doc.locate([])
          })
        )
    }
  }
  return out
}

function fromRuleReport(rule: Rule, file: RuleFile, report: RuleReport): Diagnostic {
  const range: Range = isRange(report.at) ? report.at : file.doc.locate(report.at, report.key ?? false)
  const finding: Finding = {
    ruleId: rule.id,
    severity: report.severity ?? rule.defaultSeverity,
    message: ruleMessage(rule, report),
    range
  }
  if (report.server !== undefined) finding.server = report.server
  if (report.messageId !== undefined) {
    finding.messageId = report.messageId
    finding.data = { ...report.data }
  }
  if (report.help !== undefined) finding.help = report.help
  return withEvidence(toDiagnostic(file.path, finding), evidenceAt(file.doc, report.at))
}

/** The value a report points at when it is one (a string, number or boolean), or the text of its range. */
function evidenceAt(doc: ParsedDocument, at: RuleReport['at']): string | undefined {
  if (isRange(at)) {
    const lines = doc.lines
    return doc.text.slice(
      lines.lineStart(at.start.line) + at.start.column - 1,
      lines.lineStart(at.end.line) + at.end.column - 1
    )
  }
  let value: unknown = doc.value
  for (let i = 0; i < at.length && value !== null && typeof value === 'object'; i++)
    value = Object.hasOwn(value, at[i]) ? (value as Record<string | number, unknown>)[at[i]] : undefined
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined
}

/** The sentence of a report: its rule's message template with the report's data filled in (`{{name}}`). */
export function ruleMessage(
  rule: Pick<Rule, 'id' | 'messages'>,
  report: Pick<RuleReport, 'message' | 'messageId' | 'data'>
): string {
  if (report.messageId === undefined) {
    if (report.message === undefined) throw new Error(`rule ${rule.id} reported neither a message nor a messageId`)
    return report.message
  }
  const template = rule.messages?.[report.messageId]
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${report.messageId}"`)
  try {
    return fillMessage(template, report.data)
  } catch (error) {
    throw new Error(`rule ${rule.id} message "${report.messageId}" ${(error as Error).message}`, { cause: error })
  }
}

/** A parser's or reader's problems as diagnostics, each placed by its offset in the text. */
function problemDiagnostics(file: string, problems: readonly ParseProblem[], lines: LineIndex): Diagnostic[] {
  return problems.map(({ offset, length, ...problem }) =>
    toDiagnostic(file, { ...problem, range: lines.range(offset, length) })
  )
}

function isRange(at: RuleReport['at']): at is Range {
  return !Array.isArray(at)
}

/**
 * Checks one file's text against the first of `hosts` that claims it. Pure: all it knows of the
 * file system is `context.exists`. Returns undefined for a discovered file no host claims.
 */
export function checkText(
  text: string | undefined,
  readProblems: ParseProblem[],
  hosts: readonly HostAdapter[],
  context: FileContext,
  explicit: boolean,
  positionText?: string
): FileResult | undefined {
  const located = (problems: ParseProblem[], source: string): Diagnostic[] =>
    problemDiagnostics(context.path, problems, new LineIndex(source))
  const primary = hosts[0]
  // A file that cannot be parsed is still scanned for credentials, as text.
  const unparsed = (source: string, problems: ParseProblem[], host: HostAdapter): FileResult => {
    return {
      file: { path: context.path, host: host.id, servers: [] },
      diagnostics: [...located(problems, source), ...textSecretDiagnostics(context.path, source)],
      servers: [],
      secrets: textSecrets(source)
    }
  }
  if (text === undefined) return unparsed(positionText ?? '', readProblems, primary)
  for (const [index, host] of hosts.entries()) {
    const parsed = parseDocument(text, host.syntaxFor ? { ...host, syntax: host.syntaxFor(context.path) } : host)
    const isLast = index === hosts.length - 1
    if (!parsed.doc) {
      // A file that cannot be parsed is reported when its name is unambiguous, it was named, or its text may
      // hold what its host claims.
      if (host.claims && !(explicit && isLast) && !host.claimsText?.(text)) {
        if (isLast) return undefined
        continue
      }
      return unparsed(text, [...readProblems, ...parsed.problems], host)
    }
    if (host.claims && !host.claims(parsed.doc.value) && !(explicit && isLast)) {
      if (isLast) return undefined
      continue
    }
    const problems = readProblems.length === 0 ? parsed.problems : [...readProblems, ...parsed.problems]
    const result = checkDocument(parsed.doc, problems, host, context)
    result.reparse = reparser(text, host.syntaxFor ? { name: host.name, syntax: host.syntaxFor(context.path) } : host)
    return result
  }
  return undefined
}

/**
 * Parses a file's text again for positions asked of it after they were released. A function of its own,
 * so that what it keeps alive for the rest of the run is the text and the host, not the whole check's scope.
 */
function reparser(text: string, host: Parameters<typeof parseDocument>[1]): () => ParsedDocument | undefined {
  return () => parseDocument(text, host).doc
}

function checkDocument(
  doc: ParsedDocument,
  problems: ParseProblem[],
  host: HostAdapter,
  context: FileContext
): FileResult {
  let servers: Server[] = []
  const findings: Finding[] = []
  try {
    servers = host.normalise(doc.value, context)
    // Found when a finding or the dry run reads it: most files are never reported on at a server's key.
    for (const server of servers) server.keyRange = lazyKeyRange(doc, server.pointer)
    const serverAt = (at: PointerPath): string | undefined =>
      servers.find((s) => s.pointer.every((segment, i) => String(at[i]) === String(segment)))?.name
    findings.push(
      ...validateDocument(validatorFor(host.schemaFor?.(doc.value, context) ?? host.schemas[0]), doc, {
        unknownKeySeverity: host.unknownKeySeverity ?? 'warning',
        hostName: host.name,
        serverAt,
        // Hosts whose files are filled in by a release script take template markers in any value.
        templates: host.profile.placeholders.syntaxes.includes('registry-variable')
      })
    )
    // A host's own unknown-key finding explains the schema's at the same key better: keep one.
    const own = host.check?.(doc, context) ?? []
    // Most hosts find nothing of their own in most files: then no finding is explained.
    if (own.length > 0) {
      const explained = new Set(
        own
          .filter((f) => f.ruleId === 'schema-unknown-key')
          .map((f) => `${f.ruleId}|${f.range.start.line}:${f.range.start.column}`)
      )
      for (let i = findings.length - 1; i >= 0; i--)
        if (explained.has(`${findings[i].ruleId}|${findings[i].range.start.line}:${findings[i].range.start.column}`))
          findings.splice(i, 1)
      findings.push(...own)
    }
  } catch (error) {
    // The engine loads the validator and checks the file again.
    if (error instanceof ValidatorNotLoaded) throw error
    // A bug of ours must not hide the other files' findings: report it where it happened.
    findings.push({
      ruleId: 'internal-error',
      severity: 'error',
      message: `mcpcop failed on this file: ${(error as Error).message}`,
      range: doc.locate([])
    })
  }
  // The line index is built only for problems to place (the findings' ranges are already placed).
  const diagnostics = findings.map((f) => toDiagnostic(context.path, f))
  if (problems.length > 0) diagnostics.unshift(...problemDiagnostics(context.path, problems, doc.lines))
  return {
    file: { path: context.path, host: host.id, servers: servers.map((s) => s.name) },
    diagnostics: diagnostics.sort(compareDiagnostics),
    servers,
    parsed: { path: context.path, host, profile: profileOf(host, context, doc.value), doc, servers }
  }
}

function fileProblem(
  file: string,
  host: FileReport['host'],
  ruleId: string,
  message: string,
  severity: Diagnostic['severity'] = 'error'
): FileResult {
  return {
    file: { path: file, host, servers: [] },
    diagnostics: [{ ruleId, severity, message, file, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    servers: []
  }
}

export interface CheckContentOptions {
  host?: string
  exists?: (p: string) => boolean
  /** The text of another file (see `FileContext.read`). */
  read?: (p: string) => string | undefined
  config?: Config
  /** The semantic rules to run (default: all); `[]` checks parsing and the host's schema only. */
  rules?: readonly Rule[]
}

/**
 * Checks in-memory content as if it were the file at `filePath`, rules included (for tests and
 * editor integrations). Returns undefined when no host reads a file of that name. Callers load the
 * validators and parsers first (`loadAllValidators`, `loadAllParsers`), as they load the secret rules.
 */
export function checkContent(
  filePath: string,
  content: string | Uint8Array,
  options: CheckContentOptions = {}
): FileResult | undefined {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const read = decodeConfigBytes(bytes)
  const forced = options.host === undefined ? undefined : hostById(options.host)
  const hosts = forced ? [forced] : hostsForPath(filePath)
  if (hosts.length === 0) return undefined
  const exists = options.exists ?? (() => false)
  const result = checkText(
    read.text,
    read.problems,
    hosts,
    { path: filePath, exists, ...(options.read ? { read: options.read } : {}) },
    forced !== undefined,
    'positionText' in read ? read.positionText : undefined
  )
  if (!result) return undefined
  const { report, servers } = finish(
    [result],
    options.config ?? DEFAULT_CONFIG,
    exists,
    { diagnostics: [] },
    { missing: [], sources: new Map() },
    activeRules(options.rules ?? RULES, options.config ?? DEFAULT_CONFIG)
  )
  return { ...result, diagnostics: report.diagnostics, servers }
}
