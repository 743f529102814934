import {
  annotationProperties,
  formatWorkflowCommands,
  planAnnotations,
  rankDiagnostics,
  workflowCommand
} from '../../src/report/annotations.js'
import type { Diagnostic, Severity } from '../../src/types.js'

function d(severity: Severity, line: number, over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'schema-type',
    severity,
    message: `${severity} at ${line}`,
    file: '.mcp.json',
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    ...over
  }
}

describe('annotation properties', () => {
  it("give the exact range on one line, with GitHub's inclusive end column", () => {
    expect(annotationProperties(d('error', 4))).toEqual({
      title: 'mcpcop: schema-type',
      file: '.mcp.json',
      startLine: 4,
      endLine: 4,
      startColumn: 3,
      endColumn: 8
    })
  })

  it('leave out the columns of a range over several lines', () => {
    expect(annotationProperties(d('error', 4, { endLine: 7, endColumn: 2 }))).toEqual({
      title: 'mcpcop: schema-type',
      file: '.mcp.json',
      startLine: 4,
      endLine: 7
    })
  })

  it('keep an empty range on its start column', () => {
    expect(annotationProperties(d('error', 1, { column: 1, endColumn: 1 }))).toEqual(
      expect.objectContaining({ startColumn: 1, endColumn: 1 })
    )
  })
})

describe('planAnnotations', () => {
  const mixed = [
    ...Array.from({ length: 14 }, (_, i) => d('notice', i + 1)),
    ...Array.from({ length: 12 }, (_, i) => d('warning', i + 100)),
    ...Array.from({ length: 12 }, (_, i) => d('error', i + 200))
  ]

  it('keeps 10 per level, errors first, and hands the rest over in order', () => {
    const plan = planAnnotations(mixed)
    expect(plan.annotations.map((a) => a.level).join(',')).toBe(
      [...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')].join(',')
    )
    expect(plan.annotations.slice(0, 10).map((a) => a.diagnostic.line)).toEqual([
      200, 201, 202, 203, 204, 205, 206, 207, 208, 209
    ])
    expect(plan.overflow.map((x) => `${x.severity} ${x.line}`)).toEqual([
      'error 210',
      'error 211',
      'warning 110',
      'warning 111',
      'notice 11',
      'notice 12',
      'notice 13',
      'notice 14'
    ])
  })

  it('keeps one error slot free for the failure message when asked', () => {
    const plan = planAnnotations(mixed, { reserveErrorSlot: true })
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(9)
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
  })

  it('leaves the slots other messages of the step took', () => {
    const plan = planAnnotations(mixed, { reserveErrorSlot: true, taken: { error: 1, notice: 2 } })
    expect(
      ['error', 'warning', 'notice'].map((level) => plan.annotations.filter((a) => a.level === level).length)
    ).toEqual([8, 10, 8])
    expect(plan.overflow).toHaveLength(38 - 26)
  })

  it('never goes over what GitHub shows', () => {
    expect(planAnnotations(mixed, { perLevel: 50 }).annotations).toHaveLength(30)
    expect(planAnnotations(mixed, { perLevel: 2 }).annotations).toHaveLength(6)
  })

  it('puts leaked credentials, other security problems, then files the host cannot read, first within a level', () => {
    const ranked = rankDiagnostics([
      d('error', 1, { ruleId: 'schema-type' }),
      d('error', 2, { ruleId: 'missing-script' }),
      d('error', 3, { ruleId: 'shell-download-exec', file: 'y/.mcp.json' }),
      d('error', 9, { ruleId: 'hardcoded-secret', file: 'z/.mcp.json' }),
      d('error', 5, { ruleId: 'syntax-error', file: 'b/.mcp.json' }),
      d('warning', 1, { ruleId: 'hardcoded-secret' })
    ])
    expect(ranked.map((x) => `${x.severity} ${x.ruleId}`)).toEqual([
      'error hardcoded-secret',
      'error shell-download-exec',
      'error syntax-error',
      'error schema-type',
      'error missing-script',
      'warning hardcoded-secret'
    ])
  })
})

describe('workflow commands', () => {
  it('escape messages and properties as the runner expects', () => {
    const [annotation] = planAnnotations([
      d('warning', 2, { message: '100% wrong,\nsee: here', file: 'a,b:c/.mcp.json' })
    ]).annotations
    expect(workflowCommand(annotation)).toBe(
      '::warning title=mcpcop%3A schema-type,file=a%2Cb%3Ac/.mcp.json,line=2,endLine=2,col=3,endColumn=8::100%25 wrong,%0Asee: here'
    )
  })

  it.each([
    ['ESC c and CSI', '\u001bc\u001b[2J\u001b[31mred/.mcp.json', '\ufffdc\ufffd[2J\ufffd[31mred/.mcp.json'],
    ['an OSC title', '\u001b]0;TITLE\u0007t/.mcp.json', '\ufffd]0;TITLE\ufffdt/.mcp.json'],
    ['an 8-bit CSI', '\u009b31mC1/.mcp.json', '\ufffd31mC1/.mcp.json'],
    ['a right-to-left override', 'x\u202ey/.mcp.json', 'x\ufffdy/.mcp.json']
  ])('leave out a path holding %s, and name it terminal-safe in the message', (_name, file, shown) => {
    const [annotation] = planAnnotations([d('warning', 2, { message: 'unknown key "bogus"', file })]).annotations
    expect(annotation.properties).toEqual({ title: 'mcpcop: schema-type' })
    expect(workflowCommand(annotation)).toBe(`::warning title=mcpcop%3A schema-type::${shown}:2:3: unknown key "bogus"`)
  })

  it("make the CLI's github format: annotations, then the rest as plain lines", () => {
    const text = formatWorkflowCommands({
      version: 1,
      files: [],
      servers: [],
      diagnostics: Array.from({ length: 11 }, (_, i) => d('error', i + 1))
    })
    const lines = text.trimEnd().split('\n')
    expect(
      lines.slice(0, 10).every((l) => l.startsWith('::error title=mcpcop%3A schema-type,file=.mcp.json,line='))
    ).toBe(true)
    // The plain lines quote the files, so the runner must not read commands in them.
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[11])?.[1]
    expect(token).toBeDefined()
    expect(lines.slice(10)).toEqual([
      '1 more finding(s) not annotated (GitHub shows 10 per level and step):',
      `::stop-commands::${token}`,
      '.mcp.json:11:3: error: error at 11 [schema-type]',
      `::${token}::`
    ])
    expect(formatWorkflowCommands({ version: 1, files: [], servers: [], diagnostics: [] })).toBe('')
  })
})
