import { maskSecret } from '../mask.js'
import { escapedSecrets, findSecrets, scanText, type SecretMatch, type TextSecret } from '../secrets.js'
import { looksRandom } from '../secret-rules/generic.js'
import { envReference } from './placeholder-syntax.js'
import type { ParsedDocument } from '../parse/source.js'
import type { DocumentString } from './support/document.js'
import { syntaxesIn } from '../hosts/profile.js'
import { expandsField, fieldOf } from './support/placeholder-tokens.js'
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

/** Secrets in one string; a key in a variable map that is itself a random token counts too. */
function secretsAt(site: DocumentString): readonly SecretMatch[] {
  if (!site.isKey) return findSecrets(site.value, site.name)
  const found = findSecrets(site.value)
  if (found.length > 0) return found
  const asName = variableNameSecret(site)
  return asName ? [asName] : found
}

/**
 * A key of a variable map that is itself a random token (pasted in the wrong place): reported by this rule,
 * and masked in every output with the secrets the scans find (the engine asks this of every key).
 */
export function variableNameSecret(site: Pick<DocumentString, 'path' | 'value' | 'isKey'>): SecretMatch | undefined {
  if (!site.isKey || site.value.length < 16) return undefined
  const parent = site.path[site.path.length - 2]
  if (
    typeof parent === 'string' &&
    VARIABLE_MAPS.has(parent) &&
    !/^[A-Z][A-Z0-9_]*$/.test(site.value) &&
    looksRandom(site.value, 16) &&
    findSecrets(site.value).length === 0
  )
    return { kind: 'credential (as a variable name)', value: site.value }
  return undefined
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
  checkFile({ doc, profile, servers, strings }) {
    const reports: RuleReport[] = []
    const reported = new Set<string>()
    const all = strings.all
    // By index, and past the strings that hold none (nearly all): a loop per string of every file, where a
    // `for…of` allocates a result per step until V8 optimises it.
    for (let i = 0; i < all.length; i++) {
      const site = all[i]
      const found = secretsAt(site)
      if (found.length === 0) continue
      for (const secret of found) {
        reported.add(secret.value)
        const server = servers.find((s) => s.pointer.every((segment, i) => String(site.path[i]) === String(segment)))
        // A field the host passes as written (Factory's `args`) takes no reference to a variable.
        const reference =
          !server || expandsField(profile, server, site.path)
            ? envReference(
                server ? syntaxesIn(profile.placeholders, fieldOf(server, site.path)) : profile.placeholders.syntaxes,
                variableName(site.path)
              )
            : undefined
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
        if (server !== undefined) report.server = server.name
        reports.push(report)
      }
    }
    for (const secret of commentSecrets(doc, reported)) {
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

/**
 * What parsing drops: a credential in a comment is committed all the same. The secrets after a comment
 * marker on their line, of those `reported` does not hold, each once. A line of a strict JSON text that holds
 * only strings (`holdsOnlyScannedStrings`: the URL lines, whose `//` reads as a marker) is not scanned: what the
 * scan could find there its strings' scan found. `everyLine`: scan those too (for the tests that hold it to that).
 */
export function commentSecrets(
  doc: { readonly text: string; readonly jsonText?: string },
  reported: ReadonlySet<string>,
  everyLine = false
): TextSecret[] {
  const { text, jsonText } = doc
  const found: TextSecret[] = []
  // What was taken here, beside `reported`: made for the first, not as a copy of `reported` for every file.
  let taken: Set<string> | undefined
  for (const secret of scanText(text, 'report', mayHoldComment, everyLine ? undefined : jsonText)) {
    if (reported.has(secret.value) || taken?.has(secret.value) || !inComment(text, secret.offset)) continue
    taken = (taken ?? new Set<string>()).add(secret.value)
    found.push(secret)
  }
  return found
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

/**
 * For the engine: secrets in a file that could not be parsed, as findings at their text position; one written with
 * escapes or across a line continuation (`escapedSecrets`) is reported where the text writes it, each once.
 */
export function textSecretReports(
  text: string,
  help = `${EXPOSED}; revoke it, and pass it through the environment instead.`
): (Required<Pick<RuleReport, 'messageId' | 'data' | 'help'>> & { offset: number; length: number })[] {
  const seen = new Set<string>()
  const found = [
    ...scanText(text).map((secret) => ({ ...secret, length: secret.value.length })),
    ...escapedSecrets(text).map((secret) => ({ ...secret, length: secret.written.length }))
  ]
  return found.flatMap((secret) => {
    if (seen.has(secret.value)) return []
    seen.add(secret.value)
    return [
      {
        messageId: 'literal',
        data: { kind: secret.kind, masked: maskSecret(secret.value) },
        help,
        offset: secret.offset,
        length: secret.length
      }
    ]
  })
}

/** The fix for a credential in mcpcop's own settings file, which never needs one. */
export const SETTINGS_HELP = `${EXPOSED}; revoke it, and remove it from the settings file (no setting holds a credential).`

/**
 * For the settings file (`.mcpcop.json`, `.mcpcop.yaml`), which no host reads: the secrets in its strings (keys
 * included, each value under its key) and its comments, as this rule reports them in a config.
 */
export function settingsSecretReports(
  doc: Pick<ParsedDocument, 'text' | 'jsonText' | 'lines'>,
  strings: readonly Pick<DocumentString, 'path' | 'value' | 'isKey' | 'name'>[]
): (Required<Pick<RuleReport, 'messageId' | 'data' | 'help' | 'at'>> & Pick<RuleReport, 'key'>)[] {
  const reports: ReturnType<typeof settingsSecretReports> = []
  const reported = new Set<string>()
  for (const site of strings)
    for (const secret of findSecrets(site.value, site.isKey ? undefined : site.name)) {
      reported.add(secret.value)
      reports.push({
        messageId: site.isKey ? 'inKey' : 'literal',
        data: { kind: secret.kind, masked: maskSecret(secret.value) },
        help: SETTINGS_HELP,
        at: site.path,
        key: site.isKey
      })
    }
  for (const secret of commentSecrets(doc, reported))
    reports.push({
      messageId: 'inComment',
      data: { kind: secret.kind, masked: maskSecret(secret.value) },
      help: SETTINGS_HELP,
      at: doc.lines.range(secret.offset, secret.value.length)
    })
  return reports
}
