import { seededRandom } from '../helpers/seeded-random.js'

/**
 * Synthetic credentials for the secret tests: one fake value of the right shape per credential
 * kind (never a real one: every value is generated here from a fixed seed), and the positions where
 * people put them in MCP configs. The detection test checks every kind in every position it fits.
 */

const random = seededRandom(0x5eed11)

const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const UPPER = LOWER.toUpperCase()
const DIGITS = '0123456789'
const HEX = DIGITS + 'abcdef'
const ALNUM = LOWER + UPPER + DIGITS
const URLSAFE = ALNUM + '_-'
const BASE64 = ALNUM + '+/'

/** `n` random characters of `chars`, with at least one digit and one letter when the set has both. */
function pick(chars: string, n: number): string {
  for (;;) {
    let out = ''
    for (let i = 0; i < n; i++) out += chars[Math.floor(random() * chars.length)]
    const needsDigit = /\d/.test(chars) && /[a-z]/i.test(chars) && n >= 8
    if (!needsDigit || (/\d/.test(out) && /[a-z]/i.test(out))) return out
  }
}
const uuid = (): string => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`
const password = (): string => `${pick(ALNUM, 6)}#${pick(ALNUM, 5)}!${pick(ALNUM, 6)}`

/** One kind of credential: its fake value, and a variable name people give it. */
export interface CredentialKind {
  /** The format's id (a vendor format id of src/secret-rules/vendors.ts where there is one). */
  id: string
  value: string
  /** The variable it is usually set in. */
  variable: string
  /**
   * `prefixed`: recognisable by itself, anywhere; `named`: a bare random value, recognisable only
   * under a name that says "secret"; `header`, `url`, `pem`: only in their own positions.
   */
  shape: 'prefixed' | 'named' | 'header' | 'url' | 'pem'
}

const prefixed = (id: string, value: string, variable: string): CredentialKind => ({
  id,
  value,
  variable,
  shape: 'prefixed'
})
const named = (id: string, value: string, variable: string): CredentialKind => ({ id, value, variable, shape: 'named' })

