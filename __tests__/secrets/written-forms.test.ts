import { loadAllParsers, parseDocument } from '../../src/parse/index.js'
import { documentStrings } from '../../src/rules/support/document.js'
import { loadSecretRules, writtenSecretForms } from '../../src/secrets.js'
import { KINDS } from './fixtures.js'

// A secret found in a parsed string is masked where the text writes it: as the value when written verbatim,
// else as its written form (escapes and all), which a code frame would otherwise show.

const TOKEN = KINDS.find((kind) => kind.id === 'github-token')!.value
const escaped = `${TOKEN.slice(0, 12)}\\u00${TOKEN.charCodeAt(12).toString(16)}${TOKEN.slice(13)}`

await Promise.all([loadAllParsers(), loadSecretRules()])

function forms(text: string, syntax: 'json' | 'toml' | 'yaml'): string[] {
  const parsed = parseDocument(text, { syntax, name: 'test' })
  const doc = parsed.doc!
  return writtenSecretForms(new Set([TOKEN]), documentStrings(doc.value), text, (at) => doc.span(at))
}

describe('writtenSecretForms', () => {
  it('gives nothing for a secret written as it is', () => {
    expect(forms(`{ "env": { "T": "${TOKEN}" } }`, 'json')).toEqual([])
  })

  it('gives the written form of an escaped value and of an escaped key, without quotes', () => {
    expect(forms(`{ "env": { "T": "${escaped}" } }`, 'json')).toEqual([escaped])
    expect(forms(`{ "env": { "${escaped}": "1" } }`, 'json')).toEqual([escaped])
  })

  it('reads TOML basic and multi-line strings and YAML double-quoted scalars', () => {
    expect(forms(`[env]\nT = "${escaped}"\n`, 'toml')).toEqual([escaped])
    expect(forms(`[env]\nT = """${escaped}"""\n`, 'toml')).toEqual([escaped])
    const yaml = `${TOKEN.slice(0, 12)}\\x${TOKEN.charCodeAt(12).toString(16)}${TOKEN.slice(13)}`
    expect(forms(`env:\n  T: "${yaml}"\n`, 'yaml')).toEqual([yaml])
  })

  it('gives a written form over several lines line by line, so that a mask never joins lines', () => {
    const yaml = `env:\n  KEY: -----BEGIN PRIVATE KEY-----\n    ${TOKEN}AAAA\n    -----END PRIVATE KEY-----\n`
    const parsed = parseDocument(yaml, { syntax: 'yaml', name: 'test' }).doc!
    const value = `-----BEGIN PRIVATE KEY----- ${TOKEN}AAAA -----END PRIVATE KEY-----`
    expect(parsed.value).toEqual({ env: { KEY: value } })
    expect(writtenSecretForms(new Set([value]), documentStrings(parsed.value), yaml, (at) => parsed.span(at))).toEqual([
      '-----BEGIN PRIVATE KEY-----',
      `${TOKEN}AAAA`,
      '-----END PRIVATE KEY-----'
    ])
  })

  it('masks each string as written: one written plainly does not cover another written with escapes', () => {
    expect(forms(`{ "a": "${TOKEN}", "b": "${escaped}" }`, 'json')).toEqual([escaped])
  })

  it('gives nothing without secrets, or for strings that hold none', () => {
    const text = `{ "env": { "T": "${escaped}", "U": "plain\\u0041" } }`
    const doc = parseDocument(text, { syntax: 'json', name: 'test' }).doc!
    expect(writtenSecretForms(new Set(), documentStrings(doc.value), text, (at) => doc.span(at))).toEqual([])
    expect(forms(`{ "U": "plain\\u0041" }`, 'json')).toEqual([])
  })
})
