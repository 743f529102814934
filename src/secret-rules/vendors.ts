/**
 * Credential formats of services that MCP servers commonly need and that the secretlint preset
 * does not know (or that must be caught even before it is loaded), one entry per format. Each
 * pattern runs in linear time: a literal prefix, then bounded character classes, with boundaries
 * on both sides. Each entry has an example in __tests__/secrets/fixtures.ts.
 *
 * Sources: each vendor's documentation of its key format, the formats seen in real committed MCP
 * configs (the corpus under __tests__/fixtures/corpus), and gitleaks' rule set (its rules whose
 * credential carries a prefix or structure of its own; those that need a vendor's name beside the value
 * are left to the generic detector, which reads the name).
 */
export interface VendorFormat {
  /** Stable id, kebab-case. */
  id: string
  /** What a message calls it: "Firecrawl API key". */
  kind: string
  /** The public, fixed start of every such credential, which masking may show (`fc-`). */
  prefix: string
  /** The whole credential; global, no capture groups needed. */
  pattern: RegExp
  /**
   * For formats without a prefix of their own (a bare UUID): only where the field, flag or
   * variable name says so (`RAILWAY_TOKEN`), and only when it names the vendor too.
   */
  name?: RegExp
  /**
   * Literal strings one of which every match holds (as gitleaks' rule keywords): a string holding none
   * of a format's keywords is not searched for it. Empty for a format that is searched only under its `name`.
   */
  keywords: readonly string[]
  /** Of a format without keywords: what every match holds, with no boundary (so it holds in any text around a match). */
  shape?: RegExp
  /**
   * Runs of one character that the format's structure puts in every credential (the zero bytes of a binary
   * token in base64, `AAAAAAAA`): left out before judging whether the rest looks random. Global.
   */
  filler?: RegExp
}

// Boundaries: the credential is not part of a longer word.
const B = String.raw`(?<![A-Za-z0-9_-])`
const E = String.raw`(?![A-Za-z0-9_-])`
const p = (body: string): RegExp => new RegExp(`${B}${body}${E}`, 'g')
/**
 * A format whose credentials may hold more than token characters (`~`, `.`, `+`, `/`, `=`, `%`): none of
 * `after` may come right after it, nor of `before` right before it (a prefix of its own needs none: a `/`
 * of a URL's path or the `=` of `--key=…` may come before `ops_eyJ…`).
 */
const pWith = (body: string, after: string, before = ''): RegExp =>
  new RegExp(`(?<![A-Za-z0-9_${before}-])${body}(?![A-Za-z0-9_${after}-])`, 'g')
const UUID = String.raw`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`
const UUID_SHAPE = new RegExp(UUID)

