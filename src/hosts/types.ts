import type { Finding } from '../finding.js'
import type { ParsedDocument } from '../parse/source.js'
import type { SchemaId } from '../schema/compiled/index.js'
import type { Server, Severity } from '../types.js'
import type { HostProfile } from './profile.js'

/** Identifier of a host format: one adapter file each under src/hosts/, registered in src/hosts/index.ts. */
export type HostId =
  | 'claude-code'
  | 'claude-user'
  | 'claude-settings'
  | 'claude-plugin'
  | 'claude-marketplace'
  | 'claude-desktop'
  | 'cursor'
  | 'cursor-cli'
  | 'vscode'
  | 'vscode-settings'
  | 'gemini'
  | 'gemini-extension'
  | 'codex'
  | 'zed'
  | 'opencode'
  | 'roo'
  | 'kiro'
  | 'amazonq'
  | 'junie'
  | 'continue'
  | 'copilot'
  | 'copilot-agent'
  | 'windsurf'
  | 'registry'
  | 'mcpb'
  | 'kilocode'
  | 'kilo'
  | 'crush'
  | 'qwen'
  | 'amp'
  | 'factory'
  | 'devcontainer'
  | 'cline'
  | 'goose'
  | 'lmstudio'

/** The syntax a host reads its file with. `json` is strict: comments and trailing commas break it. */
export type Syntax = 'json' | 'jsonc' | 'toml' | 'yaml' | 'markdown-frontmatter'

/** What an adapter may ask about the file's surroundings (the engine itself does no I/O for it). */
export interface FileContext {
  /** Path of the file, relative to the working directory, with `/`. */
  path: string
  /** Whether another file exists, by a path relative to the working directory. */
  exists: (path: string) => boolean
  /**
   * The text of another file of the repository (a plugin marketplace), by a path relative to the working
   * directory, read through the guarded reader; undefined when it is not there or cannot be read. Absent
   * where there is no repository to read (text from an editor, a test without files).
   */
  read?: (path: string) => string | undefined
}

/**
 * One host's file format: where its files live, how they are parsed and validated, every fact about
 * how the host reads them (its profile), and how its entries map to normalised servers in its own meaning.
 */
export interface HostAdapter {
  id: HostId
  /** Product name for messages, e.g. "Claude Code". */
  name: string
  /** Where the host's committable files live: picomatch globs relative to a discovery root. */
  patterns: readonly string[]
  syntax: Syntax
  /**
   * For a `jsonc` host that strips comments but not trailing commas (Gemini reads
   * `JSON.parse(stripJsonComments(text))`): what such a comma does, said where the parser finds one.
   */
  trailingCommaRefused?: string
  /** The syntax of one file, for hosts that read several (Continue: YAML blocks, JSON drop-ins); default `syntax`. */
  syntaxFor?(path: string): Syntax
  /** Every fact about how the host reads its files (see profile.ts). */
  profile: HostProfile
  /**
   * The profile of one file, for hosts that read some of their files differently (Continue's JSON
   * drop-ins, a Claude Code plugin's `.mcp.json`); default `profile`. `value`, the parsed file, where known: for a
   * host whose servers' place depends on how the file writes them (VS Code's dotted setting keys).
   */
  profileFor?(context: FileContext, value?: unknown): HostProfile
  /** Severity for keys the schema does not know; default warning, since most hosts ignore them. */
  unknownKeySeverity?: Severity
  /**
   * For file names shared with non-MCP files (`manifest.json`, `server.json`, `settings.json`):
   * whether this parsed file is one of the host's. Unclaimed files are skipped silently when
   * discovered, and checked anyway when named explicitly with `--host`.
   */
  claims?(value: unknown): boolean
  /**
   * For a host with `claims`: whether a file it could not parse (a syntax error, nesting too deep) may still be
   * one of its own, from the text alone. Such a file is reported (its problems, and the credentials in its
   * text) rather than skipped: the host may read it anyway (VS Code's parser reads past a missing comma), and a
   * pull request must not hide servers behind one broken byte. Without it, an unparsed file is skipped.
   */
  claimsText?(text: string): boolean
  /**
   * The JSON Schemas this host's files are validated with, as ids of the validators compiled from them at
   * build time (src/schema/sources.ts); a run loads only those of the hosts whose files it meets.
   */
  schemas: readonly SchemaId[]
  /** The schema to validate the document with (it may depend on the document, e.g. its version); default `schemas[0]`. */
  schemaFor?(value: unknown, context: FileContext): SchemaId
  /**
   * With `schemaFor`: the schema most of this host's files need, which a run starts loading as soon as it
   * finds one of its files (without `schemaFor`, `schemas[0]` is). Left out when no one schema is usual.
   */
  usualSchema?: SchemaId
  /** Problems the schema cannot express, found while reading the shape (e.g. an unexpected wrapper). */
  check?(doc: ParsedDocument, context: FileContext): Finding[]
  /**
   * Other files of the repository that this file makes the host read as configs (a Claude Code plugin's
   * `"mcpServers": "./config/servers.json"`): each is checked as if discovered, read as `host`'s file and only
   * from inside `root` (both from the working directory). A path that leaves it is the adapter's to report.
   */
  references?(value: unknown, context: FileContext): { path: string; root: string; host: HostId }[]
  /** The servers the file defines, in this host's meaning. Must not throw on any input. */
  normalise(value: unknown, context: FileContext): Server[]
}
