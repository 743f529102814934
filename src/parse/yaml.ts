import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type YAMLMap
} from 'yaml'
import type { PointerPath } from '../types.js'
import {
  findExcessiveNesting,
  guardParse,
  nestingProblem,
  parseProblem,
  setMember,
  type ParseProblem,
  type ParseResult
} from './problem.js'
import { ParsedDocument, type WrittenKey } from './source.js'

/** Aliases are expanded at most this many times. */
const MAX_ALIAS_EXPANSIONS = 1000
/**
 * Values built from aliases, counted node by node (1,000 aliases of a 20,000-item list would be 20
 * million): past this the document is refused, so an alias bomb costs a bounded time and memory.
 */
export const MAX_ALIAS_NODES = 20_000

/** Parses a YAML document into a value with a position for every node; duplicate keys are reported. */
export function parseYaml(text: string): ParseResult {
  return guardParse(() => parseYamlText(text))
}

/** Thrown inside the builder when aliases expand past MAX_ALIAS_NODES values or MAX_ALIAS_EXPANSIONS times. */
class AliasBomb extends Error {
  constructor(
    readonly offset: number,
    readonly excess: string
  ) {
    super(excess)
  }
}

function parseYamlText(text: string): ParseResult {
  const tooDeep = findExcessiveNesting(text, 'yaml')
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
  try {
    doc.value = yamlDoc.contents ? builder.build(yamlDoc.contents, [], undefined) : null
  } catch (error) {
    if (!(error instanceof AliasBomb)) throw error
    return {
      problems: [
        {
          ruleId: 'syntax-error',
          severity: 'error',
          message: `YAML aliases here ${error.excess} (an "alias bomb"); no MCP config needs this, so the file was not read further`,
          offset: error.offset,
          length: 1
        }
      ]
    }
  }
  return { doc, problems }
}

/** The scalar keys of a mapping as written, repeats included. */
function writtenKeys(node: YAMLMap): WrittenKey[] {
  return node.items.flatMap((pair) => {
    if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return []
    const [start, end] = pair.key.range
    return [{ name: String(pair.key.value), offset: start, length: Math.max(1, end - start) }]
  })
}

class YamlBuilder {
  private expansions = 0
  /** Nodes built inside alias expansions so far. */
  private aliasNodes = 0

  constructor(
    private readonly yamlDoc: Document,
    private readonly doc: ParsedDocument,
    private readonly problems: ParseProblem[]
  ) {}

  build(node: YamlNode, path: PointerPath, key: YamlNode | undefined, recordSpan = true): unknown {
    // recordSpan is off exactly inside an alias's expansion: count what aliases cost.
    if (!recordSpan && ++this.aliasNodes > MAX_ALIAS_NODES)
      throw new AliasBomb(node.range?.[0] ?? 0, `expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} values`)
    if (recordSpan && node.range) {
      const [start, valueEnd] = node.range
      const keySpan = key?.range ? { offset: key.range[0], length: key.range[1] - key.range[0] } : undefined
      this.doc.record(path, { key: keySpan, value: { offset: start, length: Math.max(1, valueEnd - start) } })
      this.doc.recordKeys(path, isMap(node) ? writtenKeys(node) : undefined)
    }
    if (isAlias(node)) {
      // Aliases of aliases multiply: past this many expansions the file is refused, never read with holes in it.
      if (++this.expansions > MAX_ALIAS_EXPANSIONS)
        throw new AliasBomb(
          node.range?.[0] ?? 0,
          `are expanded more than ${MAX_ALIAS_EXPANSIONS.toLocaleString('en-US')} times`
        )
      const target = node.resolve(this.yamlDoc)
      // The alias's own position was recorded above; the expanded nodes live elsewhere in the text.
      return target ? this.build(target, path, undefined, false) : null
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
          this.problems.push(
            parseProblem(
              {
                ruleId: 'duplicate-key',
                severity: 'error',
                offset: keyOffset,
                length: Math.max(1, (keyNode?.range?.[1] ?? keyOffset + 1) - keyOffset)
              },
              'duplicateKey',
              { key: name },
              `It is first defined on line ${this.doc.lines.position(earlier).line}; only one of the two is used, so the other is lost: remove one, or merge them.`
            )
          )
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
