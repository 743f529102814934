import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('lmstudio (LM Studio)', () => {
  it("reads mcp.json in Cursor's notation", () => {
    const { diagnostics, servers } = lintFixture('lmstudio/valid/mcp.json', 'mcp.json', { host: 'lmstudio' })
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport])).toEqual([
      ['memory', 'stdio'],
      ['hf', 'http']
    ])
  })

  it('reports an entry with neither command nor url', () => {
    const { diagnostics } = lintFixture('lmstudio/invalid/mcp.json', 'mcp.json', { host: 'lmstudio' })
    expect(shortForm(diagnostics)).toEqual(['3:5 error schema-required'])
  })
})
