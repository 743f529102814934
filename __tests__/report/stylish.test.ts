import { LineIndex } from '../../src/parse/source.js'
import { codeFrame, formatStylish, FRAME_WIDTH } from '../../src/report/stylish.js'
import type { Report } from '../../src/types.js'

/** A finding from `column` to `endColumn` on one line. */
function at(line: number, column: number, endColumn = column + 1) {
  return { line, column, endLine: line, endColumn }
}

describe('codeFrame', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r']
  ])('shows the lines around the finding without their breaks (%s)', (_name, eol) => {
    const lines = new LineIndex(['{', '  "a": 5', '}', ''].join(eol))
    expect(codeFrame(lines, at(2, 8, 9))).toBe('  1 | {\n> 2 |   "a": 5\n    |        ^\n  3 | }')
  })

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r']
  ])('on a long line, a window around the column, wherever the cut falls near the break (%s)', (_name, eol) => {
    const line = Array.from({ length: 100 }, (_, i) => `${i}`.padStart(10, '.')).join('')
    const lines = new LineIndex(`${line}${eol}y${eol}`)
    const window = (from: number): string =>
      `…${line.slice(from, from + FRAME_WIDTH)}${line.length > from + FRAME_WIDTH ? '…' : ''}`
    const caret = (from: number, column: number): string => `    |  ${' '.repeat(column - 1 - from)}^`
    // Columns whose frame reads the line up to just before its break, into it, and past it.
    for (const column of [300, 360, 361, 362, 990]) {
      const from = Math.min(column - 1 - FRAME_WIDTH / 4, line.length - FRAME_WIDTH)
      expect(codeFrame(lines, at(1, column))).toBe(`> 1 | ${window(from)}\n${caret(from, column)}\n  2 | …`)
    }
  })
})

describe('formatStylish', () => {
  it('masks what a server said about itself before the server table cuts it', () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const report: Report = {
      version: 1,
      files: [],
      diagnostics: [],
      servers: [
        {
          name: 'gh',
          file: '.mcp.json',
          host: 'claude-code',
          transport: 'stdio',
          status: 'ok',
          durationMs: 100,
          // Cut unmasked to 80 and 40 characters, each would have kept all but the token's last few.
          serverInfo: { name: `${'x'.repeat(40)}-${token}`, version: '1.0.0' },
          protocolVersion: `2025-06-18 ${token}`
        }
      ]
    }
    const out = formatStylish(report, { color: false, secrets: new Set([token]) })
    expect(out.split('\n')[1]).toBe(
      `ok      stdio      0.1s  .mcp.json gh  ${'x'.repeat(40)}-ghp_…yzAB 1.0.0  2025-06-18 ghp_…yzAB`
    )
    expect(out).not.toContain(token.slice(4, 20))
  })
})
