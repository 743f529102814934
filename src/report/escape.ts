import { terminalSafe } from './terminal.js'

/**
 * Escaping for text from configs (file paths, server names, messages, stderr) that lands in GitHub
 * Markdown: the job summary and the pull-request comment. Both render HTML and Markdown, and the
 * toolkit's summary helpers insert strings verbatim, so every untrusted string goes through here.
 */

// Each character that could open HTML, a link, emphasis, a table cell, an @mention or code becomes a
// numeric character reference, which GitHub renders as the character itself.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '|': '&#124;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '@': '&#64;',
  '#': '&#35;',
  '\\': '&#92;',
  '!': '&#33;'
}

/**
 * Escapes text for inline Markdown and HTML (one line: line breaks become spaces). Control characters and
 * bidirectional controls become `�` as in the terminal (the text can be printed, and U+202E would reorder a
 * comment), and bare URLs are kept from becoming links: GitHub links `www.` and `scheme://` in plain text,
 * but not when the `.` or `:` is a character reference.
 */
export function escapeMarkdown(text: string): string {
  return terminalSafe(text.replace(/\r\n|[\r\n]/g, ' '))
    .replace(/[&<>"'`|[\]*_~@#\\!]/g, (c) => ENTITIES[c])
    .replace(/:\/\//g, '&#58;//')
    .replace(/(www)\./gi, '$1&#46;')
}

/**
 * Wraps text in a fenced code block whose fence is longer than any run of backticks inside, so the
 * text cannot close the block and nothing inside is rendered.
 */
export function fencedBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`
}

/**
 * Writes characters that do not show, or that reorder the text around them, as `\u{…}`: zero-width
 * characters, bidirectional controls, Unicode tag characters (runs of them are counted, since each
 * stands for one hidden letter), variation-selector smuggling, control characters. Unless told to
 * keep it, whitespace (line breaks included) becomes one space. For text a server chose (tool
 * names, descriptions).
 */
export function revealInvisible(text: string, keepSpace = false): string {
  const shown = text
    .replace(/[\u{E0000}-\u{E007F}]{2,}/gu, (run) => `[${[...run].length} invisible tag characters]`)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu,
      (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`
    )
  return keepSpace ? shown : shown.replace(/\s+/g, ' ')
}
