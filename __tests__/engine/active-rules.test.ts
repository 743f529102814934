import { DEFAULT_CONFIG } from '../../src/config.js'
import { checkContent } from '../../src/engine.js'
import type { Rule } from '../../src/rules/types.js'
import { loadAllValidators } from '../../src/schema/validators.js'

const TEXT = '{ "mcpServers": { "a": { "command": "npx", "args": ["-y", "pkg"] }, "a": { "command": "node" } } }\n'

/** A rule that reports once per file and counts how often it ran. */
function probe(extra: Partial<Rule> = {}): Rule & { runs: number } {
  const rule = {
    id: 'probe-rule',
    defaultSeverity: 'warning' as const,
    description: 'test probe',
    runs: 0,
    checkFile() {
      rule.runs++
      return [{ message: 'probe', at: ['mcpServers'] }]
    },
    ...extra
  }
  return rule
}

describe('rules the settings turn off', () => {
  // checkContent is synchronous: its callers load the validators first.
  beforeAll(loadAllValidators)

  it('are not run at all', () => {
    const rule = probe()
    const off = checkContent('.mcp.json', TEXT, {
      rules: [rule],
      config: { ...DEFAULT_CONFIG, rules: { 'probe-rule': 'off' } }
    })
    expect(rule.runs).toBe(0)
    expect(off?.diagnostics.map((d) => d.ruleId)).not.toContain('probe-rule')
    const on = checkContent('.mcp.json', TEXT, { rules: [rule], config: DEFAULT_CONFIG })
    expect(rule.runs).toBe(1)
    expect(on?.diagnostics.map((d) => d.ruleId)).toContain('probe-rule')
  })

  it('still run when they supersede a built-in diagnostic, whose place their findings take even unseen', () => {
    // The parser's duplicate-key at the repeated "a": superseded at the map's key where the probe reports.
    const rule = probe({ supersedes: ['duplicate-key@file'] })
    const result = checkContent('.mcp.json', TEXT, {
      rules: [rule],
      config: { ...DEFAULT_CONFIG, rules: { 'probe-rule': 'off' } }
    })
    expect(rule.runs).toBe(1)
    const ids = result?.diagnostics.map((d) => d.ruleId) ?? []
    expect(ids).not.toContain('probe-rule')
    expect(ids).not.toContain('duplicate-key')
    expect(checkContent('.mcp.json', TEXT, { rules: [] })?.diagnostics.map((d) => d.ruleId)).toContain('duplicate-key')
  })
})
