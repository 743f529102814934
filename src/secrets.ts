import type { NodeSpan } from './parse/source.js'
import { Occurrences } from './occurrences.js'
import { hasPlaceholder, withoutPlaceholders } from './placeholders.js'
import type { PointerPath } from './types.js'
import {
  GENERIC_MARKERS,
  genericSecrets,
  hasExampleSequence,
  looksRandom,
  runMayLookRandom,
  TOKEN_RUN
} from './secret-rules/generic.js'
import {
  loadPreset,
  PRESET_KEYWORDS,
  presetKind,
  presetLoaded,
  presetRuleNames,
  scanWithPreset
} from './secret-rules/preset.js'
import { formatsIn, VENDOR_FORMATS, VENDOR_KEYWORDS, VENDOR_SHAPES } from './secret-rules/vendors.js'

/** A credential-looking value found in a string. */
export interface SecretMatch {
  /** What it looks like, for messages: "GitHub token", "Firecrawl API key", "credential", ... */
  kind: string
  /** The raw secret text (never print it: use `maskSecret`). */
  value: string
}

/** Values that stand for a secret rather than being one. */
const PLACEHOLDER_LIKE =
  /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|x{3,}|X{3,}|\*{3,}|\.{3,}|…|redacted|changeme|placeholder|test|null|none|undefined|true|false)$/i

/** A word that marks a stand-in anywhere in the value (`xoxb-your-slack-bot-token`, `sk-proj-EXAMPLE`). */
const STAND_IN_WORD =
  /(?:^|[^a-z0-9])(?:your|my|sample|fake|insert|here|todo|fixme|xxxx|test[_-]?key|demo|mock)(?:[^a-z0-9]|$)|example|placeholder|dummy|changeme|redacted|replace[_-]?me|x{6,}|X{6,}|\*{4,}|\.{3}|…|0{12,}/i

/** Whether a string is a stand-in (`<YOUR_TOKEN>`, `xxx`, `${VAR}`, `fc-YOUR_KEY`) and not a credential. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim()
  if (trimmed === '' || PLACEHOLDER_LIKE.test(trimmed) || STAND_IN_WORD.test(trimmed)) return true
  // A value that is mostly placeholders (`${API_KEY}`, `Bearer ${TOKEN}`, `{env:KEY}`).
  return hasPlaceholder(trimmed) && withoutPlaceholders(trimmed).length < 8
}

/**
 * Whether a text may hold a credential of a format the secretlint preset knows: a long run of token
 * characters with a digit or a capital, a private key, or a URL with a password. Cheap and linear;
 * decides whether the preset is worth loading at all.
 */
export function mayHoldSecret(text: string): boolean {
  return PRESET_MARKER.test(text) || hasPresetRun(text)
}

const PRESET_MARKER = /PRIVATE KEY|:\/\/[^\s/@:]{0,200}:[^\s@]{1,200}@|hooks\.slack\.com|_authToken/

/** Of each ASCII character, in a run of `[\w+=-]`: 1 for `[a-z_+=-]`, 2 for a digit or a capital; else 0. */
const RUN_CHARACTER = new Uint8Array(128)
for (const character of 'abcdefghijklmnopqrstuvwxyz_+=-') RUN_CHARACTER[character.charCodeAt(0)] = 1
for (const character of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') RUN_CHARACTER[character.charCodeAt(0)] = 2

/**
 * Whether a text holds a run of 20 or more `[\w+=-]` characters with a digit or a capital in it. One pass
 * over the characters: a regular expression that has no fixed part to look for tries each place in turn,
 * several times slower (it was this text search that most runs paid, on every file, before the preset loads).
 */
function hasPresetRun(text: string): boolean {
  let length = 0
  let strong = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const kind = code < 128 ? RUN_CHARACTER[code] : 0
    if (kind === 0) {
      length = 0
      strong = false
    } else {
      length++
      if (kind === 2) strong = true
      if (strong && length >= 20) return true
    }
  }
  return false
}

/**
 * Loads the maintained vendor rule set (the secretlint preset). `lint` calls it when some file
 * needs it; callers of the synchronous `checkContent` call it first to get the same results.
 */
export async function loadSecretRules(): Promise<void> {
  await loadPreset()
}

export { presetLoaded as secretRulesLoaded }

/**
 * What the detectors found in one string under one name, before either purpose picks from it: the rule
 * (`report`) and the masking (`mask`) ask about the same strings, so each is scanned once.
 */
interface Candidate {
  kind: string
  value: string
  /** Of a known format (a vendor's, or the preset's): masking takes it even when it looks like an example. */
  known: boolean
  /** Varied enough to report (a known format's body that is not `sbp_0000…`); masking takes it either way. */
  random: boolean
}

/**
 * Candidates per name and string: the same values recur across files, and the rule and the masking both
 * ask. Two levels, so that a question costs no new key string (a string's hash is kept with it).
 */