export const KINDS: CredentialKind[] = [
  prefixed('github-token', `ghp_${pick(ALNUM, 36)}`, 'GITHUB_PERSONAL_ACCESS_TOKEN'),
  prefixed('github-oauth-token', `gho_${pick(ALNUM, 36)}`, 'GITHUB_TOKEN'),
  prefixed('github-fine-grained-token', `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`, 'GITHUB_TOKEN'),
  prefixed('github-app-token', `ghs_${pick(ALNUM, 36)}`, 'GH_TOKEN'),
  prefixed('anthropic-api-key', `sk-ant-api03-${pick(URLSAFE, 93)}AA`, 'ANTHROPIC_API_KEY'),
  prefixed('openai-project-key', `sk-proj-${pick(URLSAFE, 74)}T3BlbkFJ${pick(URLSAFE, 74)}`, 'OPENAI_API_KEY'),
  prefixed('openai-legacy-key', `sk-${pick(ALNUM, 20)}T3BlbkFJ${pick(ALNUM, 20)}`, 'OPENAI_API_KEY'),
  prefixed('openai-style-api-key', `sk-${pick(HEX, 32)}`, 'DEEPSEEK_API_KEY'),
  prefixed('openrouter-api-key', `sk-or-v1-${pick(HEX, 64)}`, 'OPENROUTER_API_KEY'),
  prefixed('aws-access-key-id', `AKIA${pick(UPPER + DIGITS, 16)}`, 'AWS_ACCESS_KEY_ID'),
  prefixed('slack-token', `xoxb-${pick(DIGITS, 12)}-${pick(DIGITS, 13)}-${pick(ALNUM, 24)}`, 'SLACK_BOT_TOKEN'),
  prefixed(
    'slack-app-token',
    `xapp-1-A0${pick(UPPER + DIGITS, 9)}-${pick(DIGITS, 13)}-${pick(HEX, 64)}`,
    'SLACK_APP_TOKEN'
  ),
  prefixed('stripe-secret-key', `sk_live_${pick(ALNUM, 40)}`, 'STRIPE_SECRET_KEY'),
  prefixed('stripe-restricted-key', `rk_live_${pick(ALNUM, 40)}`, 'STRIPE_API_KEY'),
  prefixed('google-api-key', `AIza${pick(URLSAFE, 35)}`, 'GOOGLE_API_KEY'),
  prefixed('google-bound-api-key', `AQ.Ab8RN6${pick(URLSAFE, 45)}`, 'GEMINI_API_KEY'),
  prefixed('google-oauth-client-secret', `GOCSPX-${pick(URLSAFE, 28)}`, 'GOOGLE_CLIENT_SECRET'),
  prefixed('hugging-face-token', `hf_${pick(LOWER + UPPER, 34)}`, 'HF_TOKEN'),
  prefixed('groq-api-key', `gsk_${pick(ALNUM, 52)}`, 'GROQ_API_KEY'),
  prefixed('linear-api-key', `lin_api_${pick(ALNUM, 40)}`, 'LINEAR_API_KEY'),
  prefixed('notion-token', `ntn_${pick(DIGITS, 11)}${pick(ALNUM, 35)}`, 'NOTION_TOKEN'),
  prefixed('notion-legacy-token', `secret_${pick(ALNUM, 43)}`, 'NOTION_API_KEY'),
  prefixed('figma-token', `figd_${pick(URLSAFE, 40)}`, 'FIGMA_API_KEY'),
  prefixed('gitlab-token', `glpat-${pick(URLSAFE, 20)}`, 'GITLAB_PERSONAL_ACCESS_TOKEN'),
  prefixed('npm-token', `npm_${pick(ALNUM, 36)}`, 'NPM_TOKEN'),
  prefixed('firecrawl-api-key', `fc-${pick(HEX, 32)}`, 'FIRECRAWL_API_KEY'),
  prefixed('perplexity-api-key', `pplx-${pick(ALNUM, 48)}`, 'PERPLEXITY_API_KEY'),
  prefixed('brave-search-api-key', `BSA${pick(ALNUM, 28)}`, 'BRAVE_API_KEY'),
  prefixed('context7-api-key', `ctx7sk-${uuid()}`, 'CONTEXT7_API_KEY'),
  prefixed('supabase-access-token', `sbp_${pick(HEX, 40)}`, 'SUPABASE_ACCESS_TOKEN'),
  prefixed('supabase-secret-key', `sb_secret_${pick(URLSAFE, 31)}`, 'SUPABASE_SECRET_KEY'),
  prefixed('render-api-key', `rnd_${pick(ALNUM, 32)}`, 'RENDER_API_KEY'),
  prefixed('tavily-api-key', `tvly-dev-${pick(ALNUM, 32)}`, 'TAVILY_API_KEY'),
  prefixed('sentry-user-token', `sntryu_${pick(HEX, 64)}`, 'SENTRY_ACCESS_TOKEN'),
  prefixed('sentry-org-token', `sntrys_eyJpYXQiOjE3${pick(ALNUM, 90)}`, 'SENTRY_AUTH_TOKEN'),
  prefixed('replicate-api-token', `r8_${pick(ALNUM, 37)}`, 'REPLICATE_API_TOKEN'),
  prefixed('pinecone-api-key', `pcsk_${pick(ALNUM, 5)}_${pick(ALNUM, 60)}`, 'PINECONE_API_KEY'),
  prefixed('browserbase-api-key', `bb_live_${pick(URLSAFE, 27)}`, 'BROWSERBASE_API_KEY'),
  prefixed('airtable-token', `pat${pick(ALNUM, 14)}.${pick(HEX, 64)}`, 'AIRTABLE_API_KEY'),
  prefixed('atlassian-api-token', `ATATT3xFfGF0${pick(URLSAFE, 180)}`, 'JIRA_API_TOKEN'),
  prefixed('xai-api-key', `xai-${pick(ALNUM, 80)}`, 'XAI_API_KEY'),
  prefixed('jina-api-key', `jina_${pick(ALNUM, 60)}`, 'JINA_API_KEY'),
  prefixed('apify-api-token', `apify_api_${pick(ALNUM, 36)}`, 'APIFY_TOKEN'),
  prefixed('neon-api-key', `napi_${pick(ALNUM, 64)}`, 'NEON_API_KEY'),
  prefixed('postman-api-key', `PMAK-${pick(HEX, 24)}-${pick(HEX, 34)}`, 'POSTMAN_API_KEY'),
  prefixed('digitalocean-token', `dop_v1_${pick(HEX, 64)}`, 'DIGITALOCEAN_API_TOKEN'),
  prefixed('e2b-api-key', `e2b_${pick(HEX, 40)}`, 'E2B_API_KEY'),
  prefixed('langsmith-api-key', `lsv2_pt_${pick(HEX, 32)}_${pick(HEX, 10)}`, 'LANGSMITH_API_KEY'),
  prefixed('langfuse-secret-key', `sk-lf-${uuid()}`, 'LANGFUSE_SECRET_KEY'),
  prefixed('elevenlabs-api-key', `sk_${pick(HEX, 48)}`, 'ELEVENLABS_API_KEY'),
  prefixed('pypi-token', `pypi-AgEIcHlwaS5vcmc${pick(URLSAFE, 70)}`, 'PYPI_TOKEN'),
  prefixed('doppler-token', `dp.pt.${pick(ALNUM, 43)}`, 'DOPPLER_TOKEN'),
  prefixed('resend-api-key', `re_${pick(ALNUM, 8)}_${pick(ALNUM, 24)}`, 'RESEND_API_KEY'),
  prefixed('mailgun-api-key', `key-${pick(HEX, 32)}`, 'MAILGUN_API_KEY'),
  prefixed('brevo-api-key', `xkeysib-${pick(HEX, 64)}-${pick(ALNUM, 16)}`, 'BREVO_API_KEY'),
  prefixed('hubspot-private-app-token', `pat-na1-${uuid()}`, 'HUBSPOT_ACCESS_TOKEN'),
  prefixed('clickup-api-token', `pk_${pick(DIGITS, 8)}_${pick(UPPER + DIGITS, 32)}`, 'CLICKUP_API_KEY'),
  prefixed('fireworks-api-key', `fw_${pick(ALNUM, 24)}`, 'FIREWORKS_API_KEY'),
  prefixed('mapbox-secret-token', `sk.eyJ1Ijoi${pick(URLSAFE, 50)}.${pick(URLSAFE, 22)}`, 'MAPBOX_ACCESS_TOKEN'),
  prefixed('telegram-bot-token', `${pick(DIGITS, 10)}:AA${pick(URLSAFE, 33)}`, 'TELEGRAM_BOT_TOKEN'),
  prefixed('asana-token', `2/${pick(DIGITS, 16)}/${pick(DIGITS, 16)}:${pick(HEX, 32)}`, 'ASANA_ACCESS_TOKEN'),
  prefixed('sendgrid-api-key', `SG.${pick(URLSAFE, 22)}.${pick(URLSAFE, 43)}`, 'SENDGRID_API_KEY'),
  prefixed('shopify-access-token', `shpat_${pick(HEX, 32)}`, 'SHOPIFY_ACCESS_TOKEN'),
  prefixed('grafana-service-account-token', `glsa_${pick(ALNUM, 32)}_${pick(HEX, 8)}`, 'GRAFANA_API_KEY'),
  prefixed('hashicorp-vault-token', `hvs.${pick(URLSAFE, 95)}`, 'VAULT_TOKEN'),
  prefixed('vercel-token', `vcp_${pick(ALNUM, 40)}`, 'VERCEL_TOKEN'),
  prefixed('databricks-token', `dapi${pick(HEX, 32)}`, 'DATABRICKS_TOKEN'),
  prefixed('docker-hub-token', `dckr_pat_${pick(URLSAFE, 27)}`, 'DOCKER_TOKEN'),
  prefixed('cloudflare-api-token', `cfut_${pick(ALNUM, 40)}${pick(HEX, 8)}`, 'CLOUDFLARE_API_TOKEN'),
  prefixed('tailscale-auth-key', `tskey-auth-${pick(ALNUM, 12)}-${pick(ALNUM, 30)}`, 'TS_AUTHKEY'),
  prefixed(
    'json-web-token',
    `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${pick(URLSAFE, 60)}.${pick(URLSAFE, 43)}`,
    'SUPABASE_SERVICE_ROLE_KEY'
  ),
  named('railway-token', uuid(), 'RAILWAY_TOKEN'),
  named('exa-api-key', uuid(), 'EXA_API_KEY'),
  named('mistral-api-key', pick(ALNUM, 32), 'MISTRAL_API_KEY'),
  named('cohere-api-key', pick(ALNUM, 40), 'COHERE_API_KEY'),
  named('together-api-key', pick(HEX, 64), 'TOGETHER_API_KEY'),
  named('deepgram-api-key', pick(HEX, 40), 'DEEPGRAM_API_KEY'),
  named('azure-openai-api-key', pick(HEX, 32), 'AZURE_OPENAI_API_KEY'),
  named('datadog-api-key', pick(HEX, 32), 'DD_API_KEY'),
  named('aws-secret-access-key', pick(BASE64, 40), 'AWS_SECRET_ACCESS_KEY'),
  named('obsidian-api-key', pick(HEX, 64), 'OBSIDIAN_API_KEY'),
  named('smithery-api-key', uuid(), 'SMITHERY_API_KEY'),
  named('upstash-redis-token', `AX${pick(URLSAFE, 60)}`, 'UPSTASH_REDIS_REST_TOKEN'),
  named('database-password', password(), 'DB_PASSWORD'),
  named('jira-password', password(), 'CONFLUENCE_PASSWORD'),
  { id: 'bearer-token', value: pick(URLSAFE, 40), variable: 'Authorization', shape: 'header' },
  { id: 'basic-credentials', value: btoa(`svc-user:${password()}`), variable: 'Authorization', shape: 'header' },
  { id: 'url-password-empty-user', value: password(), variable: 'REDIS_URL', shape: 'url' },
  {
    id: 'url-password-with-slash',
    value: `${pick(ALNUM, 8)}/${pick(ALNUM, 8)}`,
    variable: 'DATABASE_URL',
    shape: 'url'
  },
  {
    id: 'private-key',
    value: `${pick(BASE64, 64)}\n${pick(BASE64, 64)}\n${pick(BASE64, 40)}==`,
    variable: 'PRIVATE_KEY',
    shape: 'pem'
  },
  // The formats taken from gitleaks' rule set (after the others: their values leave the others' as they were).
  prefixed(
    '1password-service-account-token',
    `ops_eyJzaWduSW5BZGRyZXNzIjoi${pick(BASE64, 300)}`,
    'OP_SERVICE_ACCOUNT_TOKEN'
  ),
  prefixed('adobe-client-secret', `p8e-${pick(ALNUM, 32)}`, 'ADOBE_CLIENT_SECRET'),
  prefixed('alibaba-access-key-id', `LTAI${pick(ALNUM, 20)}`, 'ALIBABA_CLOUD_ACCESS_KEY_ID'),
  prefixed('artifactory-api-key', `AKCp${pick(ALNUM, 69)}`, 'JFROG_ACCESS_TOKEN'),
  prefixed('artifactory-reference-token', `cmVmdGtuOjAxOjE3${pick(ALNUM, 48)}`, 'JFROG_ACCESS_TOKEN'),
  prefixed('aws-bedrock-api-key', `ABSKQmVkcm9ja0FQSUtleS1${pick(BASE64, 112)}`, 'AWS_BEARER_TOKEN_BEDROCK'),
  prefixed(
    'aws-bedrock-short-term-api-key',
    `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29tLz9BY3Rpb249Q2FsbFdpdGhCZWFyZXJUb2tlbi${pick(BASE64, 400)}`,
    'AWS_BEARER_TOKEN_BEDROCK'
  ),
  prefixed('azure-ad-client-secret', `${pick(ALNUM, 3)}8Q~${pick(ALNUM + '_~.-', 34)}`, 'AZURE_CLIENT_SECRET'),
  prefixed('clickhouse-cloud-api-secret', `4b1d${pick(ALNUM, 38)}`, 'CLICKHOUSE_CLOUD_KEY_SECRET'),
  prefixed('cloudflare-origin-ca-key', `v1.0-${pick(HEX, 24)}-${pick(HEX, 146)}`, 'CLOUDFLARE_ORIGIN_CA_KEY'),
  prefixed('contentful-personal-access-token', `CFPAT-${pick(URLSAFE, 43)}`, 'CONTENTFUL_MANAGEMENT_ACCESS_TOKEN'),
  prefixed(
    'discord-webhook-url',
    `https://discord.com/api/webhooks/${pick(DIGITS, 19)}/${pick(URLSAFE, 68)}`,
    'DISCORD_WEBHOOK_URL'
  ),
  prefixed(
    'twitter-bearer-token',
    `${'A'.repeat(22)}${pick(ALNUM, 10)}%2B${pick(ALNUM, 60)}%3D${pick(ALNUM, 20)}`,
    'TWITTER_BEARER_TOKEN'
  ),
  prefixed('dropbox-short-lived-token', `sl.B${pick(URLSAFE, 134)}`, 'DROPBOX_ACCESS_TOKEN'),
  prefixed('dropbox-long-lived-token', `${pick(ALNUM, 11)}AAAAAAAAAA${pick(URLSAFE, 43)}`, 'DROPBOX_ACCESS_TOKEN'),
  prefixed('duffel-api-token', `duffel_test_${pick(URLSAFE, 43)}`, 'DUFFEL_ACCESS_TOKEN'),
  prefixed('dynatrace-api-token', `dt0c01.${pick(UPPER + DIGITS, 24)}.${pick(UPPER + DIGITS, 64)}`, 'DT_API_TOKEN'),
  prefixed('easypost-api-key', `EZAK${pick(ALNUM, 54)}`, 'EASYPOST_API_KEY'),
  prefixed('facebook-page-access-token', `EAAC${pick(ALNUM, 180)}`, 'META_ACCESS_TOKEN'),
  prefixed('flyio-token', `fo1_${pick(URLSAFE, 43)}`, 'FLY_API_TOKEN'),
  prefixed('flyio-macaroon-token', `fm2_lJPECAAAAAAAA${pick(BASE64, 200)}`, 'FLY_API_TOKEN'),
  prefixed('frameio-api-token', `fio-u-${pick(URLSAFE, 64)}`, 'FRAMEIO_TOKEN'),
  prefixed('gitlab-other-token', `glrt-${pick(URLSAFE, 20)}`, 'GITLAB_RUNNER_TOKEN'),
  prefixed('gitlab-ci-job-token', `glcbt-64_${pick(URLSAFE, 20)}`, 'CI_JOB_TOKEN'),
  prefixed('gitlab-pipeline-trigger-token', `glptt-${pick(HEX, 40)}`, 'GITLAB_TRIGGER_TOKEN'),
  prefixed('gitlab-runner-registration-token', `GR1348941${pick(URLSAFE, 20)}`, 'REGISTRATION_TOKEN'),
  prefixed('grafana-api-key', `eyJrIjoi${pick(ALNUM, 90)}`, 'GRAFANA_API_KEY'),
  prefixed('grafana-cloud-token', `glc_eyJvIjoi${pick(ALNUM, 120)}`, 'GRAFANA_CLOUD_TOKEN'),
  prefixed('harness-api-key', `pat.${pick(URLSAFE, 22)}.${pick(ALNUM, 24)}.${pick(ALNUM, 20)}`, 'HARNESS_API_KEY'),
  prefixed('heroku-api-key', `HRKU-AA${pick(URLSAFE, 58)}`, 'HEROKU_API_KEY'),
  prefixed('hugging-face-organization-token', `api_org_${pick(LOWER + UPPER, 34)}`, 'HF_TOKEN'),
  prefixed('infracost-api-token', `ico-${pick(ALNUM, 32)}`, 'INFRACOST_API_KEY'),
  prefixed('mailchimp-api-key', `${pick(HEX, 32)}-us21`, 'MAILCHIMP_API_KEY'),
  prefixed('maxmind-license-key', `${pick(ALNUM, 6)}_${pick(ALNUM, 29)}_mmk`, 'MAXMIND_LICENSE_KEY'),
  prefixed('mongodb-atlas-service-account-secret', `mdb_sa_sk_${pick(URLSAFE, 40)}`, 'MDB_MCP_API_CLIENT_SECRET'),
  prefixed(
    'microsoft-teams-webhook-url',
    `https://contoso.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${pick(HEX, 32)}/${uuid()}`,
    'TEAMS_WEBHOOK_URL'
  ),
  prefixed('new-relic-user-api-key', `NRAK-${pick(UPPER + DIGITS, 27)}`, 'NEW_RELIC_API_KEY'),
  prefixed('new-relic-insert-key', `NRII-${pick(URLSAFE, 32)}`, 'NEW_RELIC_INSERT_KEY'),
  prefixed('octopus-deploy-api-key', `API-${pick(UPPER + DIGITS, 26)}`, 'OCTOPUS_API_KEY'),
  prefixed('openshift-user-token', `sha256~${pick(URLSAFE, 43)}`, 'OPENSHIFT_TOKEN'),
  prefixed('planetscale-token', `pscale_tkn_${pick(URLSAFE, 43)}`, 'PLANETSCALE_SERVICE_TOKEN'),
  prefixed('prefect-api-key', `pnu_${pick(ALNUM, 36)}`, 'PREFECT_API_KEY'),
  prefixed('pulumi-access-token', `pul-${pick(HEX, 40)}`, 'PULUMI_ACCESS_TOKEN'),
  prefixed('readme-api-key', `rdme_${pick(LOWER + DIGITS, 70)}`, 'README_API_KEY'),
  prefixed('rubygems-api-key', `rubygems_${pick(HEX, 48)}`, 'GEM_HOST_API_KEY'),
  prefixed('scalingo-api-token', `tk-us-${pick(URLSAFE, 48)}`, 'SCALINGO_API_TOKEN'),
  prefixed('shippo-api-token', `shippo_live_${pick(HEX, 40)}`, 'SHIPPO_API_KEY'),
  prefixed(
    'slack-webhook-url',
    `https://hooks.slack.com/services/T${pick(UPPER + DIGITS, 10)}/B${pick(UPPER + DIGITS, 10)}/${pick(ALNUM, 24)}`,
    'SLACK_WEBHOOK_URL'
  ),
  prefixed('slack-config-token', `xoxe.xoxp-1-${pick(ALNUM, 164)}`, 'SLACK_CONFIG_TOKEN'),
  prefixed('sonarqube-token', `squ_${pick(HEX, 40)}`, 'SONARQUBE_TOKEN'),
  prefixed('sourcegraph-access-token', `sgp_${pick(HEX, 16)}_${pick(HEX, 40)}`, 'SRC_ACCESS_TOKEN'),
  prefixed('square-access-token', `EAAA${pick(URLSAFE, 60)}`, 'SQUARE_ACCESS_TOKEN'),
  prefixed('square-oauth-secret', `sq0csp-${pick(URLSAFE, 43)}`, 'SQUARE_CLIENT_SECRET'),
  prefixed('twilio-api-key', `SK${pick(HEX, 32)}`, 'TWILIO_API_KEY'),
  prefixed('typeform-api-token', `tfp_${pick(URLSAFE, 44)}_${pick(ALNUM, 14)}`, 'TYPEFORM_TOKEN'),
  prefixed('terraform-cloud-api-token', `${pick(ALNUM, 14)}.atlasv1.${pick(URLSAFE, 67)}`, 'TFE_TOKEN'),
  prefixed('yandex-cloud-api-key', `AQVN${pick(URLSAFE, 36)}`, 'YC_API_KEY'),
  named('heroku-legacy-api-key', uuid(), 'HEROKU_API_KEY')
]

