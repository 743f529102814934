import { findSecrets, maskSecret } from '../secrets.js'
import { describePath } from '../schema/validate.js'
import { envReference } from './placeholder-syntax.js'
import type { Rule, RuleReport } from './types.js'
import { strings } from './walk.js'

/** A variable name for the fix suggestion: the env key itself when the secret is an env value. */
function variableName(path: readonly (string | number)[]): string {
  const last = String(path[path.length - 1] ?? '')
  return /^[A-Z][A-Z0-9_]*$/.test(last) ? last : 'API_TOKEN'
}

/**
 * Literal credentials anywhere in a committed config (env, headers, args, url, ...). Anyone who can
 * read the repository, or its history, can use them; the value is shown masked, never in full.
 */
export const hardcodedSecret: Rule = {
  id: 'hardcoded-secret',
  defaultSeverity: 'error',
  description: 'A literal credential (token, API key, password, private key) is committed in the config.',
  checkFile({ doc, host, servers }) {
    const reports: RuleReport[] = []
    for (const node of strings(doc.value)) {
      for (const secret of findSecrets(node.value)) {
        const reference = envReference(host.profile.placeholders.syntaxes, variableName(node.path))
        const fix = reference
          ? `reference an environment variable instead, e.g. "${reference}"`
          : "pass it through the environment instead (see the host's docs)"
        const server = servers.find((s) => s.pointer.every((segment, i) => String(node.path[i]) === String(segment)))
        const report: RuleReport = {
          message: `${describePath(node.path)} holds a literal ${secret.kind} (${maskSecret(secret.value)}); anyone who can read the repository can use it: revoke it, and ${fix}`,
          at: node.path,
          key: node.isKey
        }
        if (server) report.server = server.name
        reports.push(report)
      }
    }
    return reports
  }
}
