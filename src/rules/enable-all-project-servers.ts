import { isRecord } from '../hosts/util.js'
import type { Rule } from './types.js'

/**
 * `"enableAllProjectMcpServers": true` in a committed `.claude/settings.json`: every server in the
 * project's `.mcp.json` is approved without the per-server prompt, including servers a later change
 * adds. Claude Code ignores the key until the workspace is trusted (v2.1.196), but trusting the folder
 * once then approves whatever `.mcp.json` holds from then on.
 */
export const enableAllProjectServers: Rule = {
  id: 'enable-all-project-servers',
  defaultSeverity: 'warning',
  description: 'A committed enableAllProjectMcpServers: true approves every project server for everyone.',
  messages: {
    enableAll: '"{{key}}" is true, so {{host}} starts every server in {{file}} without asking'
  },
  checkFile({ doc, host, profile }) {
    const approvals = profile.approvals.projectServers
    if (!approvals || !isRecord(doc.value) || doc.value[approvals.all] !== true) return []
    return [
      {
        messageId: 'enableAll',
        data: { key: approvals.all, host: host.name, file: approvals.file },
        help: `Once the folder is trusted, this holds for everyone who uses this repository, including servers that a later commit or pull request adds; remove it and approve servers by name in "${approvals.approve}" (or let each person approve them when prompted).`,
        at: [approvals.all]
      }
    ]
  }
}
