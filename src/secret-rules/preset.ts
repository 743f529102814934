import type { SecretLintRuleCreator, SecretLintRuleContext, SecretLintSourceCode } from '@secretlint/types'

/**
 * The secretlint recommended preset (`@secretlint/secretlint-rule-preset-recommend`), a maintained
 * set of vendor credential rules, run synchronously over single strings.
 *
 * Why not `@secretlint/core`'s `lintSource`: it is asynchronous (its rules are dispatched through a
 * promise-based event emitter) and made for whole files, while mcpcop's rules are synchronous and
 * look at one config string at a time. The preset's rules follow secretlint's documented rule API
 * (`create(context, options)` returns a `file(source)` handler that calls `context.report`), so a
 * small host runs them directly; __tests__/secrets/preset.test.ts checks that it reports what
 * `lintSource` reports. The preset is loaded lazily (`loadPreset`), only when some file holds a
 * string that could be a credential: it costs start-up time that a clean run does not need.
 */

/** One finding of a preset rule: the rule's own id and message id, and the reported range. */
export interface PresetMatch {
  ruleId: string
  messageId: string
  start: number
  end: number
}

let scanners: readonly SecretLintRuleCreator[] | undefined

/** The preset's scanner rules' short ids, once it is loaded (for tests). */
export function presetRuleNames(): string[] {
  return (scanners ?? []).map((rule) => presetRuleName(rule.meta.id))
}

/** Loads the preset once; later calls return at once. */
export async function loadPreset(): Promise<void> {
  if (scanners) return
  const { rules } = await import('@secretlint/secretlint-rule-preset-recommend')
  // The preset also holds a "filter" rule (secretlint-disable comments), which reports nothing.
  scanners = (rules as SecretLintRuleCreator[]).filter((rule) => rule.meta.type === 'scanner')
}

/** Whether `loadPreset` has finished. */
export function presetLoaded(): boolean {
  return scanners !== undefined
}

/**
 * What every match of each preset rule holds, in lower case (as gitleaks' rule keywords), read from the
 * rules' own patterns (secretlint-rule-preset-recommend 13.1): a string that, in lower case, holds none
 * of a rule's keywords is not given to that rule (most strings hold none of any rule's). Lower case
 * makes a keyword stand for every casing, so a rule that matches in any case (the database URIs, Slack's
 * webhooks) is covered. A rule with no entry here runs on every string; a test holds each entry to its
 * rule's reports.
 */
export const PRESET_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  // `aws_secret_access_key = …`; the access key id (`AKIA…`) and account id scans run only with the rule's
  // enableIDScanRule option, which mcpcop does not set (their keywords are kept for when it does).
  aws: ['a3t', 'akia', 'agpa', 'aida', 'aroa', 'aipa', 'anpa', 'anva', 'asia', 'secret', 'account'],
  // A service account key file (JSON holding a PEM private key). It reads only a file named .json or .p12,
  // and a string has no name: it never reports here.
  gcp: ['private key'],
  npm: ['x-oauth-basic', '_authtoken=', 'npm_'],
  slack: ['xoxb-', 'xoxp-', 'xapp-', 'xoxa-', 'xoxo-', 'xoxr-', 'hooks.slack.com'],
  basicauth: ['://'],
  openai: ['sk-'],
  anthropic: ['sk-ant-api0'],
  groq: ['gsk_'],
  huggingface: ['hf_'],
  linear: ['lin_api_'],
  notion: ['ntn_'],
  privatekey: ['private key'],
  sendgrid: ['sg.'],
  shopify: ['shppa_', 'shpca_', 'shpat_', 'shpss_'],
  stripe: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  github: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  gitlab: ['glpat-'],
  grafana: ['glc_', 'glsa_'],
  '1password': ['ops_'],
  'database-connection-string': ['mongodb', 'mysql', 'postgres'],
  'hashicorp-vault': ['hvs.', 'hvb.', 'hvr.'],
  vercel: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  databricks: ['dapi'],
  docker: ['dckr_pat_'],
  figma: ['figd_'],
  cloudflare: ['cfk_', 'cfut_', 'cfat_'],
  tailscale: ['tskey-'],
  // Marks `secretlint-disable` comments as ignored ranges; reports nothing.
  'filter-comments': ['secretlint-']
}

