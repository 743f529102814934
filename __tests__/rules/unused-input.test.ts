import { ruleDiagnostics, ruleFindings } from '../helpers/lint.js'

const ID = 'unused-input'
const input = (id: string): Record<string, unknown> => ({ type: 'promptString', id, description: id, password: true })

describe('unused-input', () => {
  it('reports each input that no server uses, at its id', () => {
    const content = {
      inputs: [input('token'), input('project-ref')],
      servers: { db: { command: 'node', env: { TOKEN: '${input:token}' } } }
    }
    expect(ruleFindings(ID, '.vscode/mcp.json', content)).toEqual([
      '11:13-11:26 warning unused-input unused {"id":"project-ref"}'
    ])
    const [finding] = ruleDiagnostics(ID, '.vscode/mcp.json', content)
    expect(finding.message).toBe('input "project-ref" is declared, but no server uses "${input:project-ref}"')
    expect(finding.help).toBe(
      'VS Code never asks for it; remove it, or reference it where a server needs the value (env, headers or args).'
    )
  })

  it('checks the legacy "mcp" setting of settings.json', () => {
    const content = { mcp: { inputs: [input('token')], servers: { db: { command: 'node' } } } }
    expect(ruleFindings(ID, '.vscode/settings.json', content)).toEqual([
      '6:15-6:22 warning unused-input unused {"id":"token"}'
    ])
  })

  it.each([
    [
      'inputs used in a header and in args',
      {
        inputs: [input('token'), input('host')],
        servers: {
          api: { type: 'http', url: 'https://${input:host}/mcp', headers: { Authorization: 'Bearer ${input:token}' } }
        }
      }
    ],
    ['an empty inputs list', { inputs: [], servers: { api: { command: 'node' } } }],
    ['no inputs at all', { servers: { api: { command: 'node' } } }]
  ])('is silent on %s', (_label, content) => {
    expect(ruleFindings(ID, '.vscode/mcp.json', content)).toEqual([])
  })
})
