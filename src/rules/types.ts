import type { HostProfile } from '../hosts/profile.js'
import type { HostAdapter } from '../hosts/types.js'
import type { ParsedDocument } from '../parse/source.js'
import type { DocumentStrings } from './support/document.js'
import type { PointerPath, Range, Server, Severity, Surface } from '../types.js'

/** One checked file, as rules see it. */
export interface RuleFile {
  /** Path relative to the working directory, with `/`. */
  path: string
  host: HostAdapter
  /** Every fact about how the host reads this file (its adapter's profile, or the variant for this file). */
  profile: HostProfile
  doc: ParsedDocument
  /** The servers the file defines, in its host's meaning. */
  servers: readonly Server[]
}

/** What a per-file rule gets. */
export interface FileRuleContext extends RuleFile {
  /** Whether a path relative to the working directory exists (for "script not found" checks). */
  exists: (path: string) => boolean
  /** Whether git ignores a path relative to the working directory (absent outside a git work tree). */
  ignoredByGit?: (path: string) => boolean
  /**
   * Every string of the document (`all`) and of each server's entry (`of(server)`), with pointers: walked
   * once per file, on the first rule's question, and dropped with the file. Rules read these instead of
   * walking `doc.value` themselves.
   */
  strings: DocumentStrings
}

/** What a cross-file rule gets: every checked file. */
export interface ProjectRuleContext {
  files: readonly RuleFile[]
}

/** One server that answered the dry run, with what it offers. */
export interface ServerSurface {
  /** The server's entry as its config file defines it. */
  server: Server
  surface: Surface
}

/** What a surface rule gets: one server's offer, and every other server's of the same run. */
export interface SurfaceRuleContext extends ServerSurface {
  /** The other servers that answered (rules about one server naming another's tools need them). */
  others: readonly ServerSurface[]
}

/** A finding about what a server offers; the engine places it at the server's entry in its config. */
export interface SurfaceRuleReport {
  /** Which of the rule's `messages` this is, and the values it names (as a RuleReport's). */
  messageId: string
  data: MessageData
  /** Why it matters and what to do, with what the server's text says. */
  help?: string
  /** Overrides the rule's default severity for this finding (a less certain match). */
  severity?: Severity
}

/** The values a message names, by the names its template uses (`{{value}}`). */
export type MessageData = Record<string, string | number>

/**
 * One finding from a rule; the engine adds the rule id, severity (from config) and file position. A
 * rule with `messages` reports a `messageId` and its `data`, and the engine writes the sentence; an
 * older rule writes `message` itself.
 */
export interface RuleReport {
  message?: string
  /** Which of the rule's `messages` this is. */
  messageId?: string
  /** The values the message names; also what makes two findings the same one (fingerprints). */
  data?: MessageData
  /** Why it matters and how to fix this finding (the host's own way), for reporters that have room. */
  help?: string
  /** Where: a pointer into the document (its value, or its key with `key: true`), or a ready range. */
  at: PointerPath | Range
  key?: boolean
  server?: string
  /** Overrides the rule's default severity for this finding (e.g. a notice-level variant). */
  severity?: Severity
}

/** A project-level finding names its file. */
export interface ProjectRuleReport extends RuleReport {
  file: string
}

/**
 * A semantic rule: one file each under src/rules/, registered in src/rules/index.ts and documented
 * in docs/rules/<id>.md. Rules see parsed documents, normalised servers and (surface rules) what
 * servers listed in a dry run, never the GitHub API.
 */
export interface Rule {
  /** Kebab-case id, stable: users configure rules by it. */
  id: string
  defaultSeverity: Severity
  /**
   * The preset that turns the rule on (default `recommended`): `strict` for hygiene rules whose
   * findings are often accepted on purpose (decided from the corpus numbers, docs/adoption.md).
   */
  preset?: 'recommended' | 'strict'
  /** One line: what the rule catches. */
  description: string
  /**
   * The rule's messages by id: one sentence each, naming the value and the problem, `{{name}}` filled
   * from a report's `data` (ESLint's `meta.messages`). The why and the fix go to `help` and the rule doc.
   */
  messages?: Readonly<Record<string, string>>
  /**
   * Built-in diagnostic ids (e.g. `schema-required`) this rule explains better, so one problem gets one
   * message. `id` drops that diagnostic where the rule reports at the same file, line and column;
   * `id@server` drops it anywhere in the entry of the server the rule reports about (the stray `url`
   * key of a remote entry in a stdio-only host); `id@file` drops it where it is about no server in the
   * same file (the file-level "missing mcpServers" next to servers under another host's key).
   */
  supersedes?: readonly string[]
  checkFile?(context: FileRuleContext): RuleReport[]
  checkProject?(context: ProjectRuleContext): ProjectRuleReport[]
  /**
   * A surface rule: runs over what each server listed in a dry run (its tools, prompts, resources),
   * and reports at the server's entry in its config file. Without a dry run it never runs.
   */
  checkSurface?(context: SurfaceRuleContext): SurfaceRuleReport[]
  /**
   * Loads code the rule's checks need that a plain lint never runs (a surface rule's patterns), so that
   * it is not read at start-up; awaited before the rule's checks run (src/surface.ts, for surface rules).
   */
  load?(): Promise<void>
}
