import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'env-inventory'
const json = (value: unknown): string => JSON.stringify(value, null, 2)

const findings = (path: string, text: string): string[] => ruleFindings(ID, path, text)

describe('env-inventory', () => {
  it('lists the variables a Claude Code server reads, as a notice at its key, in order and without duplicates', () => {
    const text = json({
      mcpServers: {
        github: {
          type: 'http',
          url: 'https://${GITHUB_HOST}/mcp/',
          headers: {
            Authorization: 'Bearer ${GITHUB_TOKEN}',
            'X-Toolsets': '${TOOLSETS:-repos}',
            'X-Host': '${GITHUB_HOST}'
          }
        }
      }
    })
    expect(findings('.mcp.json', text)).toEqual([
      '3:5-3:13 notice env-inventory variables {"server":"github","variables":"GITHUB_HOST, GITHUB_TOKEN"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.mcp.json', text)
    expect(finding.message).toBe('server "github" needs GITHUB_HOST, GITHUB_TOKEN from the environment')
    expect(finding.help).toBe(
      'The server does not work for a colleague until they provide these (in the environment that starts Claude Code, or its secrets); say so in the README. It also reads TOOLSETS if set (it has a default).'
    )
    expect(finding.server).toBe('github')
  })

  it('counts only the syntaxes the host expands, and leaves out what every system or the host sets', () => {
    const env = { A: '${env:CURSOR_TOKEN}', B: '${NOT_EXPANDED}', C: '${env:HOME}/x', D: '${workspaceFolder}' }
    expect(findings('.cursor/mcp.json', json({ mcpServers: { api: { command: 'node', env } } }))).toEqual([
      '3:5-3:10 notice env-inventory variables {"server":"api","variables":"CURSOR_TOKEN"}'
    ])
    expect(
      findings(
        '.mcp.json',
        json({
          mcpServers: {
            api: { command: 'node', args: ['${CLAUDE_PROJECT_DIR:-.}/server.js'], env: { LOG: '${LOG_LEVEL:-info}' } }
          }
        })
      )
    ).toEqual(['3:5-3:10 notice env-inventory optional {"server":"api","optional":"LOG_LEVEL"}'])
  })

  it('leaves out a placeholder in a field the host passes as written (Factory fills env and headers only)', () => {
    const servers = { api: { command: 'node', args: ['${ROOT}/server.js'], env: { TOKEN: '${API_TOKEN}' } } }
    expect(findings('.factory/mcp.json', json({ mcpServers: servers }))).toEqual([
      '3:5-3:10 notice env-inventory variables {"server":"api","variables":"API_TOKEN"}'
    ])
  })

  it("counts $VAR in the Amazon Q CLI's command, which it shell-expands, and not in its args", () => {
    const text = json({ mcpServers: { tools: { command: '$TOOLS_HOME/bin/server', args: ['$DATA_DIR'] } } })
    expect(findings('.amazonq/mcp.json', text)).toEqual([
      '3:5-3:12 notice env-inventory variables {"server":"tools","variables":"TOOLS_HOME"}'
    ])
  })

  it('says in help that a variable with a default is optional', () => {
    const text = json({ mcpServers: { api: { command: 'node', env: { LOG: '${LOG_LEVEL:-info}' } } } })
    expect(ruleDiagnostics(ID, '.mcp.json', text)[0].help).toBe(
      'It has a default, so the server works without it; set it in the environment that starts Claude Code to change the behaviour.'
    )
  })

  it('leaves out what a plugin gets from Claude Code', () => {
    const text = json({
      name: 'api',
      mcpServers: {
        api: {
          command: '${CLAUDE_PLUGIN_ROOT}/bin/server',
          env: { KEY: '${user_config.api_key}', DATA: '${CLAUDE_PLUGIN_DATA}', TOKEN: '${API_TOKEN}' }
        }
      }
    })
    expect(findings('.claude-plugin/plugin.json', text)).toEqual([
      '4:5-4:10 notice env-inventory variables {"server":"api","variables":"API_TOKEN"}'
    ])
  })

  it("includes variables a shell script reads, and Gemini's bare $VAR", () => {
    expect(
      findings(
        '.mcp.json',
        json({ mcpServers: { api: { command: 'sh', args: ['-c', 'exec node server.js --key "$API_KEY"'] } } })
      )
    ).toEqual(['3:5-3:10 notice env-inventory variables {"server":"api","variables":"API_KEY"}'])
    expect(
      findings(
        '.gemini/settings.json',
        json({ mcpServers: { jira: { command: 'uvx', env: { JIRA_TOKEN: '$JIRA_TOKEN', JIRA_URL: '${JIRA_URL}' } } } })
      )
    ).toEqual(['3:5-3:11 notice env-inventory variables {"server":"jira","variables":"JIRA_TOKEN, JIRA_URL"}'])
  })

  it("reads Codex's env_vars, bearer_token_env_var and env_http_headers", () => {
    const text = [
      '[mcp_servers.local]',
      'command = "node"',
      'env_vars = ["GH_TOKEN", { name = "DB_URL", source = "local" }]',
      '',
      '[mcp_servers.remote]',
      'url = "https://mcp.example.com/mcp"',
      'bearer_token_env_var = "REMOTE_TOKEN"',
      'env_http_headers = { "X-Workspace" = "WORKSPACE_ID" }',
      ''
    ].join('\n')
    expect(findings('.codex/config.toml', text)).toEqual([
      '1:14-1:19 notice env-inventory variables {"server":"local","variables":"GH_TOKEN, DB_URL"}',
      '5:14-5:20 notice env-inventory variables {"server":"remote","variables":"REMOTE_TOKEN, WORKSPACE_ID"}'
    ])
  })

  it('lists secrets of Continue and Copilot custom agents as secrets', () => {
    const yaml = [
      'name: github',
      'version: 0.0.1',
      'schema: v1',
      'mcpServers:',
      '  - name: github',
      '    command: npx',
      '    env:',
      '      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      ''
    ].join('\n')
    expect(findings('.continue/mcpServers/github.yaml', yaml)).toEqual([
      '5:5-5:17 notice env-inventory secrets {"server":"github","secrets":"GITHUB_TOKEN"}'
    ])
    const agent = [
      '---',
      'name: docs',
      'mcp-servers:',
      '  context7:',
      '    type: http',
      '    url: https://mcp.context7.com/mcp',
      '    headers:',
      '      CONTEXT7_API_KEY: ${{ secrets.COPILOT_MCP_CONTEXT7 }}',
      "    tools: ['*']",
      '---',
      ''
    ].join('\n')
    const both = agent.replace("    tools: ['*']", "      X-Host: ${CONTEXT7_HOST}\n    tools: ['*']")
    expect(findings('.github/agents/docs.agent.md', both)).toEqual([
      '4:3-4:11 notice env-inventory variablesAndSecrets {"server":"context7","variables":"CONTEXT7_HOST","secrets":"COPILOT_MCP_CONTEXT7"}'
    ])
    expect(ruleDiagnostics(ID, '.github/agents/docs.agent.md', both)[0].message).toBe(
      'server "context7" needs CONTEXT7_HOST from the environment and COPILOT_MCP_CONTEXT7 from the host\'s secrets'
    )
    expect(ruleDiagnostics(ID, '.github/agents/docs.agent.md', agent)[0].message).toBe(
      'server "context7" needs COPILOT_MCP_CONTEXT7 from the host\'s secrets'
    )
    expect(findings('.github/agents/docs.agent.md', agent)).toEqual([
      '4:3-4:11 notice env-inventory secrets {"server":"context7","secrets":"COPILOT_MCP_CONTEXT7"}'
    ])
  })

  it.each([
    [
      'a server with literal values only',
      '.mcp.json',
      json({ mcpServers: { api: { command: 'node', args: ['server.js'], env: { LOG_LEVEL: 'info' } } } })
    ],
    [
      'a disabled server',
      '.cursor/mcp.json',
      json({ mcpServers: { api: { command: 'node', env: { A: '${env:TOKEN}' }, disabled: true } } })
    ],
    [
      'VS Code inputs, which are prompts, not variables',
      '.vscode/mcp.json',
      json({
        inputs: [{ type: 'promptString', id: 'token', description: 'Token' }],
        servers: { api: { command: 'node', env: { A: '${input:token}' } } }
      })
    ],
    [
      'a host that expands nothing',
      'claude_desktop_config.json',
      json({ mcpServers: { api: { command: 'node', env: { A: '${TOKEN}' } } } })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(findings(path, text)).toEqual([])
  })

  it('leaves out a variable Claude Code blanks in a remote server, which no one can provide there', () => {
    const remote = {
      type: 'http',
      url: 'https://mcp.example.com/mcp',
      headers: { Authorization: 'Bearer ${NPM_TOKEN}', 'X-Key': '${API_KEY}' }
    }
    const local = { command: 'node', env: { NPM_TOKEN: '${NPM_TOKEN}' } }
    expect(findings('.mcp.json', json({ mcpServers: { remote, local } }))).toEqual([
      '3:5-3:13 notice env-inventory variables {"server":"remote","variables":"API_KEY"}',
      '11:5-11:12 notice env-inventory variables {"server":"local","variables":"NPM_TOKEN"}'
    ])
  })
})
