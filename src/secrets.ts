import { hasPlaceholder } from './placeholders.js'

/** A credential-looking value found in a string. */
export interface SecretMatch {
  /** What it looks like, for messages: "GitHub token", "OpenAI API key", ... */
  kind: string
  /** The raw secret text (never print it: use `maskSecret`). */
  value: string
}

/** Values are cut to this length before matching, so no pattern can run long on hostile input. */
const MAX_SCANNED_LENGTH = 8192

/**
 * Credential formats, each a linear-time pattern (no nested quantifiers). Sources: the vendors'
 * documented prefixes (security brief); generic forms (Bearer, Basic, user:pass@) last.
 */
const DETECTORS: readonly { kind: string; pattern: RegExp; group?: number }[] = [
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'Anthropic API key', pattern: /\bsk-ant-[A-Za-z0-9_-]{20,200}/g },
  { kind: 'OpenAI API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}/g },
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { kind: 'Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,200}/g },
  { kind: 'Stripe secret key', pattern: /\b(?:sk|rk)_live_[A-Za-z0-9]{16,200}/g },
  { kind: 'Google API key', pattern: /\bAIza[A-Za-z0-9_-]{35}\b/g },
  { kind: 'JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/g },
  { kind: 'bearer token', pattern: /\bBearer[ \t]+([A-Za-z0-9._~+/=-]{16,4000})/g, group: 1 },
  { kind: 'Basic credentials', pattern: /\bBasic[ \t]+([A-Za-z0-9+/]{12,4000}={0,2})/g, group: 1 },
  { kind: 'password in a URL', pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,200}:([^\s:/@]{1,200})@/gi, group: 1 },
  {
    kind: 'token in a URL query',
    pattern: /[?&](?:api[_-]?key|apikey|access[_-]?token|token|key|secret|password|auth)=([^&#\s]{8,2000})/gi,
    group: 1
  }
]

/** Values that stand for a secret rather than being one. */
const PLACEHOLDER_LIKE = /^(?:<[^>]*>|\[[^\]]*\]|x{3,}|\*{3,}|\.{3,}|redacted|changeme|placeholder|test|null|none)$/i

/** A word that marks a stand-in anywhere in the value (`xoxb-your-slack-bot-token`, `sk-proj-EXAMPLE`). */
const STAND_IN_WORD =
  /(?:^|[^a-z0-9])(?:your|example|placeholder|dummy|sample|fake|changeme|redacted|replace[_-]?me|insert|here)(?:[^a-z0-9]|$)|x{6,}|\*{4,}/i

/** Whether a string is a stand-in (`<YOUR_TOKEN>`, `xxx`, `${VAR}`) and not a credential. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim()
  return (
    trimmed === '' ||
    PLACEHOLDER_LIKE.test(trimmed) ||
    STAND_IN_WORD.test(trimmed) ||
    (hasPlaceholder(trimmed) && trimmed.replace(/\$\{[^}]*\}|\{env:[^}]*\}|\$[A-Za-z_]\w*/g, '').length < 8)
  )
}

/** A cheap test that a string may hold one of the credentials above; most config strings do not. */
const MAYBE_SECRET =
  /gh[pousr]_|github_pat_|sk[-_]|rk_live|AKIA|ASIA|xox|AIza|eyJ|PRIVATE KEY|Bearer|Basic|@|[?&][^=&]{2,40}=/i

/** Findings per string: the same values recur across files, and the rule and the masking both ask. */
const cache = new Map<string, SecretMatch[]>()
const CACHE_LIMIT = 50_000

/** Every credential-looking value inside a string (placeholders excluded). */
export function findSecrets(text: string): SecretMatch[] {
  if (text.length < 12 || !MAYBE_SECRET.test(text)) return []
  let found = cache.get(text)
  if (!found) {
    found = scan(text)
    if (cache.size >= CACHE_LIMIT) cache.clear()
    cache.set(text, found)
  }
  return found
}

function scan(text: string): SecretMatch[] {
  const scanned = text.length > MAX_SCANNED_LENGTH ? text.slice(0, MAX_SCANNED_LENGTH) : text
  const found: SecretMatch[] = []
  const seen = new Set<string>()
  for (const { kind, pattern, group } of DETECTORS) {
    pattern.lastIndex = 0
    for (const match of scanned.matchAll(pattern)) {
      const value = group ? match[group] : match[0]
      if (!value || seen.has(value) || isPlaceholderValue(value)) continue
      // A generic form around a placeholder (`Bearer ${TOKEN}`) never reaches here; one around a
      // vendor token is reported once, as the vendor's kind.
      if ([...seen].some((s) => s.includes(value) || value.includes(s))) continue
      seen.add(value)
      found.push({ kind, value })
    }
  }
  return found
}

/** A recognisable but harmless form of a secret: `ghp_…9f2c`, or `***` when too short to show any of it. */
export function maskSecret(value: string): string {
  if (value.length < 16) return '***'
  const prefix = /^[A-Za-z]{2,4}[_-]/.exec(value)?.[0] ?? ''
  return `${prefix}…${value.slice(-4)}`
}

/** Replaces every occurrence of each secret in a text with its mask. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(maskSecret(secret))
  }
  return out
}

/** Every secret in every string of a parsed value (keys included), for masking the whole report. */
export function collectSecrets(value: unknown, into: Set<string> = new Set()): Set<string> {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const node = stack.pop()
    if (typeof node === 'string') for (const s of findSecrets(node)) into.add(s.value)
    else if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        stack.push(child)
        for (const s of findSecrets(key)) into.add(s.value)
      }
    }
  }
  return into
}
