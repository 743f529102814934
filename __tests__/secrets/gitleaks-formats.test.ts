import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { findSecrets } from '../../src/secrets.js'
import { VENDOR_FORMATS } from '../../src/secret-rules/vendors.js'
import { workspace } from '../action/harness.js'
import { ruleDiagnostics } from '../helpers/lint.js'
import { KINDS, type CredentialKind } from './fixtures.js'

/**
 * The credential formats taken from gitleaks' rule set: each is recognised by itself, where nothing names it a
 * secret (a positional argument, a neutral variable, a URL path), reported with its own kind, and never shown
 * in an output; its stand-ins are not reported.
 */

/** Format id → the kind a finding names. */
const KIND_OF: Record<string, string> = {
  '1password-service-account-token': '1Password service account token',
  'adobe-client-secret': 'Adobe client secret',
  'alibaba-access-key-id': 'Alibaba Cloud access key id',
  'artifactory-api-key': 'JFrog Artifactory API key',
  'artifactory-reference-token': 'JFrog Artifactory token',
  'aws-bedrock-api-key': 'Amazon Bedrock API key',
  'aws-bedrock-short-term-api-key': 'Amazon Bedrock API key',
  'azure-ad-client-secret': 'Azure AD client secret',
  'clickhouse-cloud-api-secret': 'ClickHouse Cloud API secret',
  'cloudflare-origin-ca-key': 'Cloudflare Origin CA key',
  'contentful-personal-access-token': 'Contentful token',
  'discord-webhook-url': 'Discord webhook URL',
  'twitter-bearer-token': 'X (Twitter) bearer token',
  'dropbox-short-lived-token': 'Dropbox token',
  'dropbox-long-lived-token': 'Dropbox token',
  'duffel-api-token': 'Duffel API token',
  'dynatrace-api-token': 'Dynatrace API token',
  'easypost-api-key': 'EasyPost API key',
  'facebook-page-access-token': 'Facebook access token',
  'flyio-token': 'Fly.io token',
  'flyio-macaroon-token': 'Fly.io token',
  'frameio-api-token': 'Frame.io API token',
  'gitlab-other-token': 'GitLab token',
  'gitlab-ci-job-token': 'GitLab token',
  'gitlab-pipeline-trigger-token': 'GitLab token',
  'gitlab-runner-registration-token': 'GitLab token',
  'grafana-api-key': 'Grafana API key',
  'grafana-cloud-token': 'Grafana token',
  'harness-api-key': 'Harness API key',
  'heroku-api-key': 'Heroku API key',
  'hugging-face-organization-token': 'Hugging Face token',
  'infracost-api-token': 'Infracost API token',
  'mailchimp-api-key': 'Mailchimp API key',
  'maxmind-license-key': 'MaxMind license key',
  'mongodb-atlas-service-account-secret': 'MongoDB Atlas service account secret',
  'microsoft-teams-webhook-url': 'Microsoft Teams webhook URL',
  'new-relic-user-api-key': 'New Relic API key',
  'new-relic-insert-key': 'New Relic insert key',
  'octopus-deploy-api-key': 'Octopus Deploy API key',
  'openshift-user-token': 'OpenShift token',
  'planetscale-token': 'PlanetScale token',
  'prefect-api-key': 'Prefect API key',
  'pulumi-access-token': 'Pulumi access token',
  'readme-api-key': 'ReadMe API key',
  'rubygems-api-key': 'RubyGems API key',
  'scalingo-api-token': 'Scalingo API token',
  'shippo-api-token': 'Shippo API token',
  'slack-webhook-url': 'Slack webhook URL',
  'slack-config-token': 'Slack token',
  'sonarqube-token': 'SonarQube token',
  'sourcegraph-access-token': 'Sourcegraph access token',
  'square-access-token': 'Square access token',
  'square-oauth-secret': 'Square OAuth secret',
  'twilio-api-key': 'Twilio API key',
  'typeform-api-token': 'Typeform API token',
  'terraform-cloud-api-token': 'Terraform Cloud API token',
  'yandex-cloud-api-key': 'Yandex Cloud API key'
}

const example = (id: string): CredentialKind => KINDS.find((k) => k.id === id) as CredentialKind
const PREFIXED = Object.keys(KIND_OF).map((id) => [id, example(id)] as const)

/** This rule's findings in a `.mcp.json` holding one server, as `messageId kind` (the value masked in `data`). */
function findings(server: Record<string, unknown>): { said: string[]; data: string } {
  const text = JSON.stringify({ mcpServers: { svc: { command: 'npx', ...server } } }, null, 2)
  const diagnostics = ruleDiagnostics('hardcoded-secret', '.mcp.json', text)
  return {
    said: diagnostics.map((d) => `${d.messageId} ${String(d.data?.kind)}`),
    data: JSON.stringify(diagnostics.map((d) => [d.message, d.data, d.help]))
  }
}

