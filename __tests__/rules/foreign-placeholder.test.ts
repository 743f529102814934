import { describeFinding, lintText, ruleDiagnostics } from '../helpers/lint.js'
import type { Diagnostic } from '../../src/types.js'

/** A finding with its help: `range severity rule messageId {data} | help`. */
const describeDiagnostic = (d: Diagnostic): string => `${describeFinding(d)} | ${d.help}`

const ID = 'foreign-placeholder'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
/** One server whose env holds `value`, in a Claude-style file (line 7 is the env entry). */
const withEnv = (value: string, key = 'mcpServers'): string =>
  json({ [key]: { api: { command: 'node', args: ['server.js'], env: { API_TOKEN: value } } } })

function findings(path: string, text: string, options: Parameters<typeof ruleDiagnostics>[3] = {}): string[] {
  return ruleDiagnostics(ID, path, text, options).map(describeDiagnostic)
}

describe('foreign-placeholder', () => {
  it("reports VS Code's ${env:X} in Claude Code at the value, with Claude Code's own syntax as the fix", () => {
    const { diagnostics } = lintText('.mcp.json', withEnv('${env:API_TOKEN}'))
    expect(diagnostics.filter((d) => d.ruleId === ID).map(describeDiagnostic)).toEqual([
      '9:22-9:40 warning foreign-placeholder notExpanded {"token":"${env:API_TOKEN}","host":"Claude Code"} | "${env:API_TOKEN}" is the ${env:VAR} syntax of VS Code, Cursor, Roo Code and Windsurf; write "${API_TOKEN}".'
    ])
    expect(diagnostics.find((d) => d.ruleId === ID)?.server).toBe('api')
  })

  it.each([
    [
      '.cursor/mcp.json',
      '${API_TOKEN}',
      '9:22-9:36 warning foreign-placeholder notExpanded {"token":"${API_TOKEN}","host":"Cursor"} | "${API_TOKEN}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; write "${env:API_TOKEN}".'
    ],
    [
      '.kiro/settings/mcp.json',
      '$API_TOKEN',
      '9:22-9:34 warning foreign-placeholder notExpanded {"token":"$API_TOKEN","host":"Kiro"} | "$API_TOKEN" is a bare shell-style $VAR; write "${API_TOKEN}".'
    ],
    [
      '.mcp.json',
      'Bearer ${input:api-token}',
      '9:22-9:49 warning foreign-placeholder notExpanded {"token":"${input:api-token}","host":"Claude Code"} | "${input:api-token}" is a VS Code input variable; Claude Code has no prompts for inputs: read the value from the environment with "${API_TOKEN}".'
    ],
    [
      '.gemini/settings.json',
      '{env:API_TOKEN}',
      '9:22-9:39 warning foreign-placeholder notExpanded {"token":"{env:API_TOKEN}","host":"Gemini CLI"} | "{env:API_TOKEN}" is opencode\'s {env:...}/{file:...} syntax; write "${API_TOKEN}".'
    ],
    [
      '.github/copilot-mcp.json',
      '${{ secrets.COPILOT_MCP_API_TOKEN }}',
      '9:22-9:60 warning foreign-placeholder notExpanded {"token":"${{ secrets.COPILOT_MCP_API_TOKEN }}","host":"GitHub Copilot"} | "${{ secrets.COPILOT_MCP_API_TOKEN }}" is the ${{ ... }} syntax of Continue and GitHub Actions; write "${COPILOT_MCP_API_TOKEN}".'
    ],
    [
      '.windsurf/mcp_config.json',
      '${workspaceFolder}/data',
      '9:22-9:47 warning foreign-placeholder notExpanded {"token":"${workspaceFolder}","host":"Windsurf"} | "${workspaceFolder}" is an editor variable; use a path relative to the project folder, or an environment variable.'
    ],
    [
      '.mcp.json',
      '${workspaceFolder}/data',
      '9:22-9:47 warning foreign-placeholder notExpanded {"token":"${workspaceFolder}","host":"Claude Code"} | "${workspaceFolder}" is an editor variable; Claude Code starts servers in the project folder, so use a relative path, or "${CLAUDE_PROJECT_DIR:-.}".'
    ],
    [
      '.cursor/mcp.json',
      '${workspaceRoot}/data',
      '9:22-9:45 warning foreign-placeholder notExpanded {"token":"${workspaceRoot}","host":"Cursor"} | "${workspaceRoot}" is an editor variable; write "${workspaceFolder}".'
    ],
    [
      '.roo/mcp.json',
      '${userHome}/.config',
      '9:22-9:43 warning foreign-placeholder notExpanded {"token":"${userHome}","host":"Roo Code"} | "${userHome}" is an editor variable; write "${env:HOME}".'
    ],
    [
      'claude_desktop_config.json',
      '${API_TOKEN}',
      '9:22-9:36 warning foreign-placeholder notExpanded {"token":"${API_TOKEN}","host":"Claude Desktop"} | "${API_TOKEN}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; Claude Desktop expands no placeholders: write the real value in each user\'s own copy of the file (keeping secrets out of the repository), or let the server read the variable from its environment.'
    ],
    [
      '.continue/mcpServers/api.json',
      '${API_TOKEN}',
      '9:22-9:36 warning foreign-placeholder notExpanded {"token":"${API_TOKEN}","host":"Continue"} | "${API_TOKEN}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; Continue expands no placeholders: a JSON file is loaded as written, so move the server to a YAML block in .continue/mcpServers/, where "${{ secrets.API_TOKEN }}" is filled from ~/.continue/.env, .continue/.env or .env.'
    ],
    // Continue renders templates in its YAML blocks only: a JSON drop-in's servers get the text as written.
    [
      '.continue/mcpServers/api.json',
      '${{ secrets.API_TOKEN }}',
      '9:22-9:48 warning foreign-placeholder notExpanded {"token":"${{ secrets.API_TOKEN }}","host":"Continue"} | "${{ secrets.API_TOKEN }}" is the ${{ ... }} syntax of Continue and GitHub Actions; Continue expands no placeholders: a JSON file is loaded as written, so move the server to a YAML block in .continue/mcpServers/, where "${{ secrets.API_TOKEN }}" is filled from ~/.continue/.env, .continue/.env or .env.'
    ]
  ])('reports in %s: %s', (path, value, expected) => {
    expect(findings(path, withEnv(value))).toEqual([expected])
  })

  it('never quotes a default value (it may be a credential), and notes the host has no defaults', () => {
    const token = 'ghp_' + 'R2d2C3poR2d2C3poR2d2C3poR2d2C3po9f2c'
    const { diagnostics } = lintText('.cursor/mcp.json', withEnv(`\${API_TOKEN:-${token}}`))
    const mine = diagnostics.filter((d) => d.ruleId === ID)
    expect(mine.map((d) => [d.message, d.help])).toEqual([
      [
        'Cursor does not expand "${API_TOKEN:-…}": the server gets that text as it is',
        '"${API_TOKEN:-…}" is the ${VAR:-default} form of Claude Code, Gemini CLI, Kiro and GitHub Copilot; write "${env:API_TOKEN}" (Cursor has no default values).'
      ]
    ])
  })

  it('tells Codex users how to forward a variable: env_vars for a stdio server, bearer_token_env_var for a remote one', () => {
    const text = [
      '[mcp_servers.api]',
      'command = "node"',
      'env = { API_TOKEN = "${API_TOKEN}" }',
      '',
      '[mcp_servers.remote]',
      'url = "https://mcp.example.com/mcp?key=${API_KEY}"',
      ''
    ].join('\n')
    expect(findings('.codex/config.toml', text)).toEqual([
      '3:21-3:35 warning foreign-placeholder notExpanded {"token":"${API_TOKEN}","host":"Codex"} | "${API_TOKEN}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; Codex expands no placeholders: forward the variable to the server with env_vars = ["API_TOKEN"] and let it read the value from its environment.',
      '6:7-6:51 warning foreign-placeholder notExpanded {"token":"${API_KEY}","host":"Codex"} | "${API_KEY}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; Codex expands no placeholders: read a token from the environment with bearer_token_env_var = "API_KEY", or a header with env_http_headers.'
    ])
  })

  it('reports each foreign placeholder of a string once', () => {
    expect(
      lintText('.mcp.json', withEnv('${env:A}:${env:A}:${env:B}'))
        .diagnostics.filter((d) => d.ruleId === ID)
        .map((d) => d.data?.token)
    ).toEqual(['${env:A}', '${env:B}'])
  })

  it.each([
    [
      // ${CLAUDE_PLUGIN_ROOT} in a project .mcp.json is reported (see __tests__/engine/host-facts.test.ts).
      "Claude Code's ${VAR}, ${VAR:-default} and ${user_config.KEY}",
      '.mcp.json',
      withEnv('${API_TOKEN:-none} ${user_config.api_key}')
    ],
    [
      "a plugin's ${CLAUDE_PLUGIN_ROOT} and ${user_config.KEY}",
      '.claude-plugin/plugin.json',
      json({
        name: 'api',
        mcpServers: { api: { command: '${CLAUDE_PLUGIN_ROOT}/bin/server', env: { KEY: '${user_config.api_key}' } } }
      })
    ],
    [
      "Cursor's ${env:X}, ${workspaceFolder} and ${userHome}",
      '.cursor/mcp.json',
      withEnv('${env:API_TOKEN} ${workspaceFolder} ${userHome} ${/}')
    ],
    [
      "VS Code's ${input:x}, ${config:x} and ${workspaceFolder:app}",
      '.vscode/mcp.json',
      json({
        servers: {
          api: { command: 'node', env: { A: '${input:token} ${config:app.port} ${workspaceFolder:app} ${env:HOME}' } }
        },
        inputs: [{ type: 'promptString', id: 'token', description: 'Token' }]
      })
    ],
    [
      "opencode's {env:X} and {file:path}",
      'opencode.json',
      json({
        mcp: {
          api: {
            type: 'local',
            command: ['node', 'server.js'],
            environment: { A: '{env:API_TOKEN}', B: '{file:~/.secrets/token}' }
          }
        }
      })
    ],
    ["Gemini's bare $VAR", '.gemini/settings.json', withEnv('$API_TOKEN')],
    [
      "Continue's ${{ secrets.X }} and ${{ inputs.X }} in a YAML block",
      '.continue/mcpServers/api.yaml',
      [
        'name: api',
        'version: 0.0.1',
        'mcpServers:',
        '  - name: api',
        '    command: node',
        '    env:',
        '      API_TOKEN: ${{ secrets.API_TOKEN }}',
        '      REGION: ${{ inputs.REGION }}',
        ''
      ].join('\n')
    ],
    [
      "a Gemini extension's ${extensionPath}${/}",
      'gemini-extension.json',
      json({
        name: 'api',
        version: '1.0.0',
        mcpServers: { api: { command: 'node', args: ['${extensionPath}${/}server.js'] } }
      })
    ],
    [
      'a shell script, which expands $VAR itself',
      '.mcp.json',
      json({ mcpServers: { api: { command: 'bash', args: ['-c', 'exec node server.js --token "$API_TOKEN"'] } } })
    ],
    ['text that only looks like a variable', '.mcp.json', withEnv('costs $5, pa$$WORD, foo$BAR, $lowercase')],
    [
      'a disabled server',
      '.cursor/mcp.json',
      json({ mcpServers: { api: { command: 'node', env: { A: '${API_TOKEN}' }, disabled: true } } })
    ],
    [
      "an MCPB manifest's ${__dirname} and ${user_config.x}",
      'manifest.json',
      json({
        manifest_version: '0.3',
        name: 'api',
        version: '1.0.0',
        description: 'An API',
        author: { name: 'Ann' },
        server: {
          type: 'node',
          entry_point: 'server/index.js',
          mcp_config: {
            command: 'node',
            args: ['${__dirname}/server/index.js'],
            env: { API_KEY: '${user_config.api_key}', HOME_DIR: '${HOME}' }
          }
        },
        user_config: { api_key: { type: 'string', title: 'API key', description: 'Your key', sensitive: true } }
      })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(findings(path, text)).toEqual([])
  })

  it('reports ${VAR:-default} where the host expands ${VAR} alone (Amp, Qwen Code), and not ${VAR}', () => {
    const amp = (value: string): string =>
      JSON.stringify({ 'amp.mcpServers': { db: { command: 'node', env: { DB: value } } } }, null, 2)
    const [finding] = lintText('.amp/settings.json', amp('${DB_URL:-postgres://localhost/db}')).diagnostics.filter(
      (d) => d.ruleId === ID
    )
    expect(finding.message).toBe('Amp does not expand "${DB_URL:-…}": the server gets that text as it is')
    expect(finding.help).toBe(
      '"${DB_URL:-…}" is the ${VAR:-default} form of Claude Code, Gemini CLI, Kiro and GitHub Copilot; write "${DB_URL}" (Amp has no default values).'
    )
    expect(lintText('.amp/settings.json', amp('${DB_URL}')).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
    const qwen = (value: string): string =>
      JSON.stringify({ mcpServers: { db: { command: 'node', env: { DB: value } } } }, null, 2)
    expect(
      lintText('.qwen/settings.json', qwen('${DB_URL:-x}')).diagnostics.filter((d) => d.ruleId === ID).length
    ).toBe(1)
    expect(lintText('.qwen/settings.json', qwen('$DB_URL')).diagnostics.filter((d) => d.ruleId === ID)).toEqual([])
    // Gemini CLI, which Qwen Code forked, has defaults.
    expect(lintText('.gemini/settings.json', qwen('${DB_URL:-x}')).diagnostics.filter((d) => d.ruleId === ID)).toEqual(
      []
    )
  })
  it('reports ${VAR} in a field the host passes as written (Factory fills env and headers only)', () => {
    const text = json({
      mcpServers: {
        api: { command: 'node', args: ['--root', '${PROJECT_DIR}'], env: { TOKEN: '${API_TOKEN}' } },
        web: { type: 'http', url: 'https://${HOST}/mcp', headers: { Authorization: 'Bearer ${WEB_TOKEN}' } },
        shell: { command: 'sh', args: ['-c', 'exec srv --token "${API_TOKEN}"'] }
      }
    })
    expect(findings('.factory/mcp.json', text)).toEqual([
      '7:9-7:25 warning foreign-placeholder notInField {"token":"${PROJECT_DIR}","host":"Factory","fields":"\\"env\\" and \\"headers\\""} | Factory fills placeholders only in "env" and "headers"; pass the value in "env" and let the server read it there, or write it out.',
      '15:14-15:35 warning foreign-placeholder notInField {"token":"${HOST}","host":"Factory","fields":"\\"env\\" and \\"headers\\""} | Factory fills placeholders only in "env" and "headers"; write the value itself.'
    ])
    // The same file in Claude Code, which fills every field: nothing to say.
    expect(findings('.mcp.json', text)).toEqual([])
  })
  it("reports ${env:X} in Amazon Q's args, which its CLI passes as written, and not in env", () => {
    const text = json({
      mcpServers: { api: { command: 'node', args: ['--key', '${env:API_KEY}'], env: { KEY: '${env:API_KEY}' } } }
    })
    expect(findings('.amazonq/mcp.json', text).map((f) => f.split(' | ')[0])).toEqual([
      '7:9-7:25 warning foreign-placeholder notInField {"token":"${env:API_KEY}","host":"Amazon Q","fields":"\\"env\\" and \\"headers\\""}'
    ])
  })
  it('reports $VAR in the cmd, args and envs of a Goose extension, which Goose passes as written', () => {
    const text = [
      'extensions:',
      '  api:',
      '    enabled: true',
      '    type: stdio',
      '    cmd: $TOOLS/server',
      '    args: ["--key", "${API_KEY}"]',
      '    envs:',
      '      KEY: ${API_KEY}',
      '    cwd: ${WORKDIR}',
      '  web:',
      '    enabled: true',
      '    type: streamable_http',
      '    uri: https://${HOST}/mcp',
      '    headers:',
      '      Authorization: Bearer $TOKEN',
      '    env_keys: [HOST, TOKEN]',
      ''
    ].join('\n')
    expect(findings('config.yaml', text, { host: 'goose' }).map((f) => f.split(' | ')[0])).toEqual([
      '5:10-5:23 warning foreign-placeholder notInField {"token":"$TOOLS","host":"Goose","fields":"\\"uri\\", \\"headers\\", \\"socket\\", \\"client_id\\" and \\"cwd\\""}',
      '6:21-6:33 warning foreign-placeholder notInField {"token":"${API_KEY}","host":"Goose","fields":"\\"uri\\", \\"headers\\", \\"socket\\", \\"client_id\\" and \\"cwd\\""}',
      '8:12-8:22 warning foreign-placeholder notInField {"token":"${API_KEY}","host":"Goose","fields":"\\"uri\\", \\"headers\\", \\"socket\\", \\"client_id\\" and \\"cwd\\""}'
    ])
  })
  it("takes the Amazon Q CLI's shell-style command: $VAR and ${VAR} there, ${env:VAR} in env and headers only", () => {
    const text = json({
      mcpServers: {
        tools: { command: '${TOOLS:-/opt/tools}/bin/$SERVER', args: ['--home', '$HOME'] },
        other: { command: '${env:TOOLS}/bin/server', env: { KEY: '${KEY}' } }
      }
    })
    expect(findings('.amazonq/cli-agents/dev.json', text)).toEqual([
      '7:9-7:16 warning foreign-placeholder notExpanded {"token":"$HOME","host":"Amazon Q"} | "$HOME" is a bare shell-style $VAR; pass the value in "env" and let the server read it there, or write it out.',
      '11:18-11:43 warning foreign-placeholder notExpanded {"token":"${env:TOOLS}","host":"Amazon Q"} | "${env:TOOLS}" is the ${env:VAR} syntax of VS Code, Cursor, Roo Code and Windsurf; write "${TOOLS}".',
      '13:16-13:24 warning foreign-placeholder notExpanded {"token":"${KEY}","host":"Amazon Q"} | "${KEY}" is the ${VAR} syntax of Claude Code, Gemini CLI, Kiro and GitHub Copilot; write "${env:KEY}".'
    ])
  })
  it("reports ${VAR} in Claude Code's oauth settings, which it reads as written", () => {
    const text = json({
      mcpServers: {
        web: {
          type: 'http',
          url: 'https://${HOST}/mcp',
          headers: { Authorization: 'Bearer ${TOKEN}' },
          oauth: { clientId: '${CLIENT_ID}' }
        }
      }
    })
    expect(findings('.mcp.json', text).map((f) => f.split(' ')[3] + ' ' + f.split(' ')[4])).toEqual([
      'notInField {"token":"${CLIENT_ID}","host":"Claude'
    ])
  })

  describe('variables Claude Code blanks', () => {
    const remote = (headers: Record<string, string>, url = 'https://mcp.example.com/mcp'): string =>
      json({ mcpServers: { registry: { type: 'http', url, headers } } })

    it('reports a blanked name in a header, with another variable name as the fix', () => {
      expect(findings('.mcp.json', remote({ Authorization: 'Bearer ${NPM_TOKEN}' }))).toEqual([
        '7:26-7:47 warning foreign-placeholder blanked {"token":"${NPM_TOKEN}","host":"Claude Code"} | Claude Code never expands NPM_TOKEN in "url" and "headers", so that its own credentials and proxies do not reach servers (even a default is dropped); use another variable name, such as MCP_NPM_TOKEN, set to the same value.'
      ])
    })

    it('reports a blanked name in the url, and one with a default, in any case, and by prefix', () => {
      const text = remote(
        { 'X-Key': '${anthropic_api_key:-none}', 'X-Otel': '${OTEL_EXPORTER_OTLP_HEADERS}' },
        'https://mcp.example.com/mcp?proxy=${HTTPS_PROXY}'
      )
      expect(findings('.mcp.json', text).map((f) => f.split(' | ')[0].split(' ').slice(3).join(' '))).toEqual([
        'blanked {"token":"${HTTPS_PROXY}","host":"Claude Code"}',
        'blanked {"token":"${anthropic_api_key:-…}","host":"Claude Code"}',
        'blanked {"token":"${OTEL_EXPORTER_OTLP_HEADERS}","host":"Claude Code"}'
      ])
    })

    it("reports Claude Code's session variables and the registry credentials it blanks by pattern", () => {
      const headers = {
        A: '${CLAUDE_CODE_SESSION_NAME}',
        B: '${ORG_GRADLE_PROJECT_mavenPassword}',
        C: '${CARGO_REGISTRIES_INTERNAL_TOKEN}',
        D: '${BUNDLE_GEMS__EXAMPLE__COM}',
        E: '${GIT_CONFIG_VALUE_0}',
        F: '${INPUT_CONAN_PASSWORD_REMOTE}',
        G: '${CLAUDE_CODE_ARTIFACT_SYNC_BASE_URL}'
      }
      expect(findings('.mcp.json', remote(headers)).map((f) => f.split(' ')[4])).toEqual([
        '{"token":"${CLAUDE_CODE_SESSION_NAME}","host":"Claude',
        '{"token":"${ORG_GRADLE_PROJECT_mavenPassword}","host":"Claude',
        '{"token":"${CARGO_REGISTRIES_INTERNAL_TOKEN}","host":"Claude',
        '{"token":"${BUNDLE_GEMS__EXAMPLE__COM}","host":"Claude',
        '{"token":"${GIT_CONFIG_VALUE_0}","host":"Claude',
        '{"token":"${INPUT_CONAN_PASSWORD_REMOTE}","host":"Claude',
        '{"token":"${CLAUDE_CODE_ARTIFACT_SYNC_BASE_URL}","host":"Claude'
      ])
      // The same families' settings that are not credentials reach the server.
      const settings = {
        A: '${ORG_GRADLE_PROJECT_VERSION}',
        B: '${CARGO_REGISTRIES_INTERNAL_INDEX}',
        C: '${BUNDLE_WITHOUT}',
        D: '${GIT_CONFIG_COUNT}'
      }
      expect(findings('.mcp.json', remote(settings))).toEqual([])
    })

    it("leaves a local server's env alone, other names, and hosts that pass the value on", () => {
      expect(findings('.mcp.json', withEnv('${NPM_TOKEN}'))).toEqual([])
      expect(findings('.mcp.json', remote({ Authorization: 'Bearer ${MCP_NPM_TOKEN}' }))).toEqual([])
      expect(findings('.gemini/settings.json', remote({ Authorization: 'Bearer ${NPM_TOKEN}' }))).toEqual([])
    })

    it("reports it in a plugin's servers too, which go through the same expansion", () => {
      const plugin = json({
        name: 'registry',
        mcpServers: { registry: { type: 'http', url: 'https://x.example/mcp', headers: { A: '${NPM_TOKEN}' } } }
      })
      const found = ruleDiagnostics(ID, '.claude-plugin/plugin.json', plugin)
      expect(found.map((d) => d.messageId)).toEqual(['blanked'])
    })
  })
})
