import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  fileSecrets,
  findSecrets,
  holdsOnlyScannedStrings,
  isPlaceholderValue,
  loadSecretRules,
  mayHoldAnySecret,
  mayHoldSecret,
  scanText
} from '../../src/secrets.js'
import { parseJson } from '../../src/parse/json.js'
import { documentStrings } from '../../src/rules/support/document.js'
import { commentSecrets } from '../../src/rules/hardcoded-secret.js'
import { genericSecrets, looksRandom } from '../../src/secret-rules/generic.js'
import { PRESET_KEYWORDS, presetRuleName, presetRuleNames, scanWithPreset } from '../../src/secret-rules/preset.js'
import { formatsIn, VENDOR_FORMATS } from '../../src/secret-rules/vendors.js'
import { KINDS, type CredentialKind } from './fixtures.js'
import { seededRandom } from '../helpers/seeded-random.js'

/**
 * The detectors skip what cannot match: a vendor format is searched for only in a string holding one of
 * its keywords, and a line of a file's text is scanned only when it holds something some detector needs.
 * These tests hold each shortcut to what it stands for, on the credential examples, on every line and
 * string of the fixtures (the real corpus among them), and on random strings.
 */

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures')

/** Every file's text under a folder (the real corpus, and every other fixture). */
function texts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .filter((text) => !text.includes('\u0000'))
}
const TEXTS = texts(FIXTURES)
const LINES = [...new Set(TEXTS.flatMap((text) => text.split('\n')))]
/** Every JSON string of the texts (values and keys), decoded. */
const STRINGS = [
  ...new Set(
    TEXTS.flatMap((text) =>
      [...text.matchAll(/"(?:[^"\\\n]|\\.){0,4000}"/g)].flatMap((m) => {
        try {
          return [JSON.parse(m[0]) as string]
        } catch {
          return []
        }
      })
    )
  )
]
const SAMPLES = [...LINES, ...STRINGS, ...KINDS.map((k) => k.value)]

beforeAll(async () => {
  await loadSecretRules()
})

