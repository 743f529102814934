import { lintSource } from '@secretlint/core'
import { creator } from '@secretlint/secretlint-rule-preset-recommend'
import { loadPreset, scanWithPreset } from '../../src/secret-rules/preset.js'
import { KINDS } from './fixtures.js'

/**
 * mcpcop runs the secretlint preset's rules through a small synchronous host. This checks that the
 * host reports exactly what secretlint's own engine reports, on every synthetic credential (each
 * alone, and all of them in one JSON text), so an upgrade of the preset that changes the rule API
 * fails here rather than silently finding less.
 */
describe('the secretlint preset host', () => {
  beforeAll(loadPreset)

  const texts = [
    ...KINDS.map((k) => k.value),
    JSON.stringify(Object.fromEntries(KINDS.map((k) => [k.variable + k.id, k.value])), null, 2)
  ]

  it.each(texts.map((t, i) => [i, t] as const))('text %i: same findings as @secretlint/core', async (_i, text) => {
    const ours = scanWithPreset(text)
      .map((m) => `${m.ruleId} ${m.messageId} ${m.start}-${m.end}`)
      .sort()
    const result = await lintSource({
      source: { filePath: '/virtual/config', content: text, contentType: 'text' },
      options: { config: { rules: [{ id: creator.meta.id, rule: creator, options: {} }] }, noPhysicFilePath: true }
    })
    const theirs = result.messages.map((m) => `${m.ruleId} ${m.messageId} ${m.range[0]}-${m.range[1]}`).sort()
    expect(ours).toEqual(theirs)
  })

  it('finds something in most of the synthetic credentials of formats it knows', () => {
    expect(KINDS.filter((k) => scanWithPreset(k.value).length > 0).length).toBeGreaterThan(20)
  })
})
