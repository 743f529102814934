import { headerSecrets, maskDeep, maskSecret, redact, redactDeep } from '../src/mask.js'
import { maskListed, redactor } from '../src/dryrun/redact.js'

const TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'

describe('the one masking policy', () => {
  it('shows a public prefix and the last four characters, or nothing of a short value', () => {
    expect(maskSecret(TOKEN)).toBe('ghp_…yzAB')
    expect(maskSecret('s3cr3t-passed-value')).toBe('…alue')
    expect(maskSecret('short-secret')).toBe('***')
  })

  it('masks a value the dry run knows the same way as a credential found in a config', () => {
    const text = `key s3cr3t-passed-value and ${TOKEN}`
    expect(redactor(['s3cr3t-passed-value', TOKEN])(text)).toBe(redact(text, ['s3cr3t-passed-value', TOKEN]))
    expect(redactor(['s3cr3t-passed-value'])(text)).toBe(`key …alue and ${TOKEN}`)
    // Values shorter than four characters are not masked anywhere: hiding every "1" protects nothing.
    expect(redactor(['abc'])('abc abc')).toBe('abc abc')
  })

  it('masks keys and values deep in a structure, and keeps a key named "__proto__" a key', () => {
    const value = JSON.parse(`{"__proto__": {"${TOKEN}": ["${TOKEN}"]}, "n": 1}`) as Record<string, unknown>
    const masked = redactDeep(value, [TOKEN])
    expect(Object.keys(masked)).toEqual(['__proto__', 'n'])
    expect(JSON.stringify(masked)).toBe('{"__proto__":{"ghp_…yzAB":["ghp_…yzAB"]},"n":1}')
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype)
    expect(maskDeep({ a: ['x'] }, (text) => text.toUpperCase())).toEqual({ A: ['X'] })
  })

  it('masks what a server listed: known values and credential-looking ones', () => {
    const listed = maskListed(
      { description: `uses ${TOKEN} and s3cr3t-passed-value` },
      redactor(['s3cr3t-passed-value'])
    )
    expect(listed).toEqual({ description: 'uses ghp_…yzAB and …alue' })
  })

  it('masks what is left of a secret where a text was cut, at either end of the cut, but not a mask again', () => {
    // A message cut to its length limit ends in the token's start; a stream's tail starts with its end.
    expect(redact(`name "n-${TOKEN.slice(0, -1)}…`, [TOKEN])).toBe('name "n-ghp_…')
    expect(redact(`…${TOKEN.slice(9)} failed`, [TOKEN])).toBe('…yzAB failed')
    expect(redact('key s3cr3t-pass…', ['s3cr3t-passed-value'])).toBe('key …')
    // Twenty more secrets than are searched one by one: the one-pass search masks cuts alike.
    const many = [TOKEN, ...Array.from({ length: 40 }, (_, i) => `other-secret-value-${i}`)]
    expect(redact(`n-${TOKEN.slice(0, 20)}… …${TOKEN.slice(-20)}`, many)).toBe('n-ghp_… …yzAB')
    const masked = redact(`${TOKEN} and s3cr3t-passed-value`, [TOKEN, 's3cr3t-passed-value'])
    expect(masked).toBe('ghp_…yzAB and …alue')
    expect(redact(masked, [TOKEN, 's3cr3t-passed-value'])).toBe(masked)
  })

  it('masks a header value and the credential of an Authorization scheme', () => {
    expect(headerSecrets(`Bearer ${TOKEN}`)).toEqual([`Bearer ${TOKEN}`, TOKEN])
    expect(headerSecrets(TOKEN)).toEqual([TOKEN])
  })
})
