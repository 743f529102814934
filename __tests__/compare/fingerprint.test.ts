import { findingKey, fingerprints, splitByBase } from '../../src/compare/fingerprint.js'
import { lintText } from '../helpers/lint.js'
import type { Diagnostic } from '../../src/types.js'

const at = (line: number, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'unpinned-package',
  severity: 'warning',
  message: 'package "x" is not pinned',
  file: '.mcp.json',
  line,
  column: 5,
  endLine: line,
  endColumn: 9,
  server: 'memory',
  ...extra
})

describe('fingerprints', () => {
  it('stay the same when a finding moves to another line or column', () => {
    expect(fingerprints([at(3)])).toEqual(fingerprints([at(30, { column: 7 })]))
  })

  it('differ by rule, file, server and what was found', () => {
    const [base] = fingerprints([at(3)])
    for (const change of [
      { ruleId: 'npx-without-yes' },
      { file: '.cursor/mcp.json' },
      { server: 'other' },
      { message: 'package "y" is not pinned' }
    ])
      expect(fingerprints([at(3, change)])[0]).not.toBe(base)
  })

  it('count identical findings in one file (occurrence 1, 2, …)', () => {
    const prints = fingerprints([at(3), at(9), at(4, { server: 'b' })])
    expect(prints.map((p) => p.split(':')[1])).toEqual(['1', '2', '1'])
    expect(prints[0].split(':')[0]).toBe(prints[1].split(':')[0])
  })

  it('use the message id and data, not the text, when the rule gives them; positions in the data do not count', () => {
    const one = at(3, { messageId: 'unpinned', data: { spec: 'x', line: 3 }, message: 'old wording' })
    const two = at(8, { messageId: 'unpinned', data: { line: 8, spec: 'x' }, message: 'new wording' })
    expect(findingKey(one)).toBe(findingKey(two))
    expect(findingKey(one)).not.toBe(findingKey({ ...two, data: { spec: 'y' } }))
  })

  it('leave out what a printed line changes on every run: times, pids, addresses, ids, durations', () => {
    const exited = (error: string) =>
      findingKey(at(3, { ruleId: 'dry-run-failed', messageId: 'exitedReporting', data: { exit: 'code 1', error } }))
    expect(exited('[2026-12-02T04:31:55.123Z] pid 4127: Error: config missing')).toBe(
      exited('[2026-12-03T11:02:09.9Z] pid 88: Error: config missing')
    )
    expect(exited('12:01:02 worker 0x7ffd1a2b3c4d failed after 350ms')).toBe(
      exited('09:59:59 worker 0x55aa00ff11ee failed after 1.2s')
    )
    expect(exited('session 0b7e2a64-9f5c-4c3e-8d1a-2f0c3b4a5d6e closed')).toBe(
      exited('session 9d1c0f2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f closed')
    )
    // What the error says still tells findings apart.
    expect(exited('[2026-12-02T04:31:55Z] Error: config missing')).not.toBe(
      exited('[2026-12-02T04:31:55Z] Error: port in use')
    )
  })

  it('leave out line numbers a message quotes ("first defined on line 3")', () => {
    expect(findingKey(at(5, { message: 'duplicate key "a" (first defined on line 3)' }))).toBe(
      findingKey(at(9, { message: 'duplicate key "a" (first defined on line 7)' }))
    )
  })
})

describe('splitByBase', () => {
  it('reports only what the base did not have, matching identical findings one for one', () => {
    const base = [at(3), at(5)]
    const head = [at(3), at(4), at(6)]
    const text: Record<number, string> = { 3: 'a', 4: 'new', 5: 'b', 6: 'b' }
    const baseText: Record<number, string> = { 3: 'a', 5: 'b' }
    const split = splitByBase(head, base, { head: (d) => text[d.line], base: (d) => baseText[d.line] })
    // The copy on the new line is the new one, though it is not the last in the file.
    expect(split.introduced.map((d) => d.line)).toEqual([4])
    expect(split.preexisting.map((d) => d.line)).toEqual([3, 6])
  })

  it('without line texts, the later copies are the new ones', () => {
    const split = splitByBase([at(1), at(2), at(3)], [at(7)])
    expect(split.introduced.map((d) => d.line)).toEqual([2, 3])
  })
})

describe('fingerprints of real findings across releases', () => {
  // A finding's fingerprint holds its message data, and some data is a host profile's wording (where Claude Code
  // sets a variable): rewording it makes every committed baseline and code-scanning alert see the finding as new.
  // These are pinned so that such a change is made on purpose (and said in the CHANGELOG), never by the way.
  it('stays the same for findings whose data holds a profile wording, a path or a value', () => {
    const text = JSON.stringify(
      {
        mcpServers: {
          docs: { command: 'node', args: ['${CLAUDE_PLUGIN_ROOT}/server.js', '/Users/alice/notes'] },
          api: { url: 'https://example.com/mcp' }
        }
      },
      null,
      2
    )
    const { diagnostics } = lintText('.mcp.json', text)
    expect(diagnostics.map((d, i) => `${d.ruleId} ${fingerprints(diagnostics)[i]}`)).toEqual([
      'env-inventory 9281701b010b6c23:1',
      'foreign-placeholder e49a196e3a78a785:1',
      'user-specific-path e10778356f72a5ea:1',
      'url-without-type bb262fe2d7f27714:1'
    ])
  })
})
