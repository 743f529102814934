import { escapeMarkdown, fencedBlock } from '../../src/report/escape.js'
import { COMMENT_MAX_CHARS, formatMarkdown, SUMMARY_MAX_BYTES } from '../../src/report/markdown.js'
import type { Diagnostic, Report, ServerResult } from '../../src/types.js'

function diagnostic(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'schema-required',
    severity: 'error',
    message: '"mcpServers.a" is missing the required "command"',
    file: '.mcp.json',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 8,
    server: 'a',
    ...over
  }
}

function report(over: Partial<Report> = {}): Report {
  return {
    version: 1,
    files: [{ path: '.mcp.json', host: 'claude-code', servers: ['a'] }],
    diagnostics: [],
    servers: [],
    ...over
  }
}

describe('escapeMarkdown', () => {
  it('turns every character that could inject HTML, links, cells, mentions or code into a character reference', () => {
    expect(
      escapeMarkdown('<img src=x onerror="alert(1)"> | [link](https://evil) @org/team #1 `code` *b* _i_ ~s~ \\ !')
    ).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &#124; &#91;link&#93;(https&#58;//evil) &#64;org/team &#35;1 &#96;code&#96; &#42;b&#42; &#95;i&#95; &#126;s&#126; &#92; &#33;'
    )
  })

  it('shows control characters and bidi overrides as the terminal does, and leaves no bare URL to link', () => {
    expect(escapeMarkdown('\u001bc\u001b7\u009b2J\u202eexe.txt \u0007 www.evil.example/x WWW.x.example')).toBe(
      '\ufffdc\ufffd7\ufffd2J\ufffdexe.txt \ufffd www&#46;evil.example/x WWW&#46;x.example'
    )
    expect(escapeMarkdown('https://evil.example/x.png ftp://h/ a: b')).toBe(
      'https&#58;//evil.example/x.png ftp&#58;//h/ a: b'
    )
  })

  it('keeps a table row on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three')
  })

  it('escapes & first, so existing references stay visible as typed', () => {
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;')
  })
})

describe('fencedBlock', () => {
  it('uses a fence longer than any run of backticks inside', () => {
    expect(fencedBlock('a ```` b\n``` c', 'text')).toBe('`````text\na ```` b\n``` c\n`````')
    expect(fencedBlock('plain')).toBe('```\nplain\n```')
  })
})

