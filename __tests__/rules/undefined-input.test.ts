import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'undefined-input'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const TOKEN_INPUT = { type: 'promptString', id: 'token', description: 'GitHub token', password: true }

function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID)
    .map(describeDiagnostic)
}

describe('undefined-input', () => {
  it('reports an ${input:id} that no input declares, at the value, with a did-you-mean (corpus: 007-alok/mcp-test)', () => {
    const text = json({
      inputs: [{ ...TOKEN_INPUT, id: 'github_token' }],
      servers: {
        github: {
          type: 'http',
          url: 'https://api.githubcopilot.com/mcp/',
          headers: { Authorization: 'Bearer ${input:github_tokn}' }
        }
      }
    })
    const { diagnostics } = lintText('.vscode/mcp.json', text)
    expect(diagnostics.filter((d) => d.ruleId === ID).map(describeDiagnostic)).toEqual([
      '15:26-15:55 error undefined-input "servers.github.headers.Authorization" uses "${input:github_tokn}", but "inputs" has no input with the id "github_tokn" (it declares "github_token"), so VS Code stops with "Undefined input variable" and the server does not start; did you mean "${input:github_token}"? Otherwise add { "type": "promptString", "id": "github_tokn", "description": "...", "password": true } to "inputs"'
    ])
    expect(diagnostics.find((d) => d.ruleId === ID)?.server).toBe('github')
  })

  it('reports every missing id, also without any "inputs", and in the legacy settings.json "mcp" setting', () => {
    const text = json({
      servers: { db: { command: 'node', args: ['db.js', '${input:host}'], env: { PASSWORD: '${input:password}' } } }
    })
    expect(findings('.vscode/mcp.json', text).map((line) => line.split(' (it declares')[0])).toEqual([
      '7:9-7:24 error undefined-input "servers.db.args[1]" uses "${input:host}", but "inputs" has no input with the id "host"',
      '10:21-10:40 error undefined-input "servers.db.env.PASSWORD" uses "${input:password}", but "inputs" has no input with the id "password"'
    ])
    const settings = json({
      'editor.tabSize': 2,
      mcp: { inputs: [TOKEN_INPUT], servers: { db: { command: 'node', env: { PASSWORD: '${input:pasword}' } } } }
    })
    expect(findings('.vscode/settings.json', settings)).toEqual([
      '16:23-16:41 error undefined-input "mcp.servers.db.env.PASSWORD" uses "${input:pasword}", but "mcp.inputs" has no input with the id "pasword" (it declares "token"), so VS Code stops with "Undefined input variable" and the server does not start; add { "type": "promptString", "id": "pasword", "description": "...", "password": true } to "inputs"'
    ])
  })

  it.each([
    [
      'a declared input',
      '.vscode/mcp.json',
      json({ inputs: [TOKEN_INPUT], servers: { github: { command: 'node', env: { TOKEN: '${input:token}' } } } })
    ],
    [
      '${input:…} outside VS Code (foreign-placeholder reports it)',
      '.mcp.json',
      json({ mcpServers: { github: { command: 'node', env: { TOKEN: '${input:token}' } } } })
    ],
    [
      'other VS Code variables',
      '.vscode/mcp.json',
      json({
        servers: { github: { command: 'node', cwd: '${workspaceFolder}', env: { TOKEN: '${env:GITHUB_TOKEN}' } } }
      })
    ]
  ])('is silent on %s', (_label, path, text) => {
    expect(findings(path, text)).toEqual([])
  })
})
