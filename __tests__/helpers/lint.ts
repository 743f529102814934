import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_CONFIG, type Config } from '../../src/config.js'
import { checkContent, type CheckContentOptions } from '../../src/engine.js'
import { loadAllValidators } from '../../src/schema/validators.js'
import { loadSecretRules } from '../../src/secrets.js'
import type { Diagnostic, Server } from '../../src/types.js'

// The CLI and the action load the vendor secret rules and the hosts' validators before checking;
// checkContent expects them loaded.
await loadSecretRules()
await loadAllValidators()

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

/** Settings that run every rule, the `strict` preset's included: a rule's tests are about the rule. */
export const ALL_RULES: Config = { ...DEFAULT_CONFIG, preset: 'strict' }

/** One diagnostic as a compact line: `line:col-endLine:endCol severity rule-id message`. */
export function describeDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId} ${d.message}`
}

/**
 * One diagnostic by what it says rather than its wording: `line:col-endLine:endCol severity rule-id
 * messageId {data}`, for rules that report a messageId.
 */
export function describeFinding(d: Diagnostic): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId} ${d.messageId} ${JSON.stringify(d.data)}`
}

/** Checks in-memory text as the file at `virtualPath` and returns its diagnostics and servers. */
export function lintText(
  virtualPath: string,
  text: string | Uint8Array,
  options: CheckContentOptions = {}
): { diagnostics: Diagnostic[]; servers: Server[]; host: string | null } {
  const result = checkContent(virtualPath, text, { config: ALL_RULES, ...options })
  if (!result) return { diagnostics: [], servers: [], host: null }
  return { diagnostics: result.diagnostics, servers: result.servers, host: result.file.host }
}

/** Checks a fixture file (path relative to __tests__/fixtures) as if it lived at `virtualPath`. */
export function lintFixture(
  fixture: string,
  virtualPath: string,
  options: CheckContentOptions = {}
): ReturnType<typeof lintText> {
  return lintText(virtualPath, readFileSync(path.join(FIXTURES, fixture)), options)
}

/** The short form tests compare against: `line:col severity rule-id`. */
export function shortForm(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)
}