describe('the vendor formats prefilter', () => {
  it('reads thousands of real lines and strings', () => {
    expect(LINES.length).toBeGreaterThan(5000)
    expect(STRINGS.length).toBeGreaterThan(5000)
  })

  const prefixed = VENDOR_FORMATS.map((format, index) => ({ format, index })).filter(({ format }) => !format.name)

  it.each(prefixed.map(({ format, index }) => [format.id, format, index] as const))(
    '%s: its example passes, alone and among other text',
    (id, format, index) => {
      const example = (KINDS.find((k) => k.id === id) as CredentialKind).value
      for (const text of [example, `TOKEN=${example}`, `{"a": "x", "key": "${example}"}`, `Bearer ${example} and more`])
        expect(formatsIn(text)?.[index]).toBe(1)
      expect(format.keywords.length).toBeGreaterThan(0)
    }
  )

  it('lists every format that matches in any real line or string (each pattern run on its own)', () => {
    const missed: string[] = []
    for (const text of SAMPLES) {
      const possible = formatsIn(text)
      for (const { format, index } of prefixed) {
        format.pattern.lastIndex = 0
        if (format.pattern.test(text) && possible?.[index] !== 1) missed.push(`${format.id}: ${text}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('finds keywords that overlap or start with another: each format whose keyword is there', () => {
    const at = (id: string): number => VENDOR_FORMATS.findIndex((f) => f.id === id)
    const possible = (text: string): string[] =>
      VENDOR_FORMATS.filter((_, index) => formatsIn(text)?.[index] === 1).map((f) => f.id)
    // sk-ant- starts with sk-; gsk_ holds sk_; pat-na holds pat; sk.eyJ holds eyJ.
    expect(possible('sk-ant-api03-x')).toEqual(expect.arrayContaining(['anthropic-api-key', 'openai-style-api-key']))
    expect(possible('gsk_x')).toEqual(expect.arrayContaining(['groq-api-key', 'elevenlabs-api-key']))
    expect(possible('pat-na1-x')).toEqual(expect.arrayContaining(['hubspot-private-app-token', 'airtable-token']))
    expect(possible('sk.eyJx')).toEqual(expect.arrayContaining(['mapbox-secret-token', 'json-web-token']))
    expect(formatsIn('npx -y @modelcontextprotocol/server-memory')).toBeUndefined()
    expect(at('railway-token')).toBeGreaterThan(-1)
  })

  it('flags, for a text that is one keyword, exactly the formats with a keyword it holds', () => {
    // The table behind formatsIn is built from each keyword's prefixes; this is its plain definition.
    const keywords = [...new Set(VENDOR_FORMATS.flatMap((f) => f.keywords))]
    for (const keyword of keywords) {
      const expected = VENDOR_FORMATS.flatMap((f, index) =>
        f.keywords.some((k) => keyword.includes(k)) ? [index] : []
      )
      const found = formatsIn(keyword) ?? new Uint8Array(VENDOR_FORMATS.length)
      expect([keyword, VENDOR_FORMATS.flatMap((_, index) => (found[index] === 1 ? [index] : []))]).toEqual([
        keyword,
        expected
      ])
    }
  })

  it('still finds a format that is searched for only under its name (no keywords)', () => {
    const railway = KINDS.find((k) => k.id === 'railway-token') as CredentialKind
    expect(findSecrets(railway.value, 'RAILWAY_TOKEN').map((s) => s.value)).toEqual([railway.value])
    expect(mayHoldAnySecret(`RAILWAY_TOKEN=${railway.value}`)).toBe(true)
  })
})

/** `mayHoldSecret` as it was written before it became one regular expression. */
function mayHoldSecretReference(text: string): boolean {
  if (/PRIVATE KEY|:\/\/[^\s/@:]{0,200}:[^\s@]{1,200}@|hooks\.slack\.com|_authToken/.test(text)) return true
  for (const run of text.matchAll(/[A-Za-z0-9_+=-]{20,}/g)) if (/[0-9A-Z]/.test(run[0])) return true
  return false
}

describe("the generic forms' anchors", () => {
  it('find what every form finds, on every real line and string and on random text, under names that say secret', () => {
    const random = seededRandom(0x9e7e)
    const pick = (chars: string, n: number): string =>
      Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('')
    const noise = Array.from({ length: 20_000 }, () =>
      pick('abcdefXYZ0123456789_-=:/?&;@. \t"\'', 8 + Math.floor(random() * 40))
    )
    // Each form, under names that say secret, with random values, in random surroundings.
    const said = ['api_key', 'X-Api-Key', 'token', 'DB_PASSWORD', 'auth']
    const forms = Array.from({ length: 5_000 }, () => {
      const n = said[Math.floor(random() * said.length)]
      const v = pick('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16 + Math.floor(random() * 16))
      const form = [
        `${n}: ${v}`,
        `${n}=${v}`,
        `--${n} ${v}`,
        `https://h/mcp?${n}=${v}`,
        `redis://u:${v}@h`,
        `-e ${n}=${v}`
      ]
      return `${pick(' "(', 1)}${form[Math.floor(random() * form.length)]}${pick(' ";', 1)}`
    })
    const names = [undefined, 'API_KEY', 'password', '--token', 'Authorization']
    const differ: string[] = []
    let found = 0
    for (const text of [...SAMPLES, ...noise, ...forms])
      for (const name of names) {
        const fast = genericSecrets(text, name, isPlaceholderValue)
        found += fast.length
        if (JSON.stringify(fast) !== JSON.stringify(genericSecrets(text, name, isPlaceholderValue, true)))
          differ.push(`${name}: ${text}`)
      }
    expect(found).toBeGreaterThan(1000)
    expect(differ).toEqual([])
  })
})