const cache = new Map<string, Map<string, readonly Candidate[]>>()
let cached = 0
/** Whether the cached candidates were found with the preset (loaded once, never unloaded). */
let cachedWithPreset = false
const CACHE_LIMIT = 25_000
const NONE: readonly SecretMatch[] = Object.freeze([])

/**
 * Every credential in a string (placeholders excluded). `name` is what the string is the value of
 * (its key, the flag before it, the header or variable it sets): when it says "secret", a random
 * looking literal is reported even without a known format.
 */
export function findSecrets(
  text: string,
  name?: string,
  purpose: 'report' | 'mask' = 'report'
): readonly SecretMatch[] {
  if (text.length < 8) return NONE
  if (cachedWithPreset !== presetLoaded()) {
    cache.clear()
    cached = 0
    cachedWithPreset = presetLoaded()
  }
  let byText = cache.get(name ?? '')
  let candidates = byText?.get(text)
  if (!candidates) {
    candidates = scan(text, name)
    if (cached >= CACHE_LIMIT) {
      cache.clear()
      cached = 0
      byText = undefined
    }
    if (text.length < 4096) {
      if (!byText) cache.set(name ?? '', (byText = new Map<string, readonly Candidate[]>()))
      byText.set(text, candidates)
      cached++
    }
  }
  return candidates.length === 0 ? NONE : pick(candidates, purpose === 'mask')
}

/** What one purpose takes of a string's candidates, in the order found. */
function pick(candidates: readonly Candidate[], masking: boolean): SecretMatch[] {
  const eligible = candidates.filter(({ value, known, random }) => {
    // Masking takes every value of a known format, examples too: hiding one costs nothing.
    if (!masking && !random) return false
    return !(hasPlaceholder(value) || (!(masking && known) && isPlaceholderValue(value)))
  })
  // One credential is reported once, as the most specific kind found first: a value inside one taken, or
  // holding one, is the same credential.
  if (eligible.length > MANY_CANDIDATES) return pickAmongMany(eligible)
  const found: SecretMatch[] = []
  for (const { kind, value } of eligible) {
    if (found.some((f) => f.value.includes(value) || value.includes(f.value))) continue
    found.push({ kind, value })
  }
  return found
}

/** Past this many, which candidates hold which is found in one pass over them all, not by comparing each pair. */
const MANY_CANDIDATES = 64

/**
 * `pick` for a text holding very many candidates (a long line of tokens): the same choice, with every
 * value found inside every other at once (`Occurrences` over the values joined), so that it stays linear.
 */
function pickAmongMany(eligible: readonly Candidate[]): SecretMatch[] {
  const values = eligible.map((candidate) => candidate.value)
  const firstIndex = new Map<string, number>()
  values.forEach((value, index) => {
    if (!firstIndex.has(value)) firstIndex.set(value, index)
  })
  const joined = values.join('\u0000')
  // Which value each position of the joined text belongs to.
  const owner = new Int32Array(joined.length + 1)
  let at = 0
  values.forEach((value, index) => {
    owner.fill(index, at, at + value.length + 1)
    at += value.length + 1
  })
  // Pairs of distinct values, one inside the other (by the first index of each value).
  const related = new Map<number, Set<number>>()
  const relateOneWay = (a: number, b: number): void => {
    const set = related.get(a)
    if (set) set.add(b)
    else related.set(a, new Set([b]))
  }
  const relate = (a: number, b: number): void => {
    if (a === b) return
    relateOneWay(a, b)
    relateOneWay(b, a)
  }
  for (const { pattern, start } of new Occurrences(values).find(joined))
    relate(firstIndex.get(values[pattern]) as number, firstIndex.get(values[owner[start]]) as number)
  const taken = new Set<number>()
  const found: SecretMatch[] = []
  eligible.forEach(({ kind, value }) => {
    const index = firstIndex.get(value) as number
    if (taken.has(index)) return
    for (const other of related.get(index) ?? []) if (taken.has(other)) return
    taken.add(index)
    found.push({ kind, value })
  })
  return found
}

/** The formats searched for only under their name, in their order among all formats. */
const NAMED_FORMATS = VENDOR_FORMATS.flatMap((format, index) => (format.name ? [index] : []))

