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

/** Escapes text for inline Markdown and HTML (one line: line breaks become spaces). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[&<>"'`|[\]*_~@#\\!]/g, (c) => ENTITIES[c])
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
