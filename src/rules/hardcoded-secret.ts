import { isRecord } from '../hosts/util.js'
import { maskSecret } from '../mask.js'
import { findSecrets, flagBefore, scanText, type SecretMatch } from '../secrets.js'
import { looksRandom } from '../secret-rules/generic.js'
import type { PointerPath } from '../types.js'
import { envReference } from './placeholder-syntax.js'
import type { Rule, RuleReport } from './types.js'

/** A variable name for the fix suggestion: the env key itself when the secret is an env value. */
function variableName(path: readonly (string | number)[]): string {
  const last = String(path[path.length - 1] ?? '')
  return /^[A-Z][A-Z0-9_]*$/.test(last) ? last : 'API_TOKEN'
}

/** What every finding's help starts with: who can use a committed credential. */
const EXPOSED =
  'Anyone who can read the repository, or any copy of its history, can use the credential until it is revoked'

/** Maps whose keys are variable names: a key there that is itself a token was pasted in the wrong place. */
const VARIABLE_MAPS = new Set(['env', 'environment', 'envs', 'env_vars', 'variables'])

interface StringSite {
  path: PointerPath
  value: string
  /** What the string is the value of: its key, the flag before it, a `{name, value}` pair's name. */
  name?: string
  isKey: boolean
}

/** Every string of a document with the name it is the value of, iteratively (no recursion on hostile depth). */
function* sites(root: unknown): Generator<StringSite> {
  const stack: { node: unknown; path: PointerPath; name?: string }[] = [{ node: root, path: [] }]
  while (stack.length > 0) {
    const { node, path, name } = stack.pop() as { node: unknown; path: PointerPath; name?: string }
    if (typeof node === 'string') yield { path, value: node, name, isKey: false }
    else if (Array.isArray(node))
      node.forEach((child, i) => stack.push({ node: child, path: [...path, i], name: flagBefore(node, i) }))
    else if (isRecord(node)) {
      // Registry headers and variables are `{ name, value }` pairs: the value's name is its sibling's.
      const pairName = typeof node.name === 'string' ? node.name : undefined
      for (const [key, child] of Object.entries(node)) {
        yield { path: [...path, key], value: key, isKey: true }
        const childName = pairName !== undefined && (key === 'value' || key === 'default') ? pairName : key
        stack.push({ node: child, path: [...path, key], name: childName })
      }
    }
  }
}

/** Secrets in one string; a key in a variable map that is itself a random token counts too. */
function secretsAt(site: StringSite): SecretMatch[] {
  if (!site.isKey) return findSecrets(site.value, site.name)
  const found = findSecrets(site.value)
  const parent = site.path[site.path.length - 2]
  if (
    found.length === 0 &&
    typeof parent === 'string' &&
    VARIABLE_MAPS.has(parent) &&
    site.value.length >= 16 &&
    !/^[A-Z][A-Z0-9_]*$/.test(site.value) &&
    looksRandom(site.value, 16)
  )
    return [{ kind: 'credential (as a variable name)', value: site.value }]
  return found
}

/**
 * Literal credentials anywhere in a committed config: vendor formats (the secretlint preset and
 * mcpcop's own list of MCP-ecosystem formats), `Bearer`/`Basic` credentials, URL passwords, and
 * random-looking literals under a name that says "secret" (a key, a `--flag`, a header, a query
 * parameter, `NAME=value`), in values, in keys, and in comments. Anyone who can read the
 * repository, or its history, can use them; the value is shown masked, never in full.
 */
export const hardcodedSecret: Rule = {
  id: 'hardcoded-secret',
  defaultSeverity: 'error',
  description: 'A literal credential (token, API key, password, private key) is committed in the config.',
  messages: {
    literal: 'a literal {{kind}} ({{masked}}) is committed: anyone who can read the repository can use it',
    inKey: 'a key holds a literal {{kind}} ({{masked}}): anyone who can read the repository can use it',
    inComment: 'a comment holds a literal {{kind}} ({{masked}}): anyone who can read the repository can use it'
  },
  checkFile({ doc, host, servers }) {
    const reports: RuleReport[] = []
    const reported = new Set<string>()
    const serverAt = (path: PointerPath): string | undefined =>
      servers.find((s) => s.pointer.every((segment, i) => String(path[i]) === String(segment)))?.name
    for (const site of sites(doc.value)) {
      for (const secret of secretsAt(site)) {
        reported.add(secret.value)
        const reference = envReference(host.profile.placeholders.syntaxes, variableName(site.path))
        const fix = site.isKey
          ? 'remove it from the key (a variable name is not secret) and pass the value through the environment'
          : reference
            ? `reference an environment variable instead, e.g. "${reference}"`
            : "pass it through the environment instead (see the host's docs)"
        const report: RuleReport = {
          messageId: site.isKey ? 'inKey' : 'literal',
          data: { kind: secret.kind, masked: maskSecret(secret.value) },
          help: `${EXPOSED}; revoke it, and ${fix}.`,
          at: site.path,
          key: site.isKey
        }
        const server = serverAt(site.path)
        if (server !== undefined) report.server = server
        reports.push(report)
      }
    }
    // What parsing drops: a credential in a comment is committed all the same.
    for (const secret of scanText(doc.text, 'report', mayHoldComment)) {
      if (reported.has(secret.value) || !inComment(doc.text, secret.offset)) continue
      reported.add(secret.value)
      reports.push({
        messageId: 'inComment',
        data: { kind: secret.kind, masked: maskSecret(secret.value) },
        help: `${EXPOSED}, comments included; revoke it, and remove it from the file.`,
        at: doc.lines.range(secret.offset, secret.value.length)
      })
    }
    return reports
  }
}

/** Whether a line has a comment marker at all (`inComment` can hold for some offset of it): the others need no scan. */
function mayHoldComment(line: string): boolean {
  return /^\s*(?:\/\*|\*)|\/\/|(?:^|\s)#/.test(line)
}

/** Whether an offset is after a comment marker on its line (`//`, `#`, or a line of a block comment). */
function inComment(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const before = text.slice(lineStart, offset)
  return /^\s*(?:\/\*|\*)|\/\/|(?:^|\s)#/.test(before)
}

/** For the engine: secrets in a file that could not be parsed, as findings at their text position. */
export function textSecretReports(
  text: string
): (Required<Pick<RuleReport, 'messageId' | 'data' | 'help'>> & { offset: number; length: number })[] {
  const seen = new Set<string>()
  return scanText(text).flatMap((secret) => {
    if (seen.has(secret.value)) return []
    seen.add(secret.value)
    return [
      {
        messageId: 'literal',
        data: { kind: secret.kind, masked: maskSecret(secret.value) },
        help: `${EXPOSED}; revoke it, and pass it through the environment instead.`,
        offset: secret.offset,
        length: secret.value.length
      }
    ]
  })
}
