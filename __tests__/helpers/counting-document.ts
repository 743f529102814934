import type { PointerPath } from '../../src/types.js'

/**
 * A document whose positions are made up (`offsets`, by pointer joined with `/`), counting how often one
 * is asked for: a position costs a read of the text, which the rules' shortcuts avoid.
 */
export function documentOf(value: unknown, offsets: Record<string, number> = {}) {
  const asked: PointerPath[] = []
  const doc = {
    value,
    span(path: PointerPath) {
      asked.push(path)
      return { value: { offset: offsets[path.join('/')] ?? 0, length: 1 } }
    }
  }
  return { doc, asked }
}
