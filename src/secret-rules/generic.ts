/**
 * The generic rule: a field, flag, header, query parameter or variable whose *name* says it holds a
 * secret (`apiKey`, `--access-token`, `X-Goog-Api-Key`, `?tavilyApiKey=`, `DB_PASSWORD`) and whose
 * value is a literal that looks random (long enough, varied characters, not words, not a
 * placeholder). Also the credential forms that carry their own marker: `Bearer <token>`,
 * `Basic <base64 of user:password>`, and the password of a URL (`redis://:pass@host`).
 */

import { trimStartOf } from '../text.js'

/** Name words that say "secret". `key` counts only alone or after a word that makes it one. */
const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'credential',
  'credentials',
  'auth',
  'authorization',
  'apikey',
  'pat',
  'bearer',
  'cookie',
  'session',
  'sessionid',
  'secretkey',
  'accesskey',
  'privatekey',
  'signature'
])
const KEY_QUALIFIERS = new Set([
  'api',
  'access',
  'secret',
  'private',
  'auth',
  'app',
  'client',
  'service',
  'master',
  'admin',
  'account',
  'license',
  'licence',
  'encryption',
  'signing',
  'subscription',
  'developer',
  'dev',
  'user',
  'project',
  'server',
  'search',
  'x'
])
/** A last word that says the value is about a secret, not one: `TOKEN_URL`, `API_KEY_FILE`, `AUTH_TYPE`. */
const NOT_A_SECRET_SUFFIX = new Set([
  'url',
  'uri',
  'urls',
  'endpoint',
  'host',
  'hostname',
  'file',
  'files',
  'path',
  'dir',
  'directory',
  'type',
  'mode',
  'name',
  'names',
  'id',
  'ids',
  'env',
  'var',
  'variable',
  'header',
  'scheme',
  'method',
  'provider',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'timeout',
  'length',
  'size',
  'count',
  'limit',
  'limits',
  'enabled',
  'disabled',
  'required',
  'optional',
  'prefix',
  'suffix',
  'version',
  'format',
  'region',
  'domain',
  'issuer',
  'audience',
  'scope',
  'scopes',
  'username',
  'user',
  'email',
  'port',
  'location',
  'store',
  'storage',
  'helper',
  'command',
  'cmd',
  'source',
  'server',
  'servers',
  'description',
  'hint',
  'label',
  'title',
  'help',
  'field',
  'param',
  'policy',
  'strategy',
  'level',
  'flow',
  'callback',
  'redirect'
])

/** The words of a name: `tavilyApiKey` → tavily api key; `X-Goog-Api-Key` → x goog api key. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** What `nameSaysSecret` said of each name asked about: the same keys, flags and headers recur file after file. */
const saidOfName = new Map<string, boolean>()

/** Whether a field, flag, header, parameter or variable name says its value is a secret. */
export function nameSaysSecret(name: string): boolean {
  let says = saidOfName.get(name)
  if (says === undefined) {
    says = readNameSaysSecret(name)
    if (saidOfName.size >= 10_000) saidOfName.clear()
    saidOfName.set(name, says)
  }
  return says
}

function readNameSaysSecret(name: string): boolean {
  if (name.length > 100) return false
  const parts = words(name)
  const last = parts[parts.length - 1]
  if (last === undefined || NOT_A_SECRET_SUFFIX.has(last)) return false
  return parts.some(
    (word, i) =>
      SECRET_WORDS.has(word) ||
      (word === 'key' && (parts.length === 1 || KEY_QUALIFIERS.has(parts[i - 1] ?? '') || i === parts.length - 1)) ||
      (word === 'pass' && i === parts.length - 1)
  )
}

