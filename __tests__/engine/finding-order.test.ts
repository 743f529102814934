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

  it('compares rule ids and messages by code unit, whatever the machine locale would say', () => {
    // A locale collation puts "alpha" before "Zeta" and "schema-type" after "schema_type"; code units do not.
    const sorted = [at('r', 'alpha'), at('r', 'Zeta'), at('schema_type', 'm'), at('schema-type', 'm')].sort(
      compareDiagnostics
    )
    expect(sorted.map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      'r Zeta',
      'r alpha',
      'schema-type m',
      'schema_type m'
    ])
  })
})
