import { describeDiagnostic, lintText } from '../helpers/lint.js'

const ID = 'unused-input'
const json = (value: unknown): string => JSON.stringify(value, null, 2)
const input = (id: string): Record<string, unknown> => ({ type: 'promptString', id, description: id, password: true })

function findings(path: string, text: string): string[] {
  return lintText(path, text)
    .diagnostics.filter((d) => d.ruleId === ID)
    .map(describeDiagnostic)
}

describe('unused-input', () => {
  it('reports each input that no server uses, at its id', () => {
    const text = json({
      inputs: [input('token'), input('project-ref')],
      servers: { db: { command: 'node', env: { TOKEN: '${input:token}' } } }
    })
    expect(findings('.vscode/mcp.json', text)).toEqual([
      '11:13-11:26 warning unused-input the input "project-ref" is declared, but no server uses "${input:project-ref}", so VS Code never asks for it; remove it, or reference it where a server needs the value (env, headers or args)'
    ])
  })

  it('checks the legacy "mcp" setting of settings.json', () => {
    const text = json({ mcp: { inputs: [input('token')], servers: { db: { command: 'node' } } } })
    expect(findings('.vscode/settings.json', text)).toEqual([
      '6:15-6:22 warning unused-input the input "token" is declared, but no server uses "${input:token}", so VS Code never asks for it; remove it, or reference it where a server needs the value (env, headers or args)'
    ])
  })

  it.each([
    [
      'inputs used in a header and in args',
      json({
        inputs: [input('token'), input('host')],
        servers: {
          api: { type: 'http', url: 'https://${input:host}/mcp', headers: { Authorization: 'Bearer ${input:token}' } }
        }
      })
    ],
    ['an empty inputs list', json({ inputs: [], servers: { api: { command: 'node' } } })],
    ['no inputs at all', json({ servers: { api: { command: 'node' } } })]
  ])('is silent on %s', (_label, text) => {
    expect(findings('.vscode/mcp.json', text)).toEqual([])
  })
})
