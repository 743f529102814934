import type { ParseResult } from './problem.js'
import { ParsedDocument } from './source.js'
import { parseYaml } from './yaml.js'

/**
 * Parses the YAML front matter of a Markdown file (between a first `---` line and the next one).
 * The YAML is parsed as a prefix of the original text, so every position is the file's own.
 */
export function parseFrontMatter(text: string): ParseResult {
  const opening = /^---[ \t]*\r?\n/.exec(text)
  if (!opening) return { doc: new ParsedDocument(text, {}), problems: [] }
  const closing = /^---[ \t]*$/m
  closing.lastIndex = 0
  const rest = text.slice(opening[0].length)
  const end = closing.exec(rest)
  if (!end) {
    return {
      problems: [
        {
          ruleId: 'syntax-error',
          severity: 'error',
          message: 'the front matter starts with "---" but is never closed by another "---" line',
          offset: 0,
          length: 3
        }
      ]
    }
  }
  // Blank out the opening marker so the YAML parser sees one plain document, offsets unchanged.
  const newline = opening[0].endsWith('\r\n') ? '\r\n' : '\n'
  const yamlText = ' '.repeat(opening[0].length - newline.length) + newline + rest.slice(0, end.index)
  const parsed = parseYaml(yamlText)
  if (!parsed.doc) return parsed
  if (parsed.doc.value === null) parsed.doc.value = {}
  return { doc: parsed.doc.extendedTo(text), problems: parsed.problems }
}