describe("the preset's gate", () => {
  it('answers as its first form on every real line and string, and on random strings', () => {
    const random = seededRandom(0x9a7e)
    const alphabet = 'aZ9_+=-/:@. "x'
    const made = Array.from({ length: 20_000 }, () =>
      Array.from({ length: Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    )
    const differ = [...SAMPLES, ...made].filter((text) => mayHoldSecret(text) !== mayHoldSecretReference(text))
    expect(differ).toEqual([])
  })
})

/** A URL query's value as the generic rule judges it. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

describe("the preset rules' keywords", () => {
  const random = seededRandom(0x7e5e7)
  const of = (chars: string, n: number): string =>
    Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('')
  const lower = 'abcdefghijklmnopqrstuvwxyz'
  const upper = lower.toUpperCase()
  const digits = '0123456789'
  const alnum = lower + upper + digits
  const hex = digits + 'abcdef'
  const base64 = alnum + '+/'
  /** A 1Password service account token's body: base64 of a JSON object (so it starts with `ey` and ends with `fQ`). */
  const opsBody = (): string => {
    for (let pad = 80; ; pad++) {
      const body = Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', key: of(alnum, pad) })).toString(
        'base64'
      )
      if (body.endsWith('fQ==')) return body.replace(/=+$/, '')
    }
  }
  const pem = (label: string): string =>
    `-----BEGIN ${label}PRIVATE KEY-----\nMII${of(base64, 160)}\n-----END ${label}PRIVATE KEY-----\n`
  /** One fake credential (or more) that each preset rule reports, in the shapes of the rules' own patterns. */
  const EXAMPLES: Record<string, string[]> = {
    aws: [`aws_secret_access_key = "${of(base64, 40)}"`],
    npm: [
      `//registry.npmjs.org/:_authToken=${of(alnum, 36)}`,
      `npm_${of(alnum, 36)}`,
      `https://${of(hex, 40)}:x-oauth-basic@github.com/o/r`
    ],
    slack: [
      `xoxb-${of(digits, 12)}-${of(digits, 13)}-${of(alnum, 24)}`,
      `https://hooks.slack.com/services/T${of(upper + digits, 9)}/B${of(upper + digits, 9)}/${of(alnum, 24)}`
    ],
    basicauth: [`https://deploy:${of(alnum, 16)}@example.com/mcp`],
    openai: [`sk-${of(alnum, 20)}T3BlbkFJ${of(alnum, 20)}`],
    anthropic: [`sk-ant-api03-${of(alnum + '_-', 93)}AA`],
    groq: [`gsk_${of(alnum, 52)}`],
    huggingface: [`hf_${of(lower + upper, 34)}`],
    linear: [`lin_api_${of(alnum, 40)}`],
    notion: [`ntn_${of(digits, 11)}${of(alnum, 35)}`],
    privatekey: [pem('RSA ').replace(/\\n/g, '\n')],
    sendgrid: [`SG.${of(alnum, 22)}.${of(alnum, 43)}`],
    shopify: [`shpat_${of(hex, 32)}`],
    stripe: [`sk_live_${of(alnum, 30)}`],
    github: [`ghp_${of(alnum, 36)}`, `github_pat_${of(alnum, 82)}`],
    gitlab: [`glpat-${of(alnum, 20)}`],
    grafana: [`glc_${of(alnum, 40)}`, `glsa_${of(alnum, 32)}_${of(hex, 8)}`],
    '1password': [`ops_${opsBody()}`],
    'database-connection-string': [
      `postgres://app:${of(alnum, 16)}@db.example.com/app`,
      `mongodb+srv://app:${of(alnum, 16)}@cluster0.example.net/db`,
      `MYSQL://app:${of(alnum, 16)}@db.example.com/app`
    ],
    'hashicorp-vault': [`hvs.${of(alnum, 95)}`],
    vercel: [`vcp_${of(alnum, 30)}`],
    databricks: [`dapi${of(hex, 32)}`],
    docker: [`dckr_pat_${of(alnum, 27)}`],
    figma: [`figd_${of(alnum, 40)}`],
    cloudflare: [`cfut_${of(alnum, 40)}${of(hex, 8)}`],
    tailscale: [`tskey-auth-${of(alnum, 12)}-${of(alnum, 30)}`]
  }

  it('has an entry for every scanner rule of the preset, and an example each rule reports', () => {
    const names = presetRuleNames()
    expect(names.length).toBeGreaterThan(20)
    expect(Object.keys(PRESET_KEYWORDS).sort()).toEqual([...names].sort())
    // filter-comments only marks `secretlint-disable` comments, and gcp reads only files named .json or .p12.
    const silent = names.filter(
      (name) =>
        !['filter-comments', 'gcp'].includes(name) &&
        !EXAMPLES[name]?.some((text) => scanWithPreset(text, true).some((m) => presetRuleName(m.ruleId) === name))
    )
    expect(silent).toEqual([])
  })

  it('report what every rule reports, on the examples and on every real line and string', () => {
    const texts = [...Object.values(EXAMPLES).flat(), ...SAMPLES.filter((text) => mayHoldSecret(text))]
    const differ = texts.filter(
      (text) => JSON.stringify(scanWithPreset(text)) !== JSON.stringify(scanWithPreset(text, true))
    )
    expect(differ).toEqual([])
  })
})