export const VENDOR_FORMATS: readonly VendorFormat[] = [
  // Formats the secretlint preset also knows: kept here so the rule works before (or without) it.
  {
    id: 'github-token',
    kind: 'GitHub token',
    prefix: 'ghp_',
    pattern: p('gh[pousr]_[A-Za-z0-9]{36,251}'),
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']
  },
  {
    id: 'github-fine-grained-token',
    kind: 'GitHub token',
    prefix: 'github_pat_',
    pattern: p('github_pat_[A-Za-z0-9_]{22,255}'),
    keywords: ['github_pat_']
  },
  {
    id: 'anthropic-api-key',
    kind: 'Anthropic API key',
    prefix: 'sk-ant-',
    pattern: p('sk-ant-(?:api|admin|oat|sid)\\d{2}-[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-ant-']
  },
  {
    id: 'openrouter-api-key',
    kind: 'OpenRouter API key',
    prefix: 'sk-or-v1-',
    pattern: p('sk-or-v1-[0-9a-f]{64}'),
    keywords: ['sk-or-v1-']
  },
  {
    id: 'langfuse-secret-key',
    kind: 'Langfuse secret key',
    prefix: 'sk-lf-',
    pattern: p(`sk-lf-${UUID}`),
    keywords: ['sk-lf-']
  },
  {
    id: 'openai-project-key',
    kind: 'OpenAI API key',
    prefix: 'sk-proj-',
    pattern: p('sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-']
  },
  // DeepSeek, Moonshot, Zhipu and other OpenAI-compatible APIs use the same form.
  {
    id: 'openai-style-api-key',
    kind: 'OpenAI-style API key',
    prefix: 'sk-',
    pattern: p('sk-[A-Za-z0-9_-]{20,200}'),
    keywords: ['sk-']
  },
  {
    id: 'aws-access-key-id',
    kind: 'AWS access key id',
    prefix: 'AKIA',
    pattern: p('(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}'),
    keywords: ['A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA']
  },
  // An app configuration token (`xoxe.xoxp-1-…`): before the plain form, which finds it from its `xoxp-`.
  {
    id: 'slack-config-token',
    kind: 'Slack token',
    prefix: 'xoxe.',
    pattern: p('xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{150,180}'),
    keywords: ['xoxe.xoxb-', 'xoxe.xoxp-']
  },
  {
    id: 'slack-token',
    kind: 'Slack token',
    prefix: 'xoxb-',
    pattern: p('xox[abposre]-[A-Za-z0-9-]{10,250}'),
    keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-', 'xoxe-']
  },
  {
    id: 'slack-app-token',
    kind: 'Slack app token',
    prefix: 'xapp-',
    pattern: p('xapp-\\d-[A-Za-z0-9-]{10,250}'),
    keywords: ['xapp-']
  },
  {
    id: 'stripe-secret-key',
    kind: 'Stripe secret key',
    prefix: 'sk_live_',
    pattern: p('(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,250}'),
    keywords: ['sk_live_', 'sk_test_', 'sk_prod_', 'rk_live_', 'rk_test_', 'rk_prod_']
  },
  {
    id: 'google-api-key',
    kind: 'Google API key',
    prefix: 'AIza',
    pattern: p('AIza[0-9A-Za-z_-]{35}'),
    keywords: ['AIza']
  },
  {
    id: 'google-bound-api-key',
    kind: 'Google API key',
    prefix: 'AQ.',
    pattern: p('AQ\\.[A-Za-z0-9_-]{40,250}'),
    keywords: ['AQ.']
  },
  {
    id: 'google-oauth-client-secret',
    kind: 'Google OAuth client secret',
    prefix: 'GOCSPX-',
    pattern: p('GOCSPX-[A-Za-z0-9_-]{28}'),
    keywords: ['GOCSPX-']
  },
  {
    id: 'hugging-face-token',
    kind: 'Hugging Face token',
    prefix: 'hf_',
    pattern: p('hf_[A-Za-z0-9]{30,40}'),
    keywords: ['hf_']
  },
  {
    id: 'groq-api-key',
    kind: 'Groq API key',
    prefix: 'gsk_',
    pattern: p('gsk_[A-Za-z0-9]{48,56}'),
    keywords: ['gsk_']
  },
  {
    id: 'linear-api-key',
    kind: 'Linear API key',
    prefix: 'lin_api_',
    pattern: p('lin_api_[A-Za-z0-9]{32,64}'),
    keywords: ['lin_api_']
  },
  {
    id: 'notion-token',
    kind: 'Notion token',
    prefix: 'ntn_',
    pattern: p('ntn_[A-Za-z0-9]{40,60}'),
    keywords: ['ntn_']
  },
  {
    id: 'notion-legacy-token',
    kind: 'Notion token',
    prefix: 'secret_',
    pattern: p('secret_[A-Za-z0-9]{43}'),
    keywords: ['secret_']
  },
  {
    id: 'figma-token',
    kind: 'Figma token',
    prefix: 'figd_',
    pattern: p('figd_[A-Za-z0-9_-]{38,200}'),
    keywords: ['figd_']
  },
  {
    id: 'gitlab-token',
    kind: 'GitLab token',
    prefix: 'glpat-',
    pattern: p('glpat-[A-Za-z0-9_.-]{20,320}'),
    keywords: ['glpat-']
  },
  { id: 'npm-token', kind: 'npm token', prefix: 'npm_', pattern: p('npm_[A-Za-z0-9]{36}'), keywords: ['npm_'] },
  // The preset's SendGrid pattern misses keys with a dash in their first parts.
  {
    id: 'sendgrid-api-key',
    kind: 'SendGrid API key',
    prefix: 'SG.',
    pattern: p('SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}'),
    keywords: ['SG.']
  },
  // Formats of the MCP ecosystem that the preset lacks.
  {
    id: 'firecrawl-api-key',
    kind: 'Firecrawl API key',
    prefix: 'fc-',
    pattern: p('fc-[0-9a-f]{32}'),
    keywords: ['fc-']
  },
  {
    id: 'perplexity-api-key',
    kind: 'Perplexity API key',
    prefix: 'pplx-',
    pattern: p('pplx-[A-Za-z0-9]{40,64}'),
    keywords: ['pplx-']
  },
  {
    id: 'brave-search-api-key',
    kind: 'Brave Search API key',
    prefix: 'BSA',
    pattern: p('BSA[A-Za-z0-9_-]{20,40}'),
    keywords: ['BSA']
  },
  {
    id: 'context7-api-key',
    kind: 'Context7 API key',
    prefix: 'ctx7sk-',
    pattern: p('ctx7sk-[A-Za-z0-9-]{20,80}'),
    keywords: ['ctx7sk-']
  },
  {
    id: 'supabase-access-token',
    kind: 'Supabase access token',
    prefix: 'sbp_',
    pattern: p('sbp_(?:v0_)?[0-9a-f]{40}'),
    keywords: ['sbp_']
  },
  {
    id: 'supabase-secret-key',
    kind: 'Supabase secret key',
    prefix: 'sb_secret_',
    pattern: p('sb_secret_[A-Za-z0-9_-]{20,80}'),
    keywords: ['sb_secret_']
  },
  {
    id: 'render-api-key',
    kind: 'Render API key',
    prefix: 'rnd_',
    pattern: p('rnd_[A-Za-z0-9]{24,48}'),
    keywords: ['rnd_']
  },
  {
    id: 'tavily-api-key',
    kind: 'Tavily API key',
    prefix: 'tvly-',
    pattern: p('tvly-(?:dev-|prod-)?[A-Za-z0-9]{24,48}'),
    keywords: ['tvly-']
  },
  {
    id: 'sentry-user-token',
    kind: 'Sentry token',
    prefix: 'sntryu_',
    pattern: p('sntryu_[0-9a-f]{64}'),
    keywords: ['sntryu_']
  },
  {
    id: 'sentry-org-token',
    kind: 'Sentry token',
    prefix: 'sntrys_',
    pattern: p('sntrys_[A-Za-z0-9+/=_]{40,500}'),
    keywords: ['sntrys_']
  },
  {
    id: 'replicate-api-token',
    kind: 'Replicate API token',
    prefix: 'r8_',
    pattern: p('r8_[A-Za-z0-9]{37}'),
    keywords: ['r8_']
  },
  {
    id: 'pinecone-api-key',
    kind: 'Pinecone API key',
    prefix: 'pcsk_',
    pattern: p('pcsk_[A-Za-z0-9_]{40,100}'),
    keywords: ['pcsk_']
  },
  {
    id: 'browserbase-api-key',
    kind: 'Browserbase API key',
    prefix: 'bb_live_',
    pattern: p('bb_live_[A-Za-z0-9_-]{20,40}'),
    keywords: ['bb_live_']
  },
  {
    id: 'airtable-token',
    kind: 'Airtable token',
    prefix: 'pat',
    pattern: p('pat[A-Za-z0-9]{14}\\.[0-9a-f]{64}'),
    keywords: ['pat']
  },
  {
    id: 'atlassian-api-token',
    kind: 'Atlassian API token',
    prefix: 'ATATT',
    pattern: p('AT[AC]TT[A-Za-z0-9_=-]{50,300}'),
    keywords: ['ATATT', 'ATCTT']
  },
  { id: 'xai-api-key', kind: 'xAI API key', prefix: 'xai-', pattern: p('xai-[A-Za-z0-9]{70,90}'), keywords: ['xai-'] },
  {
    id: 'jina-api-key',
    kind: 'Jina API key',
    prefix: 'jina_',
    pattern: p('jina_[A-Za-z0-9_-]{50,80}'),
    keywords: ['jina_']
  },
  {
    id: 'apify-api-token',
    kind: 'Apify API token',
    prefix: 'apify_api_',
    pattern: p('apify_api_[A-Za-z0-9]{30,40}'),
    keywords: ['apify_api_']
  },
  {
    id: 'neon-api-key',
    kind: 'Neon API key',
    prefix: 'napi_',
    pattern: p('napi_[A-Za-z0-9]{60,70}'),
    keywords: ['napi_']
  },
  {
    id: 'postman-api-key',
    kind: 'Postman API key',
    prefix: 'PMAK-',
    pattern: p('PMAK-[0-9a-f]{24}-[0-9a-f]{34}'),
    keywords: ['PMAK-']
  },
  {
    id: 'digitalocean-token',
    kind: 'DigitalOcean token',
    prefix: 'dop_v1_',
    pattern: p('do[opr]_v1_[0-9a-f]{64}'),
    keywords: ['doo_v1_', 'dop_v1_', 'dor_v1_']
  },
  { id: 'e2b-api-key', kind: 'E2B API key', prefix: 'e2b_', pattern: p('e2b_[0-9a-f]{40}'), keywords: ['e2b_'] },
  {
    id: 'langsmith-api-key',
    kind: 'LangSmith API key',
    prefix: 'lsv2_',
    pattern: p('lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}'),
    keywords: ['lsv2_pt_', 'lsv2_sk_']
  },
  {
    id: 'elevenlabs-api-key',
    kind: 'ElevenLabs API key',
    prefix: 'sk_',
    pattern: p('sk_[0-9a-f]{48}'),
    keywords: ['sk_']
  },
  {
    id: 'pypi-token',
    kind: 'PyPI token',
    prefix: 'pypi-',
    pattern: p('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}'),
    keywords: ['pypi-AgEIcHlwaS5vcmc']
  },
  {
    id: 'doppler-token',
    kind: 'Doppler token',
    prefix: 'dp.',
    pattern: p('dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}'),
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.']
  },
  {
    id: 'resend-api-key',
    kind: 'Resend API key',
    prefix: 're_',
    pattern: p('re_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,30}'),
    keywords: ['re_']
  },
  {
    id: 'mailgun-api-key',
    kind: 'Mailgun API key',
    prefix: 'key-',
    pattern: p('key-[0-9a-f]{32}'),
    keywords: ['key-']
  },
  {
    id: 'brevo-api-key',
    kind: 'Brevo API key',
    prefix: 'xkeysib-',
    pattern: p('xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}'),
    keywords: ['xkeysib-']
  },
  {
    id: 'hubspot-private-app-token',
    kind: 'HubSpot token',
    prefix: 'pat-',
    pattern: p(`pat-(?:na|eu)\\d-${UUID}`),
    keywords: ['pat-na', 'pat-eu']
  },
  {
    id: 'clickup-api-token',
    kind: 'ClickUp API token',
    prefix: 'pk_',
    pattern: p('pk_\\d{4,12}_[A-Z0-9]{32}'),
    keywords: ['pk_']
  },
  {
    id: 'fireworks-api-key',
    kind: 'Fireworks API key',
    prefix: 'fw_',
    pattern: p('fw_[A-Za-z0-9]{24}'),
    keywords: ['fw_']
  },
  {
    id: 'mapbox-secret-token',
    kind: 'Mapbox secret token',
    prefix: 'sk.',
    pattern: p('sk\\.eyJ[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{20,100}'),
    keywords: ['sk.eyJ']
  },
  {
    id: 'telegram-bot-token',
    kind: 'Telegram bot token',
    prefix: '',
    pattern: p('\\d{8,10}:AA[A-Za-z0-9_-]{33}'),
    keywords: [':AA']
  },
  {
    id: 'asana-token',
    kind: 'Asana token',
    prefix: '',
    pattern: p('[12]/\\d{10,20}/\\d{10,20}:[0-9a-f]{32}'),
    keywords: ['1/', '2/']
  },
  // Formats of gitleaks' rule set for the services MCP servers call and the infrastructure around them, and a
  // few of the same kind it lacks (Contentful's and MongoDB Atlas's tokens, Discord's webhook URL).
  {
    id: '1password-service-account-token',
    kind: '1Password service account token',
    prefix: 'ops_eyJ',
    pattern: pWith('ops_eyJ[A-Za-z0-9+/]{250,5000}={0,3}', '+/='),
    keywords: ['ops_eyJ']
  },
  {
    id: 'adobe-client-secret',
    kind: 'Adobe client secret',
    prefix: 'p8e-',
    pattern: p('p8e-[A-Za-z0-9]{32}'),
    keywords: ['p8e-']
  },
  {
    id: 'alibaba-access-key-id',
    kind: 'Alibaba Cloud access key id',
    prefix: 'LTAI',
    pattern: p('LTAI[A-Za-z0-9]{20}'),
    keywords: ['LTAI']
  },
  {
    id: 'artifactory-api-key',
    kind: 'JFrog Artifactory API key',
    prefix: 'AKCp',
    pattern: p('AKCp[A-Za-z0-9]{69}'),
    keywords: ['AKCp']
  },
  // The base64 of `ref…`: 64 characters exactly, no other.
  {
    id: 'artifactory-reference-token',
    kind: 'JFrog Artifactory token',
    prefix: 'cmVmd',
    pattern: p('cmVmd[A-Za-z0-9]{59}'),
    keywords: ['cmVmd']
  },
  {
    id: 'aws-bedrock-api-key',
    kind: 'Amazon Bedrock API key',
    prefix: 'ABSK',
    pattern: pWith('ABSK[A-Za-z0-9+/]{109,269}={0,2}', '+/='),
    keywords: ['ABSK']
  },
  // A short-term key: the base64 of a signed `bedrock.amazonaws.com/?Action=CallWithBearerToken&…` URL.
  {
    id: 'aws-bedrock-short-term-api-key',
    kind: 'Amazon Bedrock API key',
    prefix: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t',
    pattern: pWith('bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,8000}={0,2}', '+/='),
    keywords: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t']
  },
  // Microsoft Entra ID (Azure AD) client secret: three characters, a digit, `Q~`, and the rest.
  {
    id: 'azure-ad-client-secret',
    kind: 'Azure AD client secret',
    prefix: '',
    pattern: pWith('[A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}', '~.', '~.'),
    keywords: ['Q~']
  },
  {
    id: 'clickhouse-cloud-api-secret',
    kind: 'ClickHouse Cloud API secret',
    prefix: '4b1d',
    pattern: p('4b1d[A-Za-z0-9]{38}'),
    keywords: ['4b1d']
  },
  {
    id: 'cloudflare-origin-ca-key',
    kind: 'Cloudflare Origin CA key',
    prefix: 'v1.0-',
    pattern: p('v1\\.0-[0-9a-f]{24}-[0-9a-f]{146}'),
    keywords: ['v1.0-']
  },
  {
    id: 'contentful-personal-access-token',
    kind: 'Contentful token',
    prefix: 'CFPAT-',
    pattern: p('CFPAT-[A-Za-z0-9_-]{43}'),
    keywords: ['CFPAT-']
  },
  // Its webhook URL is its credential: anyone holding it posts as the webhook.
  {
    id: 'discord-webhook-url',
    kind: 'Discord webhook URL',
    prefix: 'https://',
    pattern: p('https://(?:(?:canary|ptb)\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_-]{60,72}'),
    keywords: ['/api/webhooks/']
  },
  // An app-only bearer token of the X (Twitter) API: 22 `A`s (zero bytes), then the token, URL-encoded. Before
  // Dropbox's long-lived token, whose shape a part of it may have.
  {
    id: 'twitter-bearer-token',
    kind: 'X (Twitter) bearer token',
    prefix: '',
    pattern: pWith('A{22}[A-Za-z0-9%]{80,120}', '%', '%'),
    keywords: ['AAAAAAAAAAAAAAAAAAAAAA'],
    filler: /A{8,}/g
  },
  {
    id: 'dropbox-short-lived-token',
    kind: 'Dropbox token',
    prefix: 'sl.',
    pattern: p('sl\\.(?:u\\.)?[A-Za-z0-9_=-]{130,2000}'),
    keywords: ['sl.']
  },
  {
    id: 'dropbox-long-lived-token',
    kind: 'Dropbox token',
    prefix: '',
    pattern: pWith('[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}', '%', '%'),
    keywords: ['AAAAAAAAAA'],
    filler: /A{8,}/g
  },
  {
    id: 'duffel-api-token',
    kind: 'Duffel API token',
    prefix: 'duffel_',
    pattern: p('duffel_(?:test|live)_[A-Za-z0-9_=-]{43}'),
    keywords: ['duffel_test_', 'duffel_live_']
  },
  {
    id: 'dynatrace-api-token',
    kind: 'Dynatrace API token',
    prefix: 'dt0c01.',
    pattern: p('dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}'),
    keywords: ['dt0c01.']
  },
  {
    id: 'easypost-api-key',
    kind: 'EasyPost API key',
    prefix: 'EZAK',
    pattern: p('EZ[AT]K[A-Za-z0-9]{54}'),
    keywords: ['EZAK', 'EZTK']
  },
  {
    id: 'facebook-page-access-token',
    kind: 'Facebook access token',
    prefix: 'EAA',
    pattern: p('EAA[MC][A-Za-z0-9]{100,1000}'),
    keywords: ['EAAM', 'EAAC']
  },
  {
    id: 'flyio-token',
    kind: 'Fly.io token',
    prefix: 'fo1_',
    pattern: p('fo1_[A-Za-z0-9_-]{43}'),
    keywords: ['fo1_']
  },
  {
    id: 'flyio-macaroon-token',
    kind: 'Fly.io token',
    prefix: 'fm2_',
    pattern: pWith('fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,8000}={0,3}', '+/='),
    keywords: ['fm1a_', 'fm1r_', 'fm2_'],
    filler: /A{8,}/g
  },
  {
    id: 'frameio-api-token',
    kind: 'Frame.io API token',
    prefix: 'fio-u-',
    pattern: p('fio-u-[A-Za-z0-9_=-]{64}'),
    keywords: ['fio-u-']
  },
  // GitLab's other token kinds (its personal access token is above).
  {
    id: 'gitlab-other-token',
    kind: 'GitLab token',
    prefix: 'glrt-',
    pattern: p('(?:gldt|glffct|glft|glimt|glagent|gloas|glrt|glsoat)-[A-Za-z0-9_.-]{20,320}'),
    keywords: ['gldt-', 'glffct-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glrt-', 'glsoat-']
  },
  {
    id: 'gitlab-ci-job-token',
    kind: 'GitLab token',
    prefix: 'glcbt-',
    pattern: p('glcbt-[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}'),
    keywords: ['glcbt-']
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    kind: 'GitLab token',
    prefix: 'glptt-',
    pattern: p('glptt-[0-9a-f]{40}'),
    keywords: ['glptt-']
  },
  {
    id: 'gitlab-runner-registration-token',
    kind: 'GitLab token',
    prefix: 'GR1348941',
    pattern: p('GR1348941[A-Za-z0-9_-]{20}'),
    keywords: ['GR1348941']
  },
  // The base64 of `{"k":"…`; never a part of a JSON Web Token (`eyJ….eyJ….…`).
  {
    id: 'grafana-api-key',
    kind: 'Grafana API key',
    prefix: 'eyJrIjoi',
    pattern: pWith('eyJrIjoi[A-Za-z0-9+/]{70,400}={0,3}', '+/=.', '.'),
    keywords: ['eyJrIjoi']
  },
  {
    id: 'grafana-cloud-token',
    kind: 'Grafana token',
    prefix: 'glc_',
    pattern: pWith('glc_[A-Za-z0-9+/]{32,400}={0,3}', '+/='),
    keywords: ['glc_']
  },
  {
    id: 'harness-api-key',
    kind: 'Harness API key',
    prefix: 'pat.',
    pattern: p('(?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}'),
    keywords: ['pat.', 'sat.']
  },
  {
    id: 'heroku-api-key',
    kind: 'Heroku API key',
    prefix: 'HRKU-AA',
    pattern: p('HRKU-AA[A-Za-z0-9_-]{58}'),
    keywords: ['HRKU-AA']
  },
  {
    id: 'hugging-face-organization-token',
    kind: 'Hugging Face token',
    prefix: 'api_org_',
    pattern: p('api_org_[A-Za-z]{34}'),
    keywords: ['api_org_']
  },
  // Not the tail of a file name (`favicon.ico-<hash>.png`).
  {
    id: 'infracost-api-token',
    kind: 'Infracost API token',
    prefix: 'ico-',
    pattern: pWith('ico-[A-Za-z0-9]{32}', '.', '.'),
    keywords: ['ico-']
  },
  // The key, then its data centre (`-us21`).
  {
    id: 'mailchimp-api-key',
    kind: 'Mailchimp API key',
    prefix: '',
    pattern: p('[0-9a-f]{32}-us\\d{1,2}'),
    keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9']
  },
  {
    id: 'maxmind-license-key',
    kind: 'MaxMind license key',
    prefix: '',
    pattern: p('[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk'),
    keywords: ['_mmk']
  },
  {
    id: 'mongodb-atlas-service-account-secret',
    kind: 'MongoDB Atlas service account secret',
    prefix: 'mdb_sa_sk_',
    pattern: p('mdb_sa_sk_[A-Za-z0-9_-]{20,100}'),
    keywords: ['mdb_sa_sk_']
  },
  // A Teams incoming webhook's URL is its credential.
  {
    id: 'microsoft-teams-webhook-url',
    kind: 'Microsoft Teams webhook URL',
    prefix: 'https://',
    pattern: p(
      `https://[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/V2[A-Za-z0-9_-]{20,100})?`
    ),
    keywords: ['webhook.office.com']
  },
  {
    id: 'new-relic-user-api-key',
    kind: 'New Relic API key',
    prefix: 'NRAK-',
    pattern: p('NRAK-[A-Za-z0-9]{27}'),
    keywords: ['NRAK-']
  },
  {
    id: 'new-relic-insert-key',
    kind: 'New Relic insert key',
    prefix: 'NRII-',
    pattern: p('NRII-[A-Za-z0-9_-]{32}'),
    keywords: ['NRII-']
  },
  {
    id: 'octopus-deploy-api-key',
    kind: 'Octopus Deploy API key',
    prefix: 'API-',
    pattern: p('API-[A-Z0-9]{26}'),
    keywords: ['API-']
  },
  {
    id: 'openshift-user-token',
    kind: 'OpenShift token',
    prefix: 'sha256~',
    pattern: p('sha256~[A-Za-z0-9_-]{43}'),
    keywords: ['sha256~']
  },
  {
    id: 'planetscale-token',
    kind: 'PlanetScale token',
    prefix: 'pscale_tkn_',
    pattern: p('pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64}'),
    keywords: ['pscale_tkn_', 'pscale_oauth_', 'pscale_pw_']
  },
  {
    id: 'prefect-api-key',
    kind: 'Prefect API key',
    prefix: 'pnu_',
    pattern: p('pnu_[A-Za-z0-9]{36}'),
    keywords: ['pnu_']
  },
  {
    id: 'pulumi-access-token',
    kind: 'Pulumi access token',
    prefix: 'pul-',
    pattern: p('pul-[0-9a-f]{40}'),
    keywords: ['pul-']
  },
  {
    id: 'readme-api-key',
    kind: 'ReadMe API key',
    prefix: 'rdme_',
    pattern: p('rdme_[a-z0-9]{70}'),
    keywords: ['rdme_']
  },
  {
    id: 'rubygems-api-key',
    kind: 'RubyGems API key',
    prefix: 'rubygems_',
    pattern: p('rubygems_[0-9a-f]{48}'),
    keywords: ['rubygems_']
  },
  {
    id: 'scalingo-api-token',
    kind: 'Scalingo API token',
    prefix: 'tk-us-',
    pattern: p('tk-us-[A-Za-z0-9_-]{48}'),
    keywords: ['tk-us-']
  },
  {
    id: 'shippo-api-token',
    kind: 'Shippo API token',
    prefix: 'shippo_',
    pattern: p('shippo_(?:live|test)_[0-9a-fA-F]{40}'),
    keywords: ['shippo_live_', 'shippo_test_']
  },
  {
    id: 'slack-webhook-url',
    kind: 'Slack webhook URL',
    prefix: 'https://hooks.slack.com/',
    pattern: p('https?://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9/]{40,150}'),
    keywords: ['hooks.slack.com/']
  },
  {
    id: 'sonarqube-token',
    kind: 'SonarQube token',
    prefix: 'squ_',
    pattern: p('sq[upa]_[0-9a-f]{40}'),
    keywords: ['squ_', 'sqp_', 'sqa_']
  },
  {
    id: 'sourcegraph-access-token',
    kind: 'Sourcegraph access token',
    prefix: 'sgp_',
    pattern: p('sgp_(?:(?:[0-9a-fA-F]{16}|local)_)?[0-9a-fA-F]{40}'),
    keywords: ['sgp_']
  },
  {
    id: 'square-access-token',
    kind: 'Square access token',
    prefix: 'EAAA',
    pattern: p('(?:EAAA|sq0atp-)[A-Za-z0-9_-]{22,60}'),
    keywords: ['EAAA', 'sq0atp-']
  },
  {
    id: 'square-oauth-secret',
    kind: 'Square OAuth secret',
    prefix: 'sq0csp-',
    pattern: p('sq0csp-[A-Za-z0-9_-]{43}'),
    keywords: ['sq0csp-']
  },
  {
    id: 'twilio-api-key',
    kind: 'Twilio API key',
    prefix: 'SK',
    pattern: p('SK[0-9a-fA-F]{32}'),
    keywords: ['SK']
  },
  {
    id: 'typeform-api-token',
    kind: 'Typeform API token',
    prefix: 'tfp_',
    pattern: p('tfp_[A-Za-z0-9_.=-]{55,64}'),
    keywords: ['tfp_']
  },
  {
    id: 'terraform-cloud-api-token',
    kind: 'Terraform Cloud API token',
    prefix: '',
    pattern: p('[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}'),
    keywords: ['.atlasv1.']
  },
  {
    id: 'yandex-cloud-api-key',
    kind: 'Yandex Cloud API key',
    prefix: 'AQVN',
    pattern: p('AQVN[A-Za-z0-9_-]{35,38}'),
    keywords: ['AQVN']
  },
  {
    id: 'railway-token',
    kind: 'Railway token',
    prefix: '',
    pattern: p(UUID),
    name: /railway/i,
    keywords: [],
    shape: UUID_SHAPE
  },
  {
    id: 'exa-api-key',
    kind: 'Exa API key',
    prefix: '',
    pattern: p(UUID),
    name: /(?:^|[^a-z])exa/i,
    keywords: [],
    shape: UUID_SHAPE
  },
  // Heroku's older API key is a bare UUID, as are its app ids: only under a name that says it is the key.
  {
    id: 'heroku-legacy-api-key',
    kind: 'Heroku API key',
    prefix: '',
    pattern: p(UUID),
    name: /heroku[_.-]?(?:api[_.-]?|auth[_.-]?|oauth[_.-]?)?(?:key|token)$/i,
    keywords: [],
    shape: UUID_SHAPE
  },
  {
    id: 'json-web-token',
    kind: 'JSON Web Token',
    prefix: 'eyJ',
    pattern: p('eyJ[A-Za-z0-9_-]{8,4000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{8,4000}'),
    keywords: ['eyJ']
  }
]

