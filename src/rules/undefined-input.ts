import { describePath } from '../describe-path.js'
import { suggest } from '../nearest.js'
import { quoteList } from './support/message-text.js'
import { vscodeInputs } from './support/vscode-inputs.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A VS Code `${input:id}` whose id no entry of `inputs` declares: VS Code stops with "Undefined input
 * variable" and the server does not start. Checked in `.vscode/mcp.json` and the legacy `mcp` setting.
 */
export const undefinedInput: Rule = {
  id: 'undefined-input',
  defaultSeverity: 'error',
  description: 'A VS Code ${input:id} with no matching "inputs" entry.',
  messages: {
    undefined: '"{{text}}" refers to no input: "{{inputs}}" has no entry with the id "{{id}}"'
  },
  checkFile(context) {
    const { servers } = context
    const inputs = vscodeInputs(context)
    if (!inputs) return []
    const reports: RuleReport[] = []
    const seen = new Set<string>()
    const ids = [...inputs.declared.keys()]
    for (const use of inputs.used) {
      const key = `${JSON.stringify(use.path)}|${use.id}`
      if (inputs.declared.has(use.id) || seen.has(key)) continue
      seen.add(key)
      const guess = suggest(use.id, ids)
      const declared = ids.length > 0 ? `(it declares ${quoteList(ids)})` : '(it declares none)'
      const fix = guess ? `did you mean "\${input:${guess}}"? Otherwise add` : 'add'
      const report: RuleReport = {
        messageId: 'undefined',
        data: { text: use.text, inputs: describePath(inputs.inputsAt).slice(1, -1), id: use.id },
        help: `VS Code stops with "Undefined input variable" and the server does not start; ${fix} { "type": "promptString", "id": "${use.id}", "description": "...", "password": true } to "inputs" ${declared}.`,
        at: use.path
      }
      const server = servers.find((s) => s.pointer.every((segment, i) => String(use.path[i]) === String(segment)))
      if (server) report.server = server.name
      reports.push(report)
    }
    return reports
  }
}
