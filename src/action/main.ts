import * as core from '@actions/core'
import { appendFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DryRunOutput } from '../dryrun/index.js'
import { lint, type LintResult } from '../engine.js'
import { youngGenerationHolder } from '../young-generation.js'
import { readRunContext, type RunContext } from '../github/context.js'
import { reviewNotes } from '../github/review-notes.js'
import { MAX_FILE_BYTES } from '../read.js'
import { DEFAULT_LOCK_SETTINGS } from '../lock/settings.js'
import { ANNOTATIONS_PER_LEVEL, commandsStopped, planAnnotations, plainLine } from '../report/annotations.js'
import { formatJson } from '../report/json.js'
import { COMMENT_MAX_CHARS, formatMarkdown, SUMMARY_MAX_BYTES } from '../report/markdown.js'
import { formatStylish } from '../report/stylish.js'
import { countBySeverity, ignoredConfigNotes, plural, reachesFailLevel, type FailOn } from '../report/summary.js'
import { redact, redactDeep } from '../mask.js'
import type { Diagnostic, Report, Severity } from '../types.js'
import { VERSION } from '../version.js'
import { parseInputs, type ActionInputs } from './inputs.js'
import { lockChangesSection } from './lock-changes.js'
import { defaultScope, scopeFindings, type ScopedFindings } from './scope.js'
import { BaselineError, baselinePath, readBaseline, type LoadedBaseline } from '../baseline.js'
import { settle, summarizeSettled, type Settled } from '../settle.js'
import type { SettledSummary } from '../report/markdown.js'
import { valuesToMask } from './secrets.js'
import { writeGuarded } from '../write.js'

/**
 * The GitHub Action: reads inputs, lints (and dry-runs when asked), then reports everywhere a
 * reviewer looks: annotations on the exact ranges, the job summary, one sticky pull-request
 * comment, SARIF and a JSON report; sets outputs and fails the step exactly when findings reach
 * `fail-on`. Only reporting needs a token, and a missing or read-only one only skips the comment.
 */
export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const context = readRunContext()
    const cwd = process.env.GITHUB_WORKSPACE || process.cwd()
    const result = await lint({ paths: inputs.paths, cwd, config: inputs.config, afterFile: youngGenerationHolder() })
    // Masking only affects later output: register every secret before the first line is printed.
    const secrets = valuesToMask(result.secrets, result.servers)
    for (const secret of secrets) core.setSecret(secret)
    const messages = new StepMessages()
    if (result.missing.length > 0) messages.warning(`no such file, directory or match: ${result.missing.join(', ')}`)
    // A named file, or the workspace's every config, that the settings leave out is said so, not taken for absent.
    const ignoredNotes = ignoredConfigNotes(result.ignored ?? [], result.settingsFile, result.report.files.length)
    for (const note of ignoredNotes.named) messages.warning(note)
    if (ignoredNotes.noneChecked) messages.notice(ignoredNotes.noneChecked)
    const lintFindings = new Set(result.report.diagnostics)
    const dry = inputs.dryRun ? await dryRunStep(result, inputs, context, cwd) : {}
    const refusal = dry.refusal
    const baseline = loadBaselineStep(result, inputs, cwd, messages)
    const settled = settle(result, { baseline, dryRun: inputs.dryRun && refusal === undefined })
    // Dry-run findings are new when their server's entry is; the rest are matched with the base's lint.
    const dynamic = result.report.diagnostics.filter((d) => !lintFindings.has(d))
    const scoped = await scopeStep(result, settled, new Set(dynamic), inputs, context, cwd, messages)
    // What a reviewer must know besides the findings: settings the pull request brought, a dry run without isolation.
    const review = await reviewNotes(result, { cwd, env: process.env, fetchMissing: true }, dry.containment)
    const notes = [...(scoped.comparison?.notes ?? []), ...review]
    // A change that edits the tool lock shows the reviewer what it accepts, tool by tool.
    const lockSection = await lockChangesSection(context, cwd, result.config.lock ?? DEFAULT_LOCK_SETTINGS, core.info)
    const report = redactDeep({ ...result.report, diagnostics: scoped.reported }, secrets)
    const preexisting = redactDeep(scoped.preexisting, secrets)
    const failing = reachesFailLevel(report.diagnostics, inputs.failOn)

    logFindings(report, result.sources, secrets, preexisting.length, review)
    writeSummary(
      report,
      inputs,
      secrets,
      messages,
      scoped,
      preexisting,
      summarizeSettled(settled, result, baseline?.file),
      notes,
      lockSection
    )
    const reportFile = writeOutputFile(
      inputs.reportFile ?? defaultReportPath(),
      formatJson(scoped.comparison ? { ...report, preexisting } : report),
      cwd
    )
    const sarifFile = inputs.sarifFile
      ? writeOutputFile(
          inputs.sarifFile,
          (await import('../report/sarif.js')).formatSarif(report, { version: VERSION, secrets }),
          cwd
        )
      : ''
    const commentUrl = await commentStep(
      report,
      inputs,
      context,
      secrets,
      messages,
      scoped.comparison ? preexisting.length : undefined,
      redactDeep(scoped.newlyBaselined ?? [], secrets),
      notes,
      lockSection
    )
    // Last, so that the slots the messages above took are known and no finding is silently dropped.
    annotate(report, failing || refusal !== undefined || dry.interrupted !== undefined, messages.taken)

    const counts = countBySeverity(report.diagnostics)
    core.setOutput('errors', counts.error)
    core.setOutput('warnings', counts.warning)
    core.setOutput('notices', counts.notice)
    core.setOutput('preexisting', preexisting.length)
    core.setOutput('files', report.files.length)
    core.setOutput('servers-ok', report.servers.filter((s) => s.status === 'ok').length)
    core.setOutput('servers-failed', report.servers.filter((s) => s.status === 'failed').length)
    core.setOutput('report-file', reportFile)
    core.setOutput('sarif-file', sarifFile)
    core.setOutput('comment-url', commentUrl ?? '')

    // One error annotation slot was kept free for this message (see annotate).
    if (dry.interrupted) {
      core.setFailed(`mcpcop: interrupted (${dry.interrupted}) during the dry run; the report shows what finished`)
      process.exitCode = 2
    } else if (refusal) core.setFailed(refusal)
    else if (failing) core.setFailed(failureMessage(report, inputs.failOn))
  } catch (error) {
    core.setFailed(`mcpcop: ${(error as Error).message}`)
  }
}

