import type { HostId, PointerPath } from '../types.js'

/** Where each host keeps its server map (Continue: a list), for rules that look at the map itself. */
export const SERVER_MAPS: Partial<Record<HostId, PointerPath>> = {
  'claude-code': ['mcpServers'],
  'claude-desktop': ['mcpServers'],
  'claude-plugin': ['mcpServers'],
  cursor: ['mcpServers'],
  roo: ['mcpServers'],
  kiro: ['mcpServers'],
  amazonq: ['mcpServers'],
  junie: ['mcpServers'],
  windsurf: ['mcpServers'],
  copilot: ['mcpServers'],
  continue: ['mcpServers'],
  gemini: ['mcpServers'],
  'gemini-extension': ['mcpServers'],
  vscode: ['servers'],
  'vscode-settings': ['mcp', 'servers'],
  zed: ['context_servers'],
  opencode: ['mcp'],
  codex: ['mcp_servers'],
  'copilot-agent': ['mcp-servers']
}
