import type { Rule } from './types.js'

/**
 * `.mcp.json` saved inside `.claude/`: Claude Code reads project servers only from `.mcp.json` at
 * the project root (anthropics/claude-code#5037), so none of these servers is loaded.
 */
export const mcpJsonInClaudeDir: Rule = {
  id: 'mcp-json-in-claude-dir',
  defaultSeverity: 'error',
  description: '.mcp.json placed inside .claude/, where Claude Code does not read it.',
  messages: {
    notRead: '{{host}} does not read {{path}}, so none of its servers starts; it belongs in {{target}}'
  },
  checkFile({ path, host, profile, exists }) {
    // The host's profile says which of the files its pattern matches it never reads.
    const notRead = profile.notRead
    if (!notRead) return []
    const target = notRead.readFrom
    const fix = exists(target) ? `merge its servers into the existing ${target}` : `move it to ${target}`
    return [
      {
        messageId: 'notRead',
        data: { host: host.name, path, target },
        help: `${host.name} does not read this file: ${notRead.because}; ${fix}.`,
        at: []
      }
    ]
  }
}