/**
 * Dry-runs the servers into the report; returns the refusal when the run may not execute them, how
 * the servers were isolated, and the signal that interrupted the run.
 */
async function dryRunStep(
  result: LintResult,
  inputs: ActionInputs,
  context: RunContext,
  cwd: string
): Promise<{ refusal?: string; containment?: DryRunOutput['containment']; interrupted?: NodeJS.Signals }> {
  // Loaded only for a dry run: the MCP SDK and its schemas are most of the bundle.
  const { assertSafeDryRun, UnsafeDryRunError } = await import('../dryrun/guard.js')
  try {
    // Refuses a fork's configs in a privileged run before anything is started.
    assertSafeDryRun(context, { allowUntrustedDryRun: inputs.allowUntrustedDryRun })
  } catch (error) {
    if (!(error instanceof UnsafeDryRunError)) throw error
    return { refusal: error.message }
  }
  const { dryRun } = await import('../dryrun/index.js')
  const { mergeDryRun } = await import('../surface.js')
  const dry = await core.group(`mcpcop dry run: ${plural(result.servers.length, 'server')}`, () =>
    dryRun(result.servers, { cwd, timeoutMs: inputs.dryRunTimeoutMs, concurrency: inputs.dryRunConcurrency })
  )
  // With the repository config's severities, the surface rules over what the servers listed and the
  // tool lock, as in the CLI.
  mergeDryRun(result, dry, { cwd })
  return { containment: dry.containment, interrupted: dry.interrupted }
}

/**
 * Scope `new` (pull requests, merge queues): only what the change introduces is reported; the rest is
 * counted. When the base cannot be read, everything is reported and one notice says why.
 */
async function scopeStep(
  result: LintResult,
  settled: Settled,
  dynamic: Set<Diagnostic>,
  inputs: ActionInputs,
  context: RunContext,
  cwd: string,
  messages: StepMessages
): Promise<ScopedFindings> {
  const scope = inputs.scope ?? defaultScope(context.eventName)
  const scoped = await scopeFindings(result, {
    scope,
    context,
    cwd,
    diagnostics: settled.diagnostics.filter((d) => !dynamic.has(d)),
    dynamic: settled.diagnostics.filter((d) => dynamic.has(d)),
    // The tool lock is policy too: a change that edits it is a change to review.
    policyFiles: [
      ...[result.settingsFile, baselinePath(result, inputs.baseline)].filter((f) => f !== undefined),
      ...lockFile(result, cwd)
    ],
    baselined: settled.baselined,
    // When git cannot give the base: the pull request's files and their base versions through the API.
    apiSource: async (baseCommit) => {
      if (!context.pullRequest) return 'the GitHub API is only asked for pull requests'
      if (!inputs.githubToken) return 'reading it through the GitHub API needs the "github-token" input'
      const { apiBaseSource } = await import('../github/base-source.js')
      return apiBaseSource(
        { owner: context.owner, repo: context.repo, apiUrl: context.apiUrl, token: inputs.githubToken },
        { pullNumber: context.pullRequest.number, baseCommit, root: cwd, maxBytes: MAX_FILE_BYTES }
      )
    }
  })
  if (scoped.unavailable)
    messages.notice(
      `every finding is reported, not only those this change introduces: could not compare with the base (${scoped.unavailable})`
    )
  const comparison = scoped.comparison
  if (comparison) {
    core.info(
      comparison.kind === 'unrelated'
        ? `this change touches no MCP config, settings or file a config names: ${plural(scoped.preexisting.length, 'pre-existing finding')}, none reported`
        : `compared with the base ${comparison.base.commit.slice(0, 12)} (${comparison.base.via}): ${plural(scoped.reported.length, 'new finding')}, ${plural(scoped.preexisting.length, 'pre-existing finding')}`
    )
    // A note can quote file content (a settings key): no workflow command may start in it.
    for (const note of comparison.notes) core.info(commandsStopped(`note: ${note}`))
  }
  return scoped
}

