import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_CONFIG, type Config } from '../../src/config.js'
import { checkContent, lint, type CheckContentOptions } from '../../src/engine.js'
import { loadAllParsers } from '../../src/parse/index.js'
import { loadAllValidators } from '../../src/schema/validators.js'
import { loadSecretRules } from '../../src/secrets.js'
import type { Diagnostic, Server } from '../../src/types.js'

// The CLI and the action load the vendor secret rules, the hosts' validators and parsers before checking;
// checkContent expects them loaded.
await loadSecretRules()
await loadAllValidators()
await loadAllParsers()

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

/** A file's text: a string or bytes as given, any other value as the pretty JSON a person would commit. */
export function asText(content: unknown): string | Uint8Array {
  return typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2)
}

/**
 * The shared rule-test helper: checks `content` (text, or a value written as pretty JSON) as the file at
 * `virtualPath` under every rule, and returns only `ruleId`'s diagnostics, in report order.
 */
export function ruleDiagnostics(
  ruleId: string,
  virtualPath: string,
  content: unknown,
  options: CheckContentOptions = {}
): Diagnostic[] {
  return lintText(virtualPath, asText(content), options).diagnostics.filter((d) => d.ruleId === ruleId)
}

/**
 * `ruleId`'s findings in `content` as compact lines (`line:col-endLine:endCol severity rule-id messageId
 * {data}`): what tests compare, so that a test states where, how severe and what was found — not the wording.
 */
export function ruleFindings(
  ruleId: string,
  virtualPath: string,
  content: unknown,
  options: CheckContentOptions = {}
): string[] {
  return ruleDiagnostics(ruleId, virtualPath, content, options).map(describeFinding)
}

/**
 * The shared helper for cross-file rules: lints a fresh repository made of `files` (path → text, or a value
 * written as pretty JSON) under every rule, and returns only `ruleId`'s diagnostics.
 */
export async function repoRuleDiagnostics(
  ruleId: string,
  files: Record<string, unknown>,
  paths: string[] = ['.']
): Promise<Diagnostic[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-repo-'))
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), asText(content))
  }
  const { report } = await lint({ paths, cwd: root, settings: ALL_RULES })
  return report.diagnostics.filter((d) => d.ruleId === ruleId)
}

/** `ruleId`'s findings in a repository made of `files`, as `file line:col-… severity rule-id messageId {data}`. */
export async function repoRuleFindings(
  ruleId: string,
  files: Record<string, unknown>,
  paths: string[] = ['.']
): Promise<string[]> {
  return (await repoRuleDiagnostics(ruleId, files, paths)).map((d) => `${d.file} ${describeFinding(d)}`)
}

/** `file line:column severity rule-id` of each diagnostic of a lint of the folder `cwd`. */
export async function placedFindings(cwd: string): Promise<string[]> {
  const { report } = await lint({ paths: ['.'], cwd })
  return report.diagnostics.map((d) => `${d.file} ${d.line}:${d.column} ${d.severity} ${d.ruleId}`)
}