describe('the line filter of the text scan', () => {
  it('keeps every line in which any detector finds anything (every real line, under any name)', () => {
    const kept = LINES.filter((line) => mayHoldAnySecret(line))
    const dropped = LINES.filter((line) => !mayHoldAnySecret(line))
    expect(kept.length).toBeGreaterThan(100)
    // Most lines of a config hold nothing a detector needs.
    expect(dropped.length).toBeGreaterThan(kept.length)
    const names = ['API_KEY', 'password', 'RAILWAY_TOKEN', 'exa_api_key', '--token', 'Authorization']
    const found = dropped.filter((line) =>
      [undefined, ...names].some((name) => findSecrets(line, name, 'mask').length > 0)
    )
    expect(found).toEqual([])
  })

  it('keeps every text around a value that looks random (random values, in random surroundings)', () => {
    const random = seededRandom(0x5ca9)
    const pick = (chars: string, n: number): string =>
      Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join('')
    const token = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+=@:%~!#$&*?^'
    const around = ' "\'`(){}[]<>,;|\\\t' + token
    const missed: string[] = []
    let random8 = 0
    for (let i = 0; i < 30_000; i++) {
      const value = pick(token, 8 + Math.floor(random() * 24))
      const text = `${pick(around, Math.floor(random() * 6))}${value}${pick(around, Math.floor(random() * 6))}`
      if (looksRandom(value, 8)) {
        random8++
        if (!mayHoldAnySecret(text)) missed.push(text)
      }
      // A URL query's value is judged decoded: `%41` is a letter.
      const encoded = [...value].map((c) => (/[A-Z]/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : c)).join('')
      if (looksRandom(decoded(encoded)) && !mayHoldAnySecret(`?api_key=${encoded}`)) missed.push(encoded)
    }
    expect(random8).toBeGreaterThan(1000)
    expect(missed).toEqual([])
  })

  it('scans a secret in a comment, a key, a header and a URL', () => {
    const github = (KINDS.find((k) => k.id === 'github-token') as CredentialKind).value
    const bearer = 'abcdefghijklmnopqrstuvwxyz'
    const text = [
      '{',
      `  // old token: ${github}`,
      `  "${github}": "x",`,
      '  "headers": { "authorization": "Bearer ' + bearer + '" },',
      '  "url": "https://user:Xk29fLq7Rt@example.com/mcp"',
      '}'
    ].join('\n')
    const values = scanText(text, 'mask').map((s) => s.value)
    expect(values).toEqual(expect.arrayContaining([github, bearer, 'Xk29fLq7Rt']))
  })

  it('scans a line whose only sign is an encoded query value (digits and escapes: `%41` is a letter)', () => {
    const line = '  "url": "https://x/mcp?token[]=1234%41%42%43%44%45%46%47%48"'
    expect(findSecrets(line, undefined, 'mask').map((s) => s.value)).toEqual(['1234%41%42%43%44%45%46%47%48'])
    expect(scanText(line, 'mask').map((s) => s.value)).toEqual(['1234%41%42%43%44%45%46%47%48'])
  })
})