/**
 * The committed baseline (the `baseline` input, or `.mcpcop-baseline.json` next to the settings file),
 * when there is one; one that cannot be used is told in a warning and the run goes on without it.
 */
function loadBaselineStep(
  result: LintResult,
  inputs: ActionInputs,
  cwd: string,
  messages: StepMessages
): LoadedBaseline | undefined {
  const file = baselinePath(result, inputs.baseline)
  try {
    const loaded = readBaseline(cwd, file)
    if (!loaded && inputs.baseline) messages.warning(`the baseline file ${file} does not exist`)
    return loaded
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error
    messages.warning(`the baseline is not used: ${error.message}`)
    return undefined
  }
}

/** The tool lock, when there is one, relative to the workspace. */
function lockFile(result: LintResult, cwd: string): string[] {
  const file = (result.config.lock ?? DEFAULT_LOCK_SETTINGS).path
  return existsSync(path.resolve(cwd, file))
    ? [path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')]
    : []
}

/** The full list with code frames, in a collapsed log group. */
function logFindings(
  report: Report,
  sources: Map<string, string>,
  secrets: Set<string>,
  preexisting: number,
  notes: string[]
): void {
  const before = preexisting > 0 ? ` (and ${preexisting} pre-existing, not shown)` : ''
  core.startGroup(
    `mcpcop: ${plural(report.diagnostics.length, 'problem')} in ${plural(report.files.length, 'file')}${before}`
  )
  // Code frames quote the files: no line of them may act as a workflow command.
  core.info(commandsStopped(redact(formatStylish(report, { color: false, sources, secrets, notes }), secrets)))
  core.endGroup()
}

const ANNOTATE: Record<Severity, typeof core.error> = { error: core.error, warning: core.warning, notice: core.notice }

/**
 * The step's own warnings and notices (a skipped comment, a missing path). Each is an annotation
 * too and takes one of the 10 slots per level, so they are counted.
 */
class StepMessages {
  readonly taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }

  warning(message: string): void {
    this.taken.warning++
    core.warning(message)
  }

  notice(message: string): void {
    this.taken.notice++
    core.notice(message)
  }
}

/**
 * Annotates what GitHub will display (10 per level, most important first, one error slot left for
 * the failure message, none of the slots the step's own messages took) and lists the rest as plain
 * lines so that none is lost.
 */
function annotate(report: Report, willFail: boolean, taken: Record<Severity, number>): void {
  const plan = planAnnotations(report.diagnostics, { reserveErrorSlot: willFail, taken })
  for (const a of plan.annotations) ANNOTATE[a.level](a.message, a.properties)
  if (plan.overflow.length === 0) return
  core.info(
    `${plural(plan.overflow.length, 'more finding')} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); all are in the job summary:`
  )
  core.info(commandsStopped(plan.overflow.map(plainLine).join('\n')))
}

function writeSummary(
  report: Report,
  inputs: ActionInputs,
  secrets: Set<string>,
  messages: StepMessages,
  scoped: ScopedFindings,
  preexisting: Diagnostic[],
  settled: SettledSummary,
  notes: string[],
  lockSection: string | undefined
): void {
  // Outside a runner (a local run) there is no summary file: skip it rather than fail.
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary')
    return
  }
  const markdown = formatMarkdown(report, {
    failOn: inputs.failOn,
    maxBytes: SUMMARY_MAX_BYTES,
    moreHint:
      'Every finding is in the JSON report: the step output `report-file` (upload it with `actions/upload-artifact`).',
    secrets,
    preexisting: scoped.comparison ? preexisting : undefined,
    notes,
    settled,
    newlyBaselined: scoped.newlyBaselined,
    sections: lockSection ? [lockSection] : []
  })
  try {
    // What core.summary.write() does (append to the file), reading the path on every run rather
    // than once per process as the toolkit's summary object caches it.
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown)
  } catch (error) {
    messages.warning(`could not write the job summary: ${(error as Error).message}`)
  }
}

