import type { Rule } from './types.js'

const IN_CLAUDE_DIR = /(^|\/)\.claude\/\.mcp\.json$/

/**
 * `.mcp.json` saved inside `.claude/`: Claude Code reads project servers only from `.mcp.json` at
 * the project root (anthropics/claude-code#5037), so none of these servers is loaded.
 */
export const mcpJsonInClaudeDir: Rule = {
  id: 'mcp-json-in-claude-dir',
  defaultSeverity: 'error',
  description: '.mcp.json placed inside .claude/, where Claude Code does not read it.',
  checkFile({ path, host, exists }) {
    if (host.id !== 'claude-code' || !IN_CLAUDE_DIR.test(path)) return []
    const target = `${path.slice(0, path.length - '.claude/.mcp.json'.length)}.mcp.json`
    const fix = exists(target) ? `merge its servers into the existing ${target}` : `move it to ${target}`
    return [
      {
        message: `Claude Code does not read ${path}: it loads project servers only from .mcp.json at the project root, so none of these servers starts; ${fix}`,
        at: []
      }
    ]
  }
}
