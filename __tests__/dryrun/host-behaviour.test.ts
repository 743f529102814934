import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fallsBackToSse, hostVariables, passedEnv, placeholderFacts } from '../../src/dryrun/host-behaviour.js'
import type { Server } from '../../src/types.js'

/** A Claude Code server of `file` in a new folder holding `files`. */
function serverIn(files: Record<string, string>, file: string): { server: Server; cwd: string } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'mcpcop-host-behaviour-'))
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, relative)), { recursive: true })
    writeFileSync(path.join(cwd, relative), text)
  }
  const server = { name: 'db', host: 'claude-code', file, pointer: ['db'], transport: 'stdio' } as unknown as Server
  return { server, cwd }
}

describe('the dry run reads a file as the lint does', () => {
  it("gives a plugin's servers the plugin variables where a marketplace lists its folder, with no manifest", () => {
    const marketplace = JSON.stringify({
      name: 'm',
      owner: { name: 'o' },
      plugins: [{ name: 'db', source: './plugins/db' }]
    })
    const listed = serverIn(
      { '.claude-plugin/marketplace.json': marketplace, 'plugins/db/.mcp.json': '{}' },
      'plugins/db/.mcp.json'
    )
    expect(hostVariables(listed.server, listed.cwd).CLAUDE_PLUGIN_ROOT).toBe(path.join(listed.cwd, 'plugins/db'))
    const project = serverIn({ 'plugins/db/.mcp.json': '{}' }, 'plugins/db/.mcp.json')
    expect(hostVariables(project.server, project.cwd).CLAUDE_PLUGIN_ROOT).toBeUndefined()
  })
})

describe('the dry run falls back to SSE where the host does', () => {
  const remote = (host: string, file: string, declaredType?: string): Server =>
    ({
      name: 'docs',
      host,
      file,
      pointer: ['servers', 'docs'],
      transport: 'http',
      ...(declaredType === undefined ? {} : { declaredType }),
      fields: { url: ['servers', 'docs', 'url'] }
    }) as unknown as Server

  it('VS Code reads "sse", and a type it does not know, as "http", which falls back to SSE; Gemini CLI does not', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mcpcop-host-behaviour-'))
    expect(fallsBackToSse(remote('vscode', '.vscode/mcp.json', 'sse'), cwd)).toBe(true)
    expect(fallsBackToSse(remote('vscode', '.vscode/mcp.json', 'streamable-http'), cwd)).toBe(true)
    expect(fallsBackToSse(remote('vscode', '.vscode/mcp.json'), cwd)).toBe(true)
    // Gemini CLI connects to a url with another type over Streamable HTTP only; without a type it falls back.
    expect(fallsBackToSse(remote('gemini', '.gemini/settings.json', 'streamable-http'), cwd)).toBe(false)
    expect(fallsBackToSse(remote('gemini', '.gemini/settings.json'), cwd)).toBe(true)
    // Claude Code skips a server whose type it does not know.
    expect(fallsBackToSse(remote('claude-code', '.mcp.json', 'streamableHttp'), cwd)).toBe(false)
  })
})

describe("the dry run passes a server's env entries as its host does", () => {
  it('Gemini CLI leaves out those that could load code, whatever their case; Qwen Code passes them', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'mcpcop-host-behaviour-'))
    const env = { PYTHONPATH: './src', node_options: '--require x', API_URL: 'https://x.example' }
    const of = (host: string, file: string): Server =>
      ({ name: 'a', host, file, pointer: ['mcpServers', 'a'], transport: 'stdio' }) as unknown as Server
    expect(passedEnv(of('gemini', '.gemini/settings.json'), cwd, env)).toEqual({ API_URL: 'https://x.example' })
    expect(passedEnv(of('qwen', '.qwen/settings.json'), cwd, env)).toEqual(env)
  })

  it("gives a project's and a plugin's servers the variables Claude Code blanks", () => {
    const project = serverIn({ '.mcp.json': '{}' }, '.mcp.json')
    expect(placeholderFacts(project.server, project.cwd).blanked?.names).toContain('NPM_TOKEN')
    const plugin = serverIn({ '.claude-plugin/plugin.json': '{"name":"db"}', '.mcp.json': '{}' }, '.mcp.json')
    expect(placeholderFacts(plugin.server, plugin.cwd).blanked?.fields).toEqual(['url', 'headers'])
  })
})