/** A preset rule's short id (`@secretlint/secretlint-rule-aws` → `aws`). */
export function presetRuleName(ruleId: string): string {
  return ruleId.replace(/^@secretlint\/secretlint-rule-/, '')
}

/**
 * Every range a preset rule reports in `content`; nothing when the preset is not loaded. Each rule runs
 * only when the content holds one of its keywords (`PRESET_KEYWORDS`), unless `everyRule` (for tests).
 */
export function scanWithPreset(content: string, everyRule = false): PresetMatch[] {
  if (!scanners) return []
  const found: PresetMatch[] = []
  const lower = content.toLowerCase()
  const source = {
    content,
    // No file: rules that look at a file's name or read it (npmrc, .p12) have nothing to do here.
    filePath: undefined,
    ext: '',
    contentType: 'text',
    hasBOM: false
  } as unknown as SecretLintSourceCode
  for (const rule of scanners) {
    const keywords = PRESET_KEYWORDS[presetRuleName(rule.meta.id)]
    if (!everyRule && keywords && !keywords.some((keyword) => lower.includes(keyword))) continue
    const context: SecretLintRuleContext = {
      sharedOptions: {},
      createTranslator: (() => (messageId: string, data?: unknown) => ({
        message: '',
        messageId,
        data
      })) as unknown as SecretLintRuleContext['createTranslator'],
      report: (descriptor) =>
        found.push({
          ruleId: rule.meta.id,
          messageId: descriptor.message.messageId,
          start: descriptor.range[0],
          end: descriptor.range[1]
        }),
      ignore: () => undefined
    }
    try {
      const result = rule.create(context, {}).file?.(source)
      // Only binary sources (never passed here) make a rule asynchronous; a stray promise must not reject unhandled.
      if (result && typeof result.catch === 'function') result.catch(() => undefined)
    } catch {
      // One rule's failure must not cost the others' findings.
    }
  }
  return found
}

/** What a message calls a preset finding: the vendor from the rule id, the kind from the message id. */
export function presetKind(match: PresetMatch): string {
  const vendor = VENDORS[presetRuleName(match.ruleId)] ?? 'vendor'
  const id = match.messageId.toUpperCase()
  if (/PRIVATE_?KEY|PRIVATEKEY/.test(id)) return 'private key'
  if (/CONNECTION|URI|BASIC/.test(id) || vendor === 'URL' || vendor === 'database') return 'password in a URL'
  if (/API_?KEY/.test(id)) return `${vendor} API key`
  if (/SECRET/.test(id)) return `${vendor} secret`
  if (/KEY/.test(id)) return `${vendor} key`
  return `${vendor} token`
}

const VENDORS: Record<string, string> = {
  '1password': '1Password',
  anthropic: 'Anthropic',
  aws: 'AWS',
  basicauth: 'URL',
  cloudflare: 'Cloudflare',
  'database-connection-string': 'database',
  databricks: 'Databricks',
  docker: 'Docker',
  figma: 'Figma',
  gcp: 'Google Cloud',
  github: 'GitHub',
  gitlab: 'GitLab',
  grafana: 'Grafana',
  groq: 'Groq',
  'hashicorp-vault': 'HashiCorp Vault',
  huggingface: 'Hugging Face',
  linear: 'Linear',
  notion: 'Notion',
  npm: 'npm',
  openai: 'OpenAI',
  privatekey: 'private',
  sendgrid: 'SendGrid',
  shopify: 'Shopify',
  slack: 'Slack',
  stripe: 'Stripe',
  tailscale: 'Tailscale',
  vercel: 'Vercel'
}
