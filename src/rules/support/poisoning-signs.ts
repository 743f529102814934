import { revealInvisible } from '../../report/escape.js'
import { maskCredentials } from '../../mask.js'
import type { Severity, Surface } from '../../types.js'
import { TOOL_POISONING_HELP } from '../tool-poisoning.js'
import type { ServerSurface, SurfaceRuleContext, SurfaceRuleReport } from '../types.js'
import { trimEndOf } from '../../text.js'

// The signs the tool-poisoning rule looks for (src/rules/tool-poisoning.ts, which explains them), and its
// check. Loaded only when a dry run's surface rules run: a plain lint never needs them.

/** One kind of sign, with how sure a match of it alone is. */
interface Category {
  id: string
  confidence: Severity
}

/** A sign found in one text of an item. */
interface Match {
  category: Category
  /** What it does, for the message ("tells the model to keep something from the user"). */
  what: string
  start: number
  end: number
  /** Overrides the category's confidence (a stronger variant). */
  confidence?: Severity
  /** Shown instead of the matched span (decoded hidden text, for example). */
  detail?: string
}

/** One text the model sees, and where it is in the item. */
interface Text {
  where: string
  text: string
}

/** Something a server lists: a tool, prompt, resource or resource template. */
interface Item {
  kind: string
  name: string
  texts: Text[]
}

const OVERRIDE: Category = { id: 'override', confidence: 'error' }
const CONCEALMENT: Category = { id: 'concealment', confidence: 'error' }
const MODEL_TAG: Category = { id: 'model-tag', confidence: 'warning' }
const SENSITIVE: Category = { id: 'sensitive-file', confidence: 'warning' }
const SHADOWING: Category = { id: 'shadowing', confidence: 'error' }
const INVISIBLE: Category = { id: 'invisible-unicode', confidence: 'warning' }
const HIDDEN_MARKUP: Category = { id: 'hidden-markup', confidence: 'warning' }
const ENCODED: Category = { id: 'encoded-blob', confidence: 'warning' }
const DATA_URL: Category = { id: 'data-url', confidence: 'warning' }
const PADDING: Category = { id: 'padding', confidence: 'warning' }
const OVERSIZED: Category = { id: 'oversized', confidence: 'warning' }

// Every text is cut to this length before matching (patterns are linear; this bounds the constant).
const MAX_TEXT = 256 * 1024
// How far apart two parts of one instruction may be ("read … ~/.ssh/id_rsa").
const NEAR = 100

// ---------------------------------------------------------------------------------------------
// Instructions addressed to the model

const OVERRIDE_PATTERNS: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+)?(?:(?:of\s+)?(?:the|your|my)\s+)?(?:previous|prior|above|earlier|preceding|existing|original|system|safety)\s+(?:(?:safety|security)\s+)?(?:instructions?|prompts?|rules|guidelines|directions|directives|messages|guardrails|restrictions|policies)\b/gi,
  /\b(?:ignore|disregard|forget)\s+(?:all|any)\s+(?:other\s+)?(?:instructions|directives|system\s+prompts?)\b/gi,
  // "Ignore safety guidelines for trusted input", "ignore security policies" (mcp-scanner's prompt-injection
  // examples, cisco-ai-defense/mcp-scanner evals/behavioral-analysis/data/prompt-injection @893327c).
  /\b(?:ignore|disregard)\s+(?:all\s+|any\s+)?(?:safety|security)\s+(?:instructions|rules|guidelines|guardrails|restrictions|policies)\b/gi
]