function scan(text: string, name: string | undefined): Candidate[] {
  const found: Candidate[] = []
  // One pass says which formats' keywords the string holds: only those formats are searched for. A string
  // with none (most) can hold only a format searched for under its name, and only when it has a name.
  const possible = formatsIn(text)
  // By index: this runs per format for every string scanned, where a `for…of` allocates a result per step
  // until V8 optimises it.
  const count = possible ? VENDOR_FORMATS.length : name === undefined ? 0 : NAMED_FORMATS.length
  for (let k = 0; k < count; k++) {
    const index = possible ? k : NAMED_FORMATS[k]
    const format = VENDOR_FORMATS[index]
    if (format.name ? name === undefined || !format.name.test(name) : possible?.[index] !== 1) continue
    format.pattern.lastIndex = 0
    for (const match of text.matchAll(format.pattern)) {
      // A prefix followed by repeated or sequential characters is an example, not a key.
      const body = match[0].slice(format.prefix.length)
      const random = format.filler ? withoutFillerRandom(body, format.filler) : randomEnough(body)
      found.push({ kind: format.kind, value: match[0], known: true, random })
    }
  }
  if (presetLoaded() && mayHoldSecret(text)) {
    for (const match of scanWithPreset(text)) {
      const value = presetValue(text.slice(match.start, match.end))
      if (value) found.push({ kind: presetKind(match), value, known: true, random: randomEnough(value) })
    }
  }
  for (const match of genericSecrets(text, name, isPlaceholderValue))
    found.push({ kind: match.kind, value: match.value, known: false, random: true })
  return found
}

/** Whether a body looks random once the runs its format always holds are left out; nothing left is an example (`AAAA…`). */
function withoutFillerRandom(body: string, filler: RegExp): boolean {
  const rest = body.replace(filler, '')
  return rest.length >= 12 && randomEnough(rest)
}

/**
 * Long formats must show some variety: `sbp_0000…`, `fc-aaaa…`, `ghp_1234567890…`, `API-AAAA…` are examples. A
 * long body of one class (hex, letters) is taken without the mix `looksRandom` asks for, but not with such a
 * sequence in it. A body that starts with `.`, `/` or `~` (characters of Azure's and base64 formats) is judged
 * without them: it is not a path.
 */
function randomEnough(body: string): boolean {
  if (body.length < 12) return true
  if (looksRandom(body.replace(/^[./~]+/, ''), 12)) return true
  return (/^[0-9a-f]{24,}$/.test(body) || /^[A-Za-z]{24,}$/.test(body)) && !hasExampleSequence(body)
}

/**
 * The secret part of what a preset rule reported: the password of a connection string or URL (the
 * rule reports the whole URI), else the text as reported.
 */
function presetValue(reported: string): string | undefined {
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^\s:/@]*):([^\s@]+)@/i.exec(reported)
  if (userinfo) return userinfo[2]
  // A URL whose last `://` has no `@` after it holds no password (by index: a pattern is quadratic here).
  const scheme = reported.lastIndexOf('://')
  if (scheme !== -1 && !reported.includes('@', scheme)) return undefined
  return reported.trim()
}

/**
 * Every secret in the strings of a parsed value (keys included, each value under the key or flag it
 * belongs to), for masking the whole report.
 */
export function collectSecrets(
  strings: readonly { value: string; isKey: boolean; field?: string; name?: string }[],
  into: Set<string> = new Set()
): Set<string> {
  // By index, and past the strings that hold none (nearly all): this runs per string of every file, and a
  // `for…of` allocates an iterator and a result per step until V8 optimises it.
  for (let i = 0; i < strings.length; i++) {
    const found = maskedIn(strings[i])
    for (let j = 0; j < found.length; j++) into.add(found[j].value)
  }
  return into
}

/**
 * The secrets masking takes in one string: a key's alone, a value's under the key or flag it belongs to, and a
 * `{ name, value }` pair's value also under its name, as the rule asks (`DEEPGRAM_API_KEY`).
 */
function maskedIn(node: { value: string; isKey: boolean; field?: string; name?: string }): readonly SecretMatch[] {
  const found = findSecrets(node.value, node.isKey ? undefined : node.field, 'mask')
  if (node.isKey || node.name === node.field) return found
  const underName = findSecrets(node.value, node.name, 'mask')
  return underName.length === 0 ? found : [...found, ...underName]
}

/**
 * Every secret a parsed file can show in any output (messages, code frames, SARIF snippets), for
 * masking: those of its strings (keys included), then those of its raw text, which also holds what
 * parsing drops or changes (comments, escaped characters) and a code frame may show. `json`: the strict
 * JSON text the strings were parsed from (`ParsedDocument.jsonText`): a line of it that holds nothing but
 * those strings (see `holdsOnlyScannedStrings`) is not scanned again.
 */
export function fileSecrets(
  strings: readonly { value: string; isKey: boolean; field?: string; name?: string }[],
  text: string,
  into: Set<string> = new Set(),
  json?: string
): Set<string> {
  collectSecrets(strings, into)
  const shown = scanText(text, 'mask', undefined, json).map((s) => s.value)
  // What the text scan finds is as the text shows it: in a comment, a credential may be cut by an escape too.
  for (const secret of withEscapedRuns(text, shown)) into.add(secret)
  return into
}

/**
 * How a file writes the secrets found in its parsed strings, where that differs from the values: a string
 * written with escapes (`"ghp_…\u0041…"`, in JSON, YAML or TOML) holds a secret only once decoded, and
 * masking the decoded value would leave a code frame showing the written form, which anyone can decode.
 * Each string that holds a secret and does not show it as written gives its whole written form (quotes
 * off; each line of it, when it spans lines) to mask with the rest. `spanOf`: where a string of the
 * document is written (its key or its value).
 */