describe('the formats of gitleaks that MCP configs may hold', () => {
  it('are each a vendor format with an example', () => {
    const ids = new Set(VENDOR_FORMATS.map((f) => f.id))
    expect(Object.keys(KIND_OF).filter((id) => !ids.has(id))).toEqual([])
  })

  it.each(PREFIXED)('%s: reported with its kind as a positional argument and under a neutral name', (id, kind) => {
    for (const server of [
      { args: ['-y', 'some-mcp-server@1.2.3', kind.value] },
      { args: ['-y', 'some-mcp-server@1.2.3'], env: { SERVER_SETTING: kind.value } },
      { args: ['-y', 'some-mcp-server@1.2.3', `--endpoint-config=${kind.value}`] }
    ]) {
      const { said, data } = findings(server)
      expect(said).toEqual([`literal ${KIND_OF[id]}`])
      expect(data).not.toContain(kind.value)
    }
  })

  it.each(PREFIXED.filter(([, kind]) => !kind.value.includes('://')))('%s: reported inside a URL path', (id, kind) => {
    const { said } = findings({ type: 'http', url: `https://mcp.example.net/v1/${kind.value}/mcp` })
    expect(said).toEqual([`literal ${KIND_OF[id]}`])
  })

  it("finds Heroku's older key, a bare UUID, only under the name of the key", () => {
    const key = example('heroku-legacy-api-key').value
    expect(findSecrets(key, 'HEROKU_API_KEY').map((s) => s.kind)).toEqual(['Heroku API key'])
    expect(findSecrets(key, '--heroku-auth-token').map((s) => s.kind)).toEqual(['Heroku API key'])
    // Alone, or under another Heroku name (an app's id is a UUID too), it is nothing.
    expect(findSecrets(key)).toEqual([])
    expect(findSecrets(key, 'SERVER_SETTING')).toEqual([])
    expect(findSecrets(key, 'HEROKU_APP_ID')).toEqual([])
    expect(findings({ args: ['heroku-mcp@1.0.0', key] }).said).toEqual([])
  })

  it('never shows one in any output of the CLI', async () => {
    const values = [...PREFIXED.map(([, kind]) => kind.value), example('heroku-legacy-api-key').value]
    const root = workspace({
      '.mcp.json': JSON.stringify(
        {
          mcpServers: {
            svc: {
              command: 'npx',
              args: ['-y', 'some-mcp-server@1.2.3', ...PREFIXED.map(([, kind]) => kind.value)],
              env: { HEROKU_API_KEY: example('heroku-legacy-api-key').value },
              tpye: 1
            }
          }
        },
        null,
        2
      )
    })
    for (const format of ['stylish', 'json', 'sarif', 'markdown']) {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'mcpcop-out-')), 'report')
      let out = ''
      const code = await runCli(['--format', format, '-o', file], {
        cwd: root,
        isTTY: false,
        env: {},
        stdout: (t) => (out += t),
        stderr: (t) => (out += t)
      })
      out += readFileSync(file, 'utf8')
      expect(code).toBe(1)
      expect(out).toMatch(/hardcoded-secret/)
      // Neither a value nor 12 characters of one beyond its public prefix.
      const leaked = values.filter((value) => {
        // Its mask shows its longest public prefix.
        const start = Math.max(
          0,
          ...VENDOR_FORMATS.filter((f) => value.startsWith(f.prefix)).map((f) => f.prefix.length)
        )
        for (let i = start; i + 12 <= value.length; i++) if (out.includes(value.slice(i, i + 12))) return true
        return false
      })
      expect([format, leaked]).toEqual([format, []])
    }
  })

  it.each([
    // gitleaks' own stand-in for a Bedrock key, and documentation examples of the others.
    `ABSKQmVkcm9ja0FQSUtleS1${'EXAMPLE'.repeat(16)}`,
    'LTAIEXAMPLEKEY0000000000',
    'p8e-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    `https://discord.com/api/webhooks/000000000000000000/${'x'.repeat(68)}`,
    'API-XXXXXXXXXXXXXXXXXXXXXXXXXX',
    // Repeated and sequential characters after a prefix.
    `API-${'A'.repeat(26)}`,
    `EAAA${'A'.repeat(60)}`,
    `SK${'a'.repeat(32)}`,
    `pul-${'1234567890'.repeat(4)}`,
    `squ_${'0'.repeat(40)}`,
    // Of formats known before: a body of one class no longer passes for random with such a run in it.
    `fc-${'a'.repeat(32)}`,
    `sk_live_${'A'.repeat(24)}`,
    `${'0'.repeat(32)}-us1`,
    // All zero bytes: nothing of the token is left once its fixed run of `A`s is.
    'A'.repeat(110),
    `abcdefghijk${'A'.repeat(53)}`,
    `fm2_${'A'.repeat(150)}`,
    // A hashed asset's name, not an Infracost token (gitleaks' own counter-example).
    'http://assets.example.com/media/video_box.ico-7a388b69018576d24b59331fd60aab0c.png'
  ])('%s is not reported', (value) => {
    expect(findSecrets(value).map((s) => s.kind)).toEqual([])
    expect(findings({ args: ['some-mcp-server@1.2.3', value] }).said).toEqual([])
  })

  it.each(PREFIXED)('%s: its pattern runs in linear time on hostile input', (id, kind) => {
    const format = VENDOR_FORMATS.find((f) => f.id === id)!
    const cut = kind.value.slice(0, -1)
    const head = kind.value.slice(0, Math.max(format.prefix.length, 4))
    // 256 KB: a pattern that backtracks takes minutes on it, a linear one milliseconds.
    const size = 256 * 1024
    for (const text of [
      `${cut} `.repeat(Math.ceil(size / kind.value.length)),
      `${cut}!`.repeat(Math.ceil(size / kind.value.length)),
      head + kind.value.at(-1)!.repeat(size),
      format.keywords.join('').repeat(Math.ceil(size / format.keywords.join('').length))
    ]) {
      const started = process.hrtime.bigint()
      format.pattern.lastIndex = 0
      for (const match of text.matchAll(format.pattern)) expect(match[0].length).toBeGreaterThan(0)
      expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(10)
    }
  })
})
