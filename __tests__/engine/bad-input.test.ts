import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lint } from '../../src/engine.js'
import { parseToml } from '../../src/parse/toml.js'
import { parseYaml } from '../../src/parse/yaml.js'
import { MAX_FILE_BYTES } from '../../src/read.js'
import { describeDiagnostic, lintText, shortForm } from '../helpers/lint.js'

const VALID =
  '{ "mcpServers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory@2025.9.25"] } } }\n'

describe('bad input never crashes and always gets a positioned diagnostic', () => {
  it('refuses a binary file', () => {
    const { diagnostics } = lintText('.mcp.json', new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0x7d]))
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '1:1-1:2 error file-binary the file is binary (a NUL byte at byte 1), not a text config'
    ])
  })

  it('refuses invalid UTF-8 and points at the bad byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "mcpServers": {"a\u00e9": '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('}\n}')
    ])
    const { diagnostics } = lintText('.mcp.json', bytes)
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '2:24-2:25 error file-encoding the file is not valid UTF-8 (invalid byte 0xc3 at byte 26); save it as UTF-8'
    ])
  })

  it('refuses a file over the size limit without parsing it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x20)
    const { diagnostics } = lintText('.mcp.json', huge)
    expect(shortForm(diagnostics)).toEqual(['1:1 error file-too-large'])
    expect(diagnostics[0].message).toBe(
      'the file is 50.0 MiB, over the 1.0 MiB limit for a config file; it was not read'
    )
    expect(MAX_FILE_BYTES).toBe(1024 * 1024)
  })

  it('refuses 10,000-deep nesting at the level where it becomes absurd', () => {
    const deep = '{"mcpServers":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}'
    const { diagnostics } = lintText('.mcp.json', deep)
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '1:114-1:115 error nesting-too-deep nesting is deeper than 100 levels; no MCP config needs this, so the file was not parsed'
    ])
  })

  it('refuses deep nesting in YAML and TOML too', () => {
    expect(parseYaml('a: ' + '['.repeat(5000)).problems.map((p) => [p.ruleId, p.offset])).toEqual([
      ['nesting-too-deep', 103]
    ])
    expect(parseToml('a = ' + '['.repeat(5000)).problems.map((p) => [p.ruleId, p.offset])).toEqual([
      ['nesting-too-deep', 104]
    ])
  })

  it('keeps "__proto__" as a plain key and never pollutes prototypes', () => {
    const text = '{ "mcpServers": { "__proto__": { "command": "node", "polluted": true } } }'
    const { diagnostics, servers } = lintText('.mcp.json', text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(servers.map((s) => s.name)).toEqual(['__proto__'])
    expect(shortForm(diagnostics)).toEqual(['1:53 notice schema-unknown-key'])
  })

  it('warns about a byte-order mark and keeps columns as an editor shows them', () => {
    const { diagnostics } = lintText('.mcp.json', '\ufeff{ "mcpServers": { "a": { "command": 1 } } }')
    expect(shortForm(diagnostics)).toEqual(['1:1 warning file-bom', '1:37 error schema-type'])
  })

  it('counts lines right in a CRLF file', () => {
    const { diagnostics } = lintText(
      '.mcp.json',
      '{\r\n  "mcpServers": {\r\n    "a": {\r\n      "command": 1\r\n    }\r\n  }\r\n}\r\n'
    )
    expect(shortForm(diagnostics)).toEqual(['4:18 error schema-type'])
  })

  it('reports an empty file', () => {
    expect(shortForm(lintText('.mcp.json', '  \n').diagnostics)).toEqual(['1:1 error file-empty'])
  })

  it('reports a truncated file at the end where the object is left open', () => {
    const { diagnostics } = lintText('.mcp.json', '{\n  "mcpServers": {\n    "agent-builder": {')
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      "3:23-3:24 error syntax-error invalid JSON: expected '}' to close the object (and 2 more syntax errors after it)"
    ])
  })

  it('reports duplicate keys, which JSON.parse would hide', () => {
    const { diagnostics } = lintText(
      '.mcp.json',
      '{ "mcpServers": {\n  "a": { "command": "x",\n    "command": "y" }\n} }'
    )
    expect(diagnostics.map(describeDiagnostic)).toEqual([
      '3:5-3:14 error duplicate-key duplicate key "command": only one of its values is used'
    ])
    expect(diagnostics[0]).toMatchObject({ messageId: 'duplicateKey', data: { key: 'command' } })
    expect(diagnostics[0].help).toBe(
      'It is first defined on line 2; hosts silently keep only the last one, so the first is lost: remove one, or merge them.'
    )
  })

  it('survives a 1 MB string value', () => {
    const text = JSON.stringify({ mcpServers: { a: { command: 'x'.repeat(1_000_000 - 100) } } })
    expect(lintText('.mcp.json', text).diagnostics).toEqual([])
  })
})

