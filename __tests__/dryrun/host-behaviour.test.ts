import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hostVariables } from '../../src/dryrun/host-behaviour.js'
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
