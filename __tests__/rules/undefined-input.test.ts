import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'undefined-input'
const TOKEN_INPUT = { type: 'promptString', id: 'token', description: 'GitHub token', password: true }

describe('undefined-input', () => {
  it('reports an ${input:id} that no input declares, at the value, with a did-you-mean (corpus: 007-alok/mcp-test)', () => {
    const content = {
      inputs: [{ ...TOKEN_INPUT, id: 'github_token' }],
      servers: {
        github: {
          type: 'http',
          url: 'https://api.githubcopilot.com/mcp/',
          headers: { Authorization: 'Bearer ${input:github_tokn}' }
        }
      }
    }
    expect(ruleFindings(ID, '.vscode/mcp.json', content)).toEqual([
      '15:26-15:55 error undefined-input undefined {"text":"${input:github_tokn}","inputs":"inputs","id":"github_tokn"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.vscode/mcp.json', content)
    expect(finding.server).toBe('github')
    expect(finding.message).toBe(
      '"${input:github_tokn}" refers to no input: "inputs" has no entry with the id "github_tokn"'
    )
    expect(finding.help).toBe(
      'VS Code stops with "Undefined input variable" and the server does not start; did you mean "${input:github_token}"? Otherwise add { "type": "promptString", "id": "github_tokn", "description": "...", "password": true } to "inputs" (it declares "github_token").'
    )
  })

  it('reports every missing id, also without any "inputs", and in the legacy settings.json "mcp" setting', () => {
    const content = {
      servers: { db: { command: 'node', args: ['db.js', '${input:host}'], env: { PASSWORD: '${input:password}' } } }
    }
    expect(ruleFindings(ID, '.vscode/mcp.json', content)).toEqual([
      '7:9-7:24 error undefined-input undefined {"text":"${input:host}","inputs":"inputs","id":"host"}',
      '10:21-10:40 error undefined-input undefined {"text":"${input:password}","inputs":"inputs","id":"password"}'
    ])
    expect(ruleDiagnostics(ID, '.vscode/mcp.json', content)[0].help).toBe(
      'VS Code stops with "Undefined input variable" and the server does not start; add { "type": "promptString", "id": "host", "description": "...", "password": true } to "inputs" (it declares none).'
    )
    const settings = {
      'editor.tabSize': 2,
      mcp: { inputs: [TOKEN_INPUT], servers: { db: { command: 'node', env: { PASSWORD: '${input:pasword}' } } } }
    }
    expect(ruleFindings(ID, '.vscode/settings.json', settings)).toEqual([
      '16:23-16:41 error undefined-input undefined {"text":"${input:pasword}","inputs":"mcp.inputs","id":"pasword"}'
    ])
    expect(ruleDiagnostics(ID, '.vscode/settings.json', settings)[0].help).toBe(
      'VS Code stops with "Undefined input variable" and the server does not start; add { "type": "promptString", "id": "pasword", "description": "...", "password": true } to "inputs" (it declares "token").'
    )
  })

  it.each([
    [
      'a declared input',
      '.vscode/mcp.json',
      { inputs: [TOKEN_INPUT], servers: { github: { command: 'node', env: { TOKEN: '${input:token}' } } } }
    ],
    [
      '${input:…} outside VS Code (foreign-placeholder reports it)',
      '.mcp.json',
      { mcpServers: { github: { command: 'node', env: { TOKEN: '${input:token}' } } } }
    ],
    [
      'other VS Code variables',
      '.vscode/mcp.json',
      { servers: { github: { command: 'node', cwd: '${workspaceFolder}', env: { TOKEN: '${env:GITHUB_TOKEN}' } } } }
    ]
  ])('is silent on %s', (_label, path, content) => {
    expect(ruleFindings(ID, path, content)).toEqual([])
  })
})
