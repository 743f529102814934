import { vscodeInputs } from './support/vscode-inputs.js'
import type { Rule, RuleReport } from './types.js'

/**
 * A VS Code `inputs` entry that no `${input:id}` in the file's servers uses: VS Code never asks for
 * it, so it is a leftover (or the server that should use it has a typo in the reference).
 */
export const unusedInput: Rule = {
  id: 'unused-input',
  defaultSeverity: 'warning',
  preset: 'strict',
  description: 'A VS Code "inputs" entry that no server uses.',
  messages: {
    unused: 'input "{{id}}" is declared, but no server uses "${input:{{id}}}"'
  },
  checkFile(context) {
    const inputs = vscodeInputs(context)
    if (!inputs) return []
    const used = new Set(inputs.used.map((u) => u.id))
    const reports: RuleReport[] = []
    for (const [id, at] of inputs.declared) {
      if (used.has(id)) continue
      reports.push({
        messageId: 'unused',
        data: { id },
        help: 'VS Code never asks for it; remove it, or reference it where a server needs the value (env, headers or args).',
        at
      })
    }
    return reports
  }
}
