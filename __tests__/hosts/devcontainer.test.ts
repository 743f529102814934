import { lintFixture, lintText, shortForm } from '../helpers/host-lint.js'

describe('devcontainer (VS Code dev containers)', () => {
  it("reads customizations.vscode.mcp with VS Code's meaning, comments and trailing commas allowed", () => {
    const { diagnostics, servers, host } = lintFixture(
      'devcontainer/valid/devcontainer.json',
      '.devcontainer/devcontainer.json'
    )
    expect(host).toBe('devcontainer')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer.join('.')])).toEqual([
      ['fs', 'stdio', 'customizations.vscode.mcp.servers.fs'],
      ['github', 'http', 'customizations.vscode.mcp.servers.github']
    ])
  })

  it('reports Claude\'s "mcpServers" key and an unknown type', () => {
    const { diagnostics } = lintFixture('devcontainer/invalid/devcontainer.json', '.devcontainer.json')
    expect(shortForm(diagnostics)).toEqual(['5:9 error schema-unknown-key', '6:39 error schema-enum'])
  })

  it('leaves a devcontainer.json without MCP servers alone', () => {
    expect(lintText('.devcontainer/devcontainer.json', '{ "image": "node:22" }\n').host).toBeNull()
  })
})
