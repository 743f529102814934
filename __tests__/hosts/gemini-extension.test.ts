import { lintFixture, shortForm } from '../helpers/host-lint.js'

describe('gemini-extension', () => {
  it('accepts a manifest with extension variables and normalises its servers', () => {
    const { diagnostics, servers, host } = lintFixture(
      'gemini-extension/valid/gemini-extension.json',
      'gemini-extension.json'
    )
    expect(host).toBe('gemini-extension')
    expect(diagnostics).toEqual([])
    expect(servers.map((s) => [s.name, s.host, s.transport, s.command ?? s.url])).toEqual([
      ['tools', 'gemini-extension', 'stdio', 'node'],
      ['remote', 'gemini-extension', 'http', 'https://tools.example.com/mcp']
    ])
  })

  it('reports what makes Gemini skip the extension, and the strict-JSON trailing comma', () => {
    const { diagnostics } = lintFixture('gemini-extension/invalid/gemini-extension.json', 'ext/gemini-extension.json')
    expect(shortForm(diagnostics)).toEqual([
      '1:1 error schema-required',
      '2:11 error schema-value',
      '4:5 error schema-required',
      '4:39 error strict-json'
    ])
    expect(diagnostics[0].message).toBe(
      'the file is missing the required "version": Gemini CLI skips an extension whose manifest lacks a "name" or a "version"'
    )
    expect(diagnostics[1].message).toContain('only letters, digits and dashes')
    expect(diagnostics[3].message).toContain('Gemini CLI reads this file as strict JSON')
  })
})
