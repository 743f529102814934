import { summariseIssues } from '../../src/dryrun/classify.js'

describe('summariseIssues', () => {
  it('folds one issue per item into one line per path', () => {
    const issues = Array.from({ length: 13 }, (_, i) => ({
      code: 'invalid_value',
      values: ['object'],
      path: ['tools', i, 'inputSchema', 'type'],
      message: 'Invalid input: expected "object"'
    }))
    expect(summariseIssues(JSON.stringify(issues, null, 2))).toBe(
      'tools[*].inputSchema.type: expected "object" (13 items)'
    )
  })

  it('keeps the first three kinds and counts the rest', () => {
    const issues = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ path: [key], message: 'Required' }))
    expect(summariseIssues(JSON.stringify(issues))).toBe('a: Required; b: Required; c: Required; and 2 more')
  })

  it('falls back to the text itself when it is not a list of issues', () => {
    expect(summariseIssues('Invalid result\n  for tools/list')).toBe('Invalid result for tools/list')
  })
})
