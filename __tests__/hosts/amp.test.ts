import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('amp', () => {
  it('reads the flat "amp.mcpServers" key among the other settings', () => {
    const { diagnostics, servers, host } = lintFixture('amp/valid/settings.json', '.amp/settings.json')
    expect(host).toBe('amp')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.transport, s.pointer])).toEqual([
      ['sourcegraph', 'stdio', ['amp.mcpServers', 'sourcegraph']],
      ['linear', 'http', ['amp.mcpServers', 'linear']]
    ])
  })

  it('reports only what is confirmed: an entry with nothing to start, and wrong types', () => {
    const { diagnostics } = lintFixture('amp/invalid/settings.json', '.amp/settings.jsonc')
    expect(shortForm(diagnostics)).toEqual(['3:5 error schema-required', '4:45 error schema-type'])
  })
})
