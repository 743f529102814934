import { isIgnoredServer, UNSUPPRESSIBLE_RULES, type Config } from './config.js'
import type { DryRunOutput } from './dryrun/index.js'
import type { LintResult } from './engine.js'
import { atServer, boundedMessage, compareDiagnostics } from './finding.js'
import { checkLock, DEFAULT_LOCK_SETTINGS, updateLock, type LockUpdate } from './lock/index.js'
import { isRuleOff } from './presets.js'
import { RULES } from './rules/index.js'
import type { Rule, ServerSurface, SurfaceRuleReport } from './rules/types.js'
import { fillMessage } from './message-template.js'
import type { Diagnostic, Server, ServerResult } from './types.js'

// Surface rules run only after a dry run, and this module is loaded only then: so is their code.
for (const rule of RULES) if (rule.checkSurface) await rule.load?.()

export interface MergeOptions {
  /** The working directory the lock path is relative to; without it the lock is not looked at. */
  cwd?: string
  /**
   * `compare` (default): a lock that exists is compared with what the servers offer; `update`:
   * the lock is written from what they offer instead (`--update-lock`), and nothing is compared.
   */
  lock?: 'compare' | 'update'
  rules?: readonly Rule[]
}

/**
 * Puts a dry run into a lint result: the servers' results, the dry run's own diagnostics, those of
 * the surface rules over what the servers listed and those of the tool lock, each with the severity
 * the settings give its rule (or dropped when the rule is off). `dry.servers[i]` is the result of
 * `result.servers[i]`. Returns what `update` did to the lock.
 */
export function mergeDryRun(result: LintResult, dry: DryRunOutput, options: MergeOptions = {}): LockUpdate | undefined {
  const surfaceDiagnostics = checkSurfaces(result.servers, dry.servers, options.rules ?? RULES)
  const settings = result.config.lock ?? DEFAULT_LOCK_SETTINGS
  let update: LockUpdate | undefined
  let lockDiagnostics: Diagnostic[] = []
  if (options.cwd !== undefined) {
    if (options.lock === 'update') update = updateLock(result, dry.servers, options.cwd, settings)
    else lockDiagnostics = checkLock(result, dry.servers, options.cwd, settings)
  }
  result.report.servers = dry.servers
  result.report.diagnostics = [
    ...result.report.diagnostics,
    ...applySettings([...dry.diagnostics, ...surfaceDiagnostics, ...lockDiagnostics], result.config)
  ].sort(compareDiagnostics)
  return update
}

/** The settings' severities and ignored servers, applied to findings made after the lint. */
export function applySettings(diagnostics: readonly Diagnostic[], config: Config): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    if (UNSUPPRESSIBLE_RULES.has(d.ruleId)) return [d]
    const level = config.rules[d.ruleId]
    if (level === 'off' || isRuleOff(d.ruleId, config) || isIgnoredServer(config, d.file, d.server)) return []
    return [level ? { ...d, severity: level } : d]
  })
}

/** A surface rule's report as a finding at the server's entry, its sentence filled from the rule's messages. */
function surfaceFinding(server: Server, rule: Rule, report: SurfaceRuleReport): Diagnostic {
  const template = rule.messages?.[report.messageId]
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${report.messageId}"`)
  // A server names its own tools: each value is cut like a message, so a huge name cannot bloat every output.
  const data = Object.fromEntries(
    Object.entries(report.data).map(([key, value]) => [key, typeof value === 'string' ? boundedMessage(value) : value])
  )
  const message = boundedMessage(fillMessage(template, data))
  const finding = atServer(server, rule.id, report.severity ?? rule.defaultSeverity, message)
  const diagnostic: Diagnostic = { ...finding, messageId: report.messageId, data }
  if (report.help !== undefined) diagnostic.help = boundedMessage(report.help)
  return diagnostic
}

/**
 * Runs every surface rule over each server that answered, with the other servers' offers as
 * context, and places each finding at the server's entry in its config file. A rule that throws is
 * reported there as an internal error; the other rules and servers still run.
 */
export function checkSurfaces(
  servers: readonly Server[],
  results: readonly ServerResult[],
  rules: readonly Rule[] = RULES
): Diagnostic[] {
  const answered: ServerSurface[] = []
  servers.forEach((server, i) => {
    const surface = results[i]?.surface
    if (surface) answered.push({ server, surface })
  })
  const out: Diagnostic[] = []
  for (const rule of rules) {
    if (!rule.checkSurface) continue
    for (const entry of answered) {
      const others = answered.filter((other) => other !== entry)
      try {
        for (const report of rule.checkSurface({ ...entry, others }))
          out.push(surfaceFinding(entry.server, rule, report))
      } catch (error) {
        out.push(
          atServer(
            entry.server,
            'internal-error',
            'error',
            `rule ${rule.id} failed on this server's tools: ${(error as Error).message}`
          )
        )
      }
    }
  }
  return out
}