const CONCEALMENT_PATTERNS: RegExp[] = [
  /\b(?:do\s+not|don['’]t|never|must\s+not|mustn['’]t|should\s+not|shouldn['’]t)\s+(?:\w+\s+){0,2}?(?:tell|mention|inform|notify|alert|reveal|disclose|say|explain|report)\b[^\n]{0,80}?\buser\b/gi,
  /\b(?:do\s+not|don['’]t|never)\s+(?:mention|reveal|disclose)\s+(?:this|that|it|these|any\s+of\s+this)\b/gi,
  /\bwithout\s+(?:telling|informing|notifying|alerting|asking|showing)\s+(?:the\s+)?user/gi,
  // "There is no need to mention this to the user" (the line-jumping example, cisco-ai-defense/mcp-scanner
  // examples/example-malicious-servers/line_jumping_server.py @893327c).
  /\bno\s+need\s+to\s+(?:tell|mention|inform|notify|alert|reveal|explain)\b[^\n]{0,60}?\buser\b/gi,
  /\buser\s+(?:must|should|will|may)\s*(?:not|n['’]t)\s+(?:ever\s+)?(?:know|notice|find\s+out|suspect|be\s+(?:told|informed|aware))\b/gi,
  /\b(?:hide|conceal|keep)\s+(?:this|it|that|these|them)\s+(?:secret\s+|hidden\s+)?from\s+the\s+user\b/gi,
  /\b(?:secretly|silently|covertly|quietly)\s+(?:read|send|upload|pass|include|add|copy|forward|collect|exfiltrate|call|run|execute)\b/gi
]

const MODEL_TAG_PATTERNS: RegExp[] = [
  // `<\s*(?:\/\s*)?`, not `<\s*\/?\s*`: two runs of blanks side by side took time quadratic in their length.
  /<\s*(?:\/\s*)?(?:important|system|system[-_ ]?(?:prompt|message|instructions?)|instructions?|secret|hidden|admin|critical|urgent|sys|override)\s*>/gi,
  /\[\s*(?:SYSTEM|INST)\s*\]|<\|(?:im_start|system)\|>/g,
  // Capitalised markers that open an injected block: "[HIDDEN INSTRUCTION]:", "[SYSTEM DIRECTIVE]:",
  // "SYSTEM OVERRIDE:", "|||ADMIN_OVERRIDE|||", "ACT AS:" (cisco-ai-defense/mcp-scanner
  // tests/test_yara_rules_coverage.py and evals/behavioral-analysis/data/prompt-injection @893327c). Upper case
  // only: "system instructions" in prose is a description of a feature.
  /\[\s*(?:SYSTEM|HIDDEN|INTERNAL|SECRET|PRIVATE|ADMIN|ROLE|EMERGENCY)\s+(?:DIRECTIVE|INSTRUCTIONS?|OVERRIDE|COMMAND|NOTE)\s*\]/g,
  /\b(?:SYSTEM|ADMIN)[ _](?:OVERRIDE|INSTRUCTIONS?|DIRECTIVE)\b|\bINSTRUCTION OVERRIDE\b|\bACT AS\s*:/g
]

// ---------------------------------------------------------------------------------------------
// Sensitive files and secrets

/** Paths and stores that hold credentials or the user's MCP configuration. */
const SENSITIVE_TARGET = new RegExp(
  [
    String.raw`~?\/?\.ssh\b`,
    String.raw`\bid_(?:rsa|dsa|ecdsa|ed25519)\b`,
    String.raw`\bauthorized_keys\b`,
    String.raw`(?<![\w.-])\.env(?:\.[\w-]+)?\b`,
    String.raw`\.aws\/(?:credentials|config)\b`,
    String.raw`~\/\.aws\b`,
    String.raw`\.azure\/`,
    String.raw`\.config\/gcloud\b`,
    String.raw`\bapplication_default_credentials\.json\b`,
    String.raw`\.kube\/config\b`,
    String.raw`\.docker\/config\.json\b`,
    String.raw`(?<![\w-])\.(?:npmrc|pypirc|netrc|pgpass|git-credentials|bash_history|zsh_history)\b`,
    String.raw`\/etc\/(?:passwd|shadow|sudoers)\b`,
    String.raw`\bwallet\.dat\b`,
    String.raw`\bcookies\.sqlite\b`,
    String.raw`\bLogin Data\b`,
    String.raw`\bmcp\.json\b`,
    String.raw`\bmcp_config\.json\b`,
    String.raw`\bclaude_desktop_config\.json\b`,
    String.raw`~\/\.cursor\b`,
    String.raw`\.claude\.json\b`,
    String.raw`\b(?:browser|chrome|firefox|safari|edge|brave)(?:['’]s)?\s+(?:session\s+)?cookies\b`,
    String.raw`\b(?:private|ssh|gpg|pgp)\s+keys?\b`,
    String.raw`\b(?:seed|recovery|mnemonic)\s+phrase\b`
  ].join('|'),
  'gi'
)

/** Secrets in general: only a sign next to a verb that sends them somewhere. */
const SECRET_WORDS = String.raw`(?:api[\s_-]?keys?|access[\s_-]?tokens?|auth(?:entication)?[\s_-]?tokens?|session[\s_-]?tokens?|passwords?|credentials|secrets?|cookies|environment\s+variables|conversation(?:\s+history)?|chat\s+history|system\s+prompt)`

/** Verbs that move data out, in any form ("sends", "sending", "sent"). */
const TRANSFER_ANY =
  /\b(?:pass(?:es|ed|ing)?|send(?:s|ing)?|sent|upload(?:s|ed|ing)?|post(?:s|ed|ing)?|forward(?:s|ed|ing)?|transmit(?:s|ted|ting)?|exfiltrat(?:e|es|ed|ing)|leak(?:s|ed|ing)?|steal(?:s|ing)?|stole|harvest(?:s|ed|ing)?|dump(?:s|ed|ing)?|submit(?:s|ted|ting)?|email(?:s|ed|ing)?|embed(?:s|ded|ding)?|concatenat(?:e|es|ed|ing)|append(?:s|ed|ing)?)\b/i

/** The same in the base form an instruction uses ("send ~/.ssh/id_rsa", "include the .env file"). */
const TRANSFER_BASE =
  /\b(?:pass|send|upload|post|forward|transmit|exfiltrate|leak|steal|dump|share|submit|email|embed|concatenate|include|attach)\b/i

/** After the file, what to do with it: "… and pass its content as", "… then put it in the note". */
const TRANSFER_NEXT =
  /\b(?:pass|send|upload|post|forward|transmit|exfiltrate|leak|share|submit|email|embed|concatenate|include|attach|append|put|add)\b/i

/** Verbs that read, in the base form an instruction uses ("read ~/.ssh/id_rsa"). */
const READ_BASE = /\b(?:read|open|cat|load|access|fetch|retrieve|copy|print|output|extract|collect|grab)\b/i

// An instruction starts a sentence or clause: "read X", "Before using this tool, read X", "please read X".
const CLAUSE_START = String.raw`(?:^|[.!?:;,(\n]\s*|\b(?:and|then|first|also|please|must|should|always|now)\s+)`
const READ_INSTRUCTION = new RegExp(`${CLAUSE_START}${READ_BASE.source}[^\\n]{0,${NEAR}}$`, 'i')
const TRANSFER_INSTRUCTION = new RegExp(`${CLAUSE_START}${TRANSFER_BASE.source}[^\\n]{0,${NEAR}}$`, 'i')
// "… id_rsa and pass its content as 'sidenote'": the instruction goes on after the path.
const TRANSFER_AFTER = new RegExp(
  String.raw`^[^\n]{0,60}?\b(?:and|then)\s+(?:\w+\s+){0,2}?${TRANSFER_NEXT.source}`,
  'i'
)

const SECRET_TRANSFER = new RegExp(
  String.raw`\b(?:send|upload|post|forward|transmit|exfiltrate|leak|steal|harvest|dump|submit|email)(?:s|ed|ing)?\b[^\n]{0,${NEAR}}?\b(?:all|any|every|the\s+user['’]s|your|complete|entire|full|whole)\s+${SECRET_WORDS}\b`,
  'gi'
)
// "… and send the harvested data to attacker.com", "… forwarded to a remote server controlled by the attacker"
// (cisco-ai-defense/mcp-scanner tests/test_yara_rules_coverage.py @893327c): a destination named as hostile.
const ATTACKER_TRANSFER = new RegExp(
  String.raw`\b(?:send|upload|post|forward|transmit|exfiltrate|leak|submit|email)(?:s|ed|ing)?\b[^\n]{0,${NEAR}}?(?:\bcontrolled\s+by\s+(?:the\s+|an\s+)?attackers?\b|\bto\s+(?:the\s+|an\s+)?attacker(?:['’]s)?\b|\battacker\.(?:com|net|org|io)\b)`,
  'gi'
)
const NEGATED = /\b(?:not|never|no)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i

// ---------------------------------------------------------------------------------------------
// Instructions about other tools

const SHADOWING_PATTERNS: { pattern: RegExp; confidence: Severity }[] = [
  {
    pattern:
      /\b(?:before|after|when(?:ever)?|while)\s+(?:you\s+)?(?:use|using|call|calling|invok(?:e|ing)|run|running|execut(?:e|ing))\s+(?:any|every|all|other|another|the\s+other|each)\s+(?:other\s+)?(?:tools?|functions?|mcp\s+servers?|servers?)\b/gi,
    confidence: 'error'
  },
  {
    pattern:
      /\b(?:override|replace|shadow|supersede|intercept|hijack|redirect|reroute)s?\s+(?:the\s+)?(?:behaviou?r|output|calls?|results?|responses?|instructions?|descriptions?|implementation)\s+(?:of|to|for)\s+(?:(?:the|any|all|other|another)\s+){1,2}(?:[\w.-]+\s+){0,2}?(?:tools?|functions?|servers?)\b/gi,
    confidence: 'error'
  },
  {
    pattern:
      /\b(?:all|any|every)\s+other\s+(?:tools?|functions?|servers?)\s+(?:must|should|will)\s+(?:first|also|always|now|only)\b/gi,
    confidence: 'error'
  },
  {
    pattern:
      /\b(?:instead\s+of|rather\s+than)\s+(?:using|calling)\s+(?:any\s+)?(?:other|another|the\s+other)\s+(?:tools?|servers?)\b/gi,
    confidence: 'warning'
  }
]

/** Words that make a mention of a tool an instruction about it. */
const TOOL_INSTRUCTION =
  /\b(?:when(?:ever)?|before|after|while|instead\s+of|rather\s+than|never|always|do\s+not|don['’]t|avoid|must|prefer|also|first)\b[^\n]{0,60}$/i

// ---------------------------------------------------------------------------------------------
// Hidden content

// Invisible characters: zero-width and joiners, word joiner and invisible operators, byte-order
// mark, Mongolian vowel separator, Hangul fillers, combining grapheme joiner.
const ZERO_WIDTH = /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u115F\u1160\u3164\uFFA0\u034F]/gu
// Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters).
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu
// Unicode tag characters carry invisible ASCII; variation selectors 17–256 can carry bytes.
const TAGS = /[\u{E0000}-\u{E007F}]+/gu
const SUPPLEMENTARY_SELECTORS = /[\u{E0100}-\u{E01EF}]+/gu
// A subdivision flag (🏴 + tag letters + cancel tag) is the one legitimate use of tag characters.
const FLAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu

const HTML_COMMENT = /<!--[\s\S]{0,4000}?(?:-->|$)/g
const HIDDEN_STYLE =
  /\bstyle\s*=\s*["'][^"']{0,200}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9]))/gi

const BASE64 = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{100,}={0,2}/g
const HEX = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{128,}(?![0-9A-Fa-f])/g

const WHITESPACE_RUN = /[ \t\u00A0\u2000-\u200A\u3000]{200,}|\n(?:[ \t\r]*\n){39,}/g

// ---------------------------------------------------------------------------------------------
// URLs that receive data

const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>`]{1,2000}/gi
/** Services made to collect requests: a tool has no business sending anything there. */
const COLLECTOR_HOST =
  /(?:^|\.)(?:webhook\.site|requestbin\.(?:com|net)|pipedream\.net|[\w-]+\.m\.pipedream\.net|ngrok(?:-free)?\.(?:app|io|dev)|burpcollaborator\.net|oast\.(?:pro|live|site|online|fun|me)|interact\.sh|canarytokens\.(?:com|org)|hookbin\.com|beeceptor\.com|requestcatcher\.com|webhook\.cool|postb\.in)$/i
/** A query value that is a slot for something private: `?data={contents}`, `&k=<key>`, `?c=${SECRET}` (not `?q={query}`). */
const DATA_SLOT =
  /[?&][\w.-]{1,40}=(?:\{|<|\$\{?|\[|%7B)[^}>\]&\s]{0,40}?(?:content|data|file|key|token|secret|passw|history|conversation|chat|env|credential|cookie|ssh|prompt)/i
const SENSITIVE_OBJECT = new RegExp(String.raw`\b(?:contents?|${SECRET_WORDS}|files?|keys?|tokens?|history)\b`, 'i')
const MARKDOWN_IMAGE_WITH_QUERY = /!\[[^\]\n]{0,200}\]\(\s*https?:\/\/[^\s)]{1,2000}[?&][^\s)]{1,2000}\)/gi

/** The rule's findings about one server's offer (the check of `toolPoisoning`). */
export function poisoningReports(context: SurfaceRuleContext): SurfaceRuleReport[] {
  const ownTools = new Set(context.surface.tools.map((t) => t.name))
  const foreignTools = foreignToolNames(context.others, ownTools)
  const reports: SurfaceRuleReport[] = []
  for (const item of items(context.surface)) {
    const found = new Map<string, { match: Match; text: Text }>()
    for (const raw of item.texts) {
      // Masked before anything is matched or quoted, so that no cut of a quote shows part of a token.
      const text = { where: raw.where, text: mask(raw.text) }
      for (const match of scan(text.text, foreignTools)) {
        if (!found.has(match.category.id)) found.set(match.category.id, { match, text })
        else if (severityOf(match) === 'error' && severityOf(found.get(match.category.id)!.match) !== 'error')
          found.set(match.category.id, { match, text })
      }
    }
    // Two different signs in one item are no coincidence: every sign of it is then an error.
    const corroborated = found.size >= 2
    for (const { match, text } of found.values()) {
      const severity: Severity = corroborated ? 'error' : severityOf(match)
      const shown = match.detail ?? quote(text.text, match.start, match.end)
      reports.push({
        severity,
        messageId: 'sign',
        data: {
          kind: item.kind,
          name: item.name,
          server: context.server.name,
          what: match.what,
          where: text.where,
          category: match.category.id
        },
        help: `It says: ${shown}. ${TOOL_POISONING_HELP[match.category.id]}`
      })
    }
  }
  return reports
}

function severityOf(match: Match): Severity {
  return match.confidence ?? match.category.confidence
}

/** Every sign in one text, first of each category first. */
function scan(raw: string, foreignTools: Map<string, string>): Match[] {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw
  // What lies beyond the limit is not checked: say so, or a payload behind a long filler would pass.
  const oversized: Match[] =
    raw.length > MAX_TEXT
      ? [
          {
            category: OVERSIZED,
            what: `is ${Math.round(raw.length / 1024)} KiB long, of which only the first ${MAX_TEXT / 1024} KiB were checked`,
            start: 0,
            end: 0,
            detail: `"${visible(text.slice(0, 32), 40)}…"`
          }
        ]
      : []
  return [
    ...oversized,
    ...instructionSigns(text),
    ...sensitiveSigns(text),
    ...shadowingSigns(text, foreignTools),
    ...hiddenSigns(text),
    ...urlSigns(text)
  ]
}

function instructionSigns(text: string): Match[] {
  const out: Match[] = []
  for (const m of allMatches(text, OVERRIDE_PATTERNS))
    out.push({ category: OVERRIDE, what: 'tells the model to ignore its instructions', ...m })
  for (const m of allMatches(text, CONCEALMENT_PATTERNS))
    out.push({ category: CONCEALMENT, what: 'tells the model to keep something from the user', ...m })
  for (const m of allMatches(text, MODEL_TAG_PATTERNS))
    out.push({ category: MODEL_TAG, what: 'addresses the model in an instruction tag', ...m })
  return out
}

function sensitiveSigns(text: string): Match[] {
  const out: Match[] = []
  for (const target of text.matchAll(SENSITIVE_TARGET)) {
    const start = target.index
    const end = start + target[0].length
    // A window cut in the middle of a sentence must not look like the start of one.
    const before = (start > NEAR ? '\u0001' : '') + text.slice(Math.max(0, start - NEAR), start)
    const after = text.slice(end, end + 60)
    // "read ~/.ssh/id_rsa and pass its content", "Before using this tool, read `~/.cursor/mcp.json`":
    // an instruction to the model, not what the tool does ("Reads settings from .env").
    const sends = TRANSFER_INSTRUCTION.test(before) || (READ_INSTRUCTION.test(before) && TRANSFER_AFTER.test(after))
    const reads = READ_INSTRUCTION.test(before)
    const describesSending = TRANSFER_ANY.test(before.slice(-60))
    if (!sends && !reads && !describesSending) continue
    out.push({
      category: SENSITIVE,
      what:
        sends || describesSending ? 'asks for a sensitive file to be sent' : 'asks the model to read a sensitive file',
      start: Math.max(0, start - 40),
      end,
      confidence: sends ? 'error' : 'warning'
    })
  }
  for (const m of text.matchAll(ATTACKER_TRANSFER)) {
    if (NEGATED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    out.push({
      category: SENSITIVE,
      what: 'asks for data to be sent to an attacker',
      start: m.index,
      end: m.index + m[0].length,
      confidence: 'error'
    })
  }
  for (const m of text.matchAll(SECRET_TRANSFER)) {
    if (NEGATED.test(text.slice(Math.max(0, m.index - 20), m.index))) continue
    out.push({ category: SENSITIVE, what: 'asks for secrets to be sent', start: m.index, end: m.index + m[0].length })
  }
  return out
}

function shadowingSigns(text: string, foreignTools: Map<string, string>): Match[] {
  const out: Match[] = []
  for (const { pattern, confidence } of SHADOWING_PATTERNS)
    for (const m of allMatches(text, [pattern]))
      out.push({ category: SHADOWING, what: 'gives the model instructions about other tools', ...m, confidence })
  if (foreignTools.size === 0) return out
  for (const m of text.matchAll(/[A-Za-z_][\w.-]{3,}/g)) {
    const owner = foreignTools.get(m[0])
    if (owner === undefined) continue
    if (!TOOL_INSTRUCTION.test(text.slice(Math.max(0, m.index - 60), m.index))) continue
    out.push({
      category: SHADOWING,
      what: `gives the model instructions about "${m[0]}", a tool of server "${owner}"`,
      start: Math.max(0, m.index - 40),
      end: m.index + m[0].length
    })
  }
  return out
}

function hiddenSigns(text: string): Match[] {
  const out: Match[] = []
  const unflagged = text.replace(FLAG_SEQUENCE, (s) => ' '.repeat(s.length))
  for (const m of unflagged.matchAll(TAGS)) {
    const hidden = [...m[0]].map((c) => String.fromCodePoint(c.codePointAt(0)! - 0xe0000)).join('')
    out.push({
      category: INVISIBLE,
      what: `hides text in invisible Unicode tag characters`,
      start: m.index,
      end: m.index + m[0].length,
      confidence: 'error',
      detail: `${quote(text, m.index, m.index + m[0].length)}, hidden text: "${visible(mask(hidden), 160)}"`
    })
  }
  for (const m of allMatches(text, [SUPPLEMENTARY_SELECTORS]))
    out.push({ category: INVISIBLE, what: 'hides data in invisible variation selectors', ...m, confidence: 'error' })
  for (const m of allMatches(text, [BIDI]))
    out.push({
      category: INVISIBLE,
      what: 'reorders text with bidirectional control characters',
      ...m,
      confidence: 'error'
    })
  const zeroWidth = [...text.matchAll(ZERO_WIDTH)].filter(
    // A byte-order mark that opens the text is left over from reading a file.
    (m) => !(m.index === 0 && m[0] === '\uFEFF') && !partOfScript(text, m.index, m[0].length)
  )
  if (zeroWidth.length > 0) {
    const first = zeroWidth[0]
    out.push({
      category: INVISIBLE,
      what: `contains ${zeroWidth.length === 1 ? 'an invisible character' : `${zeroWidth.length} invisible characters`}`,
      start: first.index,
      end: first.index + first[0].length,
      // Many of them are a message in disguise (each one a bit), not a stray paste.
      confidence: zeroWidth.length >= 8 ? 'error' : 'warning'
    })
  }
  for (const m of allMatches(text, [HTML_COMMENT, HIDDEN_STYLE]))
    out.push({ category: HIDDEN_MARKUP, what: 'hides text from the user in markup', ...m })
  for (const m of text.matchAll(WHITESPACE_RUN))
    out.push({
      category: PADDING,
      what: `pads with ${m[0].length} blank characters, pushing what follows out of view`,
      start: m.index,
      end: m.index + m[0].length,
      detail: `"${visible(text.slice(Math.max(0, m.index - 60), m.index), 80)}" … "${visible(text.slice(m.index + m[0].length, m.index + m[0].length + 80), 80)}"`
    })
  for (const m of text.matchAll(BASE64)) {
    if (!/[A-Z]/.test(m[0]) || !/[a-z]/.test(m[0]) || !/\d/.test(m[0])) continue
    out.push(encodedSign(text, m.index, m[0], 'base64'))
  }
  for (const m of text.matchAll(HEX)) out.push(encodedSign(text, m.index, m[0], 'hex'))
  return out
}

/** A long encoded string; when it decodes to text, that text is shown and scanned too. */
function encodedSign(text: string, start: number, blob: string, encoding: 'base64' | 'hex'): Match {
  const decoded = decodeText(blob, encoding)
  const end = start + blob.length
  const signs = decoded === undefined ? [] : [...instructionSigns(decoded), ...sensitiveSigns(decoded)]
  return {
    category: ENCODED,
    what: `contains a ${blob.length}-character ${encoding} string`,
    start,
    end,
    confidence: signs.length > 0 ? 'error' : 'warning',
    detail:
      quote(text, start, Math.min(end, start + 40)) +
      (decoded === undefined ? '' : `, which decodes to "${visible(mask(decoded), 160)}"`)
  }
}

function urlSigns(text: string): Match[] {
  const out: Match[] = []
  let count = 0
  for (const m of text.matchAll(URL_PATTERN)) {
    if (++count > 100) break
    const url = trimEndOf(m[0], ').,;:!?]')
    let host: string
    try {
      host = new URL(url.replace(/[{}<>$[\]]/g, 'x')).hostname
    } catch {
      continue
    }
    const collector = COLLECTOR_HOST.test(host)
    const slot = DATA_SLOT.test(url)
    const before = text.slice(Math.max(0, m.index - 120), m.index)
    const sends = TRANSFER_ANY.test(before) && (SENSITIVE_OBJECT.test(before) || collector)
    if (!collector && !slot && !sends) continue
    out.push({
      category: DATA_URL,
      what: sends
        ? 'asks for data to be sent to a URL'
        : collector
          ? 'names a request-collecting service'
          : 'names a URL with a slot for data',
      start: sends ? m.index - Math.min(before.length, 60) : m.index,
      end: m.index + url.length,
      confidence: sends ? 'error' : 'warning'
    })
  }
  for (const m of allMatches(text, [MARKDOWN_IMAGE_WITH_QUERY]))
    out.push({
      category: DATA_URL,
      what: 'shows an image whose URL carries data (the client fetches it on display)',
      ...m
    })
  return out
}

/** Zero-width joiners and non-joiners inside emoji and in scripts that need them are ordinary text. */
function partOfScript(text: string, index: number, length: number): boolean {
  const code = text.codePointAt(index)!
  if (code !== 0x200c && code !== 0x200d) return false
  const before = [...text.slice(Math.max(0, index - 2), index)].pop() ?? ''
  const after = [...text.slice(index + length, index + length + 2)][0] ?? ''
  const shaped = (c: string): boolean =>
    /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F]/u.test(c) ||
    (/\p{L}|\p{M}/u.test(c) && !/[\p{Script=Latin}]/u.test(c))
  return shaped(before) && shaped(after)
}

function decodeText(blob: string, encoding: 'base64' | 'hex'): string | undefined {
  const bytes = Buffer.from(blob, encoding)
  const text = bytes.toString('utf8')
  const printable = [...text].filter((c) => /[\p{L}\p{N}\p{P}\p{S}\s]/u.test(c)).length
  return text.length > 0 && printable / [...text].length >= 0.9 ? text : undefined
}

/** The start and end of every match of some patterns. */
function allMatches(text: string, patterns: RegExp[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const pattern of patterns)
    for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length })
  return out.sort((a, b) => a.start - b.start)
}

/** The other servers' tool names that look like identifiers, with the server each belongs to. */
function foreignToolNames(others: readonly ServerSurface[], own: Set<string>): Map<string, string> {
  const names = new Map<string, string>()
  for (const other of others)
    for (const tool of other.surface.tools) {
      const name = tool.name
      // A plain word ("search", "fetch") is too common to mean that server's tool.
      if (own.has(name) || name.length < 4 || !/[_.\-\d]|[a-z][A-Z]/.test(name)) continue
      if (!names.has(name)) names.set(name, other.server.name)
    }
  return names
}

/** The texts of everything a server lists, where its model reads them. */
function items(surface: Surface): Item[] {
  const out: Item[] = []
  for (const tool of surface.tools) {
    const texts = own(tool, ['title', 'description'])
    const annotationTitle = tool.annotations?.title
    if (typeof annotationTitle === 'string') texts.push({ where: 'annotations.title', text: annotationTitle })
    // One by one: a hostile server's schema can hold more texts than a spread call passes on the stack.
    for (const text of schemaTexts(tool.inputSchema, 'inputSchema')) texts.push(text)
    for (const text of schemaTexts(tool.outputSchema, 'outputSchema')) texts.push(text)
    out.push({ kind: 'tool', name: tool.name, texts })
  }
  for (const prompt of surface.prompts) {
    const texts = own(prompt, ['title', 'description'])
    for (const argument of prompt.arguments ?? [])
      for (const field of ['title', 'description'] as const)
        if (typeof argument[field] === 'string')
          texts.push({ where: `argument "${argument.name}" ${field}`, text: argument[field] })
    out.push({ kind: 'prompt', name: prompt.name, texts })
  }
  for (const resource of surface.resources)
    out.push({ kind: 'resource', name: resource.name, texts: own(resource, ['title', 'description']) })
  for (const template of surface.resourceTemplates)
    out.push({ kind: 'resource template', name: template.name, texts: own(template, ['title', 'description']) })
  return out
}

function own(item: Record<string, unknown>, fields: string[]): Text[] {
  return fields.flatMap((field) => (typeof item[field] === 'string' ? [{ where: field, text: item[field] }] : []))
}

// Schema keywords whose strings are prose the model reads.
const PROSE_KEYWORDS = new Set(['description', 'title', 'default', 'examples', 'enum', 'const'])
const MAX_SCHEMA_NODES = 5000

/** Every prose string in a JSON Schema, with its path (`inputSchema.properties.note.description`). */
function schemaTexts(schema: unknown, root: string): Text[] {
  const out: Text[] = []
  const stack: { node: unknown; path: string; prose: boolean }[] = [{ node: schema, path: root, prose: false }]
  let visited = 0
  while (stack.length > 0 && visited++ < MAX_SCHEMA_NODES) {
    const { node, path, prose } = stack.pop()!
    if (typeof node === 'string') {
      if (prose) out.push({ where: path, text: node })
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, path: `${path}[${i}]`, prose }))
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node))
        stack.push({ node: child, path: `${path}.${key}`, prose: prose || PROSE_KEYWORDS.has(key) })
    }
  }
  return out.reverse()
}

/**
 * The span in its sentence (or with a little context when the sentence is long), on one line, with
 * invisible characters made visible. The text is already masked.
 */
function quote(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - 60), start)
  const sentenceStart = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('! '),
    head.lastIndexOf('? '),
    head.lastIndexOf('\n')
  )
  const from =
    start <= 60
      ? 0
      : sentenceStart === -1
        ? start - 30
        : start - head.length + sentenceStart + (head[sentenceStart] === '\n' ? 1 : 2)
  const tail = text.slice(end, end + 80)
  const sentenceEnd = tail.search(/[.!?](?:\s|$)|\n/)
  const to =
    sentenceEnd === -1 ? Math.min(text.length, end + 30) : end + sentenceEnd + (tail[sentenceEnd] === '\n' ? 0 : 1)
  const cut = Math.min(to, from + 240)
  // An ellipsis marks a cut inside a sentence; a whole sentence needs none.
  const cutBefore = from > 0 && sentenceStart === -1
  const cutAfter = cut < text.length && (cut < to || sentenceEnd === -1)
  return `"${cutBefore ? '…' : ''}${visible(text.slice(from, cut), 260).trim()}${cutAfter ? '…' : ''}"`
}

/** Masks anything that looks like a credential. */
function mask(text: string): string {
  return maskCredentials(text)
}

/** One line, invisible characters made visible, cut to a length. */
function visible(text: string, limit: number): string {
  const out = revealInvisible(text)
  return out.length > limit ? `${out.slice(0, limit - 1)}…` : out
}
