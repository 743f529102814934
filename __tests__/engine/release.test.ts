import { DEFAULT_CONFIG } from '../../src/config.js'
import { lint } from '../../src/engine.js'
import { parseDocument } from '../../src/parse/index.js'
import { hostById } from '../../src/hosts/index.js'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const TEXT =
  '{\n  "mcpServers": {\n    "a": { "command": "npx", "args": ["-y", "pkg"] },\n    "b": { "url": 3 }\n  }\n}\n'

describe('a file lets go of its position maps once its own findings are made', () => {
  it('lets go of its value too, and parses it again (once) when a cross-file rule reads it', () => {
    const doc = parseDocument(TEXT, hostById('claude-code')!).doc!
    const value: unknown = structuredClone(doc.value)
    let reparsed = 0
    doc.compact(() => {
      reparsed++
      return parseDocument(TEXT, hostById('claude-code')!).doc
    })
    expect(doc.value).toEqual(value)
    expect(doc.locate(['mcpServers', 'b', 'url'])).toEqual({
      start: { line: 4, column: 19 },
      end: { line: 4, column: 20 }
    })
    expect(reparsed).toBe(1)
  })

  it('finds every position again after compacting, by parsing the text anew', () => {
    const doc = parseDocument(TEXT, hostById('claude-code')!).doc!
    const paths = [[], ['mcpServers', 'a'], ['mcpServers', 'a', 'args', 1], ['mcpServers', 'b', 'url'], ['nope']]
    const before = paths.map((p) => [doc.locate(p), doc.locate(p, true), doc.span(p)])
    let reparsed = 0
    doc.compact(() => {
      reparsed++
      return parseDocument(TEXT, hostById('claude-code')!).doc
    })
    expect(paths.map((p) => [doc.locate(p), doc.locate(p, true), doc.span(p)])).toEqual(before)
    expect(doc.lines.position(TEXT.indexOf('"b"'))).toEqual({ line: 4, column: 5 })
    // Parsed once, on the first position asked for, not once per question.
    expect(reparsed).toBe(1)
  })

  it('reports the same findings, at the same places, for files checked one after another', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpcop-release-'))
    try {
      // Cross-host drift is a cross-file rule: it reports after the files' maps were released.
      writeFileSync(path.join(dir, '.mcp.json'), TEXT)
      mkdirSync(path.join(dir, '.cursor'))
      writeFileSync(
        path.join(dir, '.cursor', 'mcp.json'),
        '{\n  "mcpServers": {\n    "a": { "command": "npx", "args": ["-y", "other"] }\n  }\n}\n'
      )
      // cross-host-drift is a strict rule.
      const { report } = await lint({ paths: ['.'], cwd: dir, settings: { ...DEFAULT_CONFIG, preset: 'strict' } })
      const lines = report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)
      expect(lines).toContain('.mcp.json:4:19 schema-type')
      expect(lines.filter((l) => l.includes('cross-host-drift')).length).toBeGreaterThan(0)
      for (const d of report.diagnostics.filter((d) => d.ruleId === 'cross-host-drift'))
        expect(d.line).toBeGreaterThan(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
