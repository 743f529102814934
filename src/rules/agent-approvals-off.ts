import { quotable } from '../mask.js'
import type { PointerPath } from '../types.js'
import type { Rule, RuleReport } from './types.js'
import { valueAt } from './support/walk.js'

/** What every finding's help says after the host's own effect: who it reaches and which servers. */
const REACH =
  'A committed setting holds for everyone who runs the agent in this repository, for every MCP server it knows (a server a later pull request adds included)'

/** The value as found, quoted as JSON and masked like any other value from a file. */
function shownValue(value: unknown): string {
  return typeof value === 'string' ? `"${quotable(value, 40)}"` : quotable(JSON.stringify(value) ?? String(value), 40)
}

/**
 * A committed setting that turns the agent's approval prompts off for every tool at once, in each
 * host's own terms (its profile's `approvals.agentSwitches`): Amp's `amp.dangerouslyAllowAll`, Qwen
 * Code's `tools.approvalMode: "yolo"`, Codex's `approval_policy = "never"` beside
 * `sandbox_mode = "danger-full-access"`. Settings a host ignores in a project file are not listed there.
 */
export const agentApprovalsOff: Rule = {
  id: 'agent-approvals-off',
  defaultSeverity: 'warning',
  description: 'A committed setting lets the agent run every tool, MCP tools included, without asking.',
  messages: {
    switch: '"{{key}}" is {{value}}, so {{host}} runs every tool, MCP tools included, without asking'
  },
  checkFile({ doc, host, profile }) {
    const reports: RuleReport[] = []
    for (const setting of profile.approvals.agentSwitches) {
      const value = valueAt(doc.value, setting.at)
      if (value === undefined) continue
      const when = setting.honouredWhen === null ? '' : ` (${setting.honouredWhen})`
      const report = (found: unknown, at: PointerPath, key: string): void => {
        reports.push({
          messageId: 'switch',
          data: { key, value: shownValue(found), host: host.name },
          help: `${host.name} ${setting.effect}${when}. ${REACH}; remove it, ${setting.fix}.`,
          at
        })
      }
      const key = setting.at.join('.')
      if (setting.list === null) {
        if (setting.turnsOff(value, doc.value)) report(value, setting.at, key)
      } else if (Array.isArray(value)) {
        // One walk: the first item that turns approvals off decides (a later one is never reached), and an
        // item that holds back every later one ends the walk.
        for (const [index, item] of value.entries()) {
          if (setting.turnsOff(item, doc.value)) {
            report(item, [...setting.at, index], `${key}[${index}]`)
            break
          }
          if (setting.list.holdsBack(item)) break
        }
      }
    }
    return reports
  }
}
