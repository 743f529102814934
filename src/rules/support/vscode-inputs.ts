import type { HostProfile } from '../../hosts/profile.js'
import { isRecord } from '../../hosts/util.js'
import type { ParsedDocument } from '../../parse/source.js'
import type { PointerPath } from '../../types.js'
import { placeholderTokens } from './placeholder-tokens.js'
import { strings, valueAt } from './walk.js'

/**
 * The `inputs` a file declares (by id, with the pointer of the id) and every `${input:id}` its servers
 * use, for hosts whose profile says where inputs are declared (VS Code).
 */
export function vscodeInputs(
  doc: ParsedDocument,
  profile: HostProfile
):
  | {
      declared: Map<string, PointerPath>
      inputsAt: PointerPath
      used: { path: PointerPath; id: string; text: string }[]
    }
  | undefined {
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
  const used: { path: PointerPath; id: string; text: string }[] = []
  const serversAt = profile.servers!.at
  for (const node of strings(valueAt(doc.value, serversAt), serversAt)) {
    if (node.isKey) continue
    for (const token of placeholderTokens(node.value)) {
      if (token.syntaxes[0] === 'input' && token.name) used.push({ path: node.path, id: token.name, text: token.text })
    }
  }
  const offset = (path: PointerPath): number => doc.span(path)?.value.offset ?? 0
  used.sort((a, b) => offset(a.path) - offset(b.path))
  return { declared, inputsAt, used }
}
