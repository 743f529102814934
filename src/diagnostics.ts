import { docsUrl, RULES } from './rules/index.js'
import type { Severity } from './types.js'

/** What every output that explains a rule (SARIF `rules[]`, summary links) needs to know about it. */
export interface RuleInfo {
  id: string
  /** One line: what the rule catches. */
  description: string
  /** Where the rule is documented. */
  helpUri: string
  defaultSeverity: Severity
  /** Kind of problem, for SARIF `properties.tags`. */
  tags: string[]
  /** The preset that turns the rule on (`strict` rules are off under `recommended`). */
  preset: 'recommended' | 'strict'
}

/** The README's table of diagnostics that the engine itself reports (no rule file of their own). */
export const BUILTIN_DOCS_URL = 'https://github.com/mcpcop/mcpcop#built-in-diagnostics'

// Kept in step with the README's "Built-in diagnostics" table and the dry run's rule ids.
const BUILTIN: readonly (readonly [id: string, severity: Severity, tags: string, description: string])[] = [
  ['syntax-error', 'error', 'syntax', "The file cannot be parsed in its host's syntax."],
  ['strict-json', 'error', 'syntax', 'A comment or trailing comma in a file whose host reads strict JSON.'],
  ['duplicate-key', 'error', 'syntax', 'A key defined twice in one object; hosts keep only one, silently.'],
  ['nesting-too-deep', 'error', 'syntax', 'Nesting deeper than 100 levels; the file is not parsed.'],
  ['file-unreadable', 'error', 'file', 'The file cannot be read.'],
  ['file-binary', 'error', 'file', 'The file is binary, not a text config.'],
  ['file-encoding', 'error', 'file', 'The file is not valid UTF-8.'],
  ['file-too-large', 'error', 'file', 'The file is larger than 1 MiB and is not read.'],
  ['file-empty', 'error', 'file', 'The file is empty.'],
  ['file-bom', 'warning', 'file', 'A byte-order mark, which hosts using JSON.parse reject.'],
  ['unknown-format', 'warning', 'file', 'An explicitly named file that no host reads.'],
  ['schema-required', 'error', 'schema', 'A field the host requires is missing.'],
  ['schema-type', 'error', 'schema', 'A value has the wrong type for the host.'],
  ['schema-enum', 'error', 'schema', 'A value is not one of those the host accepts.'],
  ['schema-format', 'error', 'schema', 'A value is not in the format the host expects (a URL, for example).'],
  ['schema-value', 'error', 'schema', 'A value is outside what the host accepts.'],
  ['schema-shape', 'error', 'schema', 'An entry has a shape the host cannot load.'],
  ['schema-invalid', 'error', 'schema', "The file does not match its host's schema."],
  [
    'schema-unknown-key',
    'warning',
    'schema',
    'An unknown key: a warning when it is a near miss of a key the host reads, an error where the host rejects it, a notice where the host only ignores it.'
  ],
  ['config-invalid', 'error', 'configuration', 'A problem in the .mcpcop.json settings file itself.'],
  [
    'suppression-expired',
    'warning',
    'configuration',
    "A suppression in the settings file is past its 'until' date: its findings are reported again."
  ],
  ['suppression-unused', 'warning', 'configuration', 'A suppression in the settings file matches no finding.'],
  ['internal-error', 'error', 'internal', 'mcpcop failed on this file; please report it.'],
  [
    'dry-run-failed',
    'error',
    'dry-run',
    'The server did not start or did not answer the MCP handshake in the dry run.'
  ],
  ['dry-run-skipped', 'notice', 'dry-run', 'The dry run did not start this server.'],
  [
    'tool-lock',
    'error',
    'lock',
    'A tool, prompt or resource differs from mcp-servers.lock.json (added, removed, changed), or a server is missing from it.'
  ],
  ['lock-invalid', 'error', 'lock', 'The tool lock cannot be read, is not valid, or was edited by hand.'],
  [
    'dry-run-stdout-noise',
    'warning',
    'dry-run',
    'The server wrote non-protocol output to stdout, which breaks some clients.'
  ]
]

/**
 * Rules about security rather than correctness (a leaked credential, code run from the network, a
 * server given too much): tagged `security` in SARIF and shown first when not everything fits.
 */
export const SECURITY_RULES: ReadonlySet<string> = new Set([
  'agent-approvals-off',
  'auto-approve-all',
  'dangerous-env-override',
  'enable-all-project-servers',
  'filesystem-root-access',
  'hardcoded-secret',
  'insecure-http',
  'risky-docker',
  'shell-download-exec',
  'tool-poisoning',
  'unpinned-package',
  'vulnerable-mcp-remote',
  'vulnerable-mcp-server'
])

/** The dry run's documentation, for its findings. */
export const DRY_RUN_DOCS_URL = 'https://github.com/mcpcop/mcpcop/blob/main/docs/dry-run.md'
/** The tool lock's documentation. */
export const LOCK_DOCS_URL = 'https://github.com/mcpcop/mcpcop#tool-lock'

const CATALOGUE = new Map<string, RuleInfo>([
  ...BUILTIN.map(([id, defaultSeverity, tag, description]): [string, RuleInfo] => [
    id,
    {
      id,
      description,
      helpUri: tag === 'dry-run' ? DRY_RUN_DOCS_URL : tag === 'lock' ? LOCK_DOCS_URL : BUILTIN_DOCS_URL,
      defaultSeverity,
      tags: tag === 'lock' ? [tag, 'security'] : [tag],
      preset: 'recommended'
    }
  ]),
  ...RULES.map((rule): [string, RuleInfo] => [
    rule.id,
    {
      id: rule.id,
      description: rule.description,
      helpUri: docsUrl(rule.id),
      defaultSeverity: rule.defaultSeverity,
      tags: SECURITY_RULES.has(rule.id) ? ['rule', 'security'] : ['rule'],
      preset: rule.preset ?? 'recommended'
    }
  ])
])

/** What is known about a rule id; an id we do not know still gets a usable entry. */
export function ruleInfo(id: string): RuleInfo {
  return (
    CATALOGUE.get(id) ?? {
      id,
      description: `mcpcop finding "${id}".`,
      helpUri: BUILTIN_DOCS_URL,
      defaultSeverity: 'error',
      tags: [],
      preset: 'recommended'
    }
  )
}

/** Every rule id mcpcop can report, sorted. */
export function knownRuleIds(): string[] {
  return [...CATALOGUE.keys()].sort()
}
