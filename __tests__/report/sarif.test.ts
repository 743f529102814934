import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { lint } from '../../src/engine.js'
import { buildSarif, formatSarif, SARIF_SCHEMA } from '../../src/report/sarif.js'
import { knownRuleIds } from '../../src/diagnostics.js'
import type { Report } from '../../src/types.js'
import { VERSION } from '../../src/version.js'
import { workspace } from '../action/harness.js'

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv
) => Ajv
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'sarif')

// The official OASIS schema (see __tests__/fixtures/sarif/README.md). It is draft-04: its root `id` is
// draft-06's `$id`, its other keywords mean the same under ajv's draft-07, and `validateSchema: false`
// skips checking it against the draft-04 meta-schema, which ajv 8 does not ship.
const {
  id,
  $schema: _draft04,
  ...schema
} = JSON.parse(readFileSync(path.join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>
const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
addFormats(ajv)
const validateSarif = ajv.compile({ $id: id as string, ...schema })

function errorsOf(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

const TOKEN = 'ghp_' + 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'
const REPO = {
  '.mcp.json':
    '{\n  "mcpServers": {\n    "github": { "type": "http" },\n    "fs": { "command": "node", "args": ["server.js"], "tpye": "stdio" }\n  }\n}\n',
  'server.js': '',
  '.cursor/mcp.json': JSON.stringify(
    {
      mcpServers: {
        gh: {
          command: 'npx',
          args: ['-y', '@modelcontextprotocol/server-github@2025.4.8'],
          env: { GITHUB_PERSONAL_ACCESS_TOKEN: TOKEN }
        }
      }
    },
    null,
    2
  ),
  'dir with space/.mcp.json': '{ "mcpServers": { "x": { "command": 42 } } }'
}

describe('SARIF output', () => {
  let report: Report
  let secrets: Set<string>
  beforeAll(async () => {
    const result = await lint({ paths: [], cwd: workspace(REPO) })
    report = result.report
    secrets = result.secrets
  })

  it('is valid against the official SARIF 2.1.0 JSON schema', () => {
    const log = JSON.parse(formatSarif(report, { version: VERSION, secrets, category: 'mcpcop/' }))
    expect(errorsOf(log)).toEqual([])
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(4)
  })

  it('is valid for a clean run too (no results, all rules)', () => {
    const log = buildSarif({ version: 1, files: [], diagnostics: [], servers: [] }, { version: VERSION })
    expect(errorsOf(log)).toEqual([])
    expect(log.runs[0].results).toEqual([])
  })

  it('would be caught by the schema if a region were wrong (the validation is real)', () => {
    const log = buildSarif(report, { version: VERSION }) as unknown as {
      runs: { results: { locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[]
    }
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0
    expect(errorsOf(log)).toContain('/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1')
  })

  it('describes every rule with its documentation link and default level', () => {
    const log = buildSarif(report, { version: VERSION })
    const driver = log.runs[0].tool.driver
    expect(driver).toEqual(
      expect.objectContaining({
        name: 'mcpcop',
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: 'https://github.com/mcpcop/mcpcop'
      })
    )
    expect(driver.rules.map((r) => r.id)).toEqual(
      [...new Set([...knownRuleIds(), ...report.diagnostics.map((d) => d.ruleId)])].sort()
    )
    expect(driver.rules.find((r) => r.id === 'hardcoded-secret')).toEqual({
      id: 'hardcoded-secret',
      name: 'HardcodedSecret',
      shortDescription: {
        text: 'A literal credential (token, API key, password, private key) is committed in the config.'
      },
      fullDescription: {
        text: 'A literal credential (token, API key, password, private key) is committed in the config.'
      },
      helpUri: 'https://github.com/mcpcop/mcpcop/blob/main/docs/rules/hardcoded-secret.md',
      help: {
        text: 'A literal credential (token, API key, password, private key) is committed in the config. See https://github.com/mcpcop/mcpcop/blob/main/docs/rules/hardcoded-secret.md',
        markdown:
          'A literal credential (token, API key, password, private key) is committed in the config. See [the documentation](https://github.com/mcpcop/mcpcop/blob/main/docs/rules/hardcoded-secret.md).'
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['mcp', 'rule', 'security'], precision: 'very-high', 'problem.severity': 'error' }
    })
    expect(driver.rules.find((r) => r.id === 'schema-unknown-key')).toEqual(
      expect.objectContaining({
        helpUri: 'https://github.com/mcpcop/mcpcop#built-in-diagnostics',
        defaultConfiguration: { level: 'warning' }
      })
    )
    for (const rule of driver.rules) expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024)
  })

  it('gives each result its rule, level, repository-relative location and exact region', () => {
    const log = buildSarif(report, { version: VERSION })
    const results = log.runs[0].results
    const at = (file: string, ruleId: string) =>
      results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === file && r.ruleId === ruleId)
    expect(at('.mcp.json', 'schema-required')).toEqual({
      ruleId: 'schema-required',
      ruleIndex: log.runs[0].tool.driver.rules.findIndex((r) => r.id === 'schema-required'),
      level: 'error',
      message: {
        text: '"mcpServers.github" is missing the required "url"',
        markdown:
          '&quot;mcpServers.github&quot; is missing the required &quot;url&quot;\n\nA remote server needs the &quot;url&quot; to connect to. Claude Code needs &quot;url&quot; here and cannot load this entry without it; add it.'
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.mcp.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 13 }
          }
        }
      ],
      partialFingerprints: { 'mcpcop/v1': expect.stringMatching(/^[0-9a-f]{16}:1$/) },
      properties: {
        server: 'github',
        messageId: 'missing',
        help: 'A remote server needs the "url" to connect to. Claude Code needs "url" here and cannot load this entry without it; add it.'
      }
    })
    expect(at('.mcp.json', 'schema-unknown-key')?.level).toBe('warning')
    // Paths are relative URI references: a space is percent-encoded.
    expect(at('dir%20with%20space/.mcp.json', 'schema-type')).toBeDefined()
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits')
    expect(log.$schema).toBe(SARIF_SCHEMA)
  })

  it("gives a finding with help its one-sentence message as text, and the message with this finding's help as Markdown", () => {
    const log = buildSarif(report, { version: VERSION, secrets })
    const secret = log.runs[0].results.find((r) => r.ruleId === 'hardcoded-secret')
    const diagnostic = report.diagnostics.find((d) => d.ruleId === 'hardcoded-secret')
    expect(secret?.message).toEqual({
      text: 'a literal GitHub token (ghp_…J3i2) is committed: anyone who can read the repository can use it',
      markdown:
        'a literal GitHub token (ghp&#95;…J3i2) is committed: anyone who can read the repository can use it\n\n' +
        'Anyone who can read the repository, or any copy of its history, can use the credential until it is revoked; revoke it, and reference an environment variable instead, e.g. &quot;${env:GITHUB&#95;PERSONAL&#95;ACCESS&#95;TOKEN}&quot;.'
    })
    expect(secret?.properties).toEqual({ server: 'gh', messageId: 'literal', help: diagnostic?.help })
    // The schema's findings carry their help the same way.
    const schema = log.runs[0].results.find((r) => r.ruleId === 'schema-required')
    expect(schema?.message.markdown).toBe(
      '&quot;mcpServers.github&quot; is missing the required &quot;url&quot;\n\nA remote server needs the &quot;url&quot; to connect to. Claude Code needs &quot;url&quot; here and cannot load this entry without it; add it.'
    )
    expect(schema?.properties).toEqual({
      server: 'github',
      messageId: 'missing',
      help: 'A remote server needs the "url" to connect to. Claude Code needs "url" here and cannot load this entry without it; add it.'
    })
  })

  it('maps notice to note and keeps fingerprints stable when lines move', () => {
    const d = {
      ruleId: 'dry-run-skipped',
      severity: 'notice' as const,
      message: 'not started',
      file: 'a/.mcp.json',
      line: 2,
      column: 3,
      endLine: 2,
      endColumn: 9,
      server: 's'
    }
    const first = buildSarif({ version: 1, files: [], diagnostics: [d], servers: [] }, { version: VERSION }).runs[0]
      .results[0]
    const moved = buildSarif(
      { version: 1, files: [], diagnostics: [{ ...d, line: 40, endLine: 40 }], servers: [] },
      { version: VERSION }
    ).runs[0].results[0]
    expect(first.level).toBe('note')
    expect(moved.partialFingerprints).toEqual(first.partialFingerprints)
    const twice = buildSarif(
      { version: 1, files: [], diagnostics: [d, { ...d, line: 5, endLine: 5 }], servers: [] },
      { version: VERSION }
    ).runs[0].results
    expect(twice.map((r) => r.partialFingerprints['mcpcop/v1'].split(':')[1])).toEqual(['1', '2'])
  })

  it('never contains a secret value', () => {
    const text = formatSarif(report, { version: VERSION, secrets })
    expect(text).not.toContain(TOKEN)
    expect(text).toContain('ghp_…J3i2')
    // Even a value only the caller knows is masked everywhere, keys included.
    const extra = formatSarif(
      { ...report, diagnostics: [{ ...report.diagnostics[0], message: 'leaks s3cr3t-v4lue', server: 's3cr3t-v4lue' }] },
      { version: VERSION, secrets: ['s3cr3t-v4lue'] }
    )
    expect(extra).not.toContain('s3cr3t-v4lue')
  })
})
