import * as core from '@actions/core'
import * as github from '@actions/github'
import { assertSafeDryRun, UnsafeDryRunError } from '../dryrun/guard.js'
import { DRY_RUN_DEFAULTS, dryRun } from '../dryrun/index.js'
import { lint } from '../engine.js'
import { compareDiagnostics } from '../finding.js'
import { formatJson } from '../report/json.js'
import { reachesFailLevel, type FailOn, countBySeverity } from '../report/summary.js'

/**
 * The GitHub Action: reads inputs, runs the engine, reports, sets outputs and fails the step when
 * findings reach `fail-on`. (Annotations, summary, comment and SARIF: see issue #5.)
 */
export async function run(): Promise<void> {
  try {
    const paths = core.getMultilineInput('paths').filter(Boolean)
    const failOn = (core.getInput('fail-on') || 'error') as FailOn
    const config = core.getInput('config') || undefined
    const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd()
    const result = await lint({ paths, cwd, config })
    for (const secret of result.secrets) core.setSecret(secret)
    let refusal: string | undefined
    if (booleanInput('dry-run')) {
      try {
        // Refuses a fork's configs in a privileged run before anything is started.
        assertSafeDryRun(github.context, { allowUntrustedDryRun: booleanInput('allow-untrusted-dry-run') })
        const dry = await dryRun(result.servers, { cwd, timeoutMs: numberInput('dry-run-timeout', DRY_RUN_DEFAULTS.timeoutMs), concurrency: numberInput('dry-run-concurrency', DRY_RUN_DEFAULTS.concurrency) })
        result.report.servers = dry.servers
        result.report.diagnostics = [...result.report.diagnostics, ...dry.diagnostics].sort(compareDiagnostics)
      } catch (error) {
        if (!(error instanceof UnsafeDryRunError)) throw error
        refusal = error.message
      }
    }
    const counts = countBySeverity(result.report.diagnostics)
    for (const d of result.report.diagnostics) {
      const properties = { title: d.ruleId, file: d.file, startLine: d.line, endLine: d.endLine, ...(d.line === d.endLine ? { startColumn: d.column, endColumn: d.endColumn } : {}) }
      if (d.severity === 'error') core.error(d.message, properties)
      else if (d.severity === 'warning') core.warning(d.message, properties)
      else core.notice(d.message, properties)
    }
    core.setOutput('errors', counts.error)
    core.setOutput('warnings', counts.warning)
    core.setOutput('files', result.report.files.length)
    core.debug(formatJson(result.report))
    if (refusal) core.setFailed(refusal)
    else if (reachesFailLevel(result.report.diagnostics, failOn)) core.setFailed(`mcp-preflight found ${counts.error} error(s) and ${counts.warning} warning(s)`)
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new Error(`input "${name}" must be true or false, not "${value}"`)
}

function numberInput(name: string, fallback: number): number {
  const value = core.getInput(name).trim()
  if (value === '') return fallback
  if (!/^\d+$/.test(value) || Number(value) === 0) throw new Error(`input "${name}" must be a whole number above 0, not "${value}"`)
  return Number(value)
}
