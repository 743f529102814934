import { compareDiagnostics } from '../../src/finding.js'
import type { Diagnostic } from '../../src/types.js'

const at = (ruleId: string, message: string, line = 3, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  ruleId,
  severity,
  message,
  file: '.mcp.json',
  line,
  column: 5,
  endLine: line,
  endColumn: 9
})

describe('the order of findings', () => {
  it('sorts by line, then severity, then rule id, then message', () => {
    const sorted = [
      at('b-rule', 'x', 4),
      at('b-rule', 'x', 3, 'warning'),
      at('b-rule', 'x'),
      at('a-rule', 'y'),
      at('a-rule', 'x')
    ].sort(compareDiagnostics)
    expect(sorted.map((d) => `${d.line} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      '3 error a-rule x',
      '3 error a-rule y',
      '3 error b-rule x',
      '3 warning b-rule x',
      '4 error b-rule x'
    ])
  })

  it('compares rule ids and messages alphabetically ignoring case, then by code unit, whatever the machine locale would say', () => {
    // "npm" before "Python" whatever the case; "schema-type" before "schema_type" by code unit (a locale's
    // collation puts "_" first); "Alpha" before "alpha" when only the case differs.
    const sorted = [
      at('r', 'Python package "b"'),
      at('r', 'npm package "a"'),
      at('r', 'alpha'),
      at('r', 'Alpha'),
      at('schema_type', 'm'),
      at('schema-type', 'm')
    ].sort(compareDiagnostics)
    expect(sorted.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      'r Alpha',
      'r alpha',
      'r npm package "a"',
      'r Python package "b"',
      'schema-type m',
      'schema_type m'
    ])
  })
})