/** Bits of information per character (Shannon entropy of the character distribution). */
export function entropy(value: string): number {
  const counts = new Map<string, number>()
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const count of counts.values()) {
    const p = count / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** Made of words and small numbers (`dev-token-123`, `not_needed`, `ollama`): chosen by a person, not generated. */
function isWordy(value: string): boolean {
  return value
    .split(/[-_. :]+/)
    .filter(Boolean)
    .every((part) => /^(?:[a-z]{1,14}|[A-Z]{1,14}|[A-Z][a-z]{1,13}|\d{1,6})$/.test(part))
}

/** Sequences people type into examples (`1234567890`, `abcdefghij`). */
const SEQUENCE = /0123456789|1234567890|abcdefghij|ABCDEFGHIJ|qwertyuiop|(.)\1{7}/

/** Whether a value holds a sequence people type into examples (`1234567890`, `aaaaaaaa`). */
export function hasExampleSequence(value: string): boolean {
  return SEQUENCE.test(value)
}

/** Code, markup and prose are not credentials: a token has none of these characters. */
const NOT_IN_TOKEN = /[\s`'"(){}[\]<>,;|\\]/
/**
 * A run of 8 or more characters a token may hold, as long as it goes: every value `looksRandom` takes
 * (8 characters at the least) lies in one.
 */
export const TOKEN_RUN = new RegExp(`[^${NOT_IN_TOKEN.source.slice(1, -1)}]{8,}`, 'g')

/**
 * Whether a run of token characters (`TOKEN_RUN`) may hold a value that `looksRandom` takes: it has two
 * classes of characters (lower case, upper case, digits), or a `%` (a URL query's value is judged decoded,
 * and `%41` decodes to a letter).
 */
export function runMayLookRandom(run: string): boolean {
  if (run.includes('%')) return true
  const lower = /[a-z]/.test(run)
  return /[0-9]/.test(run) ? lower || /[A-Z]/.test(run) : lower && /[A-Z]/.test(run)
}

/** A text without the white space and written `\\n` at its end (by index: a pattern anchored at the end is quadratic). */
function withoutTrailingBreaks(text: string): string {
  let end = text.length
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1])) end--
    if (end >= 2 && text[end - 2] === '\\' && text[end - 1] === 'n') end -= 2
    else return text.slice(0, end)
  }
}

/**
 * Whether a literal value looks generated rather than chosen: long enough, no spaces, not words,
 * varied characters of at least two classes. `minLength` is lower for a URL's password.
 */
export function looksRandom(value: string, minLength = 12): boolean {
  if (value.length < minLength || value.length > 10_000 || NOT_IN_TOKEN.test(value)) return false
  if (isWordy(value) || SEQUENCE.test(value)) return false
  // A path, a URL, an e-mail address, a version or a number is not a credential.
  if (/^(?:[./~]|[A-Za-z]:\\)|:\/\/|^[^@\s]+@[^@\s]+\.[a-z]{2,}$|^v?\d+(?:\.\d+)+$|^\d+$/.test(value)) return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(value)).length
  return classes >= 2 && entropy(value) >= (value.length >= 24 ? 3.2 : 3.0)
}

/** The words that mark the forms whose value need not look random: a private key, `Bearer` (or `Token`), `Basic`. */
export const GENERIC_MARKERS: readonly string[] = ['PRIVATE KEY', 'Bearer', 'Token', 'Basic']

/** Whether some part of a text may look random: a run of it does (`runMayLookRandom`). */
function mayLookRandom(text: string): boolean {
  for (const [run] of text.matchAll(TOKEN_RUN)) if (runMayLookRandom(run)) return true
  return false
}

/** Default passwords of local development services: committed on purpose, harmless. */
const DEFAULT_PASSWORDS =
  /^(?:password\d*|passw0rd|pass|secret|postgres|postgresql|mysql|root|admin|administrator|guest|test|user|changeme|example|redis|mongo|neo4j|sa|dev|local|default|letmein|p@ssw0rd|minioadmin|rabbitmq)$/i

/** Whether a URL's password looks real: not a default, not the user name, not words. */
export function passwordLooksReal(password: string, user: string): boolean {
  return !DEFAULT_PASSWORDS.test(password) && password !== user && looksRandom(password, 8)
}

/**
 * A value under a password's own name (`ORACLE_PASSWORD`, `--db-pass`): people choose passwords, so it
 * is held to a URL password's bar (8 characters, not a default, not words), not to a token's 12.
 */
function namedPasswordLooksReal(name: string, value: string): boolean {
  const last = words(name).at(-1)
  return last !== undefined && /^(?:password|passwd|pwd|pass|passphrase)$/.test(last) && passwordLooksReal(value, '')
}

const AWS_SECRET_KEY_NAME = /^(?:aws[-_]?)?secret[-_]?access[-_]?key$/i

/**
 * An AWS secret access key under its own name (`AWS_SECRET_ACCESS_KEY`): 40 characters of base64, which start
 * with `/` in one key of 64, and a value starting with `/` is otherwise taken for a path. (In a text,
 * `AWS_SECRET_ACCESS_KEY=…`, the secretlint preset's AWS rule finds it.)
 */
function awsSecretKeyUnderItsName(name: string, value: string): boolean {
  return AWS_SECRET_KEY_NAME.test(name) && /^[A-Za-z0-9/+]{40}$/.test(value) && looksRandom(trimStartOf(value, '/'))
}

/** A span of a string that holds a credential, with what to call it and the name it was found under. */
export interface GenericMatch {
  kind: string
  value: string
}

// Each pattern is linear: a literal anchor, then bounded classes that cannot overlap ambiguously.
const BEARER = /\b(?:Bearer|Token)[ \t]+([A-Za-z0-9._~+/=-]{8,4000})/g
/** A PEM private key: its body up to the END line (or what follows the BEGIN line, when cut off). */
const PEM = /-----BEGIN ((?:[A-Z0-9]{1,20} ){0,3})PRIVATE KEY(?: BLOCK)?-----((?:\\n|[A-Za-z0-9+/=\s\\:,-]){0,20000})/g
const BASIC = /\bBasic[ \t]+([A-Za-z0-9+/]{8,4000}={0,2})/g
/** `scheme://[user]:password@`; the password may hold `/` (as people write them), not `@` or spaces. */
const USERINFO = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:/?#@]{0,200}):([^\s@]{1,200})@/gi
const QUERY = /[?&;]([A-Za-z0-9_.[\]-]{1,80})=([^&#\s"'<>]{1,4000})/g
/** `NAME=value` (docker -e, shell, connection strings) and `--flag=value` / `--flag value` inside a string. */
const ASSIGNMENT =
  /(?:^|[\s;,'"(])(?:export[ \t]+)?(?:--?)?([A-Za-z_][A-Za-z0-9_.-]{0,80})(=|[ \t]+)("?)([^\s"';&|,]{1,4000})/g
/** `Header-Name: value` inside a string (`--header "X-Api-Key: …"`). */
const HEADER = /(?:^|[\s"'])([A-Za-z][A-Za-z0-9-]{1,80}):[ \t]*([^\s"']{1,4000})/g

/**
 * Credentials inside one string, found by their form (`Bearer`, `Basic`, a URL's password) or by
 * the name in front of them (`?apiKey=`, `API_KEY=`, `--token=`, `X-Api-Key: `), and the whole
 * string when `name` (the field, flag or variable it is the value of) says it is a secret.
 * `isPlaceholder` decides what is a stand-in.
 */
export function genericSecrets(
  text: string,
  name: string | undefined,
  isPlaceholder: (value: string) => boolean,
  /** Search for every form, without the anchors' shortcuts (for the tests that hold them to it). */
  everyForm = false
): GenericMatch[] {
  const found: GenericMatch[] = []
  const add = (kind: string, value: string): void => {
    if (!isPlaceholder(value)) found.push({ kind, value })
  }
  // Each form is searched for only where it can be: its marker word is there, or a value that may look random.
  if (text.includes('PRIVATE KEY'))
    for (const m of text.matchAll(PEM)) {
      const body = withoutTrailingBreaks(m[2].split('-----END')[0]).replace(/^(?:\\n|\s)+/, '')
      add('private key', body.length >= 16 ? body : m[0])
    }
  if (text.includes('Bearer') || text.includes('Token'))
    for (const m of text.matchAll(BEARER))
      if (looksRandom(m[1], 16) || (m[1].length >= 20 && !isWordy(m[1]))) add('bearer token', m[1])
  if (text.includes('Basic'))
    for (const m of text.matchAll(BASIC)) if (decodesToCredentials(m[1])) add('Basic credentials', m[1])
  // Every form below takes only a value that looks random, and each is searched for only where the text
  // holds what every match of it holds (a path, a version, a URL without a query need none of them): a text
  // where none can be searched for (most) is not searched for a value that may look random either.
  const userinfo = everyForm || (text.includes('://') && text.includes('@'))
  const short = text.length <= 100_000
  const equals = short && (everyForm || text.includes('='))
  const flags = short && (equals || (text.includes('-') && (text.includes(' ') || text.includes('\t'))))
  const header = short && (everyForm || text.includes(':'))
  const named = name !== undefined && nameSaysSecret(name)
  if (!(userinfo || flags || header || named) || !mayLookRandom(text)) return found
  if (userinfo)
    for (const m of text.matchAll(USERINFO)) {
      const password = m[3]
      // `host:8080/path@x` is a port and a path, not a password.
      if (/^\d{1,5}(?:\/|$)/.test(password)) continue
      if (passwordLooksReal(password, m[2])) add('password in a URL', password)
    }
  if (equals)
    for (const m of text.matchAll(QUERY)) {
      const value = decode(m[2])
      if (nameSaysSecret(m[1]) && !isPlaceholder(value) && looksRandom(value)) add('token in a URL query', m[2])
    }
  // `NAME=value`, or `--flag value`: a flag's dash and a blank.
  if (flags)
    for (const m of text.matchAll(ASSIGNMENT)) {
      // `--flag value` only for flags; a bare `NAME value` is prose.
      if (m[2] !== '=' && !/(?:^|[\s;,'"(])--?[A-Za-z]/.test(m[0])) continue
      if (nameSaysSecret(m[1]) && looksRandom(m[4])) add('credential', m[4])
    }
  if (header)
    for (const m of text.matchAll(HEADER)) if (nameSaysSecret(m[1]) && looksRandom(m[2])) add('credential', m[2])
  const whole = text.trim()
  if (named && (looksRandom(whole) || namedPasswordLooksReal(name, whole) || awsSecretKeyUnderItsName(name, whole)))
    add('credential', whole)
  return found
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Whether a Basic credential decodes to `user:password` (base64 of text with a colon). */
function decodesToCredentials(base64: string): boolean {
  if (base64.length % 4 === 1) return false
  const text = Buffer.from(base64, 'base64').toString('utf8')
  const colon = text.indexOf(':')
  return colon > 0 && colon < text.length - 1 && /^[\x20-\x7e]+$/.test(text)
}
