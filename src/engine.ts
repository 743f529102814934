import { existsSync } from 'node:fs'
import path from 'node:path'
import { compareDiagnostics, toDiagnostic, type Finding } from './finding.js'
import { discover } from './discover.js'
import { hostById, hostsForPath } from './hosts/index.js'
import type { FileContext, HostAdapter } from './hosts/types.js'
import { parseDocument } from './parse/index.js'
import type { ParseProblem } from './parse/problem.js'
import { LineIndex, type ParsedDocument } from './parse/source.js'
import { readConfigFile, decodeConfigBytes } from './read.js'
import { validateDocument } from './schema/validate.js'
import type { Diagnostic, FileReport, PointerPath, Report, Server } from './types.js'

/** What to check. */
export interface LintOptions {
  /** Files, directories and globs; default the working directory. */
  paths: string[]
  cwd: string
  /** Force a host format for explicitly named files with unusual names. */
  host?: string
}

/** Outcome of checking one file: its report line, diagnostics and normalised servers. */
export interface FileResult {
  file: FileReport
  diagnostics: Diagnostic[]
  servers: Server[]
}

/** The whole run (without dry-run results). */
export interface LintResult {
  report: Report
  servers: Server[]
  /** Inputs that matched no file. */
  missing: string[]
  /** Each checked file's text, by path, for code frames. */
  sources: Map<string, string>
}

/** Thrown for problems with how the tool was called (exit code 2), never for problems in configs. */
export class UsageError extends Error {}

/**
 * Finds, reads, parses and validates every config under the given paths. Never throws because of a
 * file's content: every problem becomes a diagnostic and the other files are still checked.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const forced = options.host === undefined ? undefined : hostById(options.host)
  if (options.host !== undefined && !forced) throw new UsageError(`unknown host "${options.host}"`)
  const { candidates, missing } = await discover(options.paths, options.cwd)
  const exists = (relative: string): boolean => existsSync(path.resolve(options.cwd, relative))

  const results: FileResult[] = []
  const sources = new Map<string, string>()
  for (const candidate of candidates) {
    const context: FileContext = { path: candidate.path, exists }
    const hosts = forced && candidate.explicit ? [forced] : hostsForPath(candidate.path)
    if (candidate.refused) {
      results.push(fileProblem(candidate.path, hosts[0]?.id ?? null, 'file-unreadable', candidate.refused))
      continue
    }
    if (hosts.length === 0) {
      if (candidate.explicit) results.push(fileProblem(candidate.path, null, 'unknown-format', 'no host reads a file with this name; pass --host to say which format it is in', 'warning'))
      continue
    }
    const read = await readConfigFile(candidate.absolute)
    if (read.text !== undefined) sources.set(candidate.path, read.text)
    const result = checkText(read.text, read.problems, hosts, context, candidate.explicit, 'positionText' in read ? read.positionText : undefined)
    if (result) results.push(result)
  }

  const servers = results.flatMap((r) => r.servers)
  const diagnostics = results.flatMap((r) => r.diagnostics).sort(compareDiagnostics)
  return { report: { version: 1, files: results.map((r) => r.file), diagnostics, servers: [] }, servers, missing, sources }
}

/**
 * Checks one file's text against the first of `hosts` that claims it. Pure: all it knows of the
 * file system is `context.exists`. Returns undefined for a discovered file no host claims.
 */
export function checkText(text: string | undefined, readProblems: ParseProblem[], hosts: HostAdapter[], context: FileContext, explicit: boolean, positionText?: string): FileResult | undefined {
  const located = (problems: ParseProblem[], source: string): Diagnostic[] => {
    const lines = new LineIndex(source)
    return problems.map((p) => toDiagnostic(context.path, { ruleId: p.ruleId, severity: p.severity, message: p.message, range: lines.range(p.offset, p.length) }))
  }
  const primary = hosts[0]
  if (text === undefined) {
    return { file: { path: context.path, host: primary.id, servers: [] }, diagnostics: located(readProblems, positionText ?? ''), servers: [] }
  }
  for (const [index, host] of hosts.entries()) {
    const parsed = parseDocument(text, host)
    const isLast = index === hosts.length - 1
    if (!parsed.doc) {
      // A file that cannot be parsed is reported when its name is unambiguous (or it was named).
      if (host.claims && !explicit && isLast) return undefined
      if (host.claims && !isLast) continue
      return { file: { path: context.path, host: host.id, servers: [] }, diagnostics: located([...readProblems, ...parsed.problems], text), servers: [] }
    }
    if (host.claims && !host.claims(parsed.doc.value) && !(explicit && isLast)) {
      if (isLast) return undefined
      continue
    }
    return checkDocument(parsed.doc, [...readProblems, ...parsed.problems], host, context)
  }
  return undefined
}

function checkDocument(doc: ParsedDocument, problems: ParseProblem[], host: HostAdapter, context: FileContext): FileResult {
  let servers: Server[] = []
  const findings: Finding[] = []
  try {
    servers = host.normalise(doc.value, context)
    for (const server of servers) server.keyRange = doc.locate(server.pointer, true)
    const serverAt = (at: PointerPath): string | undefined => servers.find((s) => s.pointer.every((segment, i) => String(at[i]) === String(segment)))?.name
    findings.push(...validateDocument(host.schemaFor(doc.value, context), doc, { unknownKeySeverity: host.unknownKeySeverity ?? 'warning', hostName: host.name, serverAt }))
    findings.push(...(host.check?.(doc, context) ?? []))
  } catch (error) {
    // A bug of ours must not hide the other files' findings: report it where it happened.
    findings.push({ ruleId: 'internal-error', severity: 'error', message: `mcp-preflight failed on this file: ${(error as Error).message}`, range: doc.locate([]) })
  }
  const diagnostics = [
    ...problems.map((p) => toDiagnostic(context.path, { ruleId: p.ruleId, severity: p.severity, message: p.message, range: doc.lines.range(p.offset, p.length) })),
    ...findings.map((f) => toDiagnostic(context.path, f))
  ]
  return { file: { path: context.path, host: host.id, servers: servers.map((s) => s.name) }, diagnostics: diagnostics.sort(compareDiagnostics), servers }
}

function fileProblem(file: string, host: FileReport['host'], ruleId: string, message: string, severity: Diagnostic['severity'] = 'error'): FileResult {
  return { file: { path: file, host, servers: [] }, diagnostics: [{ ruleId, severity, message, file, line: 1, column: 1, endLine: 1, endColumn: 2 }], servers: [] }
}

/** Checks in-memory content as if it were the file at `filePath` (for tests and editor integrations). */
export function checkContent(filePath: string, content: string | Uint8Array, options: { host?: string; exists?: (p: string) => boolean } = {}): FileResult | undefined {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const read = decodeConfigBytes(bytes)
  const forced = options.host === undefined ? undefined : hostById(options.host)
  const hosts = forced ? [forced] : hostsForPath(filePath)
  if (hosts.length === 0) return undefined
  return checkText(read.text, read.problems, hosts, { path: filePath, exists: options.exists ?? (() => false) }, forced !== undefined, 'positionText' in read ? read.positionText : undefined)
}
