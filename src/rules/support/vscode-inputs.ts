import { isRecord } from '../../hosts/util.js'
import type { PointerPath } from '../../types.js'
import type { FileRuleContext } from '../types.js'
import { stringsUnder } from './document.js'
import { placeholderTokens } from './placeholder-tokens.js'
import { valueAt } from './walk.js'

/** What a file declares and uses of VS Code's inputs. */
export interface VscodeInputs {
  declared: Map<string, PointerPath>
  inputsAt: PointerPath
  used: { path: PointerPath; id: string; text: string }[]
}

/**
 * The `inputs` a file declares (by id, with the pointer of the id) and every `${input:id}` its servers
 * use, for hosts whose profile says where inputs are declared (VS Code).
 */
export function vscodeInputs(context: Pick<FileRuleContext, 'doc' | 'profile' | 'strings'>): VscodeInputs | undefined {
  // Two rules read the same file's inputs: found once per file, and kept as long as its strings.
  return context.strings.derive(vscodeInputs, () => readInputs(context))
}

function readInputs({
  doc,
  profile,
  strings
}: Pick<FileRuleContext, 'doc' | 'profile' | 'strings'>): VscodeInputs | undefined {
  const inputsAt = profile.servers?.inputs
  if (!inputsAt) return undefined
  const declared = new Map<string, PointerPath>()
  const inputs = valueAt(doc.value, inputsAt)
  if (Array.isArray(inputs)) {
    inputs.forEach((input: unknown, index) => {
      if (isRecord(input) && typeof input.id === 'string' && !declared.has(input.id))
        declared.set(input.id, [...inputsAt, index, 'id'])
    })
  }
  const used: VscodeInputs['used'] = []
  const serversAt = profile.servers!.at
  for (const node of stringsUnder(strings.all, serversAt)) {
    if (node.isKey) continue
    for (const token of placeholderTokens(node.value)) {
      if (token.syntaxes[0] === 'input' && token.name) used.push({ path: node.path, id: token.name, text: token.text })
    }
  }
  // In the order they are written. A position costs a read of the text: asked only when there are two or more.
  if (used.length < 2) return { declared, inputsAt, used }
  const at = new Map(used.map((use) => [use, doc.span(use.path)?.value.offset ?? 0]))
  return { declared, inputsAt, used: used.sort((a, b) => (at.get(a) as number) - (at.get(b) as number)) }
}
