import path from 'node:path'
import { applyBaseline, type GoneEntry, type LoadedBaseline } from './baseline.js'
import type { LintResult } from './engine.js'
import { compareDiagnostics } from './finding.js'
import { isRuleOff } from './presets.js'
import { ruleInfo } from './diagnostics.js'
import { RULES } from './rules/index.js'
import { applySuppressions, todayUtc, type Suppressed } from './suppressions.js'
import type { Diagnostic } from './types.js'
import type { SettledSummary } from './report/markdown.js'

/** Rules whose findings only a dry run makes. */
const DYNAMIC_RULES = new Set(RULES.filter((r) => r.checkSurface !== undefined).map((r) => r.id))

export interface SettleOptions {
  /** The committed baseline, when there is one. */
  baseline?: LoadedBaseline
  /** Today (YYYY-MM-DD, UTC), for the suppressions' `until` dates. */
  today?: string
  /** Whether the servers were dry-run (otherwise a suppression of a dry-run finding is not unused). */
  dryRun: boolean
}

/** The findings as the project has settled them. */
export interface Settled {
  /** What the run reports: findings neither suppressed nor baselined, and problems with suppressions. */
  diagnostics: Diagnostic[]
  suppressed: Suppressed[]
  baselined: Diagnostic[]
  /** Baselined findings not found any more: the baseline can shrink. */
  gone: GoneEntry[]
}

/** Findings only a dry run can make (its own and the surface rules'): without one, not finding them says nothing. */
export function needsDryRun(ruleId: string): boolean {
  return DYNAMIC_RULES.has(ruleId) || ruleInfo(ruleId).tags.includes('dry-run')
}

/**
 * Applies what the project decided about its findings after the lint and the dry run: the settings
 * file's suppressions (each with its reason; an expired or unused one is itself a finding), then the
 * baseline. Both shells call it, so the CLI and the action agree.
 */
export function settle(result: LintResult, options: SettleOptions): Settled {
  const settingsFile = result.settingsFile ?? '.mcpcop.json'
  const settingsDir = result.settingsDir ?? '.'
  const couldReport = (ruleId: string): boolean => options.dryRun || !needsDryRun(ruleId)
  const outcome = applySuppressions(result.report.diagnostics, result.config.suppressions ?? [], {
    settingsFile,
    fromSettings: (file) => path.posix.relative(settingsDir, file),
    checkedFiles: result.report.files.map((f) => f.path),
    today: options.today ?? todayUtc(),
    couldReport
  })
  // Problems with suppressions take the severity the settings give their rule, like any finding.
  const problems = outcome.problems.flatMap((d) => {
    const level = result.config.rules[d.ruleId]
    if (level === 'off' || isRuleOff(d.ruleId, result.config)) return []
    return [level ? { ...d, severity: level } : d]
  })
  const baseline = options.baseline
    ? applyBaseline(outcome.kept, options.baseline)
    : { kept: outcome.kept, baselined: [], gone: [] }
  return {
    diagnostics: [...baseline.kept, ...problems].sort(compareDiagnostics),
    suppressed: outcome.suppressed,
    baselined: baseline.baselined,
    // A baseline written with --dry-run holds dry-run findings, which are not gone when this run did not dry-run.
    gone: baseline.gone.filter((entry) => couldReport(entry.rule))
  }
}

/** What the Markdown summary says about the findings the project settled (suppressed or baselined). */
export function summarizeSettled(settled: Settled, result: LintResult, baselineFile?: string): SettledSummary {
  return {
    suppressed: settled.suppressed,
    settingsFile: result.settingsFile,
    baselined: settled.baselined.length,
    baselineFile,
    gone: settled.gone.reduce((n, g) => n + g.count, 0),
    goneNeedsDryRun: settled.gone.some((g) => needsDryRun(g.rule))
  }
}
