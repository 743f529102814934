import { headerSecrets, maskCredentials, maskDeep, redact } from '../mask.js'

/**
 * Masks known secret values in text a server produced or a message quotes, by the one masking
 * policy (src/mask.ts): a server that echoes its token on stderr must not put it in a report.
 */
export function redactor(secrets: Iterable<string>): (text: string) => string {
  const values = [...new Set(secrets)]
  return (text) => redact(text, values)
}

/**
 * The values to mask for one server: header values and the credential part of `Bearer x` /
 * `Basic x`, the `env` values that came from the user's environment through a placeholder, and
 * the variables the user passed explicitly.
 */
export function secretValues(
  headers: Record<string, string>,
  resolvedEnv: Record<string, string>,
  rawEnv: Record<string, string> | undefined,
  passed: Iterable<string>
): string[] {
  const out: string[] = []
  for (const value of Object.values(headers)) out.push(...headerSecrets(value))
  for (const [key, value] of Object.entries(resolvedEnv)) if (rawEnv?.[key] !== value) out.push(value)
  out.push(...passed)
  return out
}

/**
 * A copy of what a server listed with every string (keys included) masked: the values `redact`
 * knows (headers, passed variables), and anything that looks like a credential, masked the way the
 * rest of the report masks it. A server that puts a token in a tool description must not get it
 * into a report, a lock file or a pull-request comment.
 */
export function maskListed<T>(value: T, redact: (text: string) => string): T {
  return maskDeep(value, (text) => maskCredentials(redact(text)))
}
