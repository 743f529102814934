/**
 * A seeded fuzz of masking: generated credentials planted in real committed configs, in the places and forms
 * a file can hold them (a value, a key, a flag's value, a bearer header, a URL's password or query, `NAME=…`,
 * a header line, inside words, a comment), written as they are or with an escape, in files that parse and in
 * files that do not. Every output is made as the CLI makes it (rendered, then masked with the run's secrets);
 * none may show 12 characters of a planted credential beyond what its mask shows. MCPCOP_FUZZ_SEED and
 * MCPCOP_FUZZ_CASES explore further.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkContent } from '../../src/engine.js'
import { maskSecret, redact } from '../../src/mask.js'
import { formatWorkflowCommands } from '../../src/report/annotations.js'
import { formatJson } from '../../src/report/json.js'
import { formatMarkdown } from '../../src/report/markdown.js'
import { formatSarif } from '../../src/report/sarif.js'
import { formatStylish } from '../../src/report/stylish.js'
import { loadAllParsers } from '../../src/parse/index.js'
import { loadAllValidators } from '../../src/schema/validators.js'
import { loadSecretRules } from '../../src/secrets.js'
import type { Report } from '../../src/types.js'
import { CORPUS, CORPUS_SEEDS } from '../helpers/corpus-seeds.js'
import { seededRandom } from '../helpers/seeded-random.js'
import { KINDS } from './fixtures.js'

const SEED = Number(process.env.MCPCOP_FUZZ_SEED ?? 20261203)
const CASES = Number(process.env.MCPCOP_FUZZ_CASES ?? 200)

await Promise.all([loadAllParsers(), loadAllValidators(), loadSecretRules()])

/** Credentials of one line of printable characters: each of them can sit in any string. */
const CREDENTIALS = KINDS.filter((kind) => /^[\x21-\x7e]{20,}$/.test(kind.value) && !/["'\\]/.test(kind.value))

const FORMS: ((secret: string) => string)[] = [
  (secret) => secret,
  (secret) => `--token=${secret}`,
  (secret) => `Bearer ${secret}`,
  (secret) => `https://user:${secret}@mcp.example.com/mcp`,
  (secret) => `https://mcp.example.com/mcp?key=${secret}`,
  (secret) => `API_KEY=${secret}`,
  (secret) => `x-api-key: ${secret}`,
  (secret) => `token ${secret} end`
]

/** The text with the character at a random place of the credential written as an escape of the file's syntax. */
function escapeOnce(written: string, secret: string, yaml: boolean, next: () => number): string {
  const start = written.indexOf(secret)
  const at = start + 4 + Math.floor(next() * (secret.length - 8))
  const code = written.charCodeAt(at).toString(16).padStart(2, '0')
  return `${written.slice(0, at)}${yaml && next() < 0.5 ? `\\x${code}` : `\\u00${code}`}${written.slice(at + 1)}`
}

/** Plants the credential in one double-quoted string of the text (or a comment when it has none). */
function plant(text: string, secret: string, repoPath: string, next: () => number): string {
  const yaml = /\.(ya?ml|md)$/.test(repoPath)
  const comment = /\.(ya?ml|md|toml)$/.test(repoPath) ? '#' : '//'
  const strings = [...text.matchAll(/"([^"\\\n]{1,60})"/g)]
  if (strings.length === 0 || next() < 0.1) return `${text}\n${comment} ${secret}\n`
  const chosen = strings[Math.floor(next() * strings.length)]
  let written = FORMS[Math.floor(next() * FORMS.length)](secret)
  if (next() < 0.5) written = escapeOnce(written, secret, yaml, next)
  return `${text.slice(0, chosen.index)}"${written}"${text.slice((chosen.index ?? 0) + chosen[0].length)}`
}

/** A 12-character piece of the credential in the text that its mask does not show itself. */
function leak(text: string, secret: string): string | undefined {
  const shown = maskSecret(secret)
  for (let i = 0; i + 12 <= secret.length; i++) {
    const piece = secret.slice(i, i + 12)
    if (text.includes(piece) && !shown.includes(piece)) return piece
  }
  return undefined
}

describe(`planted credentials (seed ${SEED}, ${CASES} cases)`, () => {
  it('are in no output, written as they are or with an escape, in files that parse or not', () => {
    const next = seededRandom(SEED)
    const failures: string[] = []
    let reported = 0
    for (let i = 0; i < CASES; i++) {
      const seed = CORPUS_SEEDS[Math.floor(next() * CORPUS_SEEDS.length)]
      const kind = CREDENTIALS[Math.floor(next() * CREDENTIALS.length)]
      const text = plant(readFileSync(path.join(CORPUS, seed.file), 'utf8'), kind.value, seed.repoPath, next)
      const result = checkContent(seed.repoPath, text)
      if (!result?.diagnostics.some((d) => d.ruleId === 'hardcoded-secret')) continue
      reported++
      const report: Report = { version: 1, files: [result.file], diagnostics: result.diagnostics, servers: [] }
      const secrets = new Set(result.secrets)
      const outputs = {
        stylish: formatStylish(report, { color: false, sources: new Map([[seed.repoPath, text]]), secrets }),
        json: formatJson(report),
        sarif: formatSarif(report, { version: 'fuzz', secrets }),
        markdown: formatMarkdown(report, { failOn: 'error', maxBytes: 1024 * 1024, secrets }),
        github: formatWorkflowCommands(report)
      }
      for (const [format, output] of Object.entries(outputs)) {
        const piece = leak(redact(typeof output === 'string' ? output : JSON.stringify(output), secrets), kind.value)
        if (piece) failures.push(`case ${i} (${seed.file}, ${kind.id}): "${piece}" in ${format}`)
      }
    }
    expect(failures).toEqual([])
    // Most plants are reported: the check above is about something.
    expect(reported).toBeGreaterThan(CASES / 2)
  }, 120_000)
})