/** Where a credential sits: a config file holding it, named for the host that reads it. */
export interface Position {
  id: string
  /** The shapes of credential this position fits. */
  fits: CredentialKind['shape'][]
  file: string
  text(kind: CredentialKind): string
}

const json = (value: unknown): string => JSON.stringify(value, null, 2)
const stdio = (extra: Record<string, unknown>): string =>
  json({ mcpServers: { svc: { command: 'npx', args: ['-y', 'some-mcp-server@1.2.3'], ...extra } } })
const withArgs = (args: string[]): string => json({ mcpServers: { svc: { command: 'npx', args } } })
const pem = (body: string): string => `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`

/** How a credential appears as a value (a header carries its scheme, a URL password its URL). */
function asValue(kind: CredentialKind): string {
  if (kind.shape === 'url')
    return kind.id === 'url-password-empty-user'
      ? `redis://:${kind.value}@cache.prod-eu.example.net:6379/0`
      : `postgresql://svc:${kind.value}@db.prod-eu.example.net:5432/app`
  if (kind.shape === 'pem') return pem(kind.value)
  if (kind.id === 'basic-credentials') return `Basic ${kind.value}`
  if (kind.id === 'bearer-token') return `Bearer ${kind.value}`
  return kind.value
}

export const POSITIONS: Position[] = [
  {
    id: 'env value',
    fits: ['prefixed', 'named', 'url', 'pem'],
    file: '.mcp.json',
    text: (k) => stdio({ env: { [k.variable]: asValue(k) } })
  },
  {
    id: 'env value under a neutral name',
    fits: ['prefixed', 'url'],
    file: '.mcp.json',
    text: (k) => stdio({ env: { SERVER_SETTING: asValue(k) } })
  },
  {
    id: 'header',
    fits: ['prefixed', 'named', 'header'],
    file: '.mcp.json',
    text: (k) =>
      json({
        mcpServers: {
          remote: {
            type: 'http',
            url: 'https://mcp.example.net/mcp',
            headers: { [k.shape === 'header' ? 'Authorization' : 'X-Goog-Api-Key']: asValue(k) }
          }
        }
      })
  },
  {
    id: '--flag=value argument',
    fits: ['prefixed', 'named'],
    file: '.cursor/mcp.json',
    text: (k) => withArgs(['-y', 'some-mcp-server@1.2.3', `--api-key=${k.value}`])
  },
  {
    id: '--flag value arguments',
    fits: ['prefixed', 'named'],
    file: '.cursor/mcp.json',
    text: (k) => withArgs(['-y', 'some-mcp-server@1.2.3', '--access-token', k.value])
  },
  {
    id: 'URL query parameter',
    fits: ['prefixed', 'named'],
    file: '.vscode/mcp.json',
    text: (k) =>
      json({
        servers: {
          remote: { type: 'http', url: `https://mcp.example.net/mcp?tavilyApiKey=${encodeURIComponent(k.value)}&x=1` }
        }
      })
  },
  {
    id: 'URL with a password',
    fits: ['url'],
    file: '.vscode/mcp.json',
    text: (k) => json({ servers: { db: { type: 'stdio', command: 'npx', args: ['-y', 'db-mcp@1.0.0', asValue(k)] } } })
  },
  {
    id: 'docker -e NAME=value',
    fits: ['prefixed', 'named'],
    file: '.mcp.json',
    text: (k) => withArgs(['run', '-i', '--rm', '-e', `${k.variable}=${k.value}`, 'ghcr.io/example/server:1.0'])
  },
  {
    id: 'shell script',
    fits: ['prefixed', 'named'],
    file: '.mcp.json',
    text: (k) =>
      json({ mcpServers: { svc: { command: 'sh', args: ['-c', `${k.variable}=${k.value} exec node server.js`] } } })
  },
  {
    id: 'Codex TOML env',
    fits: ['prefixed', 'named', 'url'],
    file: '.codex/config.toml',
    text: (k) =>
      `[mcp_servers.svc]\ncommand = "npx"\nargs = ["-y", "some-mcp-server@1.2.3"]\n\n[mcp_servers.svc.env]\n${k.variable} = ${JSON.stringify(asValue(k))}\n`
  },
  {
    id: 'Continue YAML env',
    fits: ['prefixed', 'named', 'url'],
    file: '.continue/mcpServers/svc.yaml',
    text: (k) =>
      `name: svc\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: svc\n    command: npx\n    args: ["-y", "some-mcp-server@1.2.3"]\n    env:\n      ${k.variable}: ${JSON.stringify(asValue(k))}\n`
  },
  {
    id: 'a file that does not parse',
    fits: ['prefixed', 'named', 'url'],
    file: '.mcp.json',
    text: (k) =>
      `{\n  "mcpServers": {\n    "svc": {\n      "command": "npx",\n      "env": { "${k.variable}": ${JSON.stringify(asValue(k))} }\n    }\n  \n`
  },
  {
    id: 'comment',
    fits: ['prefixed', 'named'],
    file: '.vscode/mcp.json',
    text: (k) =>
      `{\n  // ${k.variable}=${k.value}\n  "servers": { "svc": { "type": "stdio", "command": "npx", "args": ["-y", "x@1.0.0"] } }\n}\n`
  },
  {
    id: 'variable name',
    fits: ['prefixed', 'named'],
    file: '.mcp.json',
    text: (k) => stdio({ env: { [k.value]: '' } })
  }
]