export function writtenSecretForms(
  secrets: ReadonlySet<string>,
  strings: Iterable<{ path: PointerPath; value: string; isKey: boolean; field?: string; name?: string }>,
  text: string,
  spanOf: (path: PointerPath) => NodeSpan | undefined
): string[] {
  // A file without secrets (nearly every one) has none to write otherwise.
  if (secrets.size === 0) return []
  const forms: string[] = []
  // Every escape and line join of a JSON, YAML or TOML string takes a backslash, and YAML's other forms change
  // only whitespace (folding) and quotes: without a backslash in the text, a secret without either is written
  // as it is wherever it is (nearly every file stops here).
  const plainText = !text.includes('\\')
  const mayDiffer = (secret: string): boolean => !plainText || /[\s"'`]/.test(secret)
  if (![...secrets].some(mayDiffer)) return forms
  for (const node of strings) {
    // The string's own secrets, as `collectSecrets` found them (cached): linear in the strings, whatever their number.
    const own = [...maskedIn(node)]
    // A key that is itself a token, which the rule reports (the engine adds it to `secrets`).
    if (node.isKey && secrets.has(node.value)) own.push({ kind: 'key', value: node.value })
    const held = own.find((s) => mayDiffer(s.value))
    if (held === undefined) continue
    const span = spanOf(node.path)
    const where = node.isKey ? span?.key : span?.value
    if (where === undefined) continue
    const written = text.slice(where.offset, where.offset + where.length)
    if (written.includes(held.value)) continue
    // Line by line: a mask stands for one line, so a code frame keeps the file's lines.
    for (const line of unquoted(written).split(/\r?\n/)) {
      const part = line.trim()
      if (part.length > 0) forms.push(part)
    }
  }
  return forms
}

/** A written string without the quotes around it (`"…"`, `'…'`, TOML's `"""…"""` and `'''…'''`). */
function unquoted(written: string): string {
  for (const quote of ['"""', "'''", '"', "'"])
    if (written.length >= 2 * quote.length && written.startsWith(quote) && written.endsWith(quote))
      return written.slice(quote.length, -quote.length)
  return written
}

/**
 * Whether the text scan of a line of strict JSON could find nothing that the scan of its strings (each
 * value under its key, each key) has not found: the line holds only strings, whitespace and `{}[],:`,
 * and none of what lets the text scan see more than one string at a time. What the text scan asks about
 * a line is the line, the value after its first key, and each `"key": "value"` pair's value under its
 * key (`questionsOf`). Every detector's match is a run without quotes, so it lies inside one string,
 * where it has the same boundaries as in that string alone (a quote and a string's end are both
 * non-word characters) and the same name when it has one. The exceptions, which leave a line to the
 * text scan:
 * - a backslash (an escape: the text differs from the string) or an apostrophe (a pair's value is cut
 *   there, and its head read as a whole value);
 * - a keyword of a secretlint preset rule, whose context rules (`aws_secret_access_key = …`) may read
 *   across strings; but a URL (`://`, the basic-auth rule's keyword) on a line without an `@` is no reason
 *   (`presetMayRun`);
 * - a key that is not a plain name of at most 100 characters, or a first string that is not a key, where
 *   a pair's name could be part of a string; and a key a name-only vendor format (a bare UUID under
 *   `RAILWAY_TOKEN`) answers to, which would see the strings of a nested value under it.
 */
export function holdsOnlyScannedStrings(line: string): boolean {
  return onlyScannedStrings(line, presetKeywordIn(line))
}

/** `holdsOnlyScannedStrings`, told whether the line holds a preset rule's keyword (`presetKeywordIn`). */
function onlyScannedStrings(line: string, presetKeyword: boolean): boolean {
  if (line.includes('\\') || line.includes("'") || presetMayRun(line, presetKeyword)) return false
  /** Whether the line's first string is a key; undefined while no string was met. */
  let firstIsKey: boolean | undefined
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i)
    if (ch === QUOTE) {
      const end = line.indexOf('"', i + 1)
      if (end === -1) return false
      let next = end + 1
      while (next < line.length && isJsonSpace(line.charCodeAt(next))) next++
      const key = line.charCodeAt(next) === COLON
      if (key) {
        const body = line.slice(i + 1, end)
        if (!PLAIN_KEY.test(body) || namesOnlyFormat(body)) return false
      }
      firstIsKey ??= key
      i = end
    } else if (!isJsonSpace(ch) && !STRUCTURE.has(ch)) return false
  }
  // The value after the line's first name is asked about under that name: it must be a key's. A line whose
  // first string is a plain key names that key (`LINE_PAIR` reads the whole key, or nothing when a bracket
  // comes first), and a line without a string names nothing: only a line that starts with a value is asked.
  return firstIsKey !== false || !LINE_PAIR.test(line)
}

