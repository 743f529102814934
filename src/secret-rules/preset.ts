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

/** Every range a preset rule reports in `content`; nothing when the preset is not loaded. */
export function scanWithPreset(content: string): PresetMatch[] {
  if (!scanners) return []
  const found: PresetMatch[] = []
  const source = {
    content,
    // No file: rules that look at a file's name or read it (npmrc, .p12) have nothing to do here.
    filePath: undefined,
    ext: '',
    contentType: 'text',
    hasBOM: false
  } as unknown as SecretLintSourceCode
  for (const rule of scanners) {
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
  const vendor = VENDORS[match.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')] ?? 'vendor'
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
