import * as core from '@actions/core'
import { lint } from '../engine.js'
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
    const result = await lint({ paths, cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(), config })
    for (const secret of result.secrets) core.setSecret(secret)
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
    if (reachesFailLevel(result.report.diagnostics, failOn)) core.setFailed(`mcp-preflight found ${counts.error} error(s) and ${counts.warning} warning(s)`)
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}