const QUOTE = 0x22
const COLON = 0x3a
/** `{`, `}`, `[`, `]`, `,` and `:`: all a line of JSON holds outside its strings but whitespace. */
const STRUCTURE = new Set([0x7b, 0x7d, 0x5b, 0x5d, 0x2c, COLON])
/** A key `QUOTED_PAIR` and `LINE_PAIR` read whole. */
const PLAIN_KEY = /^[A-Za-z0-9_.$@-]{1,100}$/
const NAME_ONLY_FORMATS = VENDOR_FORMATS.flatMap((format) => (format.name ? [format.name] : []))

/** Whether a key is a name that a name-only vendor format answers to (a loop, not a closure per key of every line). */
function namesOnlyFormat(key: string): boolean {
  for (let i = 0; i < NAME_ONLY_FORMATS.length; i++) if (NAME_ONLY_FORMATS[i].test(key)) return true
  return false
}

function isJsonSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a
}

/**
 * Every preset rule's keywords but the basic-auth rule's, lower case: the preset runs a rule only on a text
 * that holds one (`scanWithPreset`).
 */
const PRESET_KEYWORD = new RegExp(
  Object.entries(PRESET_KEYWORDS)
    .flatMap(([rule, words]) => (rule === 'basicauth' ? [] : words))
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')
)
/** The basic-auth rule's keywords (`://`): each of its matches, and of the generic URL-password form, also holds an `@`. */
const BASIC_AUTH_KEYWORDS = PRESET_KEYWORDS.basicauth ?? []

/** Whether a loaded preset rule has no keywords, and so runs on every text: checked once the preset is loaded. */
let presetRunsAnywhere: boolean | undefined

/**
 * Whether a text holds a keyword of a preset rule other than the basic-auth rule (or a loaded rule has no
 * keywords). No keyword holds a line break, and lower case maps each line as it maps the text around it: a
 * text without one has none in any of its lines.
 */
function presetKeywordIn(text: string): boolean {
  if (presetLoaded()) presetRunsAnywhere ??= presetRuleNames().some((rule) => PRESET_KEYWORDS[rule] === undefined)
  return presetRunsAnywhere === true || PRESET_KEYWORD.test(text.toLowerCase())
}

/**
 * Whether a preset rule may find something in a text or in a part of it that it would not find in one of
 * the text's strings alone (`presetKeyword`: `presetKeywordIn` of the text). The basic-auth rule is left
 * out when the text holds no `@`: a URL's password is followed by one in every match of that rule and of
 * the generic form (lines of URLs, most of them, hold none), so it finds nothing anywhere in such a text.
 */
function presetMayRun(text: string, presetKeyword: boolean): boolean {
  if (presetKeyword) return true
  if (!text.includes('@')) return false
  // A loop, not a closure per line: package specs (`@scope/name@1.0`) put an `@` on many lines.
  for (let i = 0; i < BASIC_AUTH_KEYWORDS.length; i++) if (text.includes(BASIC_AUTH_KEYWORDS[i])) return true
  return false
}

/**
 * Every secret in the text of a file that could not be parsed, for masking: those the text shows (with the
 * escaped run around each, see `withEscapedRuns`), and those found once its escapes are decoded, each as
 * decoded and as the text writes it (`escapedSecrets`).
 */
export function textSecrets(text: string): string[] {
  const shown = scanText(text, 'mask').map((s) => s.value)
  const out = withEscapedRuns(text, shown)
  for (const secret of escapedSecrets(text, 'mask')) out.push(secret.value, ...writtenLines(secret.written))
  return out
}

/** A secret found in a text with its escapes decoded: `offset` and `written` say where and how the text writes it. */
export interface EscapedSecret extends TextSecret {
  written: string
}

/**
 * The secrets of a file that could not be parsed, found in its text with its escapes decoded: nothing parsed its
 * strings, so a credential written with one escape (`\u0067hp_…`, YAML's `\x48`) or cut by a line continuation
 * (TOML's and YAML's backslash at the end of a line) is whole only in the decoded text. Each is given as the text
 * writes it, so that it is reported there and masked as written (one the text shows as it is, which the scan of
 * the text finds too, may be found here under a name a continuation joined to its line). Escapes are decoded
 * wherever they are, also where the format reads a backslash as it is (a YAML plain scalar, a TOML literal
 * string): in a broken file, masking a little more is harmless. Linear: one pass to decode, one scan of the
 * decoded text; a text without a backslash (nearly every one) costs one search.
 */
export function escapedSecrets(text: string, purpose: 'report' | 'mask' = 'report'): EscapedSecret[] {
  const decoded = decodedEscapes(text)
  if (decoded === undefined) return []
  const out: EscapedSecret[] = []
  for (const secret of scanText(decoded.text, purpose)) {
    const from = decoded.start[secret.offset]
    out.push({
      ...secret,
      offset: from,
      written: text.slice(from, decoded.end[secret.offset + secret.value.length - 1])
    })
  }
  return out
}