describe('the lines the text scan reads', () => {
  /** What the scan of a text stands for: each of its lines scanned alone, at its offset in the text. */
  function lineByLine(text: string): string[] {
    let start = 0
    return text.split('\n').flatMap((line) => {
      const at = start
      start += line.length + 1
      return scanText(line, 'mask').map((s) => `${at + s.offset} ${s.value}`)
    })
  }
  const credentials = KINDS.map((k) => k.value)

  it('are every line a detector may find something on, for marker lines and run lines in any order', () => {
    const random = seededRandom(0x11e5)
    const choose = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const lines = [
      ...credentials.map((value) => `  "key": "${value}",`),
      '  "Authorization": "Bearer abcdefghijklmnopqrstuvwxyz012345"',
      '  "url": "https://user:Xk29fLq7Rt@example.com/mcp"',
      '  "args": ["-y", "@modelcontextprotocol/server-memory@2025.9.1"],',
      '  "command": "npx",',
      '  "MEMORY_FILE_PATH": "./data/memory-82-1.json"',
      '  // Bearer and a random run on one line: Xk9mQ2pL7vR4tZ8wN3bY',
      '  "token": "Xk9mQ2pL7vR4tZ8wN3bY", "x": "PRIVATE KEY"',
      '}',
      ''
    ]
    const differ: string[] = []
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 8) }, () => choose(lines)).join('\n')
      const found = scanText(text, 'mask').map((s) => `${s.offset} ${s.value}`)
      if (JSON.stringify(found) !== JSON.stringify(lineByLine(text))) differ.push(text)
    }
    expect(differ).toEqual([])
  })

  it('are the same as line by line on every text of the fixtures', () => {
    const differ = TEXTS.filter(
      (text) =>
        JSON.stringify(scanText(text, 'mask').map((s) => `${s.offset} ${s.value}`)) !== JSON.stringify(lineByLine(text))
    )
    expect(differ.map((text) => text.slice(0, 200))).toEqual([])
  })
})

