import { isIgnoredServer, type Config } from './config.js'
import type { DryRunOutput } from './dryrun/index.js'
import type { LintResult } from './engine.js'
import { compareDiagnostics } from './finding.js'
import { isRuleOff } from './presets.js'
import { RULES } from './rules/index.js'
import type { Rule, ServerSurface } from './rules/types.js'
import type { Diagnostic, Server, ServerResult } from './types.js'

/**
 * Puts a dry run into a lint result: the servers' results, the dry run's own diagnostics and those of
 * the surface rules over what the servers listed, each with the severity the settings give its rule
 * (or dropped when the rule is off). `dry.servers[i]` is the result of `result.servers[i]`.
 */
export function mergeDryRun(result: LintResult, dry: DryRunOutput, rules: readonly Rule[] = RULES): void {
  const surfaceDiagnostics = checkSurfaces(result.servers, dry.servers, rules)
  result.report.servers = dry.servers
  result.report.diagnostics = [
    ...result.report.diagnostics,
    ...applySettings([...dry.diagnostics, ...surfaceDiagnostics], result.config)
  ].sort(compareDiagnostics)
}

/** The settings' severities and ignored servers, applied to findings made after the lint. */
export function applySettings(diagnostics: readonly Diagnostic[], config: Config): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const level = config.rules[d.ruleId]
    if (level === 'off' || isRuleOff(d.ruleId, config) || isIgnoredServer(config, d.file, d.server)) return []
    return [level ? { ...d, severity: level } : d]
  })
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
          out.push(atServer(entry.server, rule.id, report.severity ?? rule.defaultSeverity, report.message))
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

/** A diagnostic at the key of a server's entry in its config file. */
export function atServer(
  server: Server,
  ruleId: string,
  severity: Diagnostic['severity'],
  message: string
): Diagnostic {
  const range = server.keyRange ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  return {
    ruleId,
    severity,
    message,
    file: server.file,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    server: server.name
  }
}