/** Public prefixes of other known formats (the secretlint preset's), for masking. */
const OTHER_PREFIXES = [
  'sk-ant-api03-',
  'sk-ant-admin01-',
  'sk-proj-',
  'sk-svcacct-',
  'sk-admin-',
  'sk_live_',
  'sk_test_',
  'rk_live_',
  'rk_test_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'xoxp-',
  'xoxa-',
  'xoxr-',
  'xoxo-',
  'ASIA',
  'SG.',
  'shpat_',
  'shppa_',
  'shpca_',
  'shpss_',
  'glsa_',
  'glc_',
  'ops_',
  'hvs.',
  'hvb.',
  'hvr.',
  'vcp_',
  'vci_',
  'vca_',
  'vcr_',
  'vck_',
  'dapi',
  'dckr_pat_',
  'cfk_',
  'cfut_',
  'cfat_',
  'tskey-',
  'doo_v1_',
  'dor_v1_',
  'sbp_v0_',
  'tvly-dev-',
  'tvly-prod-',
  'ATCTT',
  // The other starts of formats above, each of which shows its own.
  'xoxe-',
  'sk_prod_',
  'rk_prod_',
  'gldt-',
  'glffct-',
  'glft-',
  'glimt-',
  'glagent-',
  'gloas-',
  'glsoat-',
  'sat.',
  'EZTK',
  'fm1a_',
  'fm1r_',
  'pscale_oauth_',
  'pscale_pw_',
  'sqp_',
  'sqa_',
  'sq0atp-',
  'duffel_test_',
  'duffel_live_',
  'shippo_live_',
  'shippo_test_'
]

