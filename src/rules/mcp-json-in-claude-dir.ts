import type { Rule } from './types.js'

/**
 * `.mcp.json` saved inside `.claude/`: Claude Code reads project servers only from `.mcp.json` at
 * the project root (anthropics/claude-code#5037), so none of these servers is loaded.
 */
export const mcpJsonInClaudeDir: Rule = {
  id: 'mcp-json-in-claude-dir',
  defaultSeverity: 'error',
  description: '.mcp.json placed inside .claude/, where Claude Code does not read it.',
  checkFile({ path, host, profile, exists }) {
    // The host's profile says which of the files its pattern matches it never reads.
    const notRead = profile.notRead
    if (!notRead) return []
    const target = notRead.readFrom
    const fix = exists(target) ? `merge its servers into the existing ${target}` : `move it to ${target}`
    return [
      {
        message: `${host.name} does not read ${path}: ${notRead.because}, so none of these servers starts; ${fix}`,
        at: []
      }
    ]
  }
}
