import { isRecord } from '../hosts/util.js'
import type { ParsedDocument } from '../parse/source.js'
import type { HostId, PointerPath } from '../types.js'
import { placeholderTokens } from './_placeholder-tokens.js'
import { strings, valueAt } from './walk.js'

/** Where a VS Code file keeps `servers` and `inputs`: the top level of mcp.json, `mcp` in settings.json. */
const CONTAINERS: Partial<Record<HostId, PointerPath>> = { vscode: [], 'vscode-settings': ['mcp'] }

/** The `inputs` a VS Code file declares (by id, with the pointer of the id) and every `${input:id}` its servers use. */
export function vscodeInputs(
  doc: ParsedDocument,
  host: HostId
):
  | {
      declared: Map<string, PointerPath>
      inputsAt: PointerPath
      used: { path: PointerPath; id: string; text: string }[]
    }
  | undefined {
  const container = CONTAINERS[host]
  if (!container) return undefined
  const inputsAt = [...container, 'inputs']
  const declared = new Map<string, PointerPath>()
  const inputs = valueAt(doc.value, inputsAt)
  if (Array.isArray(inputs)) {
    inputs.forEach((input: unknown, index) => {
      if (isRecord(input) && typeof input.id === 'string' && !declared.has(input.id))
        declared.set(input.id, [...inputsAt, index, 'id'])
    })
  }
  const used: { path: PointerPath; id: string; text: string }[] = []
  const serversAt = [...container, 'servers']
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
