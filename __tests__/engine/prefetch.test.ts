import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { HOSTS } from '../../src/hosts/index.js'
import { requestedParsers } from '../../src/parse/index.js'
import { loadedValidators, requestedValidators } from '../../src/schema/validators.js'
import { write } from '../helpers/files.js'

// A run starts importing the parsers and usual validators of every host whose files it found before it
// checks the first file (Node 20 reads each module asynchronously: no wait per new host), and nothing else.

const server = JSON.stringify({ mcpServers: { docs: { command: 'npx', args: ['-y', 'docs-mcp'] } } }, null, 2) + '\n'

describe('code for the hosts found is imported ahead', () => {
  it('starts every found host’s parser and usual validator before the first file is checked', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-prefetch-'))
    write(root, {
      '.mcp.json': server,
      '.cursor/mcp.json': server,
      '.codex/config.toml': '[mcp_servers.docs]\ncommand = "npx"\nargs = ["-y", "docs-mcp"]\n',
      'server.json':
        JSON.stringify({
          $schema: 'https://static.modelcontextprotocol.io/schemas/2025-07-09/server.schema.json',
          name: 'io.github.example/weather',
          description: 'Weather forecasts',
          version: '1.0.0'
        }) + '\n'
    })
    let atFirstFile: { validators: string[]; parsers: string[] } | undefined
    const result = await lint({
      paths: ['.'],
      cwd: root,
      afterFile: () => {
        atFirstFile ??= { validators: requestedValidators(), parsers: requestedParsers() }
      }
    })
    expect(result.report.files.map((f) => f.host).sort()).toEqual(['claude-code', 'codex', 'cursor', 'registry'])
    expect(result.report.diagnostics.map((d) => d.ruleId)).not.toContain('internal-error')
    // Imported ahead: each host's only schema, or the usual one of a host that picks per file.
    expect(atFirstFile?.validators.sort()).toEqual(['claude-code', 'codex', 'cursor', 'registry-2025-12-11'])
    expect(atFirstFile?.parsers).toEqual(['toml'])
    // A file that needs another of its host's schemas has it loaded then; a host's other schemas are not.
    expect(loadedValidators().sort()).toEqual(['claude-code', 'codex', 'cursor', 'registry-2025-07-09'])
    expect(requestedValidators()).not.toContain('claude-code-bare-map')
    expect(requestedValidators()).not.toContain('registry-2025-09-29')
  })

  it('reads front matter and YAML files met in one run, their parsers imported ahead together', async () => {
    // Front matter is read with the YAML parser: importing both at once must not break either.
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-prefetch-'))
    write(root, {
      '.github/agents/x.agent.md':
        '---\nname: x\nmcp-servers:\n  a:\n    type: local\n    command: npx\n    tools: ["*"]\n---\nAn agent.\n',
      '.continue/mcpServers/x.yaml': 'name: x\nversion: 0.0.1\nschema: v1\nmcpServers:\n  - name: a\n    command: npx\n'
    })
    const result = await lint({ paths: ['.'], cwd: root })
    expect(result.report.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([])
    expect(result.report.files.map((f) => [f.path, f.servers])).toEqual([
      ['.continue/mcpServers/x.yaml', ['a']],
      ['.github/agents/x.agent.md', ['a']]
    ])
  })

  it('names a usual schema only for hosts that pick their schema per file, and only one of their own', () => {
    for (const host of HOSTS) {
      if (host.usualSchema === undefined) continue
      expect({ host: host.id, picks: host.schemaFor !== undefined }).toEqual({ host: host.id, picks: true })
      expect(host.schemas).toContain(host.usualSchema)
    }
    expect(HOSTS.filter((host) => host.usualSchema !== undefined).map((host) => host.id)).toEqual(
      expect.arrayContaining(['claude-code', 'copilot', 'registry'])
    )
  })
})