describe('the masking of a strict JSON text', () => {
  /** A file's secrets for masking: every line scanned, and lines of strings only read from the strings. */
  function bothWays(text: string): { scanned: string[]; fromStrings: string[]; json: boolean } {
    const { doc } = parseJson(text, { strict: false, hostName: 'test' })
    const strings = documentStrings(doc?.value)
    return {
      scanned: [...fileSecrets(strings, text)],
      fromStrings: [...fileSecrets(strings, text, new Set(), doc?.jsonText)],
      json: doc?.jsonText !== undefined
    }
  }

  it('reads a line of strings, brackets, commas and colons from its strings', () => {
    expect(holdsOnlyScannedStrings('    "MEMORY_FILE_PATH": "./data/memory-82-1.json",')).toBe(true)
    expect(holdsOnlyScannedStrings('  "args": ["-y", "@modelcontextprotocol/server-memory@2025.9.1"],\r')).toBe(true)
    expect(holdsOnlyScannedStrings('"@modelcontextprotocol/server-memory@2025.9.1"')).toBe(true)
  })

  it.each([
    ['a comment', '  "command": "npx", // Xk9mQ2pL7vR4tZ8wN3bY'],
    ['a number', '  "timeout": 12345678901234,'],
    ['a literal', '  "enabled": true, "command": "Xk9mQ2pL7vR4tZ8wN3bY"'],
    ['an escape (the text is not the string)', '  "API_KEY": "Xk9mQ2pL7vR4\\u0074Z8wN3bY"'],
    ["an apostrophe (a pair's value is cut there)", `  "password": "Xk9mQ2pL7vR4tZ'x"`],
    [
      "a preset rule's keyword (its rules may read across strings)",
      '  "url": "https://u:Xk9mQ2pL7vR4tZ8w@mcp.example.com/mcp"'
    ],
    ['the same, in another case', '  "AWS_SECRET_ACCESS_KEY": "Xk9mQ2pL7vR4tZ8wN3bY"'],
    ['a key that is not a plain name', '  "my key": "Xk9mQ2pL7vR4tZ8wN3bY"'],
    ['a key longer than a pair name reads', `  "${'a'.repeat(101)}": "Xk9mQ2pL7vR4tZ8wN3bY"`],
    [
      'a key a name-only vendor format answers to',
      '  "RAILWAY_TOKEN": { "id": "5d7c8b1e-2f3a-4b6c-9d8e-7f6a5b4c3d2e" }'
    ],
    ['a first string that is not a key, read as a name and a value', '  "x=token=Xk9mQ2pL7vR4tZ8wN3bY",'],
    ['an unclosed string', '  "description": "Xk9mQ2pL7vR4tZ8wN3bY']
  ])('scans a line with %s', (_, line) => {
    expect(holdsOnlyScannedStrings(line)).toBe(false)
  })

  it('finds the same secrets on every JSON text of the fixtures and the real corpus', () => {
    let json = 0
    const differ: string[] = []
    for (const text of TEXTS) {
      if (!/^\s*[[{/]/.test(text)) continue
      const { scanned, fromStrings, json: read } = bothWays(text)
      if (read) json++
      if (JSON.stringify(scanned) !== JSON.stringify(fromStrings)) differ.push(text.slice(0, 200))
    }
    expect(json).toBeGreaterThan(300)
    expect(differ).toEqual([])
  })

  it('finds the same secrets in random lines of strings: names, values, credentials, and what lies around them', () => {
    const differ: string[] = []
    for (const text of randomJsonTexts(0x1a5c, 3000)) {
      const { scanned, fromStrings, json } = bothWays(text)
      if (!json) continue
      if (JSON.stringify(scanned) !== JSON.stringify(fromStrings)) differ.push(text)
    }
    expect(differ).toEqual([])
  })

  it('scans a line of a URL with an `@` (a password may follow), and reads one without from its strings', () => {
    expect(holdsOnlyScannedStrings('  "url": "https://mcp.example.com/1046/mcp",')).toBe(true)
    expect(holdsOnlyScannedStrings('  "url": "https://u:Xk9mQ2pL7vR4tZ8w@mcp.example.com/mcp",')).toBe(false)
    // The generic form's password may hold quotes: on the line it reaches an `@` in the next string.
    expect(holdsOnlyScannedStrings('  "a":"redis://u:Xk9mQ2pL7vR4tZ8w","b":"q@h"')).toBe(false)
  })
})

describe('the comment scan of a strict JSON text', () => {
  /** What the rule's string scans report: values under their names, keys under none. */
  function reportedByStrings(text: string): { reported: Set<string>; doc?: ReturnType<typeof parseJson>['doc'] } {
    const { doc } = parseJson(text, { strict: false, hostName: 'test' })
    const reported = new Set<string>()
    for (const site of documentStrings(doc?.value))
      for (const s of findSecrets(site.value, site.isKey ? undefined : site.name)) reported.add(s.value)
    return { reported, doc }
  }
  const bothWays = (text: string): { everyLine: string; fromStrings: string; json: boolean } => {
    const { reported, doc } = reportedByStrings(text)
    if (!doc) return { everyLine: '', fromStrings: '', json: false }
    return {
      everyLine: JSON.stringify(commentSecrets(doc, reported, true)),
      fromStrings: JSON.stringify(commentSecrets(doc, reported)),
      json: doc.jsonText !== undefined
    }
  }

  it('finds a credential in a comment of a JSONC text: on a comment line, after a URL, and on a line of strings inside a block comment', () => {
    const token = 'ghp_Xk9mQ2pL7vR4tZ8wN3bYq5sD1fG6hJ0kL2m4'
    const text = [
      '{',
      `  // ${token}`,
      '  "url": "https://mcp.example.com/mcp", // ghp_Lp4kJ7hG2fD9sA3zX6cV8bN1mQ5wE0rT3yU7i',
      '  /*',
      '  "url": "https://mcp.example.com/mcp", "token": "pplx-Qm3nR8sT2vW6xY9zA1bC4dE7fG0hJ5kL8mN2aB7cD9eF"',
      '  */',
      '  "command": "npx"',
      '}',
      ''
    ].join('\n')
    const { reported, doc } = reportedByStrings(text)
    expect(doc?.jsonText).toBeDefined()
    const found = commentSecrets(doc!, reported).map((s) => s.value)
    expect(found).toEqual([
      token,
      'ghp_Lp4kJ7hG2fD9sA3zX6cV8bN1mQ5wE0rT3yU7i',
      'pplx-Qm3nR8sT2vW6xY9zA1bC4dE7fG0hJ5kL8mN2aB7cD9eF'
    ])
    expect(found).toEqual(commentSecrets(doc!, reported, true).map((s) => s.value))
  })

  it('finds the same on every JSON text of the fixtures and the real corpus', () => {
    let json = 0
    const differ: string[] = []
    for (const text of TEXTS) {
      if (!/^\s*[[{/]/.test(text)) continue
      const { everyLine, fromStrings, json: read } = bothWays(text)
      if (read) json++
      if (everyLine !== fromStrings) differ.push(text.slice(0, 200))
    }
    expect(json).toBeGreaterThan(300)
    expect(differ).toEqual([])
  })

  it('finds the same in random lines of strings: URLs, names, values, credentials, and what lies around them', () => {
    const differ: string[] = []
    let found = 0
    for (const text of randomJsonTexts(0x2b7d, 3000)) {
      const { everyLine, fromStrings, json } = bothWays(text)
      if (!json) continue
      if (everyLine !== '[]') found++
      if (everyLine !== fromStrings) differ.push(text)
    }
    // The scan of every line finds something after a `//` or ` #` the string scans did not report, now and then.
    expect(found).toBeGreaterThan(0)
    expect(differ).toEqual([])
  })
})

/**
 * Random JSON texts, one member per line with its value on the same line, compact or spaced: names,
 * values, credentials, URLs (with and without passwords), `{ name, value }` pairs, and what lies around them.
 */
function randomJsonTexts(seed: number, count: number): string[] {
  const random = seededRandom(seed)
  const choose = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
  const token = (n: number): string =>
    Array.from({ length: n }, () => choose([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'])).join(
      ''
    )
  const credentials = KINDS.map((k) => k.value)
  const names = [
    'API_KEY',
    'password',
    'token',
    'x',
    'value',
    'name',
    'args',
    'env',
    'RAILWAY_TOKEN',
    '--api-key',
    'Authorization',
    'url',
    'a=b',
    'api key'
  ]
  const piece = (): string =>
    choose([
      () => token(8 + Math.floor(random() * 24)),
      () => choose(credentials),
      () => choose(names),
      () => `${choose(names)}=${token(20)}`,
      () => `${choose(names)}: ${token(20)}`,
      () => `--${choose(names)} ${token(20)}`,
      () => `Bearer ${token(30)}`,
      () => `redis://u:${token(14)}@h`,
      () => `https://x/mcp?api_key=${token(24)}`,
      () => `${choose(names)}:`,
      () => `${choose(names)}=`,
      () => `${token(14)}'${token(4)}`,
      () => `https://mcp.example.com/${token(12)}/mcp`,
      () => `https://u${token(3)}:${token(16)}@mcp.example.com/mcp`,
      () => `see https://x.io/${token(6)} // ${token(20)}`,
      () => `# ${token(20)}`,
      () => ` #${choose(names)}=${token(20)}`
    ])()
  const value = (depth: number): unknown =>
    depth > 1 || random() < 0.6
      ? piece()
      : random() < 0.5
        ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => value(depth + 1))
        : Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 3) }, () => [piece(), value(depth + 1)]))
  const pair = (): unknown => ({ name: choose(names), value: piece() })
  const texts: string[] = []
  for (let i = 0; i < count; i++) {
    // One member per line, its value on the same line; compact or spaced.
    const members = Array.from(
      { length: 1 + Math.floor(random() * 4) },
      () => [piece(), random() < 0.1 ? pair() : value(0)] as const
    )
    const gap = random() < 0.5 ? ' ' : ''
    texts.push(
      `{\n${members.map(([k, v]) => `  ${JSON.stringify(k)}:${gap}${JSON.stringify(v, null, 0).replace(/,/g, `,${gap}`)}`).join(',\n')}\n}\n`
    )
  }
  return texts
}

describe('the text scan of a JSON text, line by line', () => {
  /** The masking's secrets and the comment scan's findings: every line scanned, and lines of strings read from the strings. */
  function bothWays(text: string): { everyLine: string; fromStrings: string; json: boolean } {
    const { doc } = parseJson(text, { strict: false, hostName: 'test' })
    if (!doc) return { everyLine: '', fromStrings: '', json: false }
    const strings = documentStrings(doc.value)
    const reported = new Set<string>()
    for (const site of strings)
      for (const s of findSecrets(site.value, site.isKey ? undefined : site.name)) reported.add(s.value)
    return {
      everyLine: JSON.stringify([[...fileSecrets(strings, text)], commentSecrets(doc, reported, true)]),
      fromStrings: JSON.stringify([
        [...fileSecrets(strings, text, new Set(), doc.jsonText)],
        commentSecrets(doc, reported)
      ]),
      json: doc.jsonText !== undefined
    }
  }

  it('finds the same in the real corpus with credentials planted: in values, keys, comments, escapes and URLs', () => {
    const random = seededRandom(0x91a7)
    const choose = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const token = (n: number): string =>
      Array.from({ length: n }, () =>
        choose([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'])
      ).join('')
    const credentials = KINDS.map((k) => k.value)
    // What replaces a string's text: each vendor's example, and the generic forms.
    const planted = (): string =>
      choose([
        () => choose(credentials),
        () => `Bearer ${choose(credentials)}`,
        () => `https://deploy:${token(16)}@mcp.example.com/mcp`,
        () => `postgres://app:${token(16)}@db/app`,
        () => `API_KEY=${token(24)}`,
        () => `--api-key ${token(24)}`,
        () => `${token(12)}\\u0041${token(12)}`,
        () => `${token(12)}'${token(8)}`,
        () => `see https://x.io/${token(6)} // ${choose(credentials)}`,
        () => token(8 + Math.floor(random() * 30))
      ])()
    const corpus = TEXTS.filter(
      (text) => /^\s*[[{]/.test(text) && parseJson(text, { strict: true, hostName: 'test' }).doc
    )
    const differ: string[] = []
    let json = 0
    let jsonc = 0
    for (const text of corpus)
      for (let round = 0; round < 3; round++) {
        // Some strings' text replaced (values, and keys: a key is a string followed by a colon).
        let mutated = text.replace(/"((?:[^"\\\n]|\\.){0,200})"/g, (whole) =>
          random() < 0.25 ? `"${planted()}"` : whole
        )
        // A comment line now and then (JSONC: the line differs from the strict text the value was read from).
        if (round === 2) {
          const lines = mutated.split('\n')
          const at = 1 + Math.floor(random() * Math.max(1, lines.length - 1))
          lines.splice(at, 0, `  // ${planted()}`)
          mutated = lines.join('\n')
        }
        const { everyLine, fromStrings, json: read } = bothWays(mutated)
        if (!read) continue
        if (round === 2) jsonc++
        else json++
        if (everyLine !== fromStrings) differ.push(mutated.slice(0, 300))
      }
    expect(json).toBeGreaterThan(300)
    expect(jsonc).toBeGreaterThan(100)
    expect(differ).toEqual([])
  })

  it("scans a line with a preset rule's keyword, though no other line of the text holds one", () => {
    // The AWS rule reads the name and the value together, and finds what the value's scan under its name does not.
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEX'
    const text = `{\n  "command": "npx",\n  "AWS_SECRET_ACCESS_KEY": "${secret}",\n  "url": "https://mcp.example.com/mcp"\n}\n`
    const { doc } = parseJson(text, { strict: true, hostName: 'test' })
    const strings = documentStrings(doc?.value)
    expect(doc?.jsonText).toBe(text)
    const fromStrings = [...fileSecrets(strings, '')]
    const found = [...fileSecrets(strings, text, new Set(), doc?.jsonText)]
    expect(found.length).toBeGreaterThan(fromStrings.length)
    expect(found).toEqual([...fileSecrets(strings, text)])
  })
})
