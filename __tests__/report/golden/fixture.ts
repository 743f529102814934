import type { Report } from '../../../src/types.js'

/**
 * One fixed set of findings and server results that every reporter renders into its golden `.out`
 * file. The findings are data, not a lint run, so a rule whose wording changes does not move them;
 * they hold what each medium must escape or mask: a credential (in the file's text, for code frames;
 * the report itself is masked, as the engine hands it over), Markdown and HTML, workflow-command
 * characters, a terminal escape, an odd server name.
 */

export const TOKEN = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'

const MCP_JSON = `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["@modelcontextprotocol/server-github"],
      "env": { "GITHUB_TOKEN": "${TOKEN}" }
    },
    "remote": { "url": "http://example.com/sse" },
    "weird|name <b>": { "command": "node", "args": ["x.js"] }
  }
}
`

const VSCODE_JSON = `{
  "servers": {
    "broken": { "type": "stdio", "command": "node" },
  }
}
`

export const SOURCES = new Map([
  ['.mcp.json', MCP_JSON],
  ['.vscode/mcp.json', VSCODE_JSON]
])

export const SECRETS = [TOKEN]

export const REPORT: Report = {
  version: 1,
  files: [
    { path: '.mcp.json', host: 'claude-code', servers: ['github', 'remote', 'weird|name <b>'] },
    { path: '.vscode/mcp.json', host: 'vscode', servers: ['broken'] },
    { path: 'opencode.json', host: 'opencode', servers: [] }
  ],
  diagnostics: [
    {
      ruleId: 'hardcoded-secret',
      severity: 'error',
      message: '"mcpServers.github.env.GITHUB_TOKEN" holds a literal GitHub token (ghp_…yzAB)',
      file: '.mcp.json',
      line: 6,
      column: 34,
      endLine: 6,
      endColumn: 78,
      server: 'github',
      messageId: 'literal',
      data: { kind: 'GitHub token', masked: 'ghp_…yzAB' },
      help: 'anyone who can read the repository can use it: revoke it, and read it from the environment with "${GITHUB_TOKEN}"'
    },
    {
      ruleId: 'unpinned-package',
      severity: 'warning',
      message: 'npx runs "@modelcontextprotocol/server-github" without a version',
      file: '.mcp.json',
      line: 5,
      column: 16,
      endLine: 5,
      endColumn: 53,
      server: 'github',
      messageId: 'none',
      data: { runner: 'npx', spec: '@modelcontextprotocol/server-github' },
      help: 'each start may run a different release; pin one, e.g. "@modelcontextprotocol/server-github@1.2.3"'
    },
    {
      ruleId: 'sse-url-without-type',
      severity: 'notice',
      message:
        'server "remote" has a url ending in /sse but no "type" | *markdown* <script>x</script> [link](http://evil)',
      file: '.mcp.json',
      line: 8,
      column: 15,
      endLine: 8,
      endColumn: 39,
      server: 'remote'
    },
    {
      ruleId: 'command-with-arguments',
      severity: 'warning',
      message: 'odd characters: 100% done\r\n::error::forged\u001b[31m red',
      file: '.mcp.json',
      line: 9,
      column: 5,
      endLine: 9,
      endColumn: 21,
      server: 'weird|name <b>'
    },
    {
      ruleId: 'syntax-error',
      severity: 'error',
      message: 'trailing comma',
      file: '.vscode/mcp.json',
      line: 3,
      column: 53,
      endLine: 3,
      endColumn: 54
    }
  ],
  servers: [
    {
      name: 'github',
      file: '.mcp.json',
      host: 'claude-code',
      transport: 'stdio',
      status: 'ok',
      durationMs: 812,
      serverInfo: { name: 'github-mcp-server', version: '1.2.3' },
      protocolVersion: '2025-06-18',
      tools: 26,
      prompts: 0,
      resources: 1
    },
    {
      name: 'remote',
      file: '.mcp.json',
      host: 'claude-code',
      transport: 'sse',
      status: 'failed',
      durationMs: 30000,
      error: { kind: 'timeout', message: 'no answer to "initialize" within 30 s | token ghp_…yzAB' },
      stderrTail: 'listening…\n<b>not bold</b>'
    },
    {
      name: 'weird|name <b>',
      file: '.mcp.json',
      host: 'claude-code',
      transport: 'stdio',
      status: 'skipped',
      durationMs: 0,
      error: { kind: 'needs-variable', message: 'needs API_KEY: set it and pass it with --pass-env API_KEY' }
    }
  ]
}
