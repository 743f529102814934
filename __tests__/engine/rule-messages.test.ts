import { findingKey } from '../../src/compare/fingerprint.js'
import { ruleMessage } from '../../src/engine.js'
import { formatMarkdown } from '../../src/report/markdown.js'
import { formatStylish } from '../../src/report/stylish.js'
import { RULES } from '../../src/rules/index.js'
import type { Report } from '../../src/types.js'
import { lintText } from '../helpers/lint.js'

const RULE = { id: 'demo', messages: { pinned: '{{kind}} "{{ name }}" is pinned to "{{version}}"' } }

describe('rule messages by id', () => {
  it('fills a message template from the data, spaces inside the braces allowed', () => {
    expect(
      ruleMessage(RULE, { messageId: 'pinned', data: { kind: 'npm package', name: 'pkg', version: 'latest' } })
    ).toBe('npm package "pkg" is pinned to "latest"')
  })

  it('fails loudly on an unknown id, a missing value, or a report with neither message nor id', () => {
    expect(() => ruleMessage(RULE, { messageId: 'other' })).toThrow('rule demo has no message "other"')
    expect(() => ruleMessage(RULE, { messageId: 'pinned', data: { kind: 'x', name: 'y' } })).toThrow(
      'message "pinned" needs "version"'
    )
    expect(() => ruleMessage(RULE, {})).toThrow('neither a message nor a messageId')
    expect(ruleMessage(RULE, { message: 'as written' })).toBe('as written')
  })

  it('keeps every message of every rule to one line', () => {
    for (const rule of RULES)
      for (const [id, template] of Object.entries(rule.messages ?? {})) {
        expect(`${rule.id}.${id}: ${template}`).not.toMatch(/\n/)
        // The sentence names the value; the why and the fix go to `help`.
        expect(template.replace(/\{\{\s*\w+\s*\}\}/g, '').length).toBeLessThanOrEqual(100)
      }
  })

  it('gives a finding its messageId, data and help, and masks a secret in each', () => {
    const token = 'ghp_' + 'R2d2C3poR2d2C3poR2d2C3poR2d2C3po9f2c'
    const text = JSON.stringify({ mcpServers: { s: { command: 'npx', args: ['-y', `pkg@${token}`] } } }, null, 2)
    const found = lintText('.mcp.json', text).diagnostics.filter((d) => d.ruleId === 'unpinned-package')
    expect(found.map((d) => [d.messageId, d.data?.name])).toEqual([['movingTag', 'pkg']])
    const everything = JSON.stringify(found)
    expect(everything).not.toContain(token)
  })

  it('makes the fingerprint from the id and data, so rewording a message keeps old findings matched', () => {
    const text = JSON.stringify({ mcpServers: { s: { command: 'npx', args: ['-y', 'pkg'] } } })
    const [d] = lintText('.mcp.json', text).diagnostics.filter((x) => x.ruleId === 'unpinned-package')
    expect(findingKey({ ...d, message: 'reworded' })).toBe(findingKey(d))
    expect(findingKey({ ...d, data: { ...d.data, name: 'other' } })).not.toBe(findingKey(d))
  })
})

describe('help in the reporters', () => {
  const report: Report = {
    version: 1,
    files: [{ path: '.mcp.json', host: 'claude-code', servers: ['s'] }],
    diagnostics: [
      {
        ruleId: 'unpinned-package',
        severity: 'warning',
        message: 'npm package "pkg" runs through npx without a version',
        messageId: 'noVersion',
        data: { kind: 'npm package', name: 'pkg', runner: 'npx' },
        help: 'Pin an exact version: "pkg@X.Y.Z" <b>now</b>.',
        file: '.mcp.json',
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 9,
        server: 's'
      }
    ],
    servers: []
  }

  it('prints the help under the message in the terminal', () => {
    const lines = formatStylish(report, { color: false }).split('\n')
    expect(lines.slice(0, 2)).toEqual([
      '.mcp.json:3:5  warning  npm package "pkg" runs through npx without a version  unpinned-package',
      '  ↳ Pin an exact version: "pkg@X.Y.Z" <b>now</b>.'
    ])
  })

  it('folds the help, escaped, behind the message in the comment', () => {
    const text = formatMarkdown(report, { failOn: 'error' })
    expect(text).toContain(
      'npx without a version<details><summary>why, and how to fix</summary>Pin an exact version: &quot;pkg&#64;X.Y.Z&quot; &lt;b&gt;now&lt;/b&gt;.</details> |'
    )
  })
})