/**
 * A written form as masks: line by line, as a mask stands for one line and a code frame keeps the file's lines.
 * A piece of fewer than 4 characters (a continuation right after a token's first letters) shows nothing of use,
 * and as a mask would hide every such run of characters in every output.
 */
function writtenLines(written: string): string[] {
  if (!written.includes('\n')) return [written]
  return written
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 4)
}

/** A text with its escapes decoded, and where the text writes each of its characters: `[start[i], end[i])`. */
interface DecodedText {
  text: string
  start: Int32Array
  end: Int32Array
}

/** The text last decoded: the report and the masking ask about the same broken file one after the other. */
let lastDecoded: { text: string; decoded: DecodedText | undefined } | undefined

/**
 * `text` with its JSON, YAML and TOML escapes decoded: `\uXXXX` (a surrogate pair as its two units), `\UXXXXXXXX`,
 * `\xXX`, the one-letter ones, and a backslash at the end of a line with the line break and the indentation after
 * it (a line continuation) as nothing. What decodes to a quote, a backslash, a line break or another control
 * character is a space: a separator like them, which leaves the text's lines and quotes as they are. Undefined
 * for a text without an escape. One pass over code units into typed arrays (a string built escape by escape took
 * several times as long on a megabyte of them); the decoded text is never longer than the text.
 */
function decodedEscapes(text: string): DecodedText | undefined {
  if (lastDecoded?.text === text) return lastDecoded.decoded
  let decoded: DecodedText | undefined
  if (text.includes('\\')) {
    const units = new Uint16Array(text.length)
    const start = new Int32Array(text.length)
    const end = new Int32Array(text.length)
    let length = 0
    let changed = false
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i)
      const written = code === BACKSLASH ? escapeAt(text, i) : 0
      if (written === 0) {
        units[length] = code
        start[length] = i
        end[length++] = ++i
        continue
      }
      changed = true
      const point = escapedPoint
      const to = i + written
      // A code point above U+FFFF (`\U0001F600`) is two units; a line continuation (-1) is none.
      if (point > 0xffff) {
        units[length] = 0xd800 + ((point - 0x10000) >> 10)
        units[length + 1] = 0xdc00 + ((point - 0x10000) & 0x3ff)
        start[length] = start[length + 1] = i
        end[length] = end[length + 1] = to
        length += 2
      } else if (point >= 0) {
        units[length] = point
        start[length] = i
        end[length++] = to
      }
      i = to
    }
    if (changed) decoded = { text: new TextDecoder('utf-16le').decode(units.subarray(0, length)), start, end }
  }
  lastDecoded = { text, decoded }
  return decoded
}

const BACKSLASH = 0x5c
/** How many hex digits each such escape takes. */
const HEX_ESCAPES: Record<string, number> = { u: 4, x: 2, U: 8 }
/** What the one-letter escapes decode to (a separator stands for a control character, as in `decodedEscapes`). */
const SIMPLE_ESCAPES: Record<string, number> = { '/': 0x2f }
for (const letter of 'nrtbfv0ae"\'\\ _NLP') SIMPLE_ESCAPES[letter] = 0x20

/** The code point the last escape `escapeAt` read decodes to; -1 for a line continuation, which decodes to nothing. */
let escapedPoint = 0

/** The written length of the escape at a backslash (what it decodes to in `escapedPoint`); 0 where there is none. */
function escapeAt(text: string, at: number): number {
  const letter = text[at + 1]
  if (letter === undefined) return 0
  const hex = HEX_ESCAPES[letter]
  if (hex !== undefined) {
    let point = 0
    for (let k = at + 2; k < at + 2 + hex; k++) {
      const digit = HEX_DIGIT[text.charCodeAt(k)] ?? -1
      if (digit === -1) return 0
      point = point * 16 + digit
    }
    if (point > 0x10ffff) return 0
    escapedPoint = separated(point)
    return 2 + hex
  }
  // A line continuation: spaces may come between the backslash and the line break (TOML), and the indentation
  // and blank lines after it are dropped (TOML; YAML drops the indentation).
  let j = at + 1
  while (text[j] === ' ' || text[j] === '\t') j++
  if (text[j] === '\r') j++
  if (text[j] === '\n') {
    j++
    while (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '\n') j++
    escapedPoint = -1
    return j - at
  }
  const simple = SIMPLE_ESCAPES[letter]
  if (simple === undefined) return 0
  escapedPoint = simple
  return 2
}

/** The value of each hex digit by its code; -1 (or nothing) for any other character. */
const HEX_DIGIT = new Int8Array(128).fill(-1)
for (let d = 0; d < 16; d++)
  HEX_DIGIT['0123456789abcdef'.charCodeAt(d)] = HEX_DIGIT['0123456789ABCDEF'.charCodeAt(d)] = d