/**
 * The sticky pull-request comment. Never fails the step: without a pull request there is nothing
 * to comment on, and a token that may not write (a fork's pull request, no `pull-requests: write`)
 * gets one notice, while the annotations and summary carry everything.
 */
async function commentStep(
  report: Report,
  inputs: ActionInputs,
  context: RunContext,
  secrets: Set<string>,
  messages: StepMessages,
  preexisting: number | undefined,
  newlyBaselined: Diagnostic[],
  notes: string[],
  lockSection: string | undefined
): Promise<string | undefined> {
  if (inputs.comment === 'never') return undefined
  if (!context.pullRequest) {
    core.info(`no pull request for this "${context.eventName || 'unknown'}" event: no comment`)
    return undefined
  }
  // Only what this run reports (with scope `new`, what the pull request introduces) opens a comment.
  // Findings the pull request put into the baseline are news for the reviewer too, and so are
  // changes to the tool lock, findings or not.
  const clean = report.diagnostics.length === 0 && newlyBaselined.length === 0 && lockSection === undefined
  if (!inputs.githubToken) {
    // Nothing to say is no reason for a notice.
    if (clean && inputs.comment !== 'always') core.info('no token and nothing to comment')
    else messages.notice('pull-request comment skipped: the "github-token" input is empty')
    return undefined
  }
  // The GitHub client is loaded only to comment on a pull request.
  const { commentMarker, httpStatus, isNoWriteAccess, octokitComments, upsertStickyComment } =
    await import('../github/comments.js')
  const marker = commentMarker(inputs.commentKey)
  const body = formatMarkdown(report, {
    failOn: inputs.failOn,
    maxChars: COMMENT_MAX_CHARS,
    moreHint: context.runUrl
      ? `See [the workflow run](${context.runUrl}) for all of them.`
      : 'See the workflow run for all of them.',
    secrets,
    marker,
    preexisting,
    newlyBaselined,
    notes,
    sections: lockSection ? [lockSection] : []
  })
  try {
    const port = octokitComments({
      owner: context.owner,
      repo: context.repo,
      apiUrl: context.apiUrl,
      token: inputs.githubToken
    })
    // "auto" does not open a new comment just to say all is well, but turns an old one into "all clear".
    const outcome = await upsertStickyComment(port, {
      issueNumber: context.pullRequest.number,
      body,
      marker,
      create: inputs.comment === 'always' || !clean
    })
    if (outcome.action === 'not-created') core.info('no problems and no earlier comment: nothing to comment')
    else core.info(`pull-request comment ${outcome.action}: ${outcome.comment?.url ?? ''}`)
    return outcome.comment?.url
  } catch (error) {
    if (isNoWriteAccess(error)) {
      const why = context.pullRequest.fromFork
        ? 'a pull request from a fork gets a read-only token'
        : 'the token may not write comments; give the job "permissions: pull-requests: write"'
      messages.notice(`pull-request comment skipped: ${why}. The annotations and the job summary show every finding.`)
      return undefined
    }
    const status = httpStatus(error)
    messages.warning(
      `could not update the pull-request comment${status ? ` (HTTP ${status})` : ''}: ${redact((error as Error).message, secrets)}`
    )
    return undefined
  }
}

function defaultReportPath(): string {
  const step = (process.env.GITHUB_ACTION ?? '').replace(/[^A-Za-z0-9._-]/g, '_') || 'report'
  return path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'mcpcop', `${step}.json`)
}

/** Writes an output file (relative paths are from the workspace) and returns its absolute path. */
function writeOutputFile(file: string, content: string, cwd: string): string {
  // The workspace is the pull request's: a link where the file goes is never written through.
  const problem = writeGuarded(file, content, { cwd })
  if (problem !== undefined) throw new Error(`cannot write ${file}: ${problem}`)
  return path.resolve(cwd, file)
}

function failureMessage(report: Report, failOn: FailOn): string {
  const counts = countBySeverity(report.diagnostics)
  const levels: Severity[] =
    failOn === 'error' ? ['error'] : failOn === 'warning' ? ['error', 'warning'] : ['error', 'warning', 'notice']
  const parts = levels.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s))
  return `mcpcop: ${parts.join(', ')} at or above fail-on "${failOn}"; see the annotations and the job summary`
}
