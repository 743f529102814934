import { hardcodedSecret } from '../../src/rules/hardcoded-secret.js'
import { findSecrets } from '../../src/secrets.js'
import { VENDOR_FORMATS } from '../../src/secret-rules/vendors.js'
import { lintText } from '../helpers/lint.js'
import { KINDS, PLACEHOLDERS, POSITIONS, type CredentialKind } from './fixtures.js'

// Only the rule under test runs: its findings are the same as in a run of every rule (no rule
// supersedes it), and a thousand files lint several times faster.
const secretFindings = (file: string, text: string): string[] =>
  lintText(file, text, { rules: [hardcodedSecret] })
    .diagnostics.filter((d) => d.ruleId === 'hardcoded-secret')
    .map((d) => d.message)

describe('the synthetic credential set', () => {
  it('has at least 60 kinds, and an example of every vendor format', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(60)
    const ids = new Set(KINDS.map((k) => k.id))
    expect(VENDOR_FORMATS.map((f) => f.id).filter((id) => !ids.has(id))).toEqual([])
  })

  it.each(VENDOR_FORMATS.map((f) => [f.id, f] as const))("%s: the example has the format's shape", (id, format) => {
    const example = KINDS.find((k) => k.id === id) as CredentialKind
    expect(new RegExp(`^(?:${format.pattern.source})$`).test(example.value)).toBe(true)
    const found = findSecrets(example.value, example.variable)
    expect(found.map((f) => f.value)).toEqual([example.value])
  })
})

describe('detection of every kind in every position it fits', () => {
  const cases = KINDS.flatMap((kind) =>
    POSITIONS.filter((position) => position.fits.includes(kind.shape)).map((position) => ({ kind, position }))
  )
  const missed = cases.filter(({ kind, position }) => secretFindings(position.file, position.text(kind)).length === 0)

  it('covers hundreds of cases', () => {
    expect(cases.length).toBeGreaterThan(800)
  })

  it('flags at least 95% of them (the misses are listed)', () => {
    const rate = 1 - missed.length / cases.length
    expect({ rate: rate >= 0.95, missed: missed.map((m) => `${m.kind.id} in ${m.position.id}`) }).toEqual({
      rate: true,
      missed: expect.any(Array)
    })
    // Each kind is found somewhere, and each position finds most kinds.
    for (const kind of KINDS)
      expect([
        kind.id,
        cases.filter((c) => c.kind === kind).length > missed.filter((m) => m.kind === kind).length
      ]).toEqual([kind.id, true])
  })

  it('flags every prefixed kind under a neutral name, in a value, an argument, a header and a broken file', () => {
    const essential = [
      'env value under a neutral name',
      'header',
      '--flag=value argument',
      'a file that does not parse',
      'variable name'
    ]
    expect(
      missed
        .filter((m) => m.kind.shape === 'prefixed' && essential.includes(m.position.id))
        .map((m) => `${m.kind.id} in ${m.position.id}`)
    ).toEqual([])
  })
})

describe('placeholders', () => {
  const secretNamed: CredentialKind = { id: 'placeholder', value: '', variable: 'API_KEY', shape: 'named' }
  const cases = PLACEHOLDERS.flatMap((value) =>
    POSITIONS.filter((p) => p.id !== 'a file that does not parse' && p.id !== 'variable name').map((position) => ({
      value,
      position
    }))
  )

  it.each(PLACEHOLDERS)('%s is never reported, in any position', (value) => {
    const flagged = cases
      .filter((c) => c.value === value)
      .filter(({ position }) => secretFindings(position.file, position.text({ ...secretNamed, value })).length > 0)
      .map((c) => c.position.id)
    expect(flagged).toEqual([])
  })
})

describe('an AWS secret access key that starts with "/" (one key in 64)', () => {
  const key = '/Kq7vX2pLm9Rt4Wz8Yb3Nc6Hd1Fg5Js0Ae2Ui7Oo'
  it('is reported once under its own name, in env and as an assignment in an argument', () => {
    const env = JSON.stringify({ mcpServers: { s3: { command: 'node', env: { AWS_SECRET_ACCESS_KEY: key } } } })
    const arg = JSON.stringify({
      mcpServers: { s3: { command: 'sh', args: ['-c', `AWS_SECRET_ACCESS_KEY=${key} node s.js`] } }
    })
    expect(secretFindings('.mcp.json', env)).toHaveLength(1)
    expect(secretFindings('.mcp.json', arg)).toHaveLength(1)
  })

  it('is a path anywhere else, and so is a path under that name', () => {
    const other = JSON.stringify({ mcpServers: { s3: { command: 'node', env: { API_TOKEN: key } } } })
    const path = JSON.stringify({
      mcpServers: { s3: { command: 'node', env: { AWS_SECRET_ACCESS_KEY: '/run/secrets/aws_secret_access_key' } } }
    })
    expect(secretFindings('.mcp.json', other)).toEqual([])
    expect(secretFindings('.mcp.json', path)).toEqual([])
  })
})

describe('long values', () => {
  it('finds a token after a megabyte of text in the same value (no cut-off)', () => {
    const token = KINDS.find((k) => k.id === 'firecrawl-api-key')!.value
    const big = `${'a'.repeat(1_000_000)} ${token}`
    expect(findSecrets(big).map((f) => f.value)).toEqual([token])
  })

  it.each([
    ['a run of one letter', 'a'.repeat(1_000_000)],
    ['repeated prefixes', 'BSA'.repeat(350_000)],
    ['repeated sk-', 'sk-'.repeat(350_000)],
    ['repeated flags', '--api-key='.repeat(100_000)],
    ['repeated URL userinfo', 'redis://:'.repeat(120_000)],
    ['repeated query separators', '?token=&'.repeat(130_000)],
    ['base64', 'QUJD'.repeat(250_000)]
  ])('scans a 1 MB value of %s in linear time', (_name, value) => {
    const started = process.hrtime.bigint()
    findSecrets(value, 'API_KEY')
    // Generous: a backtracking pattern takes minutes on a megabyte, a linear one milliseconds.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20)
  })
})