describe('formatMarkdown', () => {
  it('says "all clear" for a clean run', () => {
    expect(formatMarkdown(report(), { failOn: 'error' })).toBe(
      '## ✅ mcpcop: all clear\n\nNo problems in 1 MCP config file.\n\nThis check passes (`fail-on: error`).\n\n<details><summary>1 file checked</summary>\n\n| file | host | servers | findings |\n| --- | --- | --- | --- |\n| .mcp.json | Claude Code | a | no problems |\n\n</details>\n'
    )
    expect(formatMarkdown(report({ files: [] }), { failOn: 'error' })).toContain('No MCP config files were found.')
  })

  it('lists findings per file with their line, rule link and message, and the verdict', () => {
    const text = formatMarkdown(
      report({
        diagnostics: [
          diagnostic(),
          diagnostic({
            ruleId: 'schema-unknown-key',
            severity: 'warning',
            line: 4,
            column: 7,
            message: 'unknown key "tpye"'
          })
        ]
      }),
      { failOn: 'warning', marker: '<!-- m -->' }
    )
    expect(text).toBe(
      [
        '## ❌ mcpcop: 1 error, 1 warning, 0 notices',
        '',
        'Found in 1 of 1 MCP config file.',
        '',
        'This check fails: findings reach `fail-on: warning`.',
        '',
        '### Findings',
        '',
        '**.mcp.json** · Claude Code · 1 error, 1 warning',
        '',
        '| | line | rule | message |',
        '| --- | --- | --- | --- |',
        '| ❌ error | 3:5 | [schema-required](https://github.com/mcpcop/mcpcop#built-in-diagnostics) | &quot;mcpServers.a&quot; is missing the required &quot;command&quot; |',
        '| ⚠️ warning | 4:7 | [schema-unknown-key](https://github.com/mcpcop/mcpcop#built-in-diagnostics) | unknown key &quot;tpye&quot; |',
        '',
        '<details><summary>1 file checked</summary>',
        '',
        '| file | host | servers | findings |',
        '| --- | --- | --- | --- |',
        '| .mcp.json | Claude Code | a | 1 error, 1 warning |',
        '',
        '</details>',
        '',
        '<!-- m -->',
        ''
      ].join('\n')
    )
  })

  it('escapes what comes from configs: file paths, server names, messages', () => {
    const hostile = '<script>alert(1)</script>|@everyone'
    const text = formatMarkdown(
      report({
        files: [{ path: `${hostile}/.mcp.json`, host: 'claude-code', servers: [hostile] }],
        diagnostics: [diagnostic({ file: `${hostile}/.mcp.json`, message: `bad "${hostile}"` })]
      }),
      { failOn: 'error' }
    )
    expect(text).not.toContain('<script>')
    expect(text).not.toContain('@everyone')
    expect(text).not.toContain('|@')
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#124;&#64;everyone')
  })

  it('masks the given secrets before escaping', () => {
    const text = formatMarkdown(
      report({ diagnostics: [diagnostic({ message: 'token sk-live-abcdefghijklmnop123 leaked' })] }),
      { failOn: 'error', secrets: ['sk-live-abcdefghijklmnop123'] }
    )
    expect(text).not.toContain('abcdefghijklmnop123')
    expect(text).toContain('token sk-…p123 leaked')
  })

  it('shows the dry-run table and the stderr of failed servers in a safe fence', () => {
    const servers: ServerResult[] = [
      {
        name: 'memory',
        file: '.mcp.json',
        host: 'claude-code',
        transport: 'stdio',
        status: 'ok',
        durationMs: 1234,
        serverInfo: { name: 'memory-server', version: '2.0.0' },
        protocolVersion: '2025-06-18',
        tools: 9
      },
      {
        name: '<b>fs</b>',
        file: '.mcp.json',
        host: 'claude-code',
        transport: 'stdio',
        status: 'failed',
        durationMs: 30000,
        error: { kind: 'timeout', message: 'no answer to "initialize" in 30 s' },
        stderrTail: 'Error: boom\n```\n</details>'
      },
      {
        name: 'remote',
        file: '.mcp.json',
        host: 'claude-code',
        transport: 'http',
        status: 'skipped',
        durationMs: 0,
        error: { kind: 'missing-variable', message: '${API_KEY} is not set' }
      }
    ]
    const text = formatMarkdown(
      report({
        servers,
        diagnostics: [diagnostic({ ruleId: 'dry-run-failed', message: 'did not answer', server: '<b>fs</b>' })]
      }),
      { failOn: 'error' }
    )
    expect(text).toContain('Found in 1 of 1 MCP config file. 1 server failed the dry run.')
    expect(text).toContain(
      '### Dry run: 1 ok, 1 failed, 1 skipped\n\n| status | server | file | transport | time | implementation | protocol | tools | problem |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    )
    expect(text).toContain(
      '| ✅ ok | memory | .mcp.json | stdio | 1.2s | memory-server 2.0.0 | 2025-06-18 | 9 tools |  |'
    )
    expect(text).toContain(
      '| ❌ failed | &lt;b&gt;fs&lt;/b&gt; | .mcp.json | stdio | 30.0s |  |  |  | timeout: no answer to &quot;initialize&quot; in 30 s |'
    )
    expect(text).toContain(
      '| ⏭️ skipped | remote | .mcp.json | http | 0.0s |  |  |  | missing-variable: ${API&#95;KEY} is not set |'
    )
    expect(text).toContain(
      '<details><summary>stderr of &lt;b&gt;fs&lt;/b&gt; (.mcp.json)</summary>\n\n````text\nError: boom\n```\n</details>\n````\n\n</details>'
    )
  })

  it('lists what each working server offers by name, collapsed and escaped', () => {
    const surface = {
      tools: [
        { name: 'read_file', inputSchema: { type: 'object' } },
        { name: '<img src=x>', inputSchema: { type: 'object' } }
      ],
      prompts: [{ name: 'review' }],
      resources: [],
      resourceTemplates: [{ name: 'page', uriTemplate: 'wiki://{page}' }]
    }
    const servers: ServerResult[] = [
      {
        name: 'fs',
        file: '.mcp.json',
        host: 'claude-code',
        transport: 'stdio',
        status: 'ok',
        durationMs: 10,
        tools: 2,
        prompts: 1,
        surface
      }
    ]
    const text = formatMarkdown(report({ servers }), { failOn: 'error' })
    expect(text).toContain(
      '<details><summary>fs (.mcp.json) offers 2 tools, 1 prompt, 1 resource template</summary>\n\n' +
        'Tools: <code>read&#95;file</code>, <code>&lt;img src=x&gt;</code><br>\n' +
        'Prompts: <code>review</code><br>\n' +
        'Resource templates: <code>page</code>\n\n</details>'
    )
  })

  it('stays under a character limit, showing errors first and saying how many are not shown', () => {
    const many: Diagnostic[] = []
    for (let i = 0; i < 300; i++)
      many.push(
        diagnostic({
          severity: 'warning',
          ruleId: 'schema-unknown-key',
          line: i + 1,
          message: `warning ${i} ${'w'.repeat(200)}`
        })
      )
    for (let i = 0; i < 20; i++)
      many.push(diagnostic({ file: 'z/.mcp.json', line: i + 1, message: `error ${i} ${'e'.repeat(200)}` }))
    const text = formatMarkdown(
      report({
        diagnostics: many,
        files: [
          { path: '.mcp.json', host: 'claude-code', servers: [] },
          { path: 'z/.mcp.json', host: 'claude-code', servers: [] }
        ]
      }),
      {
        failOn: 'error',
        maxChars: 20_000,
        moreHint: 'See [the run](https://example.test/run).',
        marker: '<!-- m -->'
      }
    )
    expect(text.length).toBeLessThanOrEqual(20_000)
    expect(text.match(/\| ❌ error \|/g)).toHaveLength(20)
    const warnings = text.match(/\| ⚠️ warning \|/g)?.length ?? 0
    expect(warnings).toBeGreaterThan(0)
    expect(
      text.endsWith(
        `\n\n> **${300 - warnings} findings not shown** here (size limit). See [the run](https://example.test/run).\n\n<!-- m -->\n`
      )
    ).toBe(true)
    // Shown findings stay grouped by file, in file and line order.
    expect(text.indexOf('**.mcp.json**')).toBeLessThan(text.indexOf('**z/.mcp.json**'))
    // Without room for everything, the files table is left out rather than cut.
    expect(text).not.toContain('files checked')
  })

  it('measures a byte limit in UTF-8', () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      diagnostic({ line: i + 1, message: `ünïcödé ${'é'.repeat(300)}` })
    )
    const text = formatMarkdown(report({ diagnostics: many }), { failOn: 'error', maxBytes: 100_000 })
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100_000)
    expect(Buffer.byteLength(text)).toBeGreaterThan(90_000)
    expect(text).toMatch(/findings not shown\*\* here \(size limit\)\.\n$/)
  })

  it('makes the rows of the findings that fit only: a comment costs its size, not the number of findings', () => {
    const read = new Set<number>()
    const many = Array.from({ length: 5_000 }, (_, i) => {
      const d = diagnostic({ line: i + 1, message: `error ${i}` })
      // The why and fix is only read to make the finding's row.
      Object.defineProperty(d, 'help', { get: () => (read.add(i), `help ${i} ${'h'.repeat(300)}`), enumerable: true })
      return d
    })
    const text = formatMarkdown(report({ diagnostics: many }), { failOn: 'error', maxChars: 20_000 })
    const shown = text.match(/\| ❌ error \|/g)?.length ?? 0
    expect(shown).toBeGreaterThan(10)
    expect(text).toContain(`**${5_000 - shown} findings not shown**`)
    // The rows shown, and the one that no longer fit.
    expect(read.size).toBe(shown + 1)
  })

  it('uses limits below what GitHub accepts', () => {
    expect(COMMENT_MAX_CHARS).toBeLessThan(65_536)
    expect(SUMMARY_MAX_BYTES).toBeLessThan(1024 * 1024)
  })
})

describe('baselined findings no longer found', () => {
  it('ask for the baseline to be written again, with --dry-run when dry-run findings are among them', () => {
    const settled = { suppressed: [], baselined: 0, baselineFile: '.mcpcop-baseline.json', gone: 2 }
    expect(formatMarkdown(report(), { failOn: 'error', settled })).toContain(
      '2 baselined findings no longer occur: run `npx mcpcop --write-baseline` to shrink the baseline.'
    )
    expect(formatMarkdown(report(), { failOn: 'error', settled: { ...settled, goneNeedsDryRun: true } })).toContain(
      '2 baselined findings no longer occur: run `npx mcpcop --write-baseline --dry-run` to shrink the baseline.'
    )
  })
})
