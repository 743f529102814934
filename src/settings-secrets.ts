import { toDiagnostic, type Finding } from './finding.js'
import { fillMessage } from './message-template.js'
import { LineIndex, type ParsedDocument } from './parse/source.js'
import { hardcodedSecret, SETTINGS_HELP, settingsSecretReports, textSecretReports } from './rules/hardcoded-secret.js'
import { documentStrings } from './rules/support/document.js'
import { fileSecrets, textSecrets, writtenSecretForms } from './secrets.js'
import type { MessageData } from './rules/types.js'
import type { Diagnostic, PointerPath, Range } from './types.js'

/**
 * The credentials in the settings file (`.mcpcop.json`, `.mcpcop.yaml`), found as a config's are: in its strings
 * (keys included) and its text, as written too (escapes), or in its text alone when it does not parse. The file is
 * committed like the configs, and outputs quote it (an unknown key or rule, a suppression's server or reason,
 * `ignoreServers`, `--print-config`, the note on a changed settings file): each is reported by `hardcoded-secret`
 * where it is written, and `secrets` is what every output masks.
 */
export function settingsSecrets(
  file: string,
  text: string,
  doc: ParsedDocument | undefined
): { diagnostics: Diagnostic[]; secrets: string[] } {
  if (!doc) return { diagnostics: textSecretDiagnostics(file, text, SETTINGS_HELP), secrets: textSecrets(text) }
  const strings = documentStrings(doc.value)
  const diagnostics = settingsSecretReports(doc, strings).map((r) =>
    toDiagnostic(file, { ...secretFinding(r), range: isPointer(r.at) ? doc.locate(r.at, r.key ?? false) : r.at })
  )
  const secrets = fileSecrets(strings, text, new Set(), doc.jsonText)
  for (const form of writtenSecretForms(secrets, strings, text, (at) => doc.span(at))) secrets.add(form)
  return { diagnostics, secrets: [...secrets] }
}

/**
 * `hardcoded-secret`'s findings in a text read as text alone (a file that does not parse: a config's, or the
 * settings file's with its own `help`).
 */
export function textSecretDiagnostics(file: string, text: string, help?: string): Diagnostic[] {
  const lines = new LineIndex(text)
  return textSecretReports(text, help).map((r) =>
    toDiagnostic(file, { ...secretFinding(r), range: lines.range(r.offset, r.length) })
  )
}

/** A `hardcoded-secret` report as a finding, its message filled in. */
function secretFinding(report: { messageId: string; data: MessageData; help: string }): Omit<Finding, 'range'> {
  return {
    ruleId: hardcodedSecret.id,
    severity: hardcodedSecret.defaultSeverity,
    message: fillMessage(hardcodedSecret.messages?.[report.messageId] ?? '', report.data),
    messageId: report.messageId,
    data: { ...report.data },
    help: report.help
  }
}

function isPointer(at: PointerPath | Range): at is PointerPath {
  return Array.isArray(at)
}