/** A decoded code point, or a space for a quote, a backslash, a line break or another control character. */
function separated(point: number): number {
  return point < 0x20 || point === 0x22 || point === 0x27 || point === BACKSLASH || point === 0x7f ? 0x20 : point
}

/**
 * What a text scan found, and around each, the run of token characters and escapes it is part of: nothing
 * decodes the escapes of a file that could not be parsed, or of a comment, so a credential written with one is
 * found only up to the backslash (`ghp_…\u0041…`), and the run is masked with it.
 */
function withEscapedRuns(text: string, found: string[]): string[] {
  if (found.length === 0 || !text.includes('\\')) return found
  // The token parts of what was found (`Bearer ghp_…`: `ghp_…`), each long enough to tell.
  const parts = found.flatMap((secret) => secret.split(NOT_RUN_CHARACTERS).filter((part) => part.length >= 8))
  const runs = new Set<string>()
  ESCAPED_RUN.lastIndex = 0
  for (let run = ESCAPED_RUN.exec(text); run !== null; run = ESCAPED_RUN.exec(text))
    if (run[0].includes('\\') && parts.some((part) => run[0].includes(part))) runs.add(run[0])
  return [...found, ...runs]
}

/**
 * A run of token characters and JSON, YAML or TOML escapes (`\u0041`, `\x41`); `:` and `%` too, which some
 * credentials hold (Asana's `2/…/…:…`, a password URL-encoded): in a broken file, masking a little more is harmless.
 */
const RUN_CHARACTERS = 'A-Za-z0-9_+/=.~:%-'
const ESCAPED_RUN = new RegExp(`(?:[${RUN_CHARACTERS}]|\\\\u[0-9A-Fa-f]{4}|\\\\x[0-9A-Fa-f]{2})+`, 'g')
const NOT_RUN_CHARACTERS = new RegExp(`[^${RUN_CHARACTERS}]+`)

/**
 * What a text holds when any detector finds anything in it, or in a part of it, under any name: a marker
 * (a vendor format's keyword, a marker of the preset's gate `mayHoldSecret` or of the generic forms), or a
 * run of token characters that may look random, may hold the preset's long run, or has a vendor shape.
 * Each holds for every text around a text it holds for, and none crosses a line: a line without any needs no scan.
 */
const MARKER = new RegExp(
  [
    VENDOR_KEYWORDS,
    PRESET_MARKER.source,
    ...GENERIC_MARKERS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  ].join('|'),
  'g'
)
const RUN = new RegExp(TOKEN_RUN.source, 'g')

function runMayHoldSecret(run: string): boolean {
  return runMayLookRandom(run) || hasPresetRun(run) || VENDOR_SHAPES.some((shape) => shape.test(run))
}

/**
 * Where the lines of a text start that may hold a secret (see `MARKER`), in order: two searches over the
 * whole text, each going forward. The run search skips the lines the marker search already took (their
 * runs need no judging), and the two ordered lists are merged.
 */
function linesThatMayHoldSecrets(text: string): number[] {
  const lineStart = (at: number): number => (at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1)
  const lineEnd = (at: number): number => {
    const end = text.indexOf('\n', at)
    return end === -1 ? text.length : end
  }
  // The lines a marker is on, as [start, end) pairs in order.
  const marked: number[] = []
  MARKER.lastIndex = 0
  for (let marker = MARKER.exec(text); marker !== null; marker = MARKER.exec(text)) {
    const end = lineEnd(marker.index)
    marked.push(lineStart(marker.index), end)
    MARKER.lastIndex = end + 1
  }
  const starts: number[] = []
  let next = 0
  RUN.lastIndex = 0
  for (let run = RUN.exec(text); run !== null; run = RUN.exec(text)) {
    const at = run.index
    // Marked lines before this run go first; a run on a marked line is passed over with the rest of its line.
    while (next < marked.length && marked[next + 1] < at) {
      starts.push(marked[next])
      next += 2
    }
    if (next < marked.length && marked[next] <= at) {
      RUN.lastIndex = marked[next + 1] + 1
      continue
    }
    if (!runMayHoldSecret(run[0])) continue
    starts.push(lineStart(at))
    RUN.lastIndex = lineEnd(at) + 1
  }
  for (; next < marked.length; next += 2) starts.push(marked[next])
  return starts
}

/** Whether any detector may find something in a text or in a part of it (see `MARKER`). */
export function mayHoldAnySecret(text: string): boolean {
  return linesThatMayHoldSecrets(text).length > 0
}

const FLAG = /^--?[A-Za-z][A-Za-z0-9_.-]{0,80}$/

/** The flag an argument is the value of (`["--api-key", "x"]` → `--api-key`), if the previous argument is one. */
export function flagBefore(list: readonly unknown[], index: number): string | undefined {
  const previous = list[index - 1]
  // Every flag starts with `-`: most arguments are answered without the pattern.
  return typeof previous === 'string' && previous.charCodeAt(0) === 0x2d && FLAG.test(previous) ? previous : undefined
}

