/**
 * Credential formats of services that MCP servers commonly need and that the secretlint preset
 * does not know (or that must be caught even before it is loaded), one entry per format. Each
 * pattern runs in linear time: a literal prefix, then bounded character classes, with boundaries
 * on both sides. Each entry has an example in __tests__/secrets/fixtures.ts.
 *
 * Sources: each vendor's documentation of its key format, and the formats seen in real committed
 * MCP configs (the corpus under __tests__/fixtures/corpus).
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
}

// Boundaries: the credential is not part of a longer word.
const B = String.raw`(?<![A-Za-z0-9_-])`
const E = String.raw`(?![A-Za-z0-9_-])`
const p = (body: string): RegExp => new RegExp(`${B}${body}${E}`, 'g')
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
    pattern: p('(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}'),
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA']
  },
  {
    id: 'slack-token',
    kind: 'Slack token',
    prefix: 'xoxb-',
    pattern: p('xox[abposr]-[A-Za-z0-9-]{10,250}'),
    keywords: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-']
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
    pattern: p('(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,250}'),
    keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_']
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
    pattern: p('glpat-[A-Za-z0-9_.-]{20,128}'),
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
    pattern: p('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,250}'),
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
  'ATCTT'
]

/** Every known public prefix, longest first. */
export const KNOWN_PREFIXES: readonly string[] = [
  ...new Set([...VENDOR_FORMATS.map((f) => f.prefix).filter((x) => x.length >= 2), ...OTHER_PREFIXES])
].sort((a, b) => b.length - a.length)

/** Every format's keywords, longest first, and the formats (by index) that a string starting with each may match. */
const KEYWORDS = [...new Set(VENDOR_FORMATS.flatMap((f) => f.keywords))].sort((a, b) => b.length - a.length)
const FORMATS_AT = formatsAtKeywords()

/**
 * For each keyword, the formats (ascending) with a keyword it starts with. Found through each keyword's
 * own prefixes, not by testing every keyword of every format against it: that took 10–20 ms at start-up.
 */
function formatsAtKeywords(): Map<string, number[]> {
  const listing = new Map<string, number[]>()
  VENDOR_FORMATS.forEach((format, index) => {
    for (const keyword of format.keywords) listing.set(keyword, [...(listing.get(keyword) ?? []), index])
  })
  const formatsAt = new Map<string, number[]>()
  for (const keyword of KEYWORDS) {
    const indexes = new Set<number>()
    for (let end = 1; end <= keyword.length; end++)
      for (const index of listing.get(keyword.slice(0, end)) ?? []) indexes.add(index)
    const ascending = [...indexes].sort((a, b) => a - b)
    formatsAt.set(keyword, ascending)
  }
  return formatsAt
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
    for (const index of FORMATS_AT.get(match[0]) ?? []) found[index] = 1
    KEYWORD.lastIndex = match.index + 1
  }
  return found
}

/** The keywords of every format, as one alternation (for a search that combines it with others). */
export const VENDOR_KEYWORDS = KEYWORD.source

/** The shapes of the formats without keywords (made of token characters only: a UUID). */
export const VENDOR_SHAPES: readonly RegExp[] = [...new Set(VENDOR_FORMATS.flatMap((f) => (f.shape ? [f.shape] : [])))]