describe('a run over many files goes on past bad ones', () => {
  it('reports each bad file and still checks the good ones', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-bad-'))
    mkdirSync(path.join(root, 'a'))
    mkdirSync(path.join(root, 'b'))
    mkdirSync(path.join(root, 'c'))
    writeFileSync(path.join(root, 'a', '.mcp.json'), new Uint8Array([0, 1, 2]))
    writeFileSync(path.join(root, 'b', '.mcp.json'), '{ "mcpServers": { "x": { "command": 5 } } }')
    writeFileSync(path.join(root, 'c', '.mcp.json'), VALID)
    mkdirSync(path.join(root, 'd', '.mcp.json'), { recursive: true })
    symlinkSync('/etc/passwd', path.join(root, '.mcp.json'))
    const { report } = await lint({ paths: ['.'], cwd: root })
    expect(report.files.map((f) => f.path)).toEqual(['.mcp.json', 'a/.mcp.json', 'b/.mcp.json', 'c/.mcp.json'])
    expect(report.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      '.mcp.json file-unreadable',
      'a/.mcp.json file-binary',
      'b/.mcp.json schema-type'
    ])
    expect(report.diagnostics[0].message).toContain('symbolic link to a path outside the repository')
  })
})

describe('a file a host reads only when it holds MCP settings, which cannot be parsed', () => {
  const TOKEN = 'ghp_R4nd0mT0k3nV4lu3Xq9Zt7LmK2pW8sJ5vB3nQ1'
  const lintTree = async (files: Record<string, string>): Promise<string[]> => {
    const root = mkdtempSync(path.join(tmpdir(), 'mcpcop-claims-'))
    for (const [relative, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true })
      writeFileSync(path.join(root, relative), text)
    }
    const { report } = await lint({ paths: ['.'], cwd: root })
    return report.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)
  }

  it('is reported, with the credentials in its text, when its text may hold them', async () => {
    const server = `{ "command": "sh", "env": { "TOKEN": "${TOKEN}" } }`
    expect(
      await lintTree({
        // VS Code's own parser reads past the missing comma, and starts the server.
        'a/.vscode/settings.json': `{\n  "editor.tabSize": 2\n  "mcp": { "servers": { "x": ${server} } }\n}\n`,
        // The dotted form, and a key spelled with an escape.
        'b/.vscode/settings.json': `{\n  "mcp.servers": { "x": ${server} },,\n}\n`,
        'c/.vscode/settings.json': `{\n  "m\\u0063p": { "servers": { "x": ${server} } } x\n}\n`,
        '.devcontainer/devcontainer.json': `{ "customizations": { "vscode": { "mcp": { "servers": {},, } } } }`,
        '.github/agents/a.agent.md': `---\nname: a\nmcp-servers:\n  x: ${'['.repeat(120)}${']'.repeat(120)}\n---\nbody\n`,
        'crush.json': '{ "mcp": { "x": { "type": "stdio" } } x }',
        'bundle/manifest.json': '{ "manifest_version": "0.2", "server": { "type": "node" } x }'
      })
    ).toEqual([
      '.devcontainer/devcontainer.json:1 syntax-error',
      '.github/agents/a.agent.md:4 nesting-too-deep',
      'a/.vscode/settings.json:3 syntax-error',
      'a/.vscode/settings.json:3 hardcoded-secret',
      'b/.vscode/settings.json:2 hardcoded-secret',
      'b/.vscode/settings.json:2 syntax-error',
      'bundle/manifest.json:1 syntax-error',
      'c/.vscode/settings.json:2 hardcoded-secret',
      'c/.vscode/settings.json:2 syntax-error',
      'crush.json:1 syntax-error'
    ])
  })

  it('is skipped, as another tool’s file, when its text holds nothing its host claims', async () => {
    expect(
      await lintTree({
        '.vscode/settings.json': '{\n  "editor.tabSize": 2\n  "files.eol": "\\n"\n}\n',
        '.devcontainer/devcontainer.json': '{ "image": "node",, }',
        '.github/agents/a.agent.md': `---\nname: a\ntools: ${'['.repeat(120)}${']'.repeat(120)}\n---\n`,
        // A browser extension's manifest.
        'ext/manifest.json': '{ "manifest_version": 3, "name": "x" x }',
        'web/server.json': '{ "port": 8080, }'
      })
    ).toEqual([])
  })
})
