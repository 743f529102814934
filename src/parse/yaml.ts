import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import type { PointerPath } from '../types.js'
import { findExcessiveNesting, nestingProblem, setMember, type ParseProblem, type ParseResult } from './problem.js'
import { ParsedDocument } from './source.js'

/** Aliases are expanded at most this many times, so an alias bomb costs nothing. */
const MAX_ALIAS_EXPANSIONS = 1000

/** Parses a YAML document into a value with a position for every node; duplicate keys are reported. */
export function parseYaml(text: string): ParseResult {
  const tooDeep = findExcessiveNesting(text)
  if (tooDeep !== undefined) return { problems: [nestingProblem(tooDeep)] }

  const yamlDoc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true })
  const firstError = yamlDoc.errors[0]
  if (firstError) {
    const [start, end] = firstError.pos
    const more = yamlDoc.errors.length - 1
    const message =
      `invalid YAML: ${firstError.message.split('\n')[0]}` +
      (more > 0 ? ` (and ${more} more syntax error${more > 1 ? 's' : ''} after it)` : '')
    return {
      problems: [
        { ruleId: 'syntax-error', severity: 'error', message, offset: start, length: Math.max(1, end - start) }
      ]
    }
  }

  const problems: ParseProblem[] = []
  const doc = new ParsedDocument(text, undefined)
  const builder = new YamlBuilder(yamlDoc, doc, problems)
  doc.value = yamlDoc.contents ? builder.build(yamlDoc.contents as YamlNode, [], undefined) : null
  return { doc, problems }
}

class YamlBuilder {
  private expansions = 0

  constructor(
    private readonly yamlDoc: Document,
    private readonly doc: ParsedDocument,
    private readonly problems: ParseProblem[]
  ) {}

  build(node: YamlNode, path: PointerPath, key: YamlNode | undefined, recordSpan = true): unknown {
    if (recordSpan && node.range) {
      const [start, valueEnd] = node.range
      const keySpan = key?.range ? { offset: key.range[0], length: key.range[1] - key.range[0] } : undefined
      this.doc.record(path, { key: keySpan, value: { offset: start, length: Math.max(1, valueEnd - start) } })
    }
    if (isAlias(node)) {
      if (++this.expansions > MAX_ALIAS_EXPANSIONS) return null
      const target = node.resolve(this.yamlDoc)
      // The alias's own position was recorded above; the expanded nodes live elsewhere in the text.
      return target ? this.build(target as YamlNode, path, undefined, false) : null
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {}
      const seen = new Map<string, number>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const keyNode = pair.key as YamlNode | null
        const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? '')
        const keyOffset = keyNode?.range?.[0] ?? 0
        const earlier = seen.get(name)
        if (earlier !== undefined) {
          this.problems.push({
            ruleId: 'duplicate-key',
            severity: 'error',
            message: `duplicate key "${name}" (first defined on line ${this.doc.lines.position(earlier).line}); only one of them is used`,
            offset: keyOffset,
            length: Math.max(1, (keyNode?.range?.[1] ?? keyOffset + 1) - keyOffset)
          })
        }
        seen.set(name, keyOffset)
        const valueNode = pair.value as YamlNode | null
        const childPath = [...path, name]
        if (valueNode) setMember(object, name, this.build(valueNode, childPath, keyNode ?? undefined, recordSpan))
        else {
          setMember(object, name, null)
          if (recordSpan && keyNode?.range) {
            const span = { offset: keyNode.range[0], length: keyNode.range[1] - keyNode.range[0] }
            this.doc.record(childPath, { key: span, value: span })
          }
        }
      }
      return object
    }
    if (isSeq(node)) {
      return node.items.map((item, index) =>
        item ? this.build(item as YamlNode, [...path, index], undefined, recordSpan) : null
      )
    }
    if (isScalar(node)) return node.value
    return null
  }
}