/** Stand-ins that must never be reported, in the positions above (as the value of a secret-named variable). */
export const PLACEHOLDERS: string[] = [
  '${GITHUB_TOKEN}',
  '${env:API_KEY}',
  '${input:apiKey}',
  '{env:API_KEY}',
  '${{ secrets.API_KEY }}',
  '$API_KEY',
  '%API_KEY%',
  '${API_KEY:-}',
  '<YOUR_API_KEY>',
  '<your-token-here>',
  '[API_KEY]',
  'YOUR_API_KEY',
  'YOUR_API_KEY_HERE',
  'your-api-key',
  'your_token_here',
  'xxx',
  'xxxxxxxxxxxxxxxxxxxx',
  'XXXXXXXXXXXXXXXXXXXXXXXX',
  '***',
  '...',
  'changeme',
  'REPLACE_ME',
  'placeholder',
  'redacted',
  'null',
  'true',
  'not-needed',
  'sk-no-key-required',
  'ollama',
  'dummy-key',
  'test',
  'secret',
  'password',
  'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'ghp_1234567890abcdefghijklmnopqrstuvwxyz',
  'sk-...',
  'sk-proj-...',
  'sk-your-openai-key',
  'sk-ant-api03-your-key-here',
  'fc-YOUR_API_KEY',
  'fc-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'BSA_YOUR_BRAVE_KEY',
  'ctx7sk-your-context7-key',
  'sbp_your_supabase_token',
  'sbp_0000000000000000000000000000000000000000',
  'ntn_your_notion_token',
  'tvly-YOUR_API_KEY',
  'lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  '00000000-0000-0000-0000-000000000000',
  'Bearer ${API_TOKEN}',
  'Bearer <token>',
  'Bearer YOUR_TOKEN',
  'Basic ${BASIC_AUTH}',
  'redis://:${REDIS_PASSWORD}@localhost:6379',
  'postgres://postgres:postgres@localhost:5432/app',
  'mongodb://user:password@localhost:27017',
  'https://mcp.example.net/mcp?apiKey=${API_KEY}',
  'https://mcp.example.net/mcp?apiKey={api_key}',
  '/run/secrets/api_key',
  '~/.config/tokens/github.txt',
  'https://auth.example.net/oauth/token'
]