/** Every known public prefix, longest first. */
export const KNOWN_PREFIXES: readonly string[] = [
  ...new Set([...VENDOR_FORMATS.map((f) => f.prefix).filter((x) => x.length >= 2), ...OTHER_PREFIXES])
].sort((a, b) => b.length - a.length)

/** Every format's keywords, longest first. */
const KEYWORDS = [...new Set(VENDOR_FORMATS.flatMap((f) => f.keywords))].sort((a, b) => b.length - a.length)

/** Each keyword met so far, and the formats (ascending) with a keyword it starts with. */
const FORMATS_AT = new Map<string, number[]>()
/** Each keyword's own formats: built at the first keyword met (most runs meet few keywords, some none). */
let formatsOfKeyword: Map<string, number[]> | undefined

/**
 * The formats (ascending) with a keyword that `keyword` starts with, found through its own prefixes (testing
 * every keyword of every format against it took 10–20 ms), once per keyword: not for every keyword at start-up.
 */
function formatsAt(keyword: string): number[] {
  let ascending = FORMATS_AT.get(keyword)
  if (ascending !== undefined) return ascending
  if (formatsOfKeyword === undefined) {
    const listing = new Map<string, number[]>()
    VENDOR_FORMATS.forEach((format, index) => {
      for (const own of format.keywords) {
        const formats = listing.get(own)
        if (formats) formats.push(index)
        else listing.set(own, [index])
      }
    })
    formatsOfKeyword = listing
  }
  const indexes = new Set<number>()
  for (let end = 1; end <= keyword.length; end++)
    for (const index of formatsOfKeyword.get(keyword.slice(0, end)) ?? []) indexes.add(index)
  ascending = [...indexes].sort((a, b) => a - b)
  FORMATS_AT.set(keyword, ascending)
  return ascending
}

const KEYWORD = new RegExp(KEYWORDS.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')

/**
 * The vendor formats (indexes into VENDOR_FORMATS) whose keywords a string holds, in one pass over it:
 * only those can match in it. At each place the longest keyword there is found, and stands for every
 * keyword it starts with; the search goes on from the next character, so keywords that overlap are all found.
 * Undefined when there is none (the common case).
 */
export function formatsIn(text: string): Uint8Array | undefined {
  let found: Uint8Array | undefined
  KEYWORD.lastIndex = 0
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    found ??= new Uint8Array(VENDOR_FORMATS.length)
    for (const index of formatsAt(match[0])) found[index] = 1
    KEYWORD.lastIndex = match.index + 1
  }
  return found
}

/** The keywords of every format, as one alternation (for a search that combines it with others). */
export const VENDOR_KEYWORDS = KEYWORD.source

/** The shapes of the formats without keywords (made of token characters only: a UUID). */
export const VENDOR_SHAPES: readonly RegExp[] = [...new Set(VENDOR_FORMATS.flatMap((f) => (f.shape ? [f.shape] : [])))]