/** The start of a `"name": "value"`, `name = "value"` or `name: value` line of a file that could not be parsed. */
const LINE_PAIR = /^\s*["']?([A-Za-z0-9_.$@-]{1,100})["']?[ \t]*[:=][ \t]*/

/** A quoted `"name": "value"` or `name = 'value'` pair anywhere in a line. */
const QUOTED_PAIR = /["']?([A-Za-z0-9_.$@-]{1,100})["']?[ \t]*[:=][ \t]*["']([^"'\n]{1,4000})["']/g

/** The value of a line after its name: quotes and a trailing comma removed (no regex on the rest: linear). */
function lineValue(rest: string): string {
  let value = rest.trim()
  if (value.endsWith(',')) value = value.slice(0, -1).trimEnd()
  const quote = value[0]
  if ((quote === '"' || quote === "'" || quote === '`') && value.endsWith(quote) && value.length >= 2)
    value = value.slice(1, -1)
  return value
}

/** One secret found in raw text, at its offset. */
export interface TextSecret extends SecretMatch {
  offset: number
}

/**
 * Every secret in a file's raw text, line by line, with its offset: for files that cannot be
 * parsed, and for what parsing drops (comments); `lines` skips lines a caller has no use for (each
 * line is scanned on its own, so skipping one changes nothing about the others). `json`: the strict JSON
 * text the file's value was parsed from (`ParsedDocument.jsonText`), whose strings were scanned each under
 * its name: a line the same in both that holds only such strings (`holdsOnlyScannedStrings`) is skipped,
 * since its scan could find nothing theirs did not. Linear in the text's length.
 */
export function scanText(
  text: string,
  purpose: 'report' | 'mask' = 'report',
  lines: (line: string, start: number) => boolean = () => true,
  json?: string
): TextSecret[] {
  const candidates = candidateLines(text, json)
  // Most files have no line that may hold a secret (their strings were scanned instead).
  if (candidates.length === 0) return []
  const found: TextSecret[] = []
  const seen = new Set<string>()
  for (const candidate of candidates) {
    const { start, line } = candidate
    if (!lines(line, start)) continue
    for (const [value, name] of questionsOf(candidate))
      for (const match of findSecrets(value, name, purpose)) {
        const at = line.indexOf(match.value)
        if (at === -1) continue
        // Once per value and place (a set: a long line can hold thousands).
        const place = `${start + at}:${match.value}`
        if (seen.has(place)) continue
        seen.add(place)
        found.push({ ...match, offset: start + at })
      }
  }
  return found
}

/** A line that may hold a secret (see `MARKER`), and what the text scan asks the detectors about it, once asked. */
interface CandidateLine {
  start: number
  line: string
  /** The line, its value after its name, each quoted pair's value under its name. */
  questions?: [value: string, name: string | undefined][]
}

/**
 * The lines of a text that may hold a secret, kept for the last text asked about: the rule (for comments)
 * and the masking scan the same text one after the other, so its lines are found once, and each line's
 * questions are put together when a scan first reads that line.
 */
let asked: { text: string; json: string | undefined; lines: CandidateLine[] } | undefined

function candidateLines(text: string, json: string | undefined): CandidateLine[] {
  if (asked?.text === text && asked.json === json) return asked.lines
  const out: CandidateLine[] = []
  const add = (start: number): void => {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (end - start >= 8) out.push({ start, line: text.slice(start, end) })
  }
  if (json === undefined) {
    // Only the lines that may hold a secret are asked about (most lines of a config hold none).
    for (const start of linesThatMayHoldSecrets(text)) add(start)
  } else {
    // Most lines of a JSON config hold only strings: each line is judged on its own, those first (one pass
    // over the line, where the search for what may hold a secret is several), and the rest searched alone.
    const keyword = presetKeywordIn(text)
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      if (end - start >= 8) {
        const line = text.slice(start, end)
        const readFromStrings =
          (json === text || json.startsWith(line, start)) && onlyScannedStrings(line, keyword && presetKeywordIn(line))
        if (!readFromStrings && linesThatMayHoldSecrets(line).length > 0) out.push({ start, line })
      }
      start = end + 1
    }
  }
  asked = { text, json, lines: out }
  return out
}

function questionsOf(candidate: CandidateLine): NonNullable<CandidateLine['questions']> {
  if (candidate.questions) return candidate.questions
  const { line } = candidate
  const questions: NonNullable<CandidateLine['questions']> = [[line, undefined]]
  const pair = LINE_PAIR.exec(line)
  if (pair) questions.push([lineValue(line.slice(pair[0].length)), pair[1]])
  // Several pairs on one line (`"env": { "A": "x", "B": "y" }`).
  for (const inner of line.matchAll(QUOTED_PAIR)) questions.push([inner[2], inner[1]])
  return (candidate.questions = questions)
}
